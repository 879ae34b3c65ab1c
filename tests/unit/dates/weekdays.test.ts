// Weekdays and tense. Expected values by hand. Fri 8 Sep 2023: Sun 3, Mon 4, Tue 5, Wed 6, Thu 7,
// Fri 8, Sat 9, Sun 10, Mon 11, Tue 12, Wed 13, Fri 15 Sep. Mon 30 Dec 2024: Fri 27, Sat 28, Sun 29 Dec;
// Thu 2, Fri 3 Jan 2025.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/analysis/dates/index.ts';

const PUB = '2023-09-08';

function days(sentence: string, published = PUB): Array<[string, string]> {
  return findDates(sentence, published).map((f) => [
    f.phrase,
    f.date.start === f.date.end ? f.date.start : `${f.date.start}..${f.date.end}`,
  ]);
}

describe('weekdays: tense decides the direction', () => {
  it.each([
    ['The ministry said Tuesday that it would respond.', 'Tuesday', '2023-09-05'],
    ['Police arrested the suspect on Wednesday.', 'on Wednesday', '2023-09-06'],
    ['The summit was held on Monday in Jakarta.', 'on Monday', '2023-09-04'],
    ['The vote took place Sunday.', 'Sunday', '2023-09-03'],
    ['Officials have said since Tuesday that the border is closed.', 'since Tuesday', '2023-09-05'],
    ['The envoy had arrived on Wednesday.', 'on Wednesday', '2023-09-06'],
    ['Putin will travel to Vladivostok on Monday.', 'on Monday', '2023-09-11'],
    ['The leaders are expected to sign the deal on Tuesday.', 'on Tuesday', '2023-09-12'],
    ['The court is scheduled to rule on Wednesday.', 'on Wednesday', '2023-09-13'],
    ['Kim plans to visit the factory on Thursday.', 'on Thursday', '2023-09-14'],
    ['The summit opens Monday in Jakarta.', 'Monday', '2023-09-11'],
    ['The minister is set to arrive Tuesday.', 'Tuesday', '2023-09-12'],
    ['They are going to meet on Wednesday.', 'on Wednesday', '2023-09-13'],
    ['The foreign minister is meeting his counterpart on Monday.', 'on Monday', '2023-09-11'],
    ['North Korea’s leader won’t travel on Monday.', 'on Monday', '2023-09-11'],
    ["North Korea's leader won't travel on Monday.", 'on Monday', '2023-09-11'],
    ['The agency said it would hold talks on Tuesday.', 'on Tuesday', '2023-09-12'],
    ['A vote scheduled for Wednesday could be delayed.', 'Wednesday', '2023-09-13'],
  ])('%s', (sentence, phrase, date) => {
    expect(days(sentence)).toEqual([[phrase, date]]);
  });

  it('a fronted weekday takes the verb after it', () => {
    expect(days('On Tuesday, the Kremlin confirmed the visit.')).toEqual([['On Tuesday', '2023-09-05']]);
    expect(days('On Tuesday, the two leaders will sign an accord.')).toEqual([['On Tuesday', '2023-09-12']]);
    // A relative clause after the subject does not govern the date.
    expect(days('On Monday, the envoy, who was appointed last year, will fly to Seoul.')).toEqual([
      ['On Monday', '2023-09-11'],
      ['last year', '2022-01-01..2022-12-31'],
    ]);
  });

  it('the verb of the clause that holds the date governs, not a later one', () => {
    expect(days('Officials said on Thursday that the leaders will meet next month.')).toEqual([
      ['on Thursday', '2023-09-07'],
      ['next month', '2023-10-01..2023-10-31'],
    ]);
    expect(days('Officials said that on Thursday the leaders will meet.')).toEqual([['on Thursday', '2023-09-14']]);
  });

  it('two weekdays with different tenses in one sentence', () => {
    expect(days('Kim arrived on Sunday and will leave on Wednesday.')).toEqual([
      ['on Sunday', '2023-09-03'],
      ['on Wednesday', '2023-09-13'],
    ]);
  });

  it('the publication weekday itself is the publication day, in past and future', () => {
    expect(days('The president said Friday that he would resign.')).toEqual([['Friday', '2023-09-08']]);
    expect(days('The team will play on Friday.')).toEqual([['on Friday', '2023-09-08']]);
    const reason = findDates('The president said Friday that he would resign.', PUB)[0]?.date.reason ?? '';
    expect(reason).toContain('is itself a Friday');
  });

  it('last / next / this', () => {
    expect(days('The strike began last Friday.')).toEqual([['last Friday', '2023-09-01']]);
    expect(days('Talks resume next Friday.')).toEqual([['next Friday', '2023-09-15']]);
    expect(days('The talks ended last Tuesday.')).toEqual([['last Tuesday', '2023-09-05']]);
    expect(days('The rally is next Monday.')).toEqual([['next Monday', '2023-09-11']]);
    expect(days('The ceremony is this Friday.')).toEqual([['this Friday', '2023-09-08']]);
    expect(days('This Monday, the court ruled against the plan.')).toEqual([['This Monday', '2023-09-04']]);
    expect(days('The talks will continue this Sunday.')).toEqual([['this Sunday', '2023-09-10']]);
    expect(days('Crowds gathered this past Sunday.')).toEqual([['this past Sunday', '2023-09-03']]);
  });

  it('no tense: the nearest such weekday, and the reason says so', () => {
    expect(days('Talks on Tuesday.')).toEqual([['on Tuesday', '2023-09-05']]);
    expect(days('Elections on Sunday.')).toEqual([['on Sunday', '2023-09-10']]);
    expect(findDates('Talks on Tuesday.', PUB)[0]?.date.reason).toContain('nearest');
  });

  it('parts of the day stay with the weekday; times of day do not break it', () => {
    expect(days('The parade begins at 3 p.m. on Saturday.')).toEqual([['on Saturday', '2023-09-09']]);
    expect(days('Missiles were fired late Tuesday night.')).toEqual([['late Tuesday night', '2023-09-05']]);
    expect(days('Saturday’s parade will be the largest yet.')).toEqual([['Saturday', '2023-09-09']]);
    expect(days('Earlier Friday, the ministry warned of an attack.')).toEqual([['Earlier Friday', '2023-09-08']]);
    expect(days('Earlier Thursday, the ministry warned of an attack.')).toEqual([['Earlier Thursday', '2023-09-07']]);
    expect(days('The minister will speak later Tuesday.', '2023-09-05')).toEqual([['later Tuesday', '2023-09-05']]);
  });

  it('weekday with a date: the date decides', () => {
    expect(days('The parade was held on Saturday, Sept. 9.', '2023-09-10')).toEqual([
      ['on Saturday, Sept. 9', '2023-09-09'],
    ]);
    expect(days('Voting ends Sunday (Sept. 10) at noon.')).toEqual([['Sunday (Sept. 10)', '2023-09-10']]);
  });

  it('weekday ranges', () => {
    expect(days('The fair runs Monday through Wednesday.')).toEqual([
      ['Monday through Wednesday', '2023-09-11..2023-09-13'],
    ]);
  });

  it('names that hold a weekday are not dates', () => {
    expect(days('Black Friday sales rose sharply.')).toEqual([]);
    expect(days('The Sunday Times reported the story.')).toEqual([]);
    expect(days('Good Friday is a holiday in many countries.')).toEqual([]);
    expect(days('Shops open on Sundays.')).toEqual([]);
  });

  it('year end: published Mon 30 Dec 2024', () => {
    const pub = '2024-12-30';
    expect(days('The ministry said on Friday that talks had stalled.', pub)).toEqual([['on Friday', '2024-12-27']]);
    expect(days('Parliament will hold a vote on Thursday.', pub)).toEqual([['on Thursday', '2025-01-02']]);
    expect(days('The storm hit on Sunday.', pub)).toEqual([['on Sunday', '2024-12-29']]);
  });
});

