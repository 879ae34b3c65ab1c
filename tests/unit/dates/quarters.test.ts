// Expected values written by hand: published Fri 8 Sep 2023 (in Q3 2023) and Wed 10 Jan 2024 (in Q1 2024).
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/analysis/dates/index.ts';

function brief(sentence: string, published = '2023-09-08'): Array<[string, string, string, string]> {
  return findDates(sentence, published).map((f) => [f.phrase, f.date.start, f.date.end, f.date.precision]);
}

describe('quarters with no year, in a sentence about money or the economy', () => {
  it.each([
    ['Sales rose 5% in the third quarter.', '2023-09-08', 'in the third quarter', '2023-07-01', '2023-09-30'],
    ['Inflation slowed in the second quarter.', '2023-09-08', 'in the second quarter', '2023-04-01', '2023-06-30'],
    ['Profits will recover in the fourth quarter.', '2023-09-08', 'in the fourth quarter', '2023-10-01', '2023-12-31'],
    ['Third-quarter revenue fell 3%.', '2024-01-10', 'Third-quarter', '2023-07-01', '2023-09-30'],
    ['Profits will recover in the fourth quarter.', '2024-01-10', 'in the fourth quarter', '2024-10-01', '2024-12-31'],
    ['Q3 earnings beat forecasts.', '2024-01-10', 'Q3', '2023-07-01', '2023-09-30'],
  ])('%s (published %s)', (sentence, pub, phrase, start, end) => {
    expect(brief(sentence, pub)).toEqual([[phrase, start, end, 'range']]);
    expect(findDates(sentence, pub)[0]?.date.reason).toContain('with no year');
  });

  it('not a quarter of a year: sports, cars, fractions', () => {
    expect(brief('He scored in the fourth quarter.')).toEqual([]);
    expect(brief('She drives an Audi Q3.')).toEqual([]);
    expect(brief('A quarter of the budget went to defence.')).toEqual([]);
  });

  it('an explicit year still wins', () => {
    expect(brief('GDP grew in the first quarter of 2023.')).toEqual([
      ['in the first quarter of 2023', '2023-01-01', '2023-03-31', 'range'],
    ]);
  });
});

describe('year spans after a determiner', () => {
  it.each([
    ['In the 1950-53 Korean War, millions died.', '1950-53', '1950-01-01', '1953-12-31'],
    ['The 2023-24 season starts soon.', '2023-24', '2023-01-01', '2024-12-31'],
    ['The 2022-2023 budget passed.', '2022-2023', '2022-01-01', '2023-12-31'],
  ])('%s', (sentence, phrase, start, end) => {
    expect(brief(sentence)).toEqual([[phrase, start, end, 'range']]);
  });

  it('a backwards span is no date', () => {
    expect(brief('the 2019-2018 plan')).toEqual([]);
  });
});
