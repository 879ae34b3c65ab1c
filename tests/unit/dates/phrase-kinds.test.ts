// Kinds of date phrase added with the token layer. Expected values by hand.
import { describe, expect, it } from 'vitest';
import { dateResolver, findDates } from '../../../src/analysis/dates/index.ts';

function days(sentence: string, published: string): string[] {
  return findDates(sentence, published).map(
    (d) => `${d.phrase} → ${d.date.start}${d.date.end === d.date.start ? '' : `..${d.date.end}`} ${d.date.precision}`,
  );
}

describe('possessive dates', () => {
  it('are found without the preposition, which governs the noun', () => {
    expect(days("Dowdall scored in last year's final.", '2023-10-04')).toEqual([
      'last year → 2022-01-01..2022-12-31 year',
    ]);
    expect(days('Investors cheered last week’s rate cut.', '2023-10-04')).toEqual([
      'last week → 2023-09-25..2023-10-01 week',
    ]);
    expect(days("Harbour officials said last Friday's closure cost shippers millions.", '2024-04-19')).toEqual([
      'last Friday → 2024-04-12 day',
    ]);
  });
});

describe('weekdays', () => {
  // Mon 2 Oct 2023.
  it('"Monday last week", "Tuesday of next week": that weekday of that week', () => {
    expect(days('Water was cut on Monday last week.', '2023-10-02')).toEqual(['on Monday last week → 2023-09-25 day']);
    expect(days('Talks resume Tuesday of next week.', '2023-10-02')).toEqual(['Tuesday of next week → 2023-10-10 day']);
  });

  it('"convicted Tuesday of six counts" is a day; "the first Monday of October" is not', () => {
    expect(days('He was convicted Tuesday of six counts of murder.', '2023-10-02')).toEqual([
      'Tuesday → 2023-09-26 day',
    ]);
    expect(days('The vote falls on the first Monday of the month.', '2023-10-02')).toEqual([]);
  });
});

describe('years and centuries', () => {
  it('centuries, whole or in part', () => {
    expect(days('The species was described in the 18th century.', '2013-05-23')).toEqual([
      'in the 18th century → 1701-01-01..1800-12-31 range',
    ]);
    expect(days('Challenges of the twenty-first century.', '2013-05-23')).toEqual([
      'the twenty-first century → 2001-01-01..2100-12-31 range',
    ]);
    expect(findDates('It was found in the first years of the 20th century.', '2013-05-23')[0]?.date.precision).toBe(
      'vague',
    );
    expect(days('The 21st Century Fox deal closed.', '2013-05-23')).toEqual([]);
  });

  it('a year standing alone in a list, a comparison or a citation', () => {
    expect(days('2013 could be a peak year.', '2013-07-16')).toEqual(['2013 → 2013-01-01..2013-12-31 year']);
    expect(days('Cases rose compared to 2012.', '2013-07-16')).toEqual(['2012 → 2012-01-01..2012-12-31 year']);
    expect(days('Schools will adapt in 2024 and 2025 respectively.', '2023-07-16')).toEqual([
      'in 2024 → 2024-01-01..2024-12-31 year',
      '2025 → 2025-01-01..2025-12-31 year',
    ]);
  });

  it('a number that counts what follows is no year', () => {
    expect(days('Police said 2013 people attended.', '2013-07-16')).toEqual([]);
    expect(days('Of the convoy, 2000 lorries arrived and 1900 of them unloaded.', '2013-07-16')).toEqual([]);
    expect(days('It is a one-in-200 year flood.', '2013-07-16')).toEqual([]);
  });

  it('two months, each with its year, are a list, not a range', () => {
    expect(days('Inspections in October 2019 and May 2020 found problems.', '2023-09-27')).toEqual([
      'in October 2019 → 2019-10-01..2019-10-31 month',
      'May 2020 → 2020-05-01..2020-05-31 month',
    ]);
  });
});

describe('periods from the publication day', () => {
  it('"last quarter", "next quarter", "the previous quarter"; not a game\'s "last quarter"', () => {
    expect(days('Profit rose 5% from last quarter.', '2013-05-10')).toEqual([
      'last quarter → 2013-01-01..2013-03-31 range',
    ]);
    expect(days('Sales will improve next quarter.', '2013-05-10')).toEqual([
      'next quarter → 2013-07-01..2013-09-30 range',
    ]);
    expect(days('He scored in the last quarter of the game.', '2013-05-10')).toEqual([]);
  });

  it('"so far this year", "year-to-date": up to the publication day', () => {
    expect(days('So far this year, 38 cases were reported.', '2013-07-16')).toEqual([
      'So far this year → 2013-01-01..2013-07-16 range',
    ]);
    expect(days('Year-to-date sales fell 3%.', '2017-08-08')).toEqual(['Year-to-date → 2017-01-01..2017-08-08 range']);
  });

  it('"as of June", "in coming months", "in roughly two years"', () => {
    expect(days('As of June, 300 cases were reported.', '2023-09-27')).toEqual([
      'As of June → 2023-06-01..2023-06-30 month',
    ]);
    expect(findDates('Rates will stay low in coming months.', '2014-04-08')[0]?.date.precision).toBe('vague');
    expect(findDates('It pledged to double inflation in roughly two years.', '2014-04-08')[0]).toMatchObject({
      phrase: 'in roughly two years',
      date: { precision: 'vague', start: '2015-11-14', end: '2016-09-01' },
    });
  });
});

describe('periods joined to another phrase', () => {
  it('"September last year", "May this year": the month of that year', () => {
    expect(days('The ECB unveiled in September last year a bond-buying programme.', '2013-06-06')).toEqual([
      'in September last year → 2012-09-01..2012-09-30 month',
    ]);
    expect(days('Sales peaked in May this year.', '2013-06-06')).toEqual([
      'in May this year → 2013-05-01..2013-05-31 month',
    ]);
  });

  it('"last year of endangering" is last year; "the last week of August" is part of August', () => {
    expect(days('He was convicted last year of endangering two officers.', '2021-06-28')).toEqual([
      'last year → 2020-01-01..2020-12-31 year',
    ]);
    expect(days('It happened in the last week of August.', '2013-06-06')).toEqual([
      'August → 2012-08-01..2012-08-31 month',
    ]);
  });

  it('"today, May 23": a day word and the date after it are one phrase', () => {
    expect(days('The committee announced its list today, May 23.', '2013-05-23')).toEqual([
      'today, May 23 → 2013-05-23 day',
    ]);
  });
});

describe('a day without a year in a story framed by a date of another year', () => {
  it('takes the first such day after that date', () => {
    const resolver = dateResolver('2010-01-20');
    const found = [
      'Following surgery on 30 December 2008, broken skin was recorded on 6 January.',
      'A specialist saw the sore on 27 January and visited her the next day.',
      'The inquest was held on 14 January.',
    ].flatMap((s) => resolver.inSentence(s).map((d) => `${d.phrase} → ${d.date.start}`));
    expect(found).toEqual([
      'on 30 December 2008 → 2008-12-30',
      'on 6 January → 2009-01-06',
      'on 27 January → 2009-01-27',
      'the next day → 2009-01-28',
      'on 14 January → 2010-01-14',
    ]);
  });

  it('not when the verb points past publication', () => {
    const resolver = dateResolver('2024-03-15');
    resolver.inSentence('The firm was founded on 3 December 2019.');
    expect(resolver.inSentence('It will hold its first vote on 2 April.')[0]?.date.start).toBe('2024-04-02');
  });
});
