// Vague and counted expressions. Expected values by hand, published Fri 8 Sep 2023:
// minus 30 days = Wed 9 Aug; minus 42 days = Fri 28 Jul; minus 14 days = Fri 25 Aug.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/analysis/dates/index.ts';
import { PUB, datesIn as all } from './found.ts';

describe('vague expressions', () => {
  it.each([
    ['Russian officials recently visited Pyongyang.', 'recently', '2023-08-09', '2023-09-08'],
    ['Tensions have risen in recent weeks.', 'in recent weeks', '2023-07-28', '2023-09-08'],
    ['Kim had visited the site days earlier.', 'days earlier', '2023-08-25', '2023-09-08'],
    ['Growth slowed earlier this year.', 'earlier this year', '2023-01-01', '2023-09-08'],
    ['The plant will reopen later this month.', 'later this month', '2023-09-08', '2023-09-30'],
    ['The bank held rates, a week after cutting them.', 'a week after', '2023-08-29', '2023-09-08'],
  ])('%s', (sentence, phrase, start, end) => {
    expect(all(sentence)).toEqual([{ phrase, start, end, precision: 'vague' }]);
  });

  it('vague reasons say the range is an estimate', () => {
    for (const s of ['Russian officials recently visited Pyongyang.', 'Kim had visited the site days earlier.']) {
      expect(findDates(s, PUB)[0]?.date.reason).toContain('estimate');
    }
  });

  it('a future "just days before" lies in the week after publication', () => {
    expect(all('The envoy will arrive just days before the summit.')).toEqual([
      { phrase: 'just days before the summit', start: '2023-09-08', end: '2023-09-15', precision: 'vague' },
    ]);
  });
});

describe('counted from publication', () => {
  it.each([
    ['The ship sank two days ago.', 'two days ago', '2023-09-06', '2023-09-06', 'day'],
    ['The ship sank 3 days ago.', '3 days ago', '2023-09-05', '2023-09-05', 'day'],
    ['The law passed a year ago.', 'a year ago', '2022-01-01', '2022-12-31', 'year'],
    ['The law passed two months ago.', 'two months ago', '2023-07-01', '2023-07-31', 'month'],
    ['Prices rose over the past two weeks.', 'over the past two weeks', '2023-08-25', '2023-09-08', 'range'],
    ['Prices will rise in the next three days.', 'in the next three days', '2023-09-08', '2023-09-11', 'range'],
    ['The talks will resume in two days.', 'in two days', '2023-09-10', '2023-09-10', 'day'],
    ['Crowds gathered over the weekend.', 'over the weekend', '2023-09-02', '2023-09-03', 'range'],
    ['Crowds will gather this weekend.', 'this weekend', '2023-09-09', '2023-09-10', 'range'],
  ])('%s', (sentence, phrase, start, end, precision) => {
    expect(all(sentence)).toEqual([{ phrase, start, end, precision }]);
  });

  it('a duration is not a date', () => {
    expect(all('The bridge was built in two years.')).toEqual([]);
    expect(all('The siege lasted for days.')).toEqual([]);
  });
});
