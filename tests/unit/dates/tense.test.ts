// The governing verb, read from tagged tokens. Expected values by hand. Tue 5 Mar 2024: Fri 1, Mon 4, Wed 6,
// Thu 7, Fri 8, Mon 11 Mar. Tue 2 Apr 2024: Mon 1 Apr.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/analysis/dates/index.ts';

const PUB = '2024-03-05';

function first(sentence: string, published = PUB) {
  const found = findDates(sentence, published)[0];
  return { phrase: found?.phrase, start: found?.date.start, end: found?.date.end, reason: found?.date.reason };
}

function days(sentence: string, published = PUB) {
  return findDates(sentence, published).map((d) => [d.phrase, d.date.start]);
}

describe('a participle before a noun modifies it; the verb before it governs', () => {
  it.each([
    [
      'The statistics ministry will publish detailed export figures on Wednesday.',
      '2024-03-06',
      'future tense ("will publish")',
    ],
    ['The agency will unveil redesigned passports on Thursday.', '2024-03-07', 'future tense ("will unveil")'],
    [
      'Officials said the central bank would release revised growth estimates on Friday.',
      '2024-03-08',
      'future in the past ("would release")',
    ],
    ['The court would hear amended complaints on Friday.', '2024-03-08', 'future in the past ("would hear")'],
    [
      'The customs office plans to announce updated tariff rates on Thursday.',
      '2024-03-07',
      'a plan or expectation ("plans to announce")',
    ],
    [
      'The ministry intends to publish revised forecasts on Monday.',
      '2024-03-11',
      'a plan or expectation ("intends to publish")',
    ],
    ['The company issued updated guidance on Monday.', '2024-03-04', 'past tense ("issued")'],
    ['Revised figures were published on Monday.', '2024-03-04', 'past tense ("were published")'],
  ])('%s', (sentence, date, because) => {
    const found = first(sentence);
    expect(found.start).toBe(date);
    expect(found.reason).toContain(because);
  });
});

describe('an infinitive with a date of its own is governed as an intent, not by the dated verb before it', () => {
  it('"voted on Monday to strike from April 8 to April 10", in a copy of 2 April: this coming April', () => {
    expect(
      findDates('Members voted on Monday to strike from April 8 to April 10.', '2024-04-02').map((d) => [
        d.phrase,
        d.date.start,
        d.date.end,
      ]),
    ).toEqual([
      ['on Monday', '2024-04-01', '2024-04-01'],
      ['from April 8 to April 10', '2024-04-08', '2024-04-10'],
    ]);
  });

  it('the same shape with other verbs and a single day', () => {
    expect(days('Shareholders voted on Monday to hold a second ballot on March 12.', '2024-03-11')).toEqual([
      ['on Monday', '2024-03-11'],
      ['on March 12', '2024-03-12'],
    ]);
    expect(days('Workers decided on Friday to walk out on Monday.')).toEqual([
      ['on Friday', '2024-03-01'],
      ['on Monday', '2024-03-11'],
    ]);
  });

  it('an infinitive of purpose with no date of its own keeps the main verb', () => {
    expect(first('The envoy flew to Seoul to meet the minister on Monday.').start).toBe('2024-03-04');
    expect(first('The council voted to approve the budget on Monday.').start).toBe('2024-03-04');
  });

  it('a noun of intent before the infinitive points ahead', () => {
    expect(first('The firm announced a plan to close the plant on Friday.')).toMatchObject({
      start: '2024-03-08',
      reason: expect.stringContaining('"plan to close"'),
    });
  });
});
