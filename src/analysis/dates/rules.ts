/**
 * The patterns. Each rule scans one sentence with one regular expression and pushes candidates: a span
 * and a function that resolves it (tense is only computed for the candidates that survive overlap).
 *
 * Own patterns rather than chrono-node: chrono's casual parser measured ~70 µs a sentence (strict ~30 µs)
 * on news sentences against a budget of ~5 ms per 1,000 words for the whole engine, and it resolves a
 * bare weekday to the nearest one whatever the tense ("reported on Monday" in Friday's paper → the
 * following Monday). These patterns take a few µs a sentence.
 */
import {
  addDays,
  addMonths,
  addWeeks,
  addYears,
  differenceInCalendarDays,
  endOfMonth,
  endOfYear,
  getDay,
  isAfter,
  isBefore,
  isSaturday,
  nextDay,
  nextSaturday,
  previousSaturday,
  startOfMonth,
  startOfYear,
  subDays,
  subMonths,
  subWeeks,
  subYears,
  type Day,
} from 'date-fns';
import type { ResolvedDate } from '../../schemas/analysis.ts';
import { makeDate, quote, resolved, showDay, showMonth } from './calendar.ts';
import {
  DAY,
  MONTH,
  MONTH_STRICT,
  NUM,
  VAGUE_COUNT,
  WEEKDAY,
  WEEKDAY_NAMES,
  YEAR,
  YEAR_COUNT_NOUNS,
  monthOf,
  numberOf,
  weekdayOf,
} from './lexicon.ts';
import {
  applyEdge,
  describeEdge,
  edgeOf,
  period,
  pickDayYear,
  pickMonthYear,
  pickWeekday,
  showSpan,
  type MonthModifier,
  type Unit,
  type WeekdayModifier,
} from './resolve.ts';
import { NO_TENSE, describeTense, type Tense } from './tense.ts';

export interface Ctx {
  text: string;
  pub: Date;
  /** Tense of the verb governing the expression at [start, end). */
  tense(start: number, end: number): Tense;
}

export interface Candidate {
  start: number;
  end: number;
  resolve(ctx: Ctx): ResolvedDate | null;
  /** A lone weekday ("on Saturday"), which a following date may absorb ("Saturday, Sept. 9"). */
  weekday?: number;
  /** A single day written out ("Sept. 9"). */
  explicitDay?: boolean;
}

type Groups = Record<string, string | undefined>;

// ---- Helpers ------------------------------------------------------------------------------------

function groups(m: RegExpExecArray): Groups {
  return (m.groups ?? {}) as Groups;
}

function at(m: RegExpExecArray, name: string): [number, number] | undefined {
  return m.indices?.groups?.[name];
}

/** Runs a global regex over the text; the callback may return where to resume. */
function each(re: RegExp, text: string, fn: (m: RegExpExecArray) => number | void): void {
  re.lastIndex = 0;
  let guard = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const resume = fn(m);
    if (typeof resume === 'number' && resume > m.index) re.lastIndex = resume;
    else if (m[0].length === 0) re.lastIndex = m.index + 1;
    if (++guard > 20000) break;
  }
}

function intOf(s: string | undefined): number {
  return s ? Number.parseInt(s, 10) : Number.NaN;
}

function startsUpper(s: string | undefined): boolean {
  return !!s && /^\p{Lu}/u.test(s);
}

const lower = (s: string | undefined): string => (s ?? '').toLowerCase().replace(/\s+/g, ' ');

/** Prepositions that belong to a day phrase ("on Thursday", "since Sept. 9"). */
const DAY_LEAD = /(?:^|[^\p{L}\p{N}])((?:on|since|until|till|through|as\s+of)\s+)$/iu;
const RANGE_LEAD = /(?:^|[^\p{L}\p{N}])((?:between|from|on|since|until|till|through|during)\s+)$/iu;
const PERIOD_LEAD = /(?:^|[^\p{L}\p{N}])((?:in|during|over|throughout|since|until|till)\s+)$/iu;

/** Start moved back over a leading preposition, when the text has one. */
function leadIn(text: string, start: number, lead: RegExp): number {
  const m = lead.exec(text.slice(Math.max(0, start - 16), start));
  return m?.[1] ? start - m[1].length : start;
}

function push(
  out: Candidate[],
  start: number,
  end: number,
  resolve: (ctx: Ctx, phrase: string) => ResolvedDate | null,
  extra?: Partial<Candidate>,
): void {
  if (end <= start) return;
  out.push({ start, end, resolve: (ctx) => resolve(ctx, ctx.text.slice(start, end)), ...extra });
}

const P = (pub: Date): string => showDay(pub);

// ---- Full and month-day dates -------------------------------------------------------------------

const RANGE_SEP = String.raw`(?:\s*[-–—‒−]\s*|,?\s+(?:to|through|thru|until|till|and)\s+)`;

const ISO = /(?<![\p{L}\p{N}\-/.])(?<y>[12]\d{3})-(?<m>0[1-9]|1[0-2])-(?<d>0[1-9]|[12]\d|3[01])(?![\p{N}]|-\d)/gu;

function ruleIso(text: string, out: Candidate[]): void {
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
      { explicitDay: true },
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
    const picked = pickDayYear(
      single.m,
      single.d,
      ctx.pub,
      dateline ? NO_TENSE : ctx.tense(start, end),
      phrase,
      dateline,
    );
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

function ruleMonthDay(text: string, out: Candidate[]): void {
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
  const single = range ? null : day;
  push(
    out,
    start,
    end,
    (ctx, phrase) => resolveDays(range, single, ctx, phrase, start, end, dateline),
    range ? {} : { explicitDay: true },
  );
  return end;
}

const DM = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,$€£#/:\-])(?:the\s+)?(?<d1>${DAY})(?:(?<sep1>${RANGE_SEP})(?:the\s+)?(?<d2>${DAY}))?(?:\s+of)?\s+(?<m1>${MONTH})(?:,?\s+(?<y1>${YEAR}))?(?:(?<sep2>\s*[-–—‒]\s*|\s+(?:to|through|until|till)\s+)(?:the\s+)?(?<d3>${DAY})(?:\s+of)?\s+(?<m2>${MONTH})(?:,?\s+(?<y2>${YEAR}))?)?`,
  'giud',
);

