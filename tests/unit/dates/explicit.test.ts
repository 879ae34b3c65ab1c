// Full dates, month-day forms, ranges, months, years, datelines. Expected values by hand.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/analysis/dates/index.ts';
import { PUB, datesIn as all } from './found.ts';
import { pickDayYear } from '../../../src/analysis/dates/resolve.ts';

describe('days and ranges written out', () => {
  it.each([
    ['The treaty was signed on September 9, 2023.', 'on September 9, 2023', '2023-09-09', '2023-09-09', 'day'],
    ['The treaty was signed on 9 September 2023.', 'on 9 September 2023', '2023-09-09', '2023-09-09', 'day'],
    ['The treaty was signed on 2023-09-09.', 'on 2023-09-09', '2023-09-09', '2023-09-09', 'day'],
    ['The treaty was signed Sep 1.', 'Sep 1', '2023-09-01', '2023-09-01', 'day'],
    ['The treaty was signed Sept. 5.', 'Sept. 5', '2023-09-05', '2023-09-05', 'day'],
    ['It happened on the 4th of September.', 'on the 4th of September', '2023-09-04', '2023-09-04', 'day'],
    // Past tense with no year: the last such day before publication, even one a few days ahead.
    ['The treaty was signed Sept. 10.', 'Sept. 10', '2022-09-10', '2022-09-10', 'day'],
    ['The treaty will be signed Sept. 10.', 'Sept. 10', '2023-09-10', '2023-09-10', 'day'],
    // A past act that sets a deadline: the deadline is this year's, not last year's.
    ['The Senate voted to keep the government open until Nov. 17.', 'until Nov. 17', '2023-11-17', '2023-11-17', 'day'],
    // Far from publication, a day without a year is of the year of publication whatever the tense.
    ['Congress passed a bill that extended funding to Nov. 17.', 'Nov. 17', '2023-11-17', '2023-11-17', 'day'],
    ['The strike ended March 3.', 'March 3', '2023-03-03', '2023-03-03', 'day'],
    ['The fair runs Sept. 10 to 13.', 'Sept. 10 to 13', '2023-09-10', '2023-09-13', 'range'],
    ['The fair runs September 10 through 13.', 'September 10 through 13', '2023-09-10', '2023-09-13', 'range'],
    ['The fair runs between Sept. 10 and 13.', 'between Sept. 10 and 13', '2023-09-10', '2023-09-13', 'range'],
    ['The forum is scheduled for Sept. 28-Oct. 2.', 'Sept. 28-Oct. 2', '2023-09-28', '2023-10-02', 'range'],
    ['The fair runs 10-13 September.', '10-13 September', '2023-09-10', '2023-09-13', 'range'],
    [
      'The games ran from 28 September to 2 October 2022.',
      'from 28 September to 2 October 2022',
      '2022-09-28',
      '2022-10-02',
      'range',
    ],
    ['The fair ran Sept. 10–13, 2021.', 'Sept. 10–13, 2021', '2021-09-10', '2021-09-13', 'range'],
  ])('%s', (sentence, phrase, start, end, precision) => {
    expect(all(sentence)).toEqual([{ phrase, start, end, precision }]);
  });

  it('two separate days joined by "and" stay two days', () => {
    expect(all('Strikes hit on Sept. 1 and Sept. 5.')).toEqual([
      { phrase: 'on Sept. 1', start: '2023-09-01', end: '2023-09-01', precision: 'day' },
      { phrase: 'Sept. 5', start: '2023-09-05', end: '2023-09-05', precision: 'day' },
    ]);
  });
});

