/**
 * Days written with a month: "Sept. 10", "10 September 2023", ranges ("Sept. 10-13", "from Dec. 22, 2018, to
 * Jan. 25, 2019"), ISO dates and datelines ("SEOUL, Sept. 9 (AP) —").
 */
import { type ResolvedDate } from '../../../schemas/analysis.ts';
import { differenceInCalendarDays, parseISO } from 'date-fns';
import { makeDate, quote, resolved, showDay } from '../calendar.ts';
import { DAY, MONTH, MONTH_NAMES, YEAR, monthOf } from '../lexicon.ts';
import { pickDayYear, showSpan, type Picked } from '../resolve.ts';
import { NO_TENSE } from '../tense.ts';
import {
  type Ctx,
  type Candidate,
  groups,
  at,
  each,
  intOf,
  startsUpper,
  lower,
  DAY_LEAD,
  RANGE_LEAD,
  leadIn,
  push,
  RANGE_SEP,
} from './shared.ts';

// ---- Full and month-day dates -------------------------------------------------------------------

const ISO = /(?<![\p{L}\p{N}\-/.])(?<y>[12]\d{3})-(?<m>0[1-9]|1[0-2])-(?<d>0[1-9]|[12]\d|3[01])(?![\p{N}]|-\d)/gu;

export function ruleIso(text: string, out: Candidate[]): void {
  each(ISO, text, (m) => {
    const g = groups(m);
    const date = makeDate(intOf(g['y']), intOf(g['m']) - 1, intOf(g['d']));
    if (!date) return;
    const start = leadIn(text, m.index, DAY_LEAD);
    push(
      out,
      start,
      m.index + m[0].length,
      () => resolved(date, date, 'day', `the text gives the full date, ${showDay(date)}`),
      { explicitDay: true, statesYear: true },
    );
  });
}

const MD = new RegExp(
  String.raw`\b(?<m1>${MONTH})\s*(?<d1>${DAY})(?:,?\s+(?<y1>${YEAR}))?(?:(?<sep>${RANGE_SEP})(?:(?<m2>${MONTH})\s*)?(?<d2>${DAY})(?:,?\s+(?<y2>${YEAR}))?)?`,
  'giud',
);

/** "SEOUL, Sept. 9 (AP) —": the text before is a capitalized place, the text after a dash. */
function isDateline(text: string, start: number, end: number): boolean {
  const before = text.slice(0, start);
  if (before.length > 80) return false;
  if (!/^\s*\p{Lu}[\p{Lu}\p{M} .'’-]*\p{Lu}\.?(?:,\s*\p{Lu}[\p{L}\p{M} .'’-]*)*,?\s*$/u.test(before)) return false;
  return /^\s*(?:\([^)]{0,40}\)\s*)?(?:—|–|―|--|-)/u.test(text.slice(end, end + 50));
}

interface DayRange {
  m1: number;
  d1: number;
  y1: number | null;
  m2: number;
  d2: number;
  y2: number | null;
}

/** Resolves a day or range written with month names; a missing year comes from `pickDayYear`. */
/** How far after the date that frames it a day without a year may lie. */
const FRAME_DAYS = 180;

/**
 * "following surgery on 30 December 2008, broken skin was recorded on 6 January": a day without a year, right
 * after a date written with a year other than the publication's (in the same or the previous sentence), is the
 * first such day after that date, when it comes within six months of it and no verb points past publication.
 */
function framed(month0: number, day: number, ctx: Ctx, phrase: string): Picked | null {
  const frame = ctx.anchors.frame();
  if (!frame) return null;
  const from = parseISO(frame.date.end);
  if (from.getFullYear() === ctx.pub.getFullYear()) return null;
  const date = [from.getFullYear(), from.getFullYear() + 1]
    .map((y) => makeDate(y, month0, day))
    .find((d): d is Date => d !== null && differenceInCalendarDays(d, from) >= 0);
  if (!date || differenceInCalendarDays(date, from) > FRAME_DAYS) return null;
  return {
    date,
    reason: `${quote(phrase)} with no year: ${date.getFullYear()}, the first ${MONTH_NAMES[month0]} ${day} after ${quote(frame.phrase)} (${showDay(from)}), the date before it in the text`,
  };
}