describe('harder governing verbs', () => {
  it.each([
    // A base-form timetable verb after a plural subject, with "said" further left.
    ['Officials said talks begin Monday.', [['Monday', '2023-09-11']]],
    // A colon inside a time of day is not a clause break.
    ['Police said a 23-year-old man was arrested at 4:30 a.m. Tuesday.', [['Tuesday', '2023-09-05']]],
    // An infinitive after a verb of planning points ahead, even when that verb is in the past.
    ['Kim and Putin agreed to meet on Wednesday.', [['on Wednesday', '2023-09-13']]],
    // "was scheduled" does not say whether it happened: the nearest Tuesday (5 Sep, 3 days back; 12 Sep is 4 ahead).
    ['The hearing was scheduled for Tuesday.', [['Tuesday', '2023-09-05']]],
    // A new date after "postponed until" lies ahead.
    ['The vote was postponed until Tuesday.', [['until Tuesday', '2023-09-12']]],
    // Habitual and ordinal weekdays are not dates.
    ['The two sides meet every Monday.', []],
    ['Sunday school classes were canceled.', []],
    ['The first Monday of October is a holiday.', []],
  ] as const)('%s', (sentence, expected) => {
    expect(days(sentence)).toEqual(expected);
  });

  it('a past tense takes the last such day even when it is only days ahead (published Thu 4 Jan 2024)', () => {
    expect(days('The Jan. 6 attack on the Capitol shocked the nation.', '2024-01-04')).toEqual([
      ['Jan. 6', '2023-01-06'],
    ]);
  });
});

describe('weekdays: a day that owns a result is over', () => {
  it.each([
    // The modal governs "avoid relegation", not the day of the defeat.
    ['The coach says his side can avoid relegation despite Saturday’s 3-0 defeat.', 'Saturday', '2023-09-02'],
    ['Fans will remember Wednesday’s win for years.', 'Wednesday', '2023-09-06'],
    // No result: the verb still decides.
    ['The side can avoid relegation in Saturday’s match.', 'Saturday', '2023-09-09'],
  ])('%s', (sentence, phrase, day) => {
    expect(days(sentence)).toEqual([[phrase, day]]);
  });
});