describe('months and years', () => {
  it.each([
    ['The report was published in September 2023.', 'in September 2023', '2023-09-01', '2023-09-30', 'month'],
    ['The talks began in March.', 'in March', '2023-03-01', '2023-03-31', 'month'],
    ['Elections will be held in March.', 'in March', '2024-03-01', '2024-03-31', 'month'],
    // "last March" in a September article is the most recent March (2023), not the one a year before.
    ['The rules changed last March.', 'last March', '2023-03-01', '2023-03-31', 'month'],
    ['The rules changed last March.', 'last March', '2022-03-01', '2022-03-31', 'month', '2023-02-10'],
    ['The war began in 2019.', 'in 2019', '2019-01-01', '2019-12-31', 'year'],
    ['The country has been divided since 1948.', 'since 1948', '1948-01-01', '1948-12-31', 'year'],
    ['The 2019 election was disputed.', '2019', '2019-01-01', '2019-12-31', 'year'],
    ['2019’s floods were the worst.', '2019', '2019-01-01', '2019-12-31', 'year'],
    ['Fighting raged from 2014 to 2016.', 'from 2014 to 2016', '2014-01-01', '2016-12-31', 'range'],
    ['The dam was built in the 1990s.', 'in the 1990s', '1990-01-01', '1999-12-31', 'range'],
    ['Prices fell in the first quarter of 2023.', 'in the first quarter of 2023', '2023-01-01', '2023-03-31', 'range'],
  ])('%s', (sentence, phrase, start, end, precision, pub = PUB) => {
    expect(all(sentence, pub)).toEqual([{ phrase, start, end, precision }]);
  });

  it('numbers that are not years', () => {
    expect(all('The army sent 2,000 troops for the 75th anniversary.')).toEqual([]);
    expect(all('He paid $2023 for the ticket.')).toEqual([]);
    expect(all('North Korea has 1200 artillery pieces near the border.')).toEqual([]);
    expect(all('The virus was found in 2000 cases.')).toEqual([]);
    expect(all('The death toll rose by 2000 overnight.')).toEqual([]);
    expect(all('A total of 1999 people voted.')).toEqual([]);
  });

  it('"early/mid/late" make a month or year vague', () => {
    const [early] = all('The offensive began in early March.');
    expect(early).toEqual({ phrase: 'in early March', start: '2023-03-01', end: '2023-03-10', precision: 'vague' });
    const [mid] = all('Talks stalled in mid-2022.');
    expect(mid).toMatchObject({ phrase: 'in mid-2022', precision: 'vague' });
    expect(mid!.start >= '2022-01-01' && mid!.end <= '2022-12-31').toBe(true);
  });
});

describe('datelines', () => {
  it('"SEOUL, Sept. 9 —" is that day', () => {
    const found = findDates('SEOUL, Sept. 9 — North Korea held a military parade.', PUB);
    expect(found.map((f) => [f.phrase, f.date.start, f.date.precision])).toEqual([['Sept. 9', '2023-09-09', 'day']]);
    expect(found[0]?.date.reason).toMatch(/^dateline/);
  });

  it('a dateline without a date adds nothing; the body still resolves', () => {
    expect(all('SEOUL, South Korea (AP) — North Korea on Saturday held a military parade.', '2023-09-10')).toEqual([
      { phrase: 'on Saturday', start: '2023-09-09', end: '2023-09-09', precision: 'day' },
    ]);
  });
});

describe('months in a list', () => {
  it('"in July or September" is two months', () => {
    expect(all('Economists see the next move coming in July or September.', '2024-06-12')).toEqual([
      { phrase: 'in July', start: '2024-07-01', end: '2024-07-31', precision: 'month' },
      { phrase: 'September', start: '2024-09-01', end: '2024-09-30', precision: 'month' },
    ]);
  });
});

describe('the year of a day written without one, from the tense', () => {
  const published = new Date(2023, 8, 30); // Sat 30 Sep 2023
  const past = { direction: 'past', kind: 'past', evidence: 'voted' } as const;
  const year = (month0: number, day: number, phrase: string, pub = published) =>
    pickDayYear(month0, day, pub, past, phrase, false)?.date.getFullYear();

  it('follows a past tense back to last year while that day is within nine months', () => {
    expect(year(10, 10, 'Nov. 10', new Date(2024, 2, 1))).toBe(2023); // Fri 1 Mar 2024
  });

  it('keeps the year of publication when last year’s day is further away', () => {
    expect(year(10, 17, 'Nov. 17')).toBe(2023);
  });

  it('follows the tense for a day just ahead: an anniversary ("the Oct. 7 attack was…")', () => {
    expect(year(9, 7, 'Oct. 7')).toBe(2022);
  });
});
