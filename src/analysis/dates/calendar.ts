/**
 * Calendar helpers over date-fns. Dates are local-time midnights; all arithmetic goes through date-fns,
 * the only hand-made step being `new Date(year, month, 1)` to name the first of a month.
 */
import { format, getDate, getDaysInMonth, isAfter, lightFormat, setDate } from 'date-fns';
import type { Precision, ResolvedDate } from '../../schemas/analysis.ts';

/** `YYYY-MM-DD`. */
export function isoDay(date: Date): string {
  return lightFormat(date, 'yyyy-MM-dd'); // numeric-only formatter, several times faster than `format`
}

/** `Fri 8 Sep 2023`, the form reasons use. */
const shown = new Map<number, string>();

export function showDay(date: Date): string {
  // Reasons name the publication day again and again; date-fns `format` is the costliest call here.
  const key = date.getTime();
  let s = shown.get(key);
  if (s === undefined) {
    if (shown.size > 2000) shown.clear();
    s = format(date, 'EEE d MMM yyyy');
    shown.set(key, s);
  }
  return s;
}

/** `September 2023`. */
export function showMonth(date: Date): string {
  return format(date, 'MMMM yyyy');
}

/** The day, or null if it does not exist (Feb 30, Sept 31) or the year is out of 1000–9999. */
export function makeDate(year: number, month0: number, day: number): Date | null {
  if (!Number.isInteger(year) || !Number.isInteger(month0) || !Number.isInteger(day)) return null;
  if (year < 1000 || year > 9999 || month0 < 0 || month0 > 11 || day < 1) return null;
  const first = new Date(year, month0, 1);
  if (day > getDaysInMonth(first)) return null;
  const date = setDate(first, day);
  return getDate(date) === day ? date : null; // a day the local time zone skipped (Samoa, 30 Dec 2011)
}

/** The publication day from `YYYY-MM-DD` (a longer ISO timestamp is cut to its day), or null. */
let lastPublished: { text: string; date: Date | null } | null = null;

export function parsePublished(published: unknown): Date | null {
  if (typeof published !== 'string') return null;
  if (lastPublished?.text === published) return lastPublished.date;
  const date = parseDay(published);
  lastPublished = { text: published, date };
  return date;
}

function parseDay(published: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?![\d])/.exec(published.trim());
  if (!m) return null;
  return makeDate(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

/** A resolution, start and end put in order. */
export function resolved(start: Date, end: Date, precision: Precision, reason: string): ResolvedDate {
  const [first, last] = isAfter(start, end) ? [end, start] : [start, end];
  return { start: isoDay(first), end: isoDay(last), precision, reason };
}

/** A phrase quoted for a reason, whitespace runs collapsed. */
export function quote(phrase: string): string {
  return `"${phrase.replace(/\s+/g, ' ')}"`;
}
