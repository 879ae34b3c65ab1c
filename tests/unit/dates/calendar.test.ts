// Periods, relative days, year and month ends, leap years. Expected values by hand.
// Mon 30 Dec 2024: ISO week Mon 30 Dec 2024 – Sun 5 Jan 2025; next week Mon 6 – Sun 12 Jan 2025;
// last week Mon 23 – Sun 29 Dec 2024. 2024 is a leap year (Thu 29 Feb 2024).
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/analysis/dates/index.ts';
import { datesIn } from './found.ts';

function one(sentence: string, published: string) {
  const found = datesIn(sentence, published);
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe('weeks, months, years', () => {
  it.each([
    ['Officials will meet next week.', '2024-12-30', 'next week', '2025-01-06', '2025-01-12', 'week'],
    ['Officials met this week.', '2024-12-30', 'this week', '2024-12-30', '2025-01-05', 'week'],
    ['Officials met last week.', '2024-12-30', 'last week', '2024-12-23', '2024-12-29', 'week'],
    ['Prices rose last week.', '2023-09-08', 'last week', '2023-08-28', '2023-09-03', 'week'],
    ['Prices will rise next month.', '2024-12-30', 'next month', '2025-01-01', '2025-01-31', 'month'],
    ['Prices rose last month.', '2023-09-08', 'last month', '2023-08-01', '2023-08-31', 'month'],
    ['Prices rose this month.', '2023-09-08', 'this month', '2023-09-01', '2023-09-30', 'month'],
    ['The law passed last year.', '2023-09-08', 'last year', '2022-01-01', '2022-12-31', 'year'],
    ['Growth slowed this year.', '2023-09-08', 'this year', '2023-01-01', '2023-12-31', 'year'],
    ['Elections are due next year.', '2024-12-30', 'next year', '2025-01-01', '2025-12-31', 'year'],
    [
      'Talks collapsed in February, next month brings more.',
      '2024-01-31',
      'next month',
      '2024-02-01',
      '2024-02-29',
      'month',
    ],
  ])('%s (%s)', (sentence, pub, phrase, start, end, precision) => {
    // The February case also has "in February"; check the one we name.
    const found = findDates(sentence, pub).find((f) => f.phrase === phrase);
    expect(found?.date).toMatchObject({ start, end, precision });
  });

  it('next month from 31 Jan 2023 is February 2023 (28 days)', () => {
    expect(one('Prices will rise next month.', '2023-01-31')).toEqual({
      phrase: 'next month',
      start: '2023-02-01',
      end: '2023-02-28',
      precision: 'month',
    });
  });
});

describe('yesterday, today, tomorrow, tonight', () => {
  it.each([
    ['The talks ended yesterday.', '2024-12-30', 'yesterday', '2024-12-29'],
    ['The talks end tomorrow.', '2024-12-30', 'tomorrow', '2024-12-31'],
    ['The talks end tomorrow.', '2024-12-31', 'tomorrow', '2025-01-01'],
    ['The minister speaks tonight.', '2023-09-08', 'tonight', '2023-09-08'],
    ['Today, the talks resume.', '2023-09-08', 'Today', '2023-09-08'],
    ['The results came in yesterday.', '2023-03-01', 'yesterday', '2023-02-28'],
    ['The results came in yesterday.', '2024-03-01', 'yesterday', '2024-02-29'],
    ['The vote is tomorrow.', '2024-02-28', 'tomorrow', '2024-02-29'],
    ['Sirens sounded last night.', '2023-09-08', 'last night', '2023-09-07'],
    ['He spoke earlier today.', '2023-09-08', 'earlier today', '2023-09-08'],
  ])('%s (%s)', (sentence, pub, phrase, date) => {
    expect(one(sentence, pub)).toEqual({ phrase, start: date, end: date, precision: 'day' });
  });

  it('"USA Today" is a newspaper, not a day', () => {
    expect(findDates('USA Today reported the story.', '2023-09-08')).toEqual([]);
  });
});

describe('month-days without a year: the nearest year, tense as arbiter', () => {
  it('"Jan. 3" in late December is next year', () => {
    expect(one('The summit will open on Jan. 3 in Geneva.', '2024-12-30')).toEqual({
      phrase: 'on Jan. 3',
      start: '2025-01-03',
      end: '2025-01-03',
      precision: 'day',
    });
    const reason = findDates('The summit will open on Jan. 3 in Geneva.', '2024-12-30')[0]?.date.reason;
    expect(reason).toContain('2025');
    expect(reason).toContain('Mon 30 Dec 2024');
  });

  it('"Dec. 30" in early January is the previous year', () => {
    expect(one('The attack on Dec. 30 killed 12 people.', '2025-01-02')).toMatchObject({
      start: '2024-12-30',
      precision: 'day',
    });
  });

  it('a range that starts in one year and ends in the next', () => {
    expect(one('The festival runs from Jan. 3 to Jan. 7.', '2023-12-28')).toEqual({
      phrase: 'from Jan. 3 to Jan. 7',
      start: '2024-01-03',
      end: '2024-01-07',
      precision: 'range',
    });
    expect(one('The festival runs Dec. 28-Jan. 2.', '2023-12-01')).toEqual({
      phrase: 'Dec. 28-Jan. 2',
      start: '2023-12-28',
      end: '2024-01-02',
      precision: 'range',
    });
  });

  it('past tense takes the date before publication, future the one after', () => {
    expect(one('He was arrested on Jan. 15.', '2023-09-08')).toMatchObject({ start: '2023-01-15' });
    expect(one('He will be sentenced on Jan. 15.', '2023-09-08')).toMatchObject({ start: '2024-01-15' });
    expect(one('Protests began on Feb. 14.', '2023-09-08')).toMatchObject({ start: '2023-02-14' });
  });

  it('leap day', () => {
    expect(one('The deadline passed on Feb. 29.', '2024-03-05')).toMatchObject({
      phrase: 'on Feb. 29',
      start: '2024-02-29',
      precision: 'day',
    });
    expect(one('The law took effect on Feb. 29, 2024.', '2024-09-01')).toMatchObject({ start: '2024-02-29' });
    // 2023 has no Feb. 29: no date is invented.
    expect(findDates('The law took effect on Feb. 29, 2023.', '2024-09-01')).toEqual([]);
  });

  it('a date with no verb: the nearest', () => {
    expect(one('Parade: Sept. 9.', '2023-09-08')).toMatchObject({ phrase: 'Sept. 9', start: '2023-09-09' });
  });
});