function ruleDayMonth(text: string, out: Candidate[]): void {
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

// ---- Months -------------------------------------------------------------------------------------

const MONTH_PRE = String.raw`its|their|our|in|since|during|until|till|through|throughout|by|before|after|from|of|between|last|next|this\s+past|this\s+coming|this|the\s+(?:end|start|beginning|middle|rest|first\s+half|second\s+half)\s+of`;
const EDGE = String.raw`(?<edge>early|late|mid)(?:\s+|-|–)`;

const MO = new RegExp(
  String.raw`\b(?:(?<pre>${MONTH_PRE})\s+)?(?:${EDGE})?(?<m1>${MONTH_STRICT})(?:,?\s+(?:of\s+)?(?<y1>${YEAR}))?(?:(?<sep>\s*[-–—]\s*|\s+(?:to|through|until|till|and)\s+)(?:(?<edge2>early|late|mid)(?:\s+|-|–))?(?<m2>${MONTH_STRICT})(?:,?\s+(?:of\s+)?(?<y2>${YEAR}))?)?`,
  'giud',
);
const DAY_AFTER = new RegExp(String.raw`^\s*${DAY}`, 'iu');

function monthModifier(pre: string): MonthModifier {
  if (pre === 'last' || pre === 'this past') return 'last';
  if (pre === 'next' || pre === 'this coming') return 'next';
  if (pre === 'this') return 'this';
  if (pre === 'since') return 'since';
  return 'none';
}

/** "in July or September": a month after another one and "or"/"and" is a month too. */
const MONTH_LISTED = new RegExp(String.raw`${MONTH_STRICT}\s*,?\s+(?:or|and)\s+$`, 'u');

/** Prepositions that stay outside the phrase ("scheduled for", "by March" keeps "March"). */
// A possessive makes a month a date ("its December traffic") but is not part of the phrase.
const OUTSIDE = new Set(['by', 'before', 'after', 'from', 'of', 'between', 'for', 'its', 'their', 'our']);

function ruleMonth(text: string, out: Candidate[]): void {
  each(MO, text, (m) => {
    const g = groups(m);
    if (!startsUpper(g['m1']) || (g['m2'] && !startsUpper(g['m2']))) return;
    const m1 = monthOf(g['m1'] ?? '');
    if (m1 === null) return;
    const pre = lower(g['pre']);
    let y1 = g['y1'] ? intOf(g['y1']) : null;
    let y2 = g['y2'] ? intOf(g['y2']) : null;
    let m2 = g['m2'] ? monthOf(g['m2']) : null;
    let end = m.index + m[0].length;
    const sep = lower(g['sep']).trim();
    if (m2 !== null && (m2 === m1 || (sep === 'and' && pre !== 'between' && pre !== 'in'))) {
      m2 = null;
      y2 = null;
      end = (at(m, 'y1') ?? at(m, 'm1'))?.[1] ?? end;
    }
    if (m2 === null && !y1 && DAY_AFTER.test(text.slice(end, end + 12))) return; // "March 10": a day, not a month
    const edge = edgeOf(g['edge']) ?? (pre.startsWith('the ') ? edgeOf(pre) : null);
    const listed = !pre && MONTH_LISTED.test(text.slice(Math.max(0, m.index - 24), m.index));
    if (!pre && !edge && y1 === null && y2 === null && !listed) return;
    if (pre === 'of' && y1 === null && !edge) {
      // "of March" alone is a month only after a period word ("the first week of March").
      if (
        !/\b(?:week|weeks|days?|end|start|beginning|middle|half|part|rest|month|ides|first|last)\s+$/i.test(
          text.slice(Math.max(0, m.index - 20), m.index),
        )
      )
        return;
    }
    const rangeish = m2 !== null;
    let start = m.index;
    const preSpan = at(m, 'pre');
    if (pre && OUTSIDE.has(pre) && !(rangeish && (pre === 'from' || pre === 'between'))) {
      start = (at(m, 'edge') ?? at(m, 'm1'))?.[0] ?? start;
    } else if (preSpan) start = preSpan[0];
    if (m2 !== null && y2 !== null && y1 === null) y1 = m2 < m1 ? y2 - 1 : y2;
    if (m2 !== null && y1 !== null && y2 === null) y2 = m2 < m1 ? y1 + 1 : y1;
    const modifier = monthModifier(pre);
    const finalEnd = end;
    const s = start;
    push(out, s, finalEnd, (ctx, phrase) => {
      let first: Date;
      let reason: string;
      if (y1 !== null) {
        first = new Date(y1, m1, 1);
        reason = m2 === null ? `the text gives the month and year, ${showMonth(first)}` : '';
      } else {
        const picked = pickMonthYear(m1, modifier, ctx.pub, ctx.tense(s, finalEnd), phrase);
        first = picked.date;
        reason = picked.reason;
      }
      if (m2 !== null) {
        const lastYear = y2 ?? (m2 < m1 ? first.getFullYear() + 1 : first.getFullYear());
        const last = endOfMonth(new Date(lastYear, m2, 1));
        const text2 = `the months ${showMonth(first)} to ${showMonth(last)}`;
        return resolved(first, last, 'range', y1 !== null ? `the text gives ${text2}` : `${reason}; ${text2}`);
      }
      if (edge) {
        const [a, b] = applyEdge(first, endOfMonth(first), 'month', edge, ctx.pub);
        return resolved(
          a,
          b,
          'vague',
          `${reason}; ${describeEdge(edge, showMonth(first), ctx.pub)}, an estimate: ${showSpan(a, b)}`,
        );
      }
      return resolved(first, endOfMonth(first), 'month', reason);
    });
    return finalEnd;
  });
}

// ---- Years --------------------------------------------------------------------------------------

const YEAR_PRE = String.raw`in|since|during|until|till|through|throughout|from|of|before|after|by|between|for|as\s+of|circa|the\s+years?|the\s+(?:end|start|beginning|middle|rest|first\s+half|second\s+half)\s+of|early|late|mid`;
const YR = new RegExp(
  String.raw`\b(?<pre>${YEAR_PRE})(?:\s+|-|–)(?:${EDGE})?(?<y1>${YEAR})(?:(?<sep>\s*[-–—]\s*|\s+(?:to|through|until|till|and)\s+)(?<y2>${YEAR}|\d{2}(?![\p{L}\p{N}])))?`,
  'giud',
);
/** Words before a preposition that make the number after it a quantity ("rose by 2000"). */
const QUANTITY_BEFORE =
  /(?:^|[^\p{L}])(?:rose|fell|increased|decreased|grew|dropped|jumped|climbed|declined|up|down|totaled|totalled|reached|exceeded|more|less|fewer|total|sum|number|out|maximum|minimum|average|tally|count|population|estimated|cut|reduced|boosted|raised|lowered|some|about|nearly|almost|over|around|than|score|scored)\s+$/iu;
const PHRASE_YEAR_PRE = new Set([
  'in',
  'since',
  'during',
  'until',
  'till',
  'through',
  'throughout',
  'as of',
  'the year',
  'the years',
  'early',
  'late',
  'mid',
  'circa',
]);

function nextWordAfter(text: string, end: number): string {
  const m = /^\s*([\p{L}]+)/u.exec(text.slice(end, end + 30));
  return (m?.[1] ?? '').toLowerCase();
}

function yearRange(y: number): [Date, Date] {
  const first = new Date(y, 0, 1);
  return [startOfYear(first), endOfYear(first)];
}

function ruleYear(text: string, out: Candidate[]): void {
  each(YR, text, (m) => {
    const g = groups(m);
    const pre = lower(g['pre']);
    const y1 = intOf(g['y1']);
    let end = m.index + m[0].length;
    let y2: number | null = null;
    const sep = lower(g['sep']).trim();
    if (g['y2']) {
      const raw = g['y2'];
      const v = raw.length === 2 ? Math.floor(y1 / 100) * 100 + intOf(raw) : intOf(raw);
      const sepOk = sep === 'and' ? pre === 'between' : true;
      if (sepOk && v > y1 && v - y1 <= 200) y2 = v;
      else end = at(m, 'y1')?.[1] ?? end;
    }
    if (YEAR_COUNT_NOUNS.has(nextWordAfter(text, end))) return;
    if (/^\s*(?:%|percent|per\s+cent)/iu.test(text.slice(end, end + 10))) return;
    const quantityProne =
      pre === 'by' ||
      pre === 'for' ||
      pre === 'of' ||
      pre === 'from' ||
      pre === 'between' ||
      pre === 'before' ||
      pre === 'after' ||
      pre === 'circa';
    if (quantityProne && (y1 < 1500 || QUANTITY_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index)))) return;
    if (pre === 'between' && y2 === null) return;
    const edge = edgeOf(g['edge']) ?? edgeOf(pre);
    let start = m.index;
    if (
      !PHRASE_YEAR_PRE.has(pre) &&
      !pre.startsWith('the ') &&
      !(y2 !== null && (pre === 'from' || pre === 'between'))
    ) {
      start = (at(m, 'edge') ?? at(m, 'y1'))?.[0] ?? start;
    }
    const s = start;
    const e = end;
    const second = y2;
    push(out, s, e, (ctx, phrase) => {
      const [a] = yearRange(y1);
      if (second !== null) {
        const [, b] = yearRange(second);
        return resolved(a, b, 'range', `the text gives the years ${y1} to ${second}`);
      }
      const [, b] = yearRange(y1);
      if (edge) {
        const [ea, eb] = applyEdge(a, b, 'year', edge, ctx.pub);
        return resolved(
          ea,
          eb,
          'vague',
          `${quote(phrase)}: ${describeEdge(edge, String(y1), ctx.pub)}, an estimate: ${showSpan(ea, eb)}`,
        );
      }
      if (pre === 'since') return resolved(a, b, 'year', `${quote(phrase)}: the year ${y1}, where the period begins`);
      return resolved(a, b, 'year', `the text gives the year, ${y1}`);
    });
    return e;
  });
}