function resolveDays(
  r: DayRange | null,
  single: { m: number; d: number; y: number | null } | null,
  ctx: Ctx,
  phrase: string,
  start: number,
  end: number,
  dateline: boolean,
): ResolvedDate | null {
  if (single) {
    if (single.y !== null) {
      const date = makeDate(single.y, single.m, single.d);
      return date ? resolved(date, date, 'day', `the text gives the full date, ${showDay(date)}`) : null;
    }
    const tense = dateline ? NO_TENSE : ctx.tense(start, end);
    // A verb pointing ahead of publication puts the day outside a past story's frame.
    const inFrame = dateline || tense.direction === 'future' ? null : framed(single.m, single.d, ctx, phrase);
    if (inFrame) return resolved(inFrame.date, inFrame.date, 'day', inFrame.reason);
    const picked = pickDayYear(single.m, single.d, ctx.pub, tense, phrase, dateline);
    return picked ? resolved(picked.date, picked.date, 'day', picked.reason) : null;
  }
  if (!r) return null;
  const crosses = r.m2 < r.m1;
  let y1 = r.y1;
  let y2 = r.y2;
  if (y1 === null && y2 !== null) y1 = crosses ? y2 - 1 : y2;
  if (y1 !== null && y2 === null) y2 = crosses ? y1 + 1 : y1;
  if (y1 !== null && y2 !== null) {
    const a = makeDate(y1, r.m1, r.d1);
    const b = makeDate(y2, r.m2, r.d2);
    if (!a || !b || b <= a) return null;
    return resolved(a, b, 'range', `the text gives the dates, ${showSpan(a, b)}`);
  }
  const picked = pickDayYear(r.m1, r.d1, ctx.pub, dateline ? NO_TENSE : ctx.tense(start, end), phrase, dateline);
  if (!picked) return null;
  const startYear = picked.date.getFullYear();
  const b = makeDate(crosses ? startYear + 1 : startYear, r.m2, r.d2);
  if (!b || b <= picked.date) return null;
  return resolved(picked.date, b, 'range', picked.reason);
}

export function ruleMonthDay(text: string, out: Candidate[]): void {
  each(MD, text, (m) => {
    const g = groups(m);
    if (!startsUpper(g['m1']) || (g['m2'] && !startsUpper(g['m2']))) return;
    const m1 = monthOf(g['m1'] ?? '');
    const d1 = intOf(g['d1']);
    const y1 = g['y1'] ? intOf(g['y1']) : null;
    if (m1 === null) return;
    let end = m.index + m[0].length;
    let range: DayRange | null = null;
    const sep = lower(g['sep']).trim();
    if (g['d2']) {
      const m2 = g['m2'] ? monthOf(g['m2']) : m1;
      const d2 = intOf(g['d2']);
      const y2 = g['y2'] ? intOf(g['y2']) : null;
      const before = text.slice(Math.max(0, m.index - 10), m.index);
      const between = /between\s+$/i.test(before);
      const ordered = m2 !== null && (m2 !== m1 ? true : d2 > d1);
      const andOk = sep !== 'and' || between || (m2 === m1 && d2 === d1 + 1);
      if (m2 !== null && ordered && andOk && !(y1 !== null && y2 === null && m2 !== m1 && !g['m2'])) {
        range = { m1, d1, y1, m2, d2, y2 };
      } else {
        end = (at(m, 'y1') ?? at(m, 'd1'))?.[1] ?? end;
      }
    }
    return pushDays(out, text, m.index, end, range, { m: m1, d: d1, y: y1 });
  });
}

