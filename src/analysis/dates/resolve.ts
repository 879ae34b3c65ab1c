/**
 * Turning a recognized expression into days: weekdays by tense, a year for a month-day that has none,
 * calendar periods (ISO weeks, months, years) and the estimated ranges of vague expressions.
 */
import {
  addDays,
  addMonths,
  addWeeks,
  addYears,
  differenceInCalendarDays,
  differenceInCalendarMonths,
  endOfISOWeek,
  endOfMonth,
  endOfYear,
  getDay,
  getYear,
  isAfter,
  isBefore,
  nextDay,
  previousDay,
  startOfISOWeek,
  startOfMonth,
  startOfYear,
  subDays,
  type Day,
} from 'date-fns';
import { makeDate, quote, showDay, showMonth } from './calendar.ts';
import { MONTH_NAMES, WEEKDAY_NAMES } from './lexicon.ts';
import { describeTense, type Direction, type Tense } from './tense.ts';

export interface Picked {
  date: Date;
  reason: string;
}

// ---- Weekdays -----------------------------------------------------------------------------------

export type WeekdayModifier = 'last' | 'next' | 'this' | 'none';

/**
 * A weekday resolved against the publication day.
 * - "last X" / "this past X": the X before the publication day; "next X" / "this coming X": the X after it.
 * - A bare X: the tense decides — past → the X before, future → the X after, none → the nearest X.
 * - A bare X that is the publication day's own weekday is the publication day, whatever the tense: news
 *   style names the current day by its weekday ("said Friday" in Friday's paper, "will meet Friday").
 * - "this X": the publication day if it is an X; else by tense, and with no tense the X of the same
 *   Monday–Sunday week.
 * - "since X" looks back.
 */
export function pickWeekday(
  target: number,
  modifier: WeekdayModifier,
  pre: string,
  pub: Date,
  tense: Tense,
  phrase: string,
): Picked {
  const name = WEEKDAY_NAMES[target] ?? '';
  const P = showDay(pub);
  const day = target as Day;
  const q = quote(phrase);
  const same = getDay(pub) === target;
  if (modifier === 'last')
    return { date: previousDay(pub, day), reason: `${q}: the ${name} before the publication date, ${P}` };
  if (modifier === 'next')
    return { date: nextDay(pub, day), reason: `${q}: the first ${name} after the publication date, ${P}` };
  const sinceTense: Tense | null = pre === 'since' ? { direction: 'past', kind: 'past', evidence: 'since' } : null;
  const t = sinceTense ?? tense;
  const label = sinceTense ? '"since" looks back' : describeTense(t);
  if (same) {
    const why = t.direction
      ? `${label}; the publication date, ${P}, is itself a ${name}, and news names the current day by its weekday`
      : `the publication date, ${P}, is itself a ${name}`;
    return { date: pub, reason: `${why}, so that day` };
  }
  if (t.direction === 'past')
    return { date: previousDay(pub, day), reason: `${label}, so the ${name} before the publication date, ${P}` };
  if (t.direction === 'future')
    return { date: nextDay(pub, day), reason: `${label}, so the ${name} after the publication date, ${P}` };
  if (modifier === 'this') {
    const date = addDays(startOfISOWeek(pub), (target + 6) % 7);
    return {
      date,
      reason: `${q} with ${label}: the ${name} of the Monday-to-Sunday week of the publication date, ${P}`,
    };
  }
  const before = previousDay(pub, day);
  const after = nextDay(pub, day);
  const date = differenceInCalendarDays(after, pub) <= differenceInCalendarDays(pub, before) ? after : before;
  return { date, reason: `${label}, so the nearest ${name} to the publication date, ${P}` };
}

// ---- A year for a date that has none ------------------------------------------------------------

function candidates(month0: number, day: number, pub: Date): Date[] {
  const y = getYear(pub);
  const span = month0 === 1 && day === 29 ? 4 : 1; // Feb 29 exists only in leap years
  const out: Date[] = [];
  for (let yy = y - span; yy <= y + span; yy++) {
    const c = makeDate(yy, month0, day);
    if (c) out.push(c);
  }
  return out;
}

/** Words that make a date an endpoint or deadline rather than the time of the verb's act. */
const ENDPOINT_LEAD = /^(?:until|till|through|by)\b/i;
/**
 * The tense picks the year only within this reach: past it, a day without a year is almost always of the
 * year of publication, as style books ask ("until Nov. 17" in a September story after a past-tense verb).
 */
const TENSE_REACH_DAYS = 270;
const ANNIVERSARY_DAYS = 14;
/** With no tense, the nearest date wins if this close; else the year of publication (news omits the current year). */
const NO_TENSE_NEAR_DAYS = 90;

/**
 * The year for a month and day written without one. News omits the year for dates of the current year and
 * for dates just across a year end, so: a past tense takes the last such day up to the publication day
 * ("was arrested Jan. 15" in September: this January; "Dec. 30" in early January: last December), a future
 * tense the next one ("Jan. 3" in late December: next year), as long as that day lies within nine months
 * of publication; "until", "through", "by" mark a deadline, not the verb's time. With no tense, the nearest if within 90 days,
 * else the year of publication. A dateline takes the nearest. The tense is the arbiter rather than a mere
 * tie-break because anniversaries sit close to publication: "the Oct. 7 attack was…" in an article of
 * 5 October means last year's, not the date two days ahead.
 */