const YEAR_POSS = new RegExp(
  String.raw`(?<![\p{L}\p{N}$€£#.,/])(?<y>(?:1[5-9]|20|21)\d{2})(?=['’]s(?![\p{L}\p{N}]))`,
  'giud',
);
const YEAR_DET = new RegExp(
  String.raw`\b(?:the|a|an|its|his|her|their|our|this|that)\s+(?<y>(?:19|20)\d{2})(?:[-–](?<y2>(?:19|20)\d{2}|\d{2}))?(?=\s+[\p{L}])`,
  'giud',
);

function ruleYearModifier(text: string, out: Candidate[]): void {
  const add = (y: number, start: number, end: number, why: string): void =>
    push(out, start, end, () => {
      const [a, b] = yearRange(y);
      return resolved(a, b, 'year', why);
    });
  each(YEAR_POSS, text, (m) => {
    const span = at(m, 'y');
    if (!span) return;
    const y = intOf(groups(m)['y']);
    if (/\bthe\s+$/i.test(text.slice(Math.max(0, span[0] - 6), span[0])) && y % 10 === 0) return; // "the 1990's"
    add(y, span[0], span[1], `the text gives the year, ${y}`);
  });
  each(YEAR_DET, text, (m) => {
    const span = at(m, 'y');
    if (!span) return;
    if (YEAR_COUNT_NOUNS.has(nextWordAfter(text, span[1]))) return;
    const y = intOf(groups(m)['y']);
    const raw2 = groups(m)['y2'];
    if (raw2) {
      // "the 1950-53 Korean War", "the 2023-24 season": a span of years.
      const y2 = raw2.length === 2 ? Math.floor(y / 100) * 100 + intOf(raw2) : intOf(raw2);
      const whole = at(m, 'y2');
      if (!(y2 > y && y2 - y <= 200) || !whole) return;
      push(out, span[0], whole[1], () =>
        resolved(yearRange(y)[0], yearRange(y2)[1], 'range', `the text gives the years ${y} to ${y2}`),
      );
      return;
    }
    add(y, span[0], span[1], `the text gives the year, ${y}`);
  });
}

const DECADE = new RegExp(
  String.raw`\b(?:(?<pre>in|during|since|through|throughout|until|till|from|by|of)\s+)?(?<the>the\s+)?(?:${EDGE})?(?<dec>(?:1\d|20)\d0)(?<ap>['’])?s(?![\p{L}\p{N}])`,
  'giud',
);

function ruleDecade(text: string, out: Candidate[]): void {
  each(DECADE, text, (m) => {
    const g = groups(m);
    if (g['ap'] && !g['the']) return;
    const dec = intOf(g['dec']);
    const pre = lower(g['pre']);
    const start =
      pre && !OUTSIDE.has(pre) ? m.index : ((at(m, 'the') ?? at(m, 'edge') ?? at(m, 'dec'))?.[0] ?? m.index);
    const end = m.index + m[0].length;
    const edge = edgeOf(g['edge']);
    push(out, start, end, (ctx, phrase) => {
      const a = new Date(dec, 0, 1);
      const b = endOfYear(new Date(dec + 9, 0, 1));
      if (edge) {
        const [ea, eb] = applyEdge(a, b, 'span', edge, ctx.pub);
        return resolved(
          ea,
          eb,
          'vague',
          `${quote(phrase)}: ${describeEdge(edge, `the decade ${dec}–${dec + 9}`, ctx.pub)}, an estimate: ${showSpan(ea, eb)}`,
        );
      }
      return resolved(a, b, 'range', `${quote(phrase)}: the decade ${dec}–${dec + 9}`);
    });
  });
}

const QUARTER = new RegExp(
  String.raw`\b(?:(?<pre>in|during|through|throughout|since)\s+)?(?:(?:the\s+)?(?<q>first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s+quarter\s+of\s+(?:(?<y>${YEAR})|(?<rel>this|last|next)\s+year)|Q(?<qn>[1-4])\s*(?:of\s+)?(?<y2>${YEAR}))`,
  'gud',
);
const QUARTER_NUM: Record<string, number> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
  final: 4,
  last: 4,
};

function ruleQuarter(text: string, out: Candidate[]): void {
  each(QUARTER, text, (m) => {
    const g = groups(m);
    const q = g['qn'] ? intOf(g['qn']) : (QUARTER_NUM[lower(g['q'])] ?? 0);
    if (!q) return;
    const end = m.index + m[0].length;
    push(out, m.index, end, (ctx, phrase) => {
      const rel = lower(g['rel']);
      const y = g['y']
        ? intOf(g['y'])
        : g['y2']
          ? intOf(g['y2'])
          : ctx.pub.getFullYear() + (rel === 'last' ? -1 : rel === 'next' ? 1 : 0);
      const a = new Date(y, (q - 1) * 3, 1);
      const b = endOfMonth(addMonths(a, 2));
      return resolved(a, b, 'range', `${quote(phrase)}: quarter ${q} of ${y}, ${showSpan(a, b)}`);
    });
  });
}

/**
 * A quarter with no year ("sales rose in the third quarter", "Q3 earnings"). Sports use "the fourth
 * quarter" for a period of play and "Q3" names cars, so it counts only in a sentence about money or the
 * economy. Past tense → the last such quarter to begin by the publication day; future → the first not yet
 * over; no tense → the nearest.
 */
const QUARTER_BARE =
  /\b(?:(?<pre>in|during|through|throughout|since)\s+)?(?:(?:the\s+)?(?<q>first|second|third|fourth|1st|2nd|3rd|4th)(?:\s+|-)quarter|(?<![\p{L}\p{N}])Q(?<qn>[1-4]))(?![\p{L}\p{N}]|\s+of\b|\s+(?:19|20)\d\d)/dgiu;
const MONEY_CONTEXT =
  /\b(?:earnings|revenues?|profits?|loss(?:es)?|sales|growth|gdp|economy|economic|output|inflation|quarterly|fiscal|results|shipments|deliveries|percent|per\s+cent|year-on-year|year-over-year|margins?|income|spending|investment|exports?|imports?|unemployment)\b|%/iu;

function ruleQuarterBare(text: string, out: Candidate[]): void {
  if (!MONEY_CONTEXT.test(text)) return;
  each(QUARTER_BARE, text, (m) => {
    const g = groups(m);
    const q = g['qn'] ? intOf(g['qn']) : (QUARTER_NUM[lower(g['q'])] ?? 0);
    if (!q) return;
    const end = m.index + m[0].length;
    push(out, m.index, end, (ctx, phrase) => {
      const y = ctx.pub.getFullYear();
      const spans = [y - 1, y, y + 1].map((yy): [Date, Date] => {
        const a = new Date(yy, (q - 1) * 3, 1);
        return [a, endOfMonth(addMonths(a, 2))];
      });
      const pub = ctx.pub;
      const tense = ctx.tense(m.index, end);
      const label = describeTense(tense);
      let pick: [Date, Date];
      let why: string;
      if (tense.direction === 'past') {
        pick = spans.filter(([a]) => !isAfter(a, pub)).at(-1)!;
        why = `${label}, so the last such quarter to begin by the publication date`;
      } else if (tense.direction === 'future') {
        pick = spans.find(([, b]) => !isBefore(b, pub))!;
        why = `${label}, so the first such quarter not over by the publication date`;
      } else {
        const dist = ([a, b]: [Date, Date]): number =>
          Math.max(0, differenceInCalendarDays(a, pub), differenceInCalendarDays(pub, b));
        pick = spans.reduce((best, c) => (dist(c) < dist(best) ? c : best));
        why = `${label}, so the nearest such quarter to the publication date`;
      }
      const [a, b] = pick;
      return resolved(
        a,
        b,
        'range',
        `${quote(phrase)} with no year: ${why} (${showDay(ctx.pub)}), quarter ${q} of ${a.getFullYear()}, ${showSpan(a, b)}`,
      );
    });
  });
}

