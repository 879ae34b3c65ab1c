import {
  addDays,
  addMonths,
  addWeeks,
  addYears,
  differenceInCalendarDays,
  endOfISOWeek,
  endOfMonth,
  endOfYear,
  format,
  getDay,
  parseISO,
  startOfISOWeek,
  startOfMonth,
  startOfYear,
  subDays,
  isValid,
} from 'date-fns';
import type { ResolvedDate } from '../schemas/analysis.ts';
import { tenseAround, type Tense } from './tense.ts';

// chrono-node was tried first: 27 µs a sentence, and it reads "reported on Monday" (published Fri 8 Sep
// 2023) as Mon 11 Sep, the nearest Monday whatever the tense. Patterns plus tenseAround measure better.

/** A temporal expression in a sentence, resolved. `phrase === sentence.slice(start, end)`. */
export interface FoundDate {
  phrase: string;
  start: number;
  end: number;
  date: ResolvedDate;
}

const MONTHS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const PREP = '(?:(?:on|by|since|until|from|in|during|before|after|between|as of)\\s+)?';
const M = `(${MONTHS})\\.?`;
const D = '(\\d{1,2})(?:st|nd|rd|th)?';
const Y = '(?:,?\\s+(\\d{4}))?';

type Resolver = (match: RegExpExecArray, context: Context) => ResolvedDate | undefined;
interface Context {
  published: Date;
  sentence: string;
  start: number;
  end: number;
}

// Cheap tests that let a sentence skip the patterns it cannot match (together they cost ~40 µs a sentence).
const HAS_MONTH = new RegExp(`\\b(?:${MONTHS})`, 'i');
const HAS_DIGIT = /\d/;
const HAS_DAY = /day\b|tonight|tomorrow/i;
const HAS_PERIOD = /\b(?:week|month|year)\b/i;
const HAS_VAGUE = /recent|\b(?:days|weeks|months)\b/i;

interface DatePattern {
  pattern: RegExp;
  needs: RegExp;
  resolve: Resolver;
}

// Most specific first: a later pattern never takes characters an earlier one took.
const PATTERNS: DatePattern[] = [
  {
    pattern: new RegExp(`\\b${PREP}${M}\\s+${D}\\s*(?:-|–|to|through|and)\\s*(?:${M}\\s+)?${D}${Y}\\b`, 'gi'),
    needs: HAS_MONTH,
    resolve: monthDayRange,
  },
  {
    pattern: new RegExp(`\\b${PREP}${M}\\s+${D}${Y}(?![\\d-])`, 'gi'),
    needs: HAS_MONTH,
    resolve: (m, c) => monthDay(m[1]!, m[2]!, m[3], c),
  },
  {
    pattern: new RegExp(`\\b${PREP}${D}\\s+${M}${Y}\\b`, 'gi'),
    needs: HAS_MONTH,
    resolve: (m, c) => monthDay(m[2]!, m[1]!, m[3], c),
  },
  { pattern: /\b(?:on\s+)?(\d{4})-(\d{2})-(\d{2})\b/gi, needs: HAS_DIGIT, resolve: isoDay },
  {
    pattern:
      /\b(?:only\s+|just\s+)?(?:days|weeks|months)\s+(?:after|before|earlier|later|ago)\b|\b(?:recently|in recent (?:days|weeks|months))\b/gi,
    needs: HAS_VAGUE,
    resolve: vague,
  },
  {
    pattern: new RegExp(
      `\\b(?:(?:on|by|until|since)\\s+)?(?:(last|next|this|past)\\s+)?(${WEEKDAYS.join('|')})\\b`,
      'gi',
    ),
    needs: HAS_DAY,
    resolve: weekday,
  },
  {
    pattern: /\b(?:(earlier|later)\s+)?(this|last|next|past)\s+(week|month|year)\b/gi,
    needs: HAS_PERIOD,
    resolve: relativePeriod,
  },
  { pattern: /\b(yesterday|today|tomorrow|tonight)\b/gi, needs: HAS_DAY, resolve: relativeDay },
  {
    pattern: new RegExp(`\\b${PREP}(${MONTHS})\\.?\\s+(\\d{4})\\b`, 'gi'),
    needs: HAS_MONTH,
    resolve: (m, c) => monthOf(m[1]!, Number(m[2]), c),
  },
  {
    pattern: new RegExp(
      `\\b(?:in|since|until|by|during|before|after)\\s+(${MONTHS.replace(/\|may/, '')})\\b(?!\\s+\\d)`,
      'gi',
    ),
    needs: HAS_MONTH,
    resolve: (m, c) => monthOf(m[1]!, undefined, c),
  },
  {
    pattern: /\b(?:in|since|until|by|during|before|after|of)\s+((?:19|20)\d{2})\b(?!,\d)/gi,
    needs: HAS_DIGIT,
    resolve: yearOf,
  },
];

