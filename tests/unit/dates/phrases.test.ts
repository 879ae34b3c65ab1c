import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/analysis/dates/index.ts';

const summary = (sentence: string, published: string) =>
  findDates(sentence, published).map(
    (d) => `${d.phrase} → ${d.date.start}${d.date.end === d.date.start ? '' : `..${d.date.end}`} ${d.date.precision}`,
  );

// Expectations written by hand.
describe('findDates', () => {
  it.each([
    // Published Mon 30 Dec 2024: weekdays by tense, and dates across the year end.
    ['The minister resigned on Friday.', '2024-12-30', ['on Friday → 2024-12-27 day']],
    ['The minister will resign on Friday.', '2024-12-30', ['on Friday → 2025-01-03 day']],
    ['Talks are set for Jan. 3.', '2024-12-30', ['Jan. 3 → 2025-01-03 day']],
    ['Prices rose next week, they said.', '2024-12-30', ['next week → 2025-01-06..2025-01-12 week']],
    ['The vote was held last Friday.', '2024-12-30', ['last Friday → 2024-12-27 day']],
    // Published Thu 2 Jan 2025.
    [
      'Officials met on Dec. 30 and agreed to talk again Jan. 6-8.',
      '2025-01-02',
      ['on Dec. 30 → 2024-12-30 day', 'Jan. 6-8 → 2025-01-06..2025-01-08 range'],
    ],
    ['The strike began last week.', '2025-01-02', ['last week → 2024-12-23..2024-12-29 week']],
    ['The summit runs from Sept. 28-Oct. 2.', '2024-09-20', ['from Sept. 28-Oct. 2 → 2024-09-28..2024-10-02 range']],
    ['SEOUL, Sept. 9 — Troops paraded.', '2023-09-09', ['Sept. 9 → 2023-09-09 day']],
    ['The treaty was signed on September 9, 1948.', '2023-09-08', ['on September 9, 1948 → 1948-09-09 day']],
    ['Sanctions have been in place since 2017.', '2023-09-08', ['since 2017 → 2017-01-01..2017-12-31 year']],
    ['The company sold 2,023 cars and marked its 75th year.', '2023-09-08', []],
    ['The leap day fell on Feb. 29.', '2024-03-04', ['on Feb. 29 → 2024-02-29 day']],
    ['Markets were calm.', '2023-09-08', []],
    // A day with "last year" after it; a month before an event's noun; plans are not dates.
    ['He was shot on April 22 morning last year.', '2007-12-17', ['on April 22 morning last year → 2006-04-22 day']],
    ['At the October meeting the motion was tabled.', '2023-11-03', ['October → 2023-10-01..2023-10-31 month']],
    ['The plant opened months ahead of schedule.', '2023-11-03', []],
    // Estimates with no edges: the coming year, the future, within the week.
    [
      'Growth will slow in the coming year and in the future.',
      '2020-03-19',
      ['in the coming year → 2020-03-19..2021-03-19 vague', 'in the future → 2020-03-19..2025-03-19 vague'],
    ],
    ['Results are expected within the week.', '2020-03-19', ['within the week → 2020-03-19..2020-03-26 vague']],
    // "decade" is no December; a fortnight is two weeks.
    ['Over the past decade, numbers doubled.', '2024-03-15', ['Over the past decade → 2014-03-15..2024-03-15 range']],
    ['The strike began a fortnight ago.', '2024-03-15', ['a fortnight ago → 2024-02-27..2024-03-04 vague']],
    // "Earlier in the day" is the day of the date before it.
    [
      'The ministry spoke on Thursday after the union earlier in the day made a statement.',
      '2020-03-20',
      ['on Thursday → 2020-03-19 day', 'earlier in the day → 2020-03-19 day'],
    ],
  ])('%s (published %s)', (sentence, published, expected) => {
    expect(summary(sentence, published)).toEqual(expected);
  });

  it('gives a reason a reader can check', () => {
    expect(findDates('KCNA announced on Thursday that a meeting would be held.', '2023-09-08')[0]!.date.reason).toBe(
      'past tense ("announced"), so the Thursday before the publication date, Fri 8 Sep 2023',
    );
  });

  it('never throws and returns phrases that stand in the sentence', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200 }),
        fc.constantFrom('2023-09-08', '2024-02-29', 'not-a-date'),
        (sentence, published) => {
          for (const found of findDates(sentence, published))
            expect(sentence.slice(found.start, found.end)).toBe(found.phrase);
        },
      ),
    );
  });
});
