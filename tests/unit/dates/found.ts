import { findDates } from '../../../src/analysis/dates/index.ts';

/** The seed's publication day, Fri 8 Sep 2023: most date tests count from it. */
export const PUB = '2023-09-08';

/** Each date found in a sentence, as phrase, first and last day, and precision. */
export function datesIn(sentence: string, published = PUB) {
  return findDates(sentence, published).map((f) => ({
    phrase: f.phrase,
    start: f.date.start,
    end: f.date.end,
    precision: f.date.precision,
  }));
}