/** Finds temporal expressions in one sentence and resolves them against the publication day. */
export function findDates(sentence: string, published: string): FoundDate[] {
  const day = parseISO(published);
  if (!isValid(day) || sentence.length === 0) return [];
  const taken: boolean[] = [];
  const found: FoundDate[] = [];
  for (const { pattern, needs, resolve } of PATTERNS) {
    if (!needs.test(sentence)) continue;
    pattern.lastIndex = 0;
    for (const match of sentence.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (taken.slice(start, end).some(Boolean)) continue;
      const date = resolve(match as RegExpExecArray, { published: day, sentence, start, end });
      if (!date) continue;
      for (let i = start; i < end; i++) taken[i] = true;
      found.push({ phrase: match[0], start, end, date });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

const show = (date: Date) => format(date, 'EEE d MMM yyyy');
const iso = (date: Date) => format(date, 'yyyy-MM-dd');
const resolved = (start: Date, end: Date, precision: ResolvedDate['precision'], reason: string): ResolvedDate => ({
  start: iso(start),
  end: iso(end),
  precision,
  reason,
});

function monthIndex(name: string): number {
  return ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(
    name.slice(0, 3).toLowerCase(),
  );
}

/** A month and day: with its year, or in the year that puts it closest to the publication day. */
function dayIn(
  month: string,
  dayText: string,
  yearText: string | undefined,
  c: Context,
): { date: Date; why: string } | undefined {
  const m = monthIndex(month);
  const d = Number(dayText);
  if (m < 0 || d < 1 || d > 31) return undefined;
  if (yearText) {
    const date = new Date(Number(yearText), m, d);
    return date.getMonth() === m ? { date, why: 'the text gives the full date' } : undefined;
  }
  const year = c.published.getFullYear();
  const candidates = [year - 1, year, year + 1].map((y) => new Date(y, m, d)).filter((x) => x.getMonth() === m);
  const best = candidates.sort(
    (a, b) => Math.abs(differenceInCalendarDays(a, c.published)) - Math.abs(differenceInCalendarDays(b, c.published)),
  )[0];
  if (!best) return undefined;
  const why =
    best.getFullYear() === year
      ? `no year given: ${year}, the year of publication (${show(c.published)})`
      : `no year given: ${best.getFullYear()}, the year that puts it closest to the publication date, ${show(c.published)}`;
  return { date: best, why };
}

function monthDay(month: string, day: string, year: string | undefined, c: Context): ResolvedDate | undefined {
  const found = dayIn(month, day, year, c);
  return found && resolved(found.date, found.date, 'day', found.why);
}

function monthDayRange(m: RegExpExecArray, c: Context): ResolvedDate | undefined {
  const first = dayIn(m[1]!, m[2]!, m[5], c);
  if (!first) return undefined;
  const lastMonth = m[3] ?? m[1]!;
  let last = new Date(first.date.getFullYear(), monthIndex(lastMonth), Number(m[4]));
  if (last.getMonth() !== monthIndex(lastMonth)) return undefined;
  if (last < first.date) last = addYears(last, 1);
  return resolved(first.date, last, 'range', first.why);
}

function isoDay(m: RegExpExecArray, _c: Context): ResolvedDate | undefined {
  const date = parseISO(`${m[1]}-${m[2]}-${m[3]}`);
  return isValid(date) ? resolved(date, date, 'day', 'the text gives the full date') : undefined;
}

function monthOf(month: string, year: number | undefined, c: Context): ResolvedDate | undefined {
  const m = monthIndex(month);
  if (m < 0) return undefined;
  let first = new Date(year ?? c.published.getFullYear(), m, 1);
  let why = year
    ? 'the text gives the month and year'
    : `no year given: ${first.getFullYear()}, the year of publication`;
  const tense = year ? 'unknown' : tenseAround(c.sentence, c.start, c.end);
  if (tense === 'past' && first > c.published) {
    first = addYears(first, -1);
    why = `no year given and past tense: the last ${format(first, 'MMMM')} before the publication date, ${show(c.published)}`;
  } else if (tense === 'future' && endOfMonth(first) < c.published) {
    first = addYears(first, 1);
    why = `no year given and future tense: the next ${format(first, 'MMMM')} after the publication date, ${show(c.published)}`;
  }
  return resolved(first, endOfMonth(first), 'month', why);
}

function yearOf(m: RegExpExecArray, _c: Context): ResolvedDate {
  const first = new Date(Number(m[1]), 0, 1);
  return resolved(first, endOfYear(first), 'year', 'the text gives the year');
}

function vague(m: RegExpExecArray, c: Context): ResolvedDate {
  const text = m[0].toLowerCase();
  const days = /month/.test(text) ? 90 : /week/.test(text) ? 21 : /recent/.test(text) ? 30 : 7;
  const after = /\b(after|later)\b/.test(text) && tenseAround(c.sentence, c.start, c.end) === 'future';
  const [from, to] = after ? [c.published, addDays(c.published, days)] : [subDays(c.published, days), c.published];
  return resolved(
    from,
    to,
    'vague',
    `"${m[0]}" gives no date: an estimate of the ${days} days ${after ? 'after' : 'up to'} the publication date, ${show(c.published)}`,
  );
}

function weekday(m: RegExpExecArray, c: Context): ResolvedDate {
  const modifier = m[1]?.toLowerCase();
  const target = WEEKDAYS.indexOf(m[2]!.toLowerCase());
  const name = WEEKDAYS[target]!.replace(/^./, (ch) => ch.toUpperCase());
  const tense: Tense =
    modifier === 'last' || modifier === 'past'
      ? 'past'
      : modifier === 'next'
        ? 'future'
        : tenseAround(c.sentence, c.start, c.end);
  const today = getDay(c.published);
  const back = (today - target + 7) % 7;
  const ahead = (target - today + 7) % 7;
  let date: Date;
  let why: string;
  if (tense === 'past') {
    date = subDays(c.published, back);
    why =
      back === 0
        ? `past tense, on the publication day itself, ${show(c.published)}`
        : `past tense, so the ${name} before the publication date, ${show(c.published)}`;
  } else if (tense === 'future') {
    date = addDays(c.published, ahead === 0 ? 7 : ahead);
    why = `future tense, so the ${name} after the publication date, ${show(c.published)}`;
  } else {
    date = back <= ahead ? subDays(c.published, back) : addDays(c.published, ahead);
    why = `tense unclear, so the ${name} nearest the publication date, ${show(c.published)}`;
  }
  return resolved(date, date, 'day', why);
}

function relativePeriod(m: RegExpExecArray, c: Context): ResolvedDate {
  const which = m[2]!.toLowerCase();
  const unit = m[3]!.toLowerCase() as 'week' | 'month' | 'year';
  const step = which === 'last' || which === 'past' ? -1 : which === 'next' ? 1 : 0;
  const [shift, startOf, endOf] =
    unit === 'week'
      ? [addWeeks, startOfISOWeek, endOfISOWeek]
      : unit === 'month'
        ? [addMonths, startOfMonth, endOfMonth]
        : [addYears, startOfYear, endOfYear];
  const anchor = shift(c.published, step);
  const precision = m[1] ? 'vague' : unit;
  const label =
    unit === 'week' ? `the week of ${show(startOf(anchor))}` : format(anchor, unit === 'month' ? 'MMMM yyyy' : 'yyyy');
  const start = startOf(anchor);
  const end = m[1]?.toLowerCase() === 'earlier' && step === 0 ? c.published : endOf(anchor);
  return resolved(
    start,
    end,
    precision,
    `"${m[0]}" counted from the publication date, ${show(c.published)}: ${label}${m[1] ? ' (part of it, so approximate)' : ''}`,
  );
}

function relativeDay(m: RegExpExecArray, c: Context): ResolvedDate {
  const word = m[1]!.toLowerCase();
  const date = addDays(c.published, word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0);
  return resolved(date, date, 'day', `"${m[1]}" counted from the publication date, ${show(c.published)}`);
}
