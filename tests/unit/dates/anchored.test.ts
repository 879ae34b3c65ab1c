// Days counted from another date of the text. Expected values by hand; published Fri 15 Mar 2024
// (Sun 3 Mar, Mon 4 Mar, Tue 12 Mar 2024).
import { describe, expect, it } from 'vitest';
import { dateResolver, findDates } from '../../../src/analysis/dates/index.ts';

const PUB = '2024-03-15';

/** Each sentence's dates, read in order as one document. */
function document(sentences: string[], published = PUB): string[] {
  const resolver = dateResolver(published);
  return sentences.flatMap((s) =>
    resolver
      .inSentence(s)
      .map(
        (d) =>
          `${d.phrase} → ${d.date.start}${d.date.end === d.date.start ? '' : `..${d.date.end}`} ${d.date.precision}`,
      ),
  );
}

describe('the last date before the phrase', () => {
  it('"the next day", "the following Monday", "a week later", "that evening", "the same day"', () => {
    expect(
      document([
        'The factory fire broke out on March 3.',
        'Firefighters returned the following Monday.',
        'A week later, inspectors closed the site.',
        'Protesters gathered outside that evening.',
        'The owner apologised the next day.',
      ]),
    ).toEqual([
      'on March 3 → 2024-03-03 day',
      'the following Monday → 2024-03-04 day',
      'A week later → 2024-03-11 day',
      'that evening → 2024-03-11 day',
      'the next day → 2024-03-12 day',
    ]);
  });

  it('an earlier date in the same sentence', () => {
    expect(document(['The board voted on Tuesday, and the chief executive quit the same day.'])).toEqual([
      'on Tuesday → 2024-03-12 day',
      'the same day → 2024-03-12 day',
    ]);
  });

  it('weeks, months and years next to the anchor', () => {
    expect(
      document(['In 2019, the plant closed.', 'Two years later, it reopened.', 'The year before, it had been sold.']),
    ).toEqual([
      'In 2019 → 2019-01-01..2019-12-31 year',
      'Two years later → 2021-01-01..2021-12-31 year',
      'The year before → 2020-01-01..2020-12-31 year',
    ]);
    expect(document(['The strike began on March 4.', 'The following week, talks resumed.'])).toEqual([
      'on March 4 → 2024-03-04 day',
      'The following week → 2024-03-11..2024-03-17 week',
    ]);
  });

  it('an uncounted "days later" is an estimate after the anchor', () => {
    expect(document(['The talks were held on March 4.', 'Days later, prices fell.'])).toEqual([
      'on March 4 → 2024-03-04 day',
      'Days later → 2024-03-05..2024-03-18 vague',
    ]);
  });

  it('nothing to count from: no date for "the next day", an estimate for "days after"', () => {
    expect(document(['The owner apologised the next day.'])).toEqual([]);
    expect(findDates('The envoy will arrive just days before the summit.', '2023-09-08')[0]?.date.precision).toBe(
      'vague',
    );
  });
});

describe('the event the phrase names', () => {
  it('a noun finds the clause whose verb or noun it is ("the collapse", "the meeting")', () => {
    expect(
      document(
        [
          'Negotiators met on Tuesday in Halden.',
          'The talks collapsed the next day, when the operators walked out.',
          'Two days after the collapse, the mayor offered to mediate.',
          'The union had threatened a strike the day before the meeting.',
        ],
        '2024-05-13',
      ),
    ).toEqual([
      'on Tuesday → 2024-05-07 day',
      'the next day → 2024-05-08 day',
      'Two days after the collapse → 2024-05-10 day',
      'the day before the meeting → 2024-05-06 day',
    ]);
  });

  it('a noun of action finds its verb ("the closure" → closed, "the arrival" → arrived)', () => {
    expect(
      document([
        'The minister arrived in Lagos on March 4.',
        'Regulators closed the bank on Tuesday.',
        'Depositors queued for hours the day after the closure.',
        'Three days after the arrival, she flew home.',
      ]),
    ).toEqual([
      'on March 4 → 2024-03-04 day',
      'on Tuesday → 2024-03-12 day',
      'the day after the closure → 2024-03-13 day',
      'Three days after the arrival → 2024-03-07 day',
    ]);
  });

  it('a clause names its event by its verb ("after he quit")', () => {
    expect(document(['The chief executive quit on Tuesday.', 'Three days after he quit, shares fell.'])).toEqual([
      'on Tuesday → 2024-03-12 day',
      'Three days after → 2024-03-15 day',
    ]);
  });

  it('the reason says what the phrase counted from', () => {
    const resolver = dateResolver('2024-05-13');
    resolver.inSentence('The talks collapsed on Wednesday.');
    expect(resolver.inSentence('Two days after the collapse, the mayor offered to mediate.')[0]?.date.reason).toBe(
      '"Two days after the collapse": 2 days after the collapse, dated by "on Wednesday" (Wed 8 May 2024), Fri 10 May 2024',
    );
  });

  it('an event that carries its own date is left to that date', () => {
    expect(
      document(['The port reopened on Friday, a week after a storm closed it last Friday.'], '2024-04-19'),
    ).toEqual(['on Friday → 2024-04-19 day', 'last Friday → 2024-04-12 day']);
  });

  it('an event related to the anchor by "after" is not the anchor\'s own ("died on … after being admitted")', () => {
    expect(
      document([
        'She died on December 13, 2006, after being admitted with cancer.',
        'He died on March 11, 2007, a week after being admitted.',
      ])[2],
    ).toMatch(/^a week after → .* vague$/);
  });

  it('an event named nowhere before: an estimate, not the last date', () => {
    expect(document(['The talks were held on March 4.', 'Only days after the election, prices fell.'])[1]).toMatch(
      /^Only days after the election → .* vague$/,
    );
  });
});