// ---- Weekdays -----------------------------------------------------------------------------------

const WD = new RegExp(
  String.raw`\b(?:(?<pre>early\s+on|late\s+on|earlier|later|early|late|on|since|until|till|through|from|by|before|after)\s+)?(?:(?<mod>this\s+past|this\s+coming|this|last|next|past|coming)\s+)?(?<wd>${WEEKDAY})(?:\s+(?<part>morning|afternoon|evening|night|noon|midday))?(?:(?<sep>\s*[-–]\s*|\s+(?:to|through|thru|until|till|and)\s+)(?<wd2>${WEEKDAY}))?`,
  'giud',
);
const WD_NAME_BEFORE =
  /(?:^|[^\p{L}])(?:Good|Black|Cyber|Super|Ash|Holy|Maundy|Palm|Easter|Bloody|Giving|Fat|Shrove|Low|Clean|Great|Whit|Trinity|Blue|Manic|Man|Girl|Mail\s+on|Observer\s+on)\s+$/u;
const WD_NAME_AFTER =
  /^\s+(?:Times|Telegraph|Mirror|Express|Herald|Post|Tribune|Independent|Mail|Star|Sport|People|Review|Magazine|Edition|Night\s+Live|Morning\s+Show|Today|World|Journal|Globe|Club|School|Service|Gazette|Sun|Record|Observer|Business|Briefing|Show|Programme|Program|Prayers?|Market)(?![\p{L}])/u;

/** Lowercase nouns after which a weekday names a kind of thing ("Sunday school"), not a day. */
const WD_NOUN_AFTER =
  /^\s+(?:school|schools|service|services|supplement|supplements|paper|papers|newspaper|newspapers|edition|editions|league|leagues|best|roast|trading|shift|shifts|opening|openings|hours)(?![\p{L}])/iu;

function weekdayModifier(mod: string): WeekdayModifier {
  if (mod === 'last' || mod === 'this past' || mod === 'past') return 'last';
  if (mod === 'next' || mod === 'this coming' || mod === 'coming') return 'next';
  if (mod === 'this') return 'this';
  return 'none';
}

// "Earlier Friday, the ministry said…" (AP style) keeps "Earlier" in the phrase; the tense still decides the day.
const WD_PHRASE_PRE = new Set([
  'on',
  'since',
  'until',
  'till',
  'through',
  'early',
  'late',
  'earlier',
  'later',
  'early on',
  'late on',
]);

function ruleWeekday(text: string, out: Candidate[]): void {
  each(WD, text, (m) => {
    const g = groups(m);
    const wdSpan = at(m, 'wd');
    if (!wdSpan) return;
    const target = weekdayOf(g['wd'] ?? '');
    if (target === null) return;
    const pre = lower(g['pre']);
    const mod = lower(g['mod']);
    if (!pre && !mod && WD_NAME_BEFORE.test(text.slice(Math.max(0, wdSpan[0] - 16), wdSpan[0]))) return;
    if (/(?:^|[^\p{L}])(?:every|each)\s+$/iu.test(text.slice(Math.max(0, m.index - 8), m.index))) return; // habitual
    const after = text.slice(wdSpan[1], wdSpan[1] + 24);
    if (WD_NAME_AFTER.test(after) || WD_NOUN_AFTER.test(after)) return;
    if (/^\s+of(?![\p{L}])/u.test(after) && !/^\s+of\s+(?:this|last|next)\s+week/iu.test(after)) return; // "the first Monday of October"
    let end = m.index + m[0].length;
    let second: number | null = null;
    if (g['wd2']) {
      const t2 = weekdayOf(g['wd2']);
      const sep = lower(g['sep']).trim();
      if (t2 !== null && t2 !== target && (sep !== 'and' || t2 === (target + 1) % 7)) second = t2;
      else end = (at(m, 'part') ?? wdSpan)[1];
    }
    let start = m.index;
    if (pre && !WD_PHRASE_PRE.has(pre) && !(second !== null && pre === 'from')) start = (at(m, 'mod') ?? wdSpan)[0];
    const modifier = weekdayModifier(mod);
    const s = start;
    const e = end;
    push(
      out,
      s,
      e,
      (ctx, phrase) => {
        const tense = modifier === 'last' || modifier === 'next' ? NO_TENSE : ctx.tense(s, e);
        const picked = pickWeekday(target, modifier, pre, ctx.pub, tense, phrase);
        if (second === null) return resolved(picked.date, picked.date, 'day', picked.reason);
        const last = nextDay(picked.date, second as Day);
        return resolved(
          picked.date,
          last,
          'range',
          `${picked.reason}; through the ${WEEKDAY_NAMES[second]} after it, ${showDay(last)}`,
        );
      },
      second === null && !mod ? { weekday: target } : {},
    );
    return e;
  });
}

// ---- Relative days, weeks, months, years --------------------------------------------------------

const DAYWORD = new RegExp(
  String.raw`\b(?:(?<edge>earlier|later|early|late)\s+)?(?:(?<w>today|tonight|yesterday|tomorrow)|the\s+day\s+(?<w2>before\s+yesterday|after\s+tomorrow))(?:\s+(?<part>morning|afternoon|evening|night))?(?![\p{L}\p{N}])`,
  'giud',
);