export function pickDayYear(
  month0: number,
  day: number,
  pub: Date,
  tense: Tense,
  phrase: string,
  dateline: boolean,
): Picked | null {
  const cands = candidates(month0, day, pub);
  if (cands.length === 0) return null;
  const diffs = cands.map((c) => differenceInCalendarDays(c, pub));
  let before: Date | undefined;
  let after: Date | undefined;
  let closest = cands[0]!;
  let closestDist = Math.abs(diffs[0]!);
  cands.forEach((c, i) => {
    const d = diffs[i]!;
    if (d <= 0) before = c;
    if (d >= 0 && !after) after = c;
    if (Math.abs(d) < closestDist) {
      closest = c;
      closestDist = Math.abs(d);
    }
  });
  const y = getYear(pub);
  const P = showDay(pub);
  const q = quote(phrase);
  const prefix = `${dateline ? 'dateline ' : ''}${q} with no year`;
  const dayName = `${MONTH_NAMES[month0] ?? ''} ${day}`;
  const plain = (c: Date): string =>
    getYear(c) === y
      ? `${prefix}: ${y}, the year of publication (${P})`
      : `${prefix}: ${getYear(c)}, the nearest to the publication date (${P})`;
  if (dateline) return { date: closest, reason: plain(closest) };
  // A deadline set by a past act lies ahead as often as not ("voted to keep it open until Nov. 17").
  const direction = ENDPOINT_LEAD.test(phrase) ? null : tense.direction;
  const label = direction === null ? 'no verb tense to go by' : describeTense(tense);
  // A day only days away that contradicts the tense is an anniversary ("the Jan. 6 attack was…"): tense wins.
  const anniversary = closestDist <= ANNIVERSARY_DAYS;
  const within = (c: Date | undefined): c is Date =>
    c !== undefined && (anniversary || Math.abs(differenceInCalendarDays(c, pub)) <= TENSE_REACH_DAYS);
  if (direction === 'past' && within(before)) {
    if (before === closest) return { date: before, reason: plain(before) };
    return {
      date: before,
      reason: `${prefix}: ${label}, so ${getYear(before)}, the last ${dayName} before the publication date (${P})`,
    };
  }
  if (direction === 'future' && within(after)) {
    if (after === closest) return { date: after, reason: plain(after) };
    return {
      date: after,
      reason: `${prefix}: ${label}, so ${getYear(after)}, the next ${dayName} after the publication date (${P})`,
    };
  }
  if (closestDist <= NO_TENSE_NEAR_DAYS) return { date: closest, reason: plain(closest) };
  const sameYear = cands.find((c) => getYear(c) === y) ?? closest;
  return { date: sameYear, reason: `${prefix} and ${label}: ${getYear(sameYear)}, the year of publication (${P})` };
}

export type MonthModifier = 'last' | 'next' | 'this' | 'since' | 'none';

/**
 * The year for a month named without one ("in March", "last March"): past tense or "since" → the last
 * such month up to the publication month, future → the next one from it; no tense → the nearest if
 * within three months, else the year of publication.
 */
export function pickMonthYear(
  month0: number,
  modifier: MonthModifier,
  pub: Date,
  tense: Tense,
  phrase: string,
): Picked {
  const y = getYear(pub);
  const P = showDay(pub);
  const q = quote(phrase);
  const months = [y - 1, y, y + 1].map((yy) => new Date(yy, month0, 1));
  const diff = (c: Date): number => differenceInCalendarMonths(c, startOfMonth(pub));
  const name = MONTH_NAMES[month0] ?? '';
  const pick = (c: Date, why: string): Picked => ({ date: c, reason: `${q}: ${why} (${P}), ${showMonth(c)}` });
  if (modifier === 'last')
    return pick(months.filter((c) => diff(c) < 0).at(-1)!, `the last ${name} before the publication date`);
  if (modifier === 'next')
    return pick(
      months.find((c) => diff(c) > 0)!,
      `the first ${name} after the publication date`,
    );
  if (modifier === 'this') return pick(months[1]!, `the ${name} of the year of publication`);
  const direction: Direction | null = modifier === 'since' ? 'past' : tense.direction;
  const label = modifier === 'since' ? '"since" looks back' : describeTense(tense);
  if (direction === 'past')
    return pick(months.filter((c) => diff(c) <= 0).at(-1)!, `${label}, so the last ${name} up to the publication date`);
  if (direction === 'future')
    return pick(
      months.find((c) => diff(c) >= 0)!,
      `${label}, so the first ${name} from the publication date on`,
    );
  const near = months.find((c) => Math.abs(diff(c)) <= 3);
  if (near) return pick(near, `${label}, so the nearest ${name} to the publication date`);
  return pick(months[1]!, `${label}, so the ${name} of the year of publication`);
}

