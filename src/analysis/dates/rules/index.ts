/**
 * The registry of date patterns: one module per family of phrase, each rule behind a cheap gate.
 *
 * Each rule scans one sentence with one regular expression and pushes candidates: a span and a function
 * that resolves it (tense is only worked out for the candidates that survive overlap). Own patterns rather
 * than chrono-node: chrono's casual parser measured ~70 µs a sentence (strict ~30 µs) on news sentences, and
 * it resolves a bare weekday to the nearest one whatever the tense ("reported on Monday" in Friday's paper →
 * the following Monday). These patterns take a few µs a sentence.
 *
 * - month-days.ts: "Sept. 10", "10 September 2023", ranges ("Sept. 10-13"), ISO dates, datelines
 * - months.ts: months ("in March", "late May"), quarters, seasons
 * - years.ts: years ("in 2019", "the 2023-24 season"), decades, centuries
 * - weekdays.ts: "on Thursday", "last Friday", "Monday through Wednesday"
 * - relative-days.ts: today, yesterday, tomorrow, tonight, "this morning"
 * - relative-periods.ts: "last week", "this month", weekends, "the past two weeks"
 * - relative-counts.ts: "three days ago", "in two weeks"
 * - vague.ts: "recently", "in the weeks ahead", "only days after"
 * - anchored.ts: days counted from another date of the text ("the next day", "two days after the collapse")
 * - holidays.ts: holidays on one day ("New Year's Eve", "Boxing Day", Thanksgiving)
 * - periods-to.ts: periods that end on a stated date ("the three months to December")
 */
import { ruleIso, ruleMonthDay, ruleDayMonth } from './month-days.ts';
import { ruleMonth, ruleQuarter, ruleQuarterBare, ruleQuarterRelative, ruleSeason } from './months.ts';
import { ruleYear, ruleYearModifier, ruleDecade, ruleCentury, ruleBareYear } from './years.ts';
import { ruleWeekday } from './weekdays.ts';
import { ruleDayWord, rulePartOfDay } from './relative-days.ts';
import { rulePeriod, ruleTheWeekend, ruleRolling, ruleToDate } from './relative-periods.ts';
import { ruleAgo, ruleInN } from './relative-counts.ts';
import { ruleRecent } from './vague.ts';
import { ruleCounted, ruleNext } from './anchored.ts';
import { ruleHoliday } from './holidays.ts';
import { rulePeriodTo } from './periods-to.ts';
import type { Candidate, TokensOf } from './shared.ts';

export type { Candidate, Ctx, TokensOf } from './shared.ts';

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
  holiday: 2048,
} as const;
const KEYS =
  /(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec(?!ade))|(monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(today|tonight|yesterday|tomorrow)|(morning|afternoon|evening|night)|(weekend)|(week|month|year|decade|centur|hour|day)|(ago)|(recent|lately|ahead|future|within)|(spring|summer|autumn|fall|winter)|(quarter|q[1-4])|(past|last|next|coming)|(christmas|new year|boxing|hallowe|valentine|patrick|bonfire|fawkes|remembrance|armistice|veteran|anzac|australia day|waitangi|canada day|bastille|juneteenth|thanksgiving)/g;
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
  K.holiday,
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
  /** Pushes the rule's candidates; `tokensOf` tags the sentence on first use (only anchored phrases need it). */
  run: (text: string, out: Candidate[], tokensOf: TokensOf) => void;
}> = [
  { name: 'iso', gate: (g) => g.year && g.hyphen, run: ruleIso },
  { name: 'month-day', gate: (g) => g.digits && (g.keys & K.month) !== 0, run: ruleMonthDay },
  { name: 'day-month', gate: (g) => g.digits && (g.keys & K.month) !== 0, run: ruleDayMonth },
  { name: 'month', gate: (g) => (g.keys & K.month) !== 0, run: ruleMonth },
  { name: 'year', gate: (g) => g.year, run: ruleYear },
  { name: 'year-modifier', gate: (g) => g.year, run: ruleYearModifier },
  { name: 'decade', gate: (g) => g.year, run: ruleDecade },
  { name: 'bare-year', gate: (g) => g.year, run: ruleBareYear },
  { name: 'century', gate: (g) => (g.keys & K.unit) !== 0, run: ruleCentury },
  { name: 'quarter', gate: (g) => (g.keys & K.quarter) !== 0, run: ruleQuarter },
  { name: 'quarter-bare', gate: (g) => (g.keys & K.quarter) !== 0, run: ruleQuarterBare },
  { name: 'quarter-relative', gate: (g) => (g.keys & K.quarter) !== 0, run: ruleQuarterRelative },
  { name: 'weekday', gate: (g) => (g.keys & K.weekday) !== 0, run: ruleWeekday },
  { name: 'day-word', gate: (g) => (g.keys & K.dayWord) !== 0, run: ruleDayWord },
  { name: 'part-of-day', gate: (g) => (g.keys & K.partOfDay) !== 0, run: rulePartOfDay },
  { name: 'period', gate: (g) => (g.keys & (K.unit | K.weekend)) !== 0, run: rulePeriod },
  { name: 'to-date', gate: (g) => (g.keys & K.unit) !== 0, run: ruleToDate },
  { name: 'the-weekend', gate: (g) => (g.keys & K.weekend) !== 0, run: ruleTheWeekend },
  { name: 'rolling', gate: (g) => (g.keys & K.relative) !== 0 && (g.keys & K.unit) !== 0, run: ruleRolling },
  { name: 'ago', gate: (g) => (g.keys & K.ago) !== 0, run: ruleAgo },
  { name: 'counted', gate: (g) => (g.keys & K.unit) !== 0, run: ruleCounted },
  { name: 'next', gate: (g) => (g.keys & (K.unit | K.weekday | K.partOfDay)) !== 0, run: ruleNext },
  { name: 'recent', gate: (g) => (g.keys & (K.recent | K.relative)) !== 0, run: ruleRecent },
  { name: 'in-n', gate: (g) => (g.keys & K.unit) !== 0, run: ruleInN },
  { name: 'season', gate: (g) => (g.keys & K.season) !== 0, run: ruleSeason },
  { name: 'holiday', gate: (g) => (g.keys & K.holiday) !== 0, run: ruleHoliday },
  {
    name: 'period-to',
    gate: (g) => (g.keys & K.month) !== 0 && (g.keys & (K.unit | K.quarter)) !== 0,
    run: rulePeriodTo,
  },
];