function ruleDayWord(text: string, out: Candidate[]): void {
  each(DAYWORD, text, (m) => {
    const g = groups(m);
    const w = g['w'];
    if (w && !g['edge'] && /^(?:Today|Tonight|TODAY|TONIGHT)$/.test(w)) {
      // Capitalized inside a sentence it is a name ("USA Today", "the Today show").
      const before = text.slice(0, m.index).trimEnd();
      if (before && !/[“"‘'(—–:]$/.test(before)) return;
    }
    if (
      w &&
      /^\s+(?:show|programme|program|newspaper)\b/i.test(
        text.slice(m.index + m[0].length, m.index + m[0].length + 12),
      ) &&
      /^T/.test(w)
    )
      return;
    const key = lower(w ?? g['w2']);
    const offset =
      key === 'yesterday'
        ? -1
        : key === 'tomorrow'
          ? 1
          : key === 'before yesterday'
            ? -2
            : key === 'after tomorrow'
              ? 2
              : 0;
    const start = leadIn(text, m.index, DAY_LEAD);
    push(out, start, m.index + m[0].length, (ctx, phrase) => {
      const d = addDays(ctx.pub, offset);
      const rel =
        offset === 0
          ? 'the publication date'
          : offset === -1
            ? 'the day before the publication date'
            : offset === 1
              ? 'the day after the publication date'
              : `${Math.abs(offset)} days ${offset < 0 ? 'before' : 'after'} the publication date`;
      return resolved(d, d, 'day', `${quote(phrase)}: ${rel}${offset === 0 ? '' : ` (${P(ctx.pub)})`}, ${showDay(d)}`);
    });
  });
}

const PARTDAY = /\b(?<rel>this|last)\s+(?<part>morning|afternoon|evening|night)(?![\p{L}\p{N}])/giu;

function rulePartOfDay(text: string, out: Candidate[]): void {
  each(PARTDAY, text, (m) => {
    const g = groups(m);
    const rel = lower(g['rel']);
    const part = lower(g['part']);
    if (rel === 'last' && part !== 'night' && part !== 'evening') return;
    const offset = rel === 'last' ? -1 : 0;
    push(out, m.index, m.index + m[0].length, (ctx, phrase) => {
      const d = addDays(ctx.pub, offset);
      return resolved(
        d,
        d,
        'day',
        `${quote(phrase)}: ${offset ? 'the evening before the publication date' : 'the publication date'}, ${showDay(d)}`,
      );
    });
  });
}

const PERIOD = new RegExp(
  String.raw`\b(?:(?<edge>earlier|later|early|late|mid|the\s+(?:end|start|beginning|middle|rest|first\s+half|second\s+half)\s+of)(?:\s+in)?(?:\s+|-|–))?(?<rel>this\s+past|this\s+coming|this|last|next|the\s+current|the)\s+(?<unit>week|weekend|month|year)(?![\p{L}\p{N}])`,
  'giud',
);

function weekendOf(monday: Date): [Date, Date] {
  const sat = addDays(monday, 5);
  return [sat, addDays(sat, 1)];
}

/** The weekend before the publication day (Saturday strictly before), or the first from it on. */
function weekendPast(pub: Date): [Date, Date] {
  const sat = previousSaturday(pub);
  return [sat, addDays(sat, 1)];
}
function weekendFuture(pub: Date): [Date, Date] {
  const sat = isSaturday(pub) ? pub : nextSaturday(pub);
  return [sat, addDays(sat, 1)];
}

function resolveWeekend(rel: string, ctx: Ctx, phrase: string, start: number, end: number): ResolvedDate {
  const pub = ctx.pub;
  const weekOf = (offset: number): [Date, Date] => weekendOf(period('week', pub, offset)[0]);
  const done = ([a, b]: [Date, Date], why: string): ResolvedDate =>
    resolved(a, b, 'range', `${quote(phrase)}: ${why} (${P(pub)}), ${showSpan(a, b)}`);
  if (rel === 'this') return done(weekOf(0), 'the weekend of the Monday-to-Sunday week of the publication date');
  if (rel === 'last') return done(weekOf(-1), 'the weekend of the week before that of the publication date');
  if (rel === 'next') return done(weekOf(1), 'the weekend of the week after that of the publication date');
  if (rel === 'this past' || rel === 'the past')
    return done(weekendPast(pub), 'the last weekend before the publication date');
  if (rel === 'this coming' || rel === 'the coming')
    return done(weekendFuture(addDays(pub, 1)), 'the first weekend after the publication date');
  const tense = ctx.tense(start, end);
  const label = describeTense(tense);
  if (tense.direction === 'past')
    return done(weekendPast(pub), `${label}, so the last weekend before the publication date`);
  if (tense.direction === 'future')
    return done(weekendFuture(pub), `${label}, so the first weekend from the publication date on`);
  const iso = getDay(pub); // 0 Sun … 6 Sat
  const near = iso === 0 || iso === 6 ? weekOf(0) : iso <= 3 ? weekendPast(pub) : weekendFuture(pub);
  return done(near, `${label}, so the nearest weekend to the publication date`);
}

function rulePeriod(text: string, out: Candidate[]): void {
  each(PERIOD, text, (m) => {
    const g = groups(m);
    const rel = lower(g['rel']);
    const unit = lower(g['unit']) as Unit | 'weekend';
    const edgeText = g['edge'];
    const edge = edgeOf(edgeText?.replace(/\s+in$/i, '') ?? undefined) ?? edgeOf(edgeText);
    const end = m.index + m[0].length;
    if (rel === 'the' && !edge) return;
    if (/^\s+of(?![\p{L}])/u.test(text.slice(end, end + 6))) return; // "last week of August"
    if (
      (rel === 'last' || rel === 'next') &&
      !edgeText &&
      /(?:^|[^\p{L}])the\s+$/iu.test(text.slice(Math.max(0, m.index - 5), m.index))
    )
      return;
    const start = leadIn(text, m.index, PERIOD_LEAD);
    push(out, start, end, (ctx, phrase) => {
      const pub = ctx.pub;
      if (unit === 'weekend') return resolveWeekend(rel === 'the current' ? 'this' : rel, ctx, phrase, start, end);
      if (rel === 'this past' || rel === 'this coming') {
        const a =
          rel === 'this past'
            ? unit === 'week'
              ? subWeeks(pub, 1)
              : unit === 'month'
                ? subMonths(pub, 1)
                : subYears(pub, 1)
            : pub;
        const b =
          rel === 'this past'
            ? pub
            : unit === 'week'
              ? addWeeks(pub, 1)
              : unit === 'month'
                ? addMonths(pub, 1)
                : addYears(pub, 1);
        return resolved(
          a,
          b,
          'vague',
          `${quote(phrase)}: about a ${unit} ${rel === 'this past' ? 'up to' : 'from'} the publication date (${P(pub)}), an estimate`,
        );
      }
      const offset = rel === 'last' ? -1 : rel === 'next' ? 1 : 0;
      const [a, b] = period(unit, pub, offset);
      const which =
        unit === 'week'
          ? `the Monday-to-Sunday week ${offset === 0 ? 'of' : offset < 0 ? 'before that of' : 'after that of'} the publication date, ${P(pub)}`
          : `the ${unit} ${offset === 0 ? 'of' : offset < 0 ? 'before that of' : 'after that of'} the publication date, ${P(pub)}`;
      const named = unit === 'week' ? showSpan(a, b) : unit === 'month' ? showMonth(a) : String(a.getFullYear());
      if (edge) {
        const [ea, eb] = applyEdge(a, b, unit, edge, pub);
        const relative =
          offset === 0
            ? ''
            : `, the ${unit} ${offset < 0 ? 'before' : 'after'} that of the publication date (${P(pub)})`;
        const whole = unit === 'week' ? `the week ${named}` : named;
        return resolved(
          ea,
          eb,
          'vague',
          `${quote(phrase)}: ${describeEdge(edge, whole, pub)}${relative}, an estimate: ${showSpan(ea, eb)}`,
        );
      }
      return resolved(a, b, unit, `${quote(phrase)}: ${which} (${named})`);
    });
  });
}

const THE_WEEKEND =
  /\b(?:(?<pre>over|during|at|on|for|by|until|till|through|throughout|since)\s+)?the\s+weekend(?![\p{L}\p{N}])/dgiu;

function ruleTheWeekend(text: string, out: Candidate[]): void {
  each(THE_WEEKEND, text, (m) => {
    const pre = lower(groups(m)['pre']);
    const end = m.index + m[0].length;
    if (/^\s+(?:of|before|after|that)(?![\p{L}])/u.test(text.slice(end, end + 8))) return; // "the weekend of Sept. 9"
    const start = pre && (pre === 'for' || pre === 'by') ? m.index + m[0].toLowerCase().indexOf('the') : m.index;
    push(out, start, end, (ctx, phrase) => resolveWeekend('the', ctx, phrase, start, end));
  });
}

type CountUnit = 'hour' | 'day' | 'week' | 'month' | 'year' | 'decade';

function unitOf(s: string | undefined): CountUnit {
  const u = lower(s).replace(/s$/, '');
  return (u === 'centurie' ? 'decade' : u) as CountUnit;
}

function shift(d: Date, unit: CountUnit, n: number): Date {
  switch (unit) {
    case 'hour':
      return addDays(d, Math.sign(n) * Math.max(1, Math.ceil(Math.abs(n) / 24)));
    case 'day':
      return addDays(d, n);
    case 'week':
      return addWeeks(d, n);
    case 'month':
      return addMonths(d, n);
    case 'year':
      return addYears(d, n);
    case 'decade':
      return addYears(d, 10 * n);
  }
}

/** How much "a few" of a unit is taken to be, for estimates. */
const FEW: Record<CountUnit, number> = { hour: 24, day: 7, week: 6, month: 6, year: 5, decade: 3 };

const ROLLING = new RegExp(
  String.raw`\b(?:(?<pre>in|over|during|for|within|throughout)\s+)?the\s+(?<dir>past|last|next|coming|previous|following)\s+(?:(?<n>${NUM})\s+)?(?<unit>hours?|days?|weeks?|months?|years?|decades?)(?![\p{L}\p{N}])`,
  'giud',
);

function ruleRolling(text: string, out: Candidate[]): void {
  each(ROLLING, text, (m) => {
    const g = groups(m);
    const dir = lower(g['dir']);
    const pre = lower(g['pre']);
    const rawUnit = lower(g['unit']);
    const end = m.index + m[0].length;
    if (dir === 'previous' || dir === 'following') return; // counted from another event, not from publication
    if (/^\s+of(?![\p{L}])/u.test(text.slice(end, end + 6))) return; // "the last days of the war"
    const singular = !rawUnit.endsWith('s');
    if (!g['n'] && singular && dir !== 'past' && dir !== 'coming' && !pre) return; // "the next day", "the last year"
    const nText = g['n'] ?? '';
    const vague = VAGUE_COUNT.test(nText) || (!nText && !singular);
    const count = nText ? numberOf(nText) : singular ? 1 : null;
    if (!vague && count === null) return;
    const unit = unitOf(rawUnit);
    const back = dir === 'past' || dir === 'last';
    const start = pre === 'for' ? m.index + m[0].toLowerCase().indexOf('the') : m.index;
    push(out, start, end, (ctx, phrase) => {
      const n = vague ? FEW[unit] : (count ?? 1);
      const other = shift(ctx.pub, unit, back ? -n : n);
      const [a, b] = back ? [other, ctx.pub] : [ctx.pub, other];
      const span = `${back ? 'up to' : 'from'} the publication date (${P(ctx.pub)}): ${showSpan(a, b)}`;
      if (vague) return resolved(a, b, 'vague', `${quote(phrase)}: an estimate, taking it as ${n} ${unit}s ${span}`);
      return resolved(a, b, 'range', `${quote(phrase)}: the ${n === 1 ? unit : `${n} ${unit}s`} ${span}`);
    });
  });
}

const AGO = new RegExp(
  String.raw`\b(?:(?<q>about|around|roughly|nearly|almost|more\s+than|less\s+than|over|just|only|barely|some)\s+)?(?:(?<n>${NUM})\s+)?(?<unit>hours?|days?|weeks?|months?|years?|decades?|century|centuries)\s+ago(?![\p{L}\p{N}])`,
  'giud',
);
const APPROX = new Set(['about', 'around', 'roughly', 'nearly', 'almost', 'more than', 'less than', 'over', 'some']);

function ruleAgo(text: string, out: Candidate[]): void {
  each(AGO, text, (m) => {
    const g = groups(m);
    const rawUnit = lower(g['unit']);
    const nText = g['n'] ?? '';
    const singular = !rawUnit.endsWith('s');
    if (singular && !nText) return;
    const unit: CountUnit = rawUnit.startsWith('centur') ? 'decade' : unitOf(rawUnit);
    const factor = rawUnit.startsWith('centur') ? 10 : 1;
    const vague = !nText || VAGUE_COUNT.test(nText);
    const count = vague ? null : numberOf(nText);
    if (!vague && count === null) return;
    const approx = APPROX.has(lower(g['q']));
    const end = m.index + m[0].length;
    push(out, m.index, end, (ctx, phrase) => {
      const pub = ctx.pub;
      const est = (a: Date, b: Date, why: string): ResolvedDate =>
        resolved(a, b, 'vague', `${quote(phrase)}: ${why}, an estimate: ${showSpan(a, b)}`);
      if (count === null) {
        const lo: Record<CountUnit, number> = { hour: 1, day: 2, week: 2, month: 2, year: 2, decade: 2 };
        const hi: Record<CountUnit, number> = { hour: 24, day: 10, week: 8, month: 12, year: 15, decade: 6 };
        const a = shift(pub, unit, -hi[unit] * factor);
        const b = unit === 'hour' ? pub : shift(pub, unit, -lo[unit] * factor);
        return est(a, b, `some ${unit}s before the publication date (${P(pub)})`);
      }
      const n = count * factor;
      const at0 = shift(pub, unit, -n);
      switch (unit) {
        case 'hour':
          return est(subDays(pub, 1), pub, `hours before the publication date (${P(pub)}), that day or the one before`);
        case 'day':
          if (approx)
            return est(
              subDays(at0, Math.max(1, Math.round(n / 5))),
              addDays(at0, Math.max(1, Math.round(n / 5))),
              `about ${n} days before the publication date (${P(pub)})`,
            );
          return resolved(
            at0,
            at0,
            'day',
            `${quote(phrase)}: ${n} day${n === 1 ? '' : 's'} before the publication date (${P(pub)}), ${showDay(at0)}`,
          );
        case 'week':
          return est(
            subDays(at0, 3),
            addDays(at0, 3),
            `about ${n} week${n === 1 ? '' : 's'} before the publication date (${P(pub)})`,
          );
        case 'month':
          if (approx)
            return est(
              startOfMonth(subMonths(at0, 1)),
              endOfMonth(addMonths(at0, 1)),
              `about ${n} months before the publication date (${P(pub)})`,
            );
          return resolved(
            startOfMonth(at0),
            endOfMonth(at0),
            'month',
            `${quote(phrase)}: ${n} month${n === 1 ? '' : 's'} before the publication date (${P(pub)}), ${showMonth(at0)}`,
          );
        case 'year':
          if (approx)
            return est(
              startOfYear(subYears(at0, 1)),
              endOfYear(addYears(at0, 1)),
              `about ${n} years before the publication date (${P(pub)})`,
            );
          return resolved(
            startOfYear(at0),
            endOfYear(at0),
            'year',
            `${quote(phrase)}: ${n} year${n === 1 ? '' : 's'} before the publication date (${P(pub)}), ${at0.getFullYear()}`,
          );
        case 'decade':
          return est(
            startOfYear(subYears(at0, 5)),
            endOfYear(addYears(at0, 5)),
            `about ${n * 10} years before the publication date (${P(pub)})`,
          );
      }
    });
  });
}

const ANAPHORA = new RegExp(
  String.raw`\b(?:(?<q1>only|just|mere|merely|barely|scarcely|within|a\s+few|several|some)\s+)?(?:(?<q2>a\s+few|mere|several|a\s+couple\s+of)\s+)?(?<unit>hours|days|weeks|months|(?<=\b(?:a|an)\s+)(?:hour|day|week|month))(?:\s+(?<dir>after|before|earlier|later|prior\s+to|prior))?(?![\p{L}\p{N}])`,
  'giud',
);
const COUNTED_BEFORE =
  /(?:\d|(?:^|[^\p{L}])(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|dozen|many|the|those|these|of|for|all|couple|no|few|more|recent|coming|past|next|last|previous|following))\s+$/iu;
/** How far from its anchor "days after" and the like reach, in days, for the estimate. */
const ANAPHORA_SPAN: Record<string, number> = {
  hours: 2,
  days: 14,
  weeks: 90,
  months: 730,
  hour: 1,
  day: 2,
  week: 10,
  month: 45,
};

function ruleAnaphora(text: string, out: Candidate[]): void {
  each(ANAPHORA, text, (m) => {
    const g = groups(m);
    const q1 = lower(g['q1']);
    const dir = lower(g['dir']);
    if (!dir && q1 !== 'within') return;
    const end = m.index + m[0].length;
    if (/^\s+ago(?![\p{L}])/u.test(text.slice(end, end + 6))) return;
    if (COUNTED_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) return;
    const unit = lower(g['unit']);
    // "a week after": the article belongs to the phrase.
    const from = /^(?:hour|day|week|month)$/.test(unit) ? text.lastIndexOf(' ', m.index - 2) + 1 : m.index;
    push(out, from, end, (ctx, phrase) => {
      // "only days after" is closer than "days after".
      const few =
        /^(?:only|just|mere|merely|barely|scarcely|a\s+few)$/.test(q1) || /^(?:a\s+few|mere)$/.test(lower(g['q2']));
      const span = Math.ceil((ANAPHORA_SPAN[unit] ?? 14) / (few ? 2 : 1));
      const tense = ctx.tense(m.index, end);
      const label = describeTense(tense);
      const pub = ctx.pub;
      const [a, b] =
        tense.direction === 'future'
          ? [pub, addDays(pub, span)]
          : tense.direction === 'past'
            ? [subDays(pub, span), pub]
            : [subDays(pub, span), addDays(pub, span)];
      const side = tense.direction === 'future' ? 'after' : tense.direction === 'past' ? 'before' : 'around';
      return resolved(
        a,
        b,
        'vague',
        `${quote(phrase)} counts from another event, so only an estimate: ${label}, so within ${span} days ${side} the publication date (${P(pub)}), ${showSpan(a, b)}`,
      );
    });
  });
}

const RECENTLY = /\b(?:(?:until|till)\s+)?(?:recently|lately)(?![\p{L}\p{N}])/dgiu;
const RECENT_UNITS =
  /\b(?:(?<pre>in|over|during|throughout)\s+)?(?:the\s+)?(?:most\s+)?recent\s+(?<unit>days|weeks|months|years)(?![\p{L}\p{N}])/dgiu;
const AHEAD = /\b(?:(?<pre>in|over|during)\s+)?the\s+(?<unit>days|weeks|months|years)\s+ahead(?![\p{L}\p{N}])/dgiu;
const RECENT_DAYS: Record<string, number> = { days: 7, weeks: 42 };

function ruleRecent(text: string, out: Candidate[]): void {
  each(RECENTLY, text, (m) => {
    push(out, m.index, m.index + m[0].length, (ctx, phrase) => {
      const a = subDays(ctx.pub, 30);
      return resolved(
        a,
        ctx.pub,
        'vague',
        `${quote(phrase)}: an estimate, the 30 days before the publication date (${P(ctx.pub)}), ${showSpan(a, ctx.pub)}`,
      );
    });
  });
  const window = (unit: string, pub: Date, sign: 1 | -1): Date => {
    const days = RECENT_DAYS[unit];
    if (days) return addDays(pub, sign * days);
    return unit === 'months' ? addMonths(pub, sign * 6) : addYears(pub, sign * 5);
  };
  const describe = (unit: string): string =>
    unit === 'days' ? 'a week' : unit === 'weeks' ? 'six weeks' : unit === 'months' ? 'six months' : 'five years';
  each(RECENT_UNITS, text, (m) => {
    const unit = lower(groups(m)['unit']);
    push(out, m.index, m.index + m[0].length, (ctx, phrase) => {
      const a = window(unit, ctx.pub, -1);
      return resolved(
        a,
        ctx.pub,
        'vague',
        `${quote(phrase)}: an estimate, the ${describe(unit)} before the publication date (${P(ctx.pub)}), ${showSpan(a, ctx.pub)}`,
      );
    });
  });
  each(AHEAD, text, (m) => {
    const unit = lower(groups(m)['unit']);
    push(out, m.index, m.index + m[0].length, (ctx, phrase) => {
      const b = window(unit, ctx.pub, 1);
      return resolved(
        ctx.pub,
        b,
        'vague',
        `${quote(phrase)}: an estimate, the ${describe(unit)} after the publication date (${P(ctx.pub)}), ${showSpan(ctx.pub, b)}`,
      );
    });
  });
}

const IN_N = new RegExp(
  String.raw`\b(?<pre>in|within)\s+(?<n>${NUM})\s+(?<unit>days?|weeks?|months?|years?)(?:['’]?\s+time)?(?![\p{L}\p{N}])`,
  'giud',
);

/** "in two weeks", "within 30 days": a date only when the verb points ahead (else a duration). */
function ruleInN(text: string, out: Candidate[]): void {
  each(IN_N, text, (m) => {
    const g = groups(m);
    const nText = g['n'] ?? '';
    const vague = VAGUE_COUNT.test(nText);
    const count = vague ? null : numberOf(nText);
    if (!vague && count === null) return;
    const unit = unitOf(g['unit']);
    const within = lower(g['pre']) === 'within';
    const end = m.index + m[0].length;
    push(out, m.index, end, (ctx, phrase) => {
      const tense = ctx.tense(m.index, end);
      if (tense.direction !== 'future') return null;
      const label = describeTense(tense);
      const pub = ctx.pub;
      const n = count ?? FEW[unit];
      const at0 = shift(pub, unit, n);
      if (within || vague)
        return resolved(
          pub,
          at0,
          vague ? 'vague' : 'range',
          `${quote(phrase)} with ${label}: ${vague ? `an estimate, taking it as ${n} ${unit}s` : `up to ${n} ${unit}${n === 1 ? '' : 's'}`} after the publication date (${P(pub)}), ${showSpan(pub, at0)}`,
        );
      if (unit === 'day')
        return resolved(
          at0,
          at0,
          'day',
          `${quote(phrase)} with ${label}: ${n} day${n === 1 ? '' : 's'} after the publication date (${P(pub)}), ${showDay(at0)}`,
        );
      if (unit === 'month')
        return resolved(
          startOfMonth(at0),
          endOfMonth(at0),
          'month',
          `${quote(phrase)} with ${label}: ${n} month${n === 1 ? '' : 's'} after the publication date (${P(pub)}), ${showMonth(at0)}`,
        );
      if (unit === 'year')
        return resolved(
          startOfYear(at0),
          endOfYear(at0),
          'year',
          `${quote(phrase)} with ${label}: ${n} year${n === 1 ? '' : 's'} after the publication date (${P(pub)}), ${at0.getFullYear()}`,
        );
      return resolved(
        subDays(at0, 2),
        addDays(at0, 2),
        'vague',
        `${quote(phrase)} with ${label}: about ${n} ${unit}${n === 1 ? '' : 's'} after the publication date (${P(pub)}), an estimate: ${showSpan(subDays(at0, 2), addDays(at0, 2))}`,
      );
    });
  });
}

// ---- Seasons ------------------------------------------------------------------------------------

const SEASON = new RegExp(
  String.raw`\b(?:(?<pre>in|during|since|until|till|through|throughout|over|by|before|after)\s+)?(?:(?<rel>this\s+past|this\s+coming|this|last|next|the\s+past|the\s+coming|the)\s+)?(?:${EDGE})?(?<season>spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(?<y>${YEAR}))?(?![\p{L}\p{N}])`,
  'giud',
);
const SEASON_FOLLOWERS = new Set(
  'and or but when as to in on at for with before after is was will has had would the a that this he she they it we there months'.split(
    ' ',
  ),
);
const SEASON_START: Record<string, number> = { spring: 2, summer: 5, autumn: 8, fall: 8, winter: 11 };

/** Northern-hemisphere meteorological season starting in month `m0` of `year`: three months. */
function seasonSpan(m0: number, year: number): [Date, Date] {
  const a = new Date(year, m0, 1);
  return [a, endOfMonth(addMonths(a, 2))];
}

function ruleSeason(text: string, out: Candidate[]): void {
  each(SEASON, text, (m) => {
    const g = groups(m);
    const season = g['season'] ?? '';
    const key = season.toLowerCase();
    const rel = lower(g['rel']);
    const pre = lower(g['pre']);
    const y = g['y'] ? intOf(g['y']) : null;
    const end = m.index + m[0].length;
    if (y === null && /^\s+of(?![\p{L}])/u.test(text.slice(end, end + 6))) return; // "the fall of Kabul"
    if (y === null && season !== key) return; // "Arab Spring", "Spring Festival"
    const explicitRel = rel !== '' && rel !== 'the';
    // "after the summer break": the season only describes a noun.
    const follower = /^\s+(\p{Ll}+)/u.exec(text.slice(end, end + 20))?.[1];
    if (y === null && !explicitRel && follower && !SEASON_FOLLOWERS.has(follower)) return;
    if (y === null && !explicitRel && !(rel === 'the' && pre)) return;
    if (
      key === 'fall' &&
      y === null &&
      !explicitRel &&
      pre !== 'in' &&
      pre !== 'during' &&
      pre !== 'by' &&
      pre !== 'until' &&
      pre !== 'since'
    )
      return;
    const m0 = SEASON_START[key] ?? 0;
    const edge = edgeOf(g['edge']);
    const start =
      pre && !OUTSIDE.has(pre) ? m.index : ((at(m, 'rel') ?? at(m, 'edge') ?? at(m, 'season'))?.[0] ?? m.index);
    push(out, start, end, (ctx, phrase) => {
      const pub = ctx.pub;
      const py = pub.getFullYear();
      let span: [Date, Date];
      let why: string;
      if (y !== null) {
        if (key === 'winter') {
          span = [new Date(y, 0, 1), endOfYear(new Date(y, 0, 1))];
          why = `winter ${y} can mean its January–February or its December, so the whole year`;
        } else {
          span = seasonSpan(m0, y);
          why = `${key} ${y}`;
        }
      } else {
        const instances = [py - 2, py - 1, py, py + 1].map((yy) => seasonSpan(m0, yy));
        const containing = instances.find(([a, b]) => pub >= a && pub <= b);
        const lastBefore = instances.filter(([, b]) => b < pub).at(-1)!;
        const firstAfter = instances.find(([a]) => a > pub)!;
        if (rel === 'this') {
          span = containing ?? (key === 'winter' && pub.getMonth() < 2 ? instances[1]! : instances[2]!);
          why = containing
            ? `the ${key} the publication date (${P(pub)}) falls in`
            : `the ${key} of the year of publication (${P(pub)})`;
        } else if (rel === 'last' || rel === 'this past' || rel === 'the past') {
          span = lastBefore;
          why = `the last ${key} before the publication date (${P(pub)})`;
        } else if (rel === 'next' || rel === 'this coming' || rel === 'the coming') {
          span = firstAfter;
          why = `the first ${key} after the publication date (${P(pub)})`;
        } else {
          const tense =
            pre === 'since' ? ({ direction: 'past', kind: 'past', evidence: 'since' } as Tense) : ctx.tense(start, end);
          const label = pre === 'since' ? '"since" looks back' : describeTense(tense);
          if (tense.direction === 'past') {
            span = instances.filter(([a]) => a <= pub).at(-1)!;
            why = `${label}, so the last ${key} up to the publication date (${P(pub)})`;
          } else if (tense.direction === 'future') {
            span = instances.find(([, b]) => b >= pub)!;
            why = `${label}, so the next ${key} from the publication date (${P(pub)})`;
          } else {
            span = containing ?? instances[2]!;
            why = `${label}, so the ${key} of the year of publication (${P(pub)})`;
          }
        }
      }
      let [a, b] = span;
      if (edge) [a, b] = applyEdge(a, b, 'span', edge, pub);
      return resolved(
        a,
        b,
        'vague',
        `${quote(phrase)}: ${why}${edge ? `; ${describeEdge(edge, 'that season', pub)}` : ''}; northern-hemisphere seasons, an estimate: ${showSpan(a, b)}`,
      );
    });
  });
}

// ---- All rules ----------------------------------------------------------------------------------

/** Keyword families; one regex pass over the lowercased sentence sets a bit for each family present. */
const K = {
  month: 1,
  weekday: 2,
  dayWord: 4,
  partOfDay: 8,
  weekend: 16,
  unit: 32,
  ago: 64,
  recent: 128,
  season: 256,
  quarter: 512,
  relative: 1024,
} as const;
const KEYS =
  /(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(today|tonight|yesterday|tomorrow)|(morning|afternoon|evening|night)|(weekend)|(week|month|year|decade|centur|hour|day)|(ago)|(recent|lately|ahead)|(spring|summer|autumn|fall|winter)|(quarter|q[1-4])|(past|last|next|coming)/g;
const KEY_BITS = [
  0,
  K.month,
  K.weekday,
  K.dayWord,
  K.partOfDay,
  K.weekend,
  K.unit,
  K.ago,
  K.recent,
  K.season,
  K.quarter,
  K.relative,
];

/** Bitmask of the keyword families in a lowercased sentence. */
export function keyFamilies(low: string): number {
  let bits = 0;
  KEYS.lastIndex = 0;
  for (let m = KEYS.exec(low); m; m = KEYS.exec(low)) {
    for (let g = 1; g < KEY_BITS.length; g++) {
      if (m[g] !== undefined) {
        bits |= KEY_BITS[g] ?? 0;
        break;
      }
    }
  }
  return bits;
}

/** What a gate sees: the families present, and whether the sentence has digits, four in a row, a hyphen. */
export interface Gates {
  keys: number;
  digits: boolean;
  year: boolean;
  hyphen: boolean;
}

/**
 * Each rule behind a gate that must pass before its regular expression runs: most sentences hold none of
 * a rule's words, and the gates cut the cost of a sentence several times over.
 */
export const RULES: ReadonlyArray<{
  name: string;
  gate: (g: Gates) => boolean;
  run: (text: string, out: Candidate[]) => void;
}> = [
  { name: 'iso', gate: (g) => g.year && g.hyphen, run: ruleIso },
  { name: 'month-day', gate: (g) => g.digits && (g.keys & K.month) !== 0, run: ruleMonthDay },
  { name: 'day-month', gate: (g) => g.digits && (g.keys & K.month) !== 0, run: ruleDayMonth },
  { name: 'month', gate: (g) => (g.keys & K.month) !== 0, run: ruleMonth },
  { name: 'year', gate: (g) => g.year, run: ruleYear },
  { name: 'year-modifier', gate: (g) => g.year, run: ruleYearModifier },
  { name: 'decade', gate: (g) => g.year, run: ruleDecade },
  { name: 'quarter', gate: (g) => (g.keys & K.quarter) !== 0, run: ruleQuarter },
  { name: 'quarter-bare', gate: (g) => (g.keys & K.quarter) !== 0, run: ruleQuarterBare },
  { name: 'weekday', gate: (g) => (g.keys & K.weekday) !== 0, run: ruleWeekday },
  { name: 'day-word', gate: (g) => (g.keys & K.dayWord) !== 0, run: ruleDayWord },
  { name: 'part-of-day', gate: (g) => (g.keys & K.partOfDay) !== 0, run: rulePartOfDay },
  { name: 'period', gate: (g) => (g.keys & (K.unit | K.weekend)) !== 0, run: rulePeriod },
  { name: 'the-weekend', gate: (g) => (g.keys & K.weekend) !== 0, run: ruleTheWeekend },
  { name: 'rolling', gate: (g) => (g.keys & K.relative) !== 0 && (g.keys & K.unit) !== 0, run: ruleRolling },
  { name: 'ago', gate: (g) => (g.keys & K.ago) !== 0, run: ruleAgo },
  { name: 'anaphora', gate: (g) => (g.keys & K.unit) !== 0, run: ruleAnaphora },
  { name: 'recent', gate: (g) => (g.keys & K.recent) !== 0, run: ruleRecent },
  { name: 'in-n', gate: (g) => (g.keys & K.unit) !== 0, run: ruleInN },
  { name: 'season', gate: (g) => (g.keys & K.season) !== 0, run: ruleSeason },
];
