/**
 * What every rule family shares: the candidate a rule pushes, the context it resolves in, and regex helpers.
 */
import { addDays, addMonths, addWeeks, addYears } from 'date-fns';
import { type ResolvedDate } from '../../../schemas/analysis.ts';
import { showDay } from '../calendar.ts';
import type { Token } from '../../tokens.ts';
import type { Anchors } from '../anchors.ts';
import { type Tense } from '../tense.ts';

export interface Ctx {
  text: string;
  pub: Date;
  /** Tense of the verb governing the expression at [start, end). */
  tense(start: number, end: number): Tense;
  /** The dates stated before this one in the document (and earlier in this sentence). */
  anchors: Anchors;
}

/** The sentence's tagged tokens (offsets relative to it), tagged on first use. */
export type TokensOf = () => readonly Token[];

export interface Candidate {
  start: number;
  end: number;
  /** Resolves the phrase, which is `ctx.text.slice(start, end)` unless the phrase was narrowed after it was found. */
  resolve(ctx: Ctx, phrase: string): ResolvedDate | null;
  /** A lone weekday ("on Saturday"), which a following date may absorb ("Saturday, Sept. 9"). */
  weekday?: number;
  /** "today", "yesterday": a following date may absorb it too ("today, May 23"). */
  dayWord?: boolean;
  /** A single day written out ("Sept. 9"). */
  explicitDay?: boolean;
  /** A day or days written with their year ("30 December 2008"): later days without one may take it. */
  statesYear?: boolean;
}

export type Groups = Record<string, string | undefined>;

// ---- Helpers ------------------------------------------------------------------------------------

export function groups(m: RegExpExecArray): Groups {
  return (m.groups ?? {}) as Groups;
}

export function at(m: RegExpExecArray, name: string): [number, number] | undefined {
  return m.indices?.groups?.[name];
}

/** Runs a global regex over the text; the callback may return where to resume. */
export function each(re: RegExp, text: string, fn: (m: RegExpExecArray) => number | void): void {
  re.lastIndex = 0;
  let guard = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const resume = fn(m);
    if (typeof resume === 'number' && resume > m.index) re.lastIndex = resume;
    else if (m[0].length === 0) re.lastIndex = m.index + 1;
    if (++guard > 20000) break;
  }
}

export function intOf(s: string | undefined): number {
  return s ? Number.parseInt(s, 10) : Number.NaN;
}

export function startsUpper(s: string | undefined): boolean {
  return !!s && /^\p{Lu}/u.test(s);
}

export const lower = (s: string | undefined): string => (s ?? '').toLowerCase().replace(/\s+/g, ' ');

/** Prepositions that belong to a day phrase ("on Thursday", "since Sept. 9"). */
export const DAY_LEAD = /(?:^|[^\p{L}\p{N}])((?:on|since|until|till|through|as\s+of)\s+)$/iu;
export const RANGE_LEAD = /(?:^|[^\p{L}\p{N}])((?:between|from|on|since|until|till|through|during)\s+)$/iu;
export const PERIOD_LEAD = /(?:^|[^\p{L}\p{N}])((?:in|during|over|throughout|since|until|till)\s+)$/iu;

/** Start moved back over a leading preposition, when the text has one. */
export function leadIn(text: string, start: number, lead: RegExp): number {
  const m = lead.exec(text.slice(Math.max(0, start - 16), start));
  return m?.[1] ? start - m[1].length : start;
}

export function push(
  out: Candidate[],
  start: number,
  end: number,
  resolve: (ctx: Ctx, phrase: string) => ResolvedDate | null,
  extra?: Partial<Candidate>,
): void {
  if (end <= start) return;
  out.push({ start, end, resolve, ...extra });
}

export const P = (pub: Date): string => showDay(pub);

/** A range separator: a dash, or "to", "through", "until", "and". */
export const RANGE_SEP = String.raw`(?:\s*[-–—‒−]\s*|,?\s+(?:to|through|thru|until|till|and)\s+)`;

/** "early", "late", "mid" before a month, year or decade. */
export const EDGE = String.raw`(?<edge>early|late|mid)(?:\s+|-|–)`;

/** Prepositions that stay outside the phrase ("scheduled for", "by March" keeps "March"). */
// A possessive makes a month a date ("its December traffic") but is not part of the phrase.
export const OUTSIDE = new Set(['by', 'before', 'after', 'from', 'of', 'between', 'for', 'its', 'their', 'our']);

export type CountUnit = 'hour' | 'day' | 'week' | 'month' | 'year' | 'decade';

export function unitOf(s: string | undefined): CountUnit {
  const u = lower(s).replace(/s$/, '');
  return (u === 'centurie' ? 'decade' : u) as CountUnit;
}

export function shift(d: Date, unit: CountUnit, n: number): Date {
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
export const FEW: Record<CountUnit, number> = { hour: 24, day: 7, week: 6, month: 6, year: 5, decade: 3 };