/** A day or a range of days found at `index..end`: its lead-in word, dateline check and resolution. */
function pushDays(
  out: Candidate[],
  text: string,
  index: number,
  end: number,
  range: DayRange | null,
  day: { m: number; d: number; y: number | null },
): number {
  const dateline = !range && isDateline(text, index, end);
  const start = range ? leadIn(text, index, RANGE_LEAD) : leadIn(text, index, DAY_LEAD);
  // "on April 22 last year", "April 22 morning last year": the day in the year the phrase names.
  const yearAfter = !range && day.y === null ? YEAR_AFTER_DAY.exec(text.slice(end, end + 32)) : null;
  if (yearAfter) {
    const offset = { last: -1, this: 0, next: 1 }[lower(yearAfter[1]) as 'last' | 'this' | 'next'];
    const finish = end + yearAfter[0].length;
    push(
      out,
      start,
      finish,
      (ctx, phrase) => {
        const date = makeDate(ctx.pub.getFullYear() + offset, day.m, day.d);
        if (!date) return null;
        return resolved(date, date, 'day', `${quote(phrase)}: ${showDay(date)}, in the year it names`);
      },
      { explicitDay: true, statesYear: true },
    );
    return finish;
  }
  const single = range ? null : day;
  push(out, start, end, (ctx, phrase) => resolveDays(range, single, ctx, phrase, start, end, dateline), {
    ...(range ? {} : { explicitDay: true }),
    ...((range ? (range.y1 ?? range.y2) : day.y) !== null ? { statesYear: true } : {}),
  });
  return end;
}

const YEAR_AFTER_DAY = /^(?:\s+(?:morning|afternoon|evening|night))?,?\s+(last|this|next)\s+year(?![\p{L}\p{N}])/iu;

const DM = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,$€£#/:\-])(?:the\s+)?(?<d1>${DAY})(?:(?<sep1>${RANGE_SEP})(?:the\s+)?(?<d2>${DAY}))?(?:\s+of)?\s+(?<m1>${MONTH})(?:,?\s+(?<y1>${YEAR}))?(?:(?<sep2>\s*[-–—‒]\s*|\s+(?:to|through|until|till)\s+)(?:the\s+)?(?<d3>${DAY})(?:\s+of)?\s+(?<m2>${MONTH})(?:,?\s+(?<y2>${YEAR}))?)?`,
  'giud',
);

export function ruleDayMonth(text: string, out: Candidate[]): void {
  each(DM, text, (m) => {
    const g = groups(m);
    if (!startsUpper(g['m1']) || (g['m2'] && !startsUpper(g['m2']))) return;
    const m1 = monthOf(g['m1'] ?? '');
    if (m1 === null) return;
    const d1 = intOf(g['d1']);
    const y1 = g['y1'] ? intOf(g['y1']) : null;
    let range: DayRange | null = null;
    let end = m.index + m[0].length;
    if (g['d3'] && g['m2']) {
      const m2 = monthOf(g['m2']);
      const y2 = g['y2'] ? intOf(g['y2']) : null;
      if (m2 !== null && m2 !== m1) range = { m1, d1, y1, m2, d2: intOf(g['d3']), y2 };
      else end = (at(m, 'y1') ?? at(m, 'm1'))?.[1] ?? end;
    }
    if (!range && g['d2']) {
      const d2 = intOf(g['d2']);
      const sep = lower(g['sep1']).trim();
      if (
        d2 <= d1 ||
        (sep === 'and' && d2 !== d1 + 1 && !/between\s+$/i.test(text.slice(Math.max(0, m.index - 10), m.index)))
      )
        return;
      range = { m1, d1, y1, m2: m1, d2, y2: y1 };
      end = (at(m, 'y1') ?? at(m, 'm1'))?.[1] ?? end;
    }
    return pushDays(out, text, m.index, end, range, { m: m1, d: d1, y: y1 });
  });
}