// ---- Periods ------------------------------------------------------------------------------------

export type Unit = 'week' | 'month' | 'year';

export function period(unit: Unit, pub: Date, offset: number): [Date, Date] {
  switch (unit) {
    case 'week': {
      const d = addWeeks(pub, offset);
      return [startOfISOWeek(d), endOfISOWeek(d)];
    }
    case 'month': {
      const d = addMonths(pub, offset);
      return [startOfMonth(d), endOfMonth(d)];
    }
    case 'year': {
      const d = addYears(pub, offset);
      return [startOfYear(d), endOfYear(d)];
    }
  }
}

export type Edge =
  'early' | 'mid' | 'late' | 'start' | 'end' | 'middle' | 'first-half' | 'second-half' | 'earlier' | 'later' | 'rest';

export function edgeOf(text: string | undefined): Edge | null {
  if (!text) return null;
  const t = text.toLowerCase().replace(/\s+/g, ' ').replace(/[-–]$/, '').trim();
  if (t === 'early') return 'early';
  if (t === 'mid') return 'mid';
  if (t === 'late') return 'late';
  if (t === 'earlier' || t === 'earlier in') return 'earlier';
  if (t === 'later' || t === 'later in') return 'later';
  if (/^the (?:start|beginning) of$/.test(t)) return 'start';
  if (t === 'the end of') return 'end';
  if (t === 'the middle of') return 'middle';
  if (t === 'the rest of') return 'rest';
  if (t === 'the first half of') return 'first-half';
  if (t === 'the second half of') return 'second-half';
  return null;
}

/** Words for the part of a named period an edge picks: "the early part of March 2023". */
export function describeEdge(edge: Edge, named: string, pub: Date): string {
  switch (edge) {
    case 'early':
      return `the early part of ${named}`;
    case 'mid':
    case 'middle':
      return `the middle of ${named}`;
    case 'late':
      return `the late part of ${named}`;
    case 'start':
      return `the start of ${named}`;
    case 'end':
      return `the end of ${named}`;
    case 'first-half':
      return `the first half of ${named}`;
    case 'second-half':
      return `the second half of ${named}`;
    case 'earlier':
      return `the part of ${named} before the publication date (${showDay(pub)})`;
    case 'later':
    case 'rest':
      return `the part of ${named} after the publication date (${showDay(pub)})`;
  }
}

/** The part of a period an edge word names; every result is an estimate. */
export function applyEdge(
  start: Date,
  end: Date,
  kind: 'week' | 'month' | 'year' | 'span',
  edge: Edge,
  pub: Date,
): [Date, Date] {
  const days = differenceInCalendarDays(end, start) + 1;
  const inside = !isBefore(pub, start) && !isAfter(pub, end);
  const part = (from: number, to: number): [Date, Date] => [
    addDays(start, from),
    addDays(start, Math.min(to, days - 1)),
  ];
  const fromEnd = (n: number): [Date, Date] => [subDays(end, n - 1), end];
  switch (edge) {
    case 'earlier':
      return inside ? [start, pub] : part(0, Math.floor(days / 2));
    case 'later':
    case 'rest':
      return inside ? [pub, end] : part(Math.floor(days / 2), days - 1);
    case 'first-half':
      return kind === 'year' ? [start, endOfMonth(addMonths(start, 5))] : part(0, Math.floor(days / 2) - 1);
    case 'second-half':
      return kind === 'year' ? [addMonths(start, 6), end] : part(Math.floor(days / 2), days - 1);
    default:
      break;
  }
  if (kind === 'year') {
    switch (edge) {
      case 'early':
        return [start, endOfMonth(addMonths(start, 3))];
      case 'mid':
      case 'middle':
        return [addMonths(start, 4), endOfMonth(addMonths(start, 7))];
      case 'late':
        return [addMonths(start, 8), end];
      case 'start':
        return [start, endOfMonth(start)];
      case 'end':
        return [startOfMonth(end), end];
    }
  }
  if (kind === 'month') {
    switch (edge) {
      case 'early':
        return part(0, 9);
      case 'mid':
      case 'middle':
        return part(10, 19);
      case 'late':
        return part(20, days - 1);
      case 'start':
        return part(0, 6);
      case 'end':
        return fromEnd(7);
    }
  }
  if (kind === 'week') {
    switch (edge) {
      case 'early':
      case 'start':
        return part(0, 1);
      case 'mid':
      case 'middle':
        return part(1, 3);
      case 'late':
        return part(3, 6);
      case 'end':
        return part(4, 6);
    }
  }
  const third = Math.max(1, Math.floor(days / 3));
  switch (edge) {
    case 'early':
    case 'start':
      return part(0, third - 1);
    case 'mid':
    case 'middle':
      return part(third, 2 * third - 1);
    default:
      return part(2 * third, days - 1);
  }
}

/** `Mon 4 Sep 2023 to Sun 10 Sep 2023`. */
export function showSpan(a: Date, b: Date): string {
  return `${showDay(a)} to ${showDay(b)}`;
}
