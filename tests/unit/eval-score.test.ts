import { describe, expect, it } from 'vitest';
import { add, below, emptyTotals, evaluate, rates, scores, type Expected } from '../../scripts/eval-score.ts';
import type { Analysis } from '../../src/schemas/analysis.ts';

// Small hand-made cases: every count below is worked out by hand in the comments.

const span = { paragraph: 'p-a', start: 0, end: 1 };
type Found = Pick<Analysis, 'entities' | 'quotes' | 'dates'>;

function entity(id: string, name: string, registered: boolean): Analysis['entities'][number] {
  return { id, name, kind: registered ? 'person' : 'place', registered, mentions: 1 };
}
function quote(text: string, speaker: Analysis['quotes'][number]['speaker']): Analysis['quotes'][number] {
  return { id: 'quote-x', text, speaker, paragraph: 'p-a', span, sentence: span, attribution: 'explicit' };
}
function date(phrase: string, start: string, end: string, precision: Analysis['dates'][number]['precision']) {
  return { phrase, start, end, precision, reason: 'test', span };
}

const expected: Expected = {
  published: '2025-01-02',
  entities: [{ id: 'park-min-jae' }, { id: 'busan-port-authority' }, { name: 'South Korea', kind: 'country' }],
  quotes: [
    { text: 'We did not want to stop the port', speaker: 'park-min-jae' },
    { text: 'no intention', speaker: 'busan-port-authority', channel: 'in a statement' },
    { text: 'Promises are not access', speaker: { name: 'A senior Western diplomat', affiliation: null } },
    { text: 'Nobody knows', speaker: null },
  ],
  dates: [
    { phrase: 'on Monday', start: '2025-01-06', end: '2025-01-06', precision: 'day' },
    { phrase: 'last week', start: '2024-12-23', end: '2024-12-29', precision: 'week' },
    { phrase: 'recently', start: '2024-12-03', end: '2025-01-02', precision: 'vague' },
  ],
};

describe('scores', () => {
  it('computes precision, recall and F1, and 1 for an empty category', () => {
    expect(scores({ tp: 3, fp: 1, fn: 1 })).toEqual({ precision: 0.75, recall: 0.75, f1: 0.75 });
    expect(scores({ tp: 0, fp: 0, fn: 0 })).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(scores({ tp: 0, fp: 2, fn: 2 }).f1).toBe(0);
    expect(add({ tp: 1, fp: 2, fn: 3 }, { tp: 1, fp: 1, fn: 1 })).toEqual({ tp: 2, fp: 3, fn: 4 });
  });
});

describe('evaluate', () => {
  it('gives full marks to a perfect engine', () => {
    const found: Found = {
      entities: [
        entity('park-min-jae', 'Park Min-jae', true),
        entity('busan-port-authority', 'Busan Port Authority', true),
        entity('south-korea', 'South Korea', false),
      ],
      quotes: [
        // Trailing comma and spaces are ignored.
        quote('We did not want to stop the port,', { name: 'Park Min-jae', entity: 'park-min-jae' }),
        quote('no intention', { name: 'Busan Port Authority', entity: 'busan-port-authority' }),
        // Leading article and case are ignored for an unnamed speaker.
        quote(' Promises are not access ', { name: 'a senior western diplomat', entity: null }),
        quote('Nobody knows', null),
      ],
      dates: [
        date('On Monday', '2025-01-06', '2025-01-06', 'day'),
        date('last week', '2024-12-23', '2024-12-29', 'week'),
        // Vague: only the precision is compared.
        date('recently', '2024-12-01', '2025-01-02', 'vague'),
      ],
    };
    const result = evaluate(expected, found);
    expect(result.entities).toMatchObject({ tp: 3, fp: 0, fn: 0 });
    expect(result.quotes).toMatchObject({ tp: 4, fp: 0, fn: 0 });
    expect(result.speakers).toMatchObject({ tp: 3, fp: 0, fn: 0 });
    expect(result.dates).toMatchObject({ tp: 3, fp: 0, fn: 0 });
    const totals = emptyTotals();
    for (const c of ['entities', 'quotes', 'speakers', 'dates'] as const) totals[c] = add(totals[c], result[c]);
    expect(below(totals, 0.95)).toEqual([]);
  });

  it('counts misses and extras, and names the categories below the bar', () => {
    const found: Found = {
      entities: [
        entity('park-min-jae', 'Park Min-jae', true),
        // Registered:true does not match an unregistered expectation, even with the same name.
        entity('south-korea', 'South Korea', true),
        // Unregistered names match when one contains the other, but this one is not expected.
        entity('busan', 'Busan', false),
      ],
      quotes: [
        // Right quote, wrong speaker.
        quote('We did not want to stop the port', { name: 'Busan Port Authority', entity: 'busan-port-authority' }),
        // Right quote, right speaker.
        quote('no intention', { name: 'Busan Port Authority', entity: 'busan-port-authority' }),
        // Right quote, speaker left unknown: neither right nor wrong, but a miss for recall.
        quote('Promises are not access', null),
        // Expected with no speaker; the engine gives one: wrong.
        quote('Nobody knows', { name: 'Park Min-jae', entity: 'park-min-jae' }),
        // Case counts for quote text.
        quote('EXTRA words', null),
      ],
      dates: [
        // Right phrase, wrong day (past Monday instead of the coming one).
        date('on Monday', '2024-12-30', '2024-12-30', 'day'),
        // Phrase containing the expected one, same resolution: a match.
        date('only last week', '2024-12-23', '2024-12-29', 'week'),
        // Vague expected but found as a month: no match.
        date('recently', '2024-12-01', '2024-12-31', 'month'),
      ],
    };
    const result = evaluate(expected, found);
    // Entities: park-min-jae matched; busan-port-authority and South Korea missed; south-korea (registered) and Busan extra.
    expect(result.entities).toMatchObject({ tp: 1, fp: 2, fn: 2 });
    expect(result.entities.missed).toEqual(['busan-port-authority', 'South Korea (unregistered)']);
    // Quotes: four matched, one extra.
    expect(result.quotes).toMatchObject({ tp: 4, fp: 1, fn: 0 });
    // Speakers: right = 1 (no intention); wrong among attributed matches = 2 (port, Nobody knows);
    // expected with a speaker = 3, so missed = 3 - 1 = 2.
    expect(result.speakers).toMatchObject({ tp: 1, fp: 2, fn: 2 });
    expect(scores(result.speakers).precision).toBeCloseTo(1 / 3);
    expect(scores(result.speakers).recall).toBeCloseTo(1 / 3);
    // Dates: last week matched; on Monday and recently missed and extra.
    expect(result.dates).toMatchObject({ tp: 1, fp: 2, fn: 2 });

    const totals = emptyTotals();
    for (const c of ['entities', 'quotes', 'speakers', 'dates'] as const) totals[c] = add(totals[c], result[c]);
    // quotes: P 4/5, R 1, F1 = 0.889 < 0.95; all four categories fail.
    expect(scores(totals.quotes).f1).toBeCloseTo(8 / 9);
    expect(below(totals, 0.95)).toEqual(['entities', 'quotes', 'speakers', 'dates']);
    expect(below(totals, 0.85)).toEqual(['entities', 'speakers', 'dates']);
  });

  it('counts a missed quote against speaker recall but not precision', () => {
    const found: Found = {
      entities: [],
      quotes: [quote('no intention', { name: 'the Busan Port Authority', entity: 'busan-port-authority' })],
      dates: [],
    };
    const result = evaluate(expected, found);
    expect(result.quotes).toMatchObject({ tp: 1, fp: 0, fn: 3 });
    expect(result.speakers).toMatchObject({ tp: 1, fp: 0, fn: 2 });
    expect(scores(result.speakers)).toMatchObject({ precision: 1 });
  });

  it('pairs exact names before names that only contain each other', () => {
    const found: Found = {
      entities: [entity('samsung', 'Samsung', false), entity('samsung-electronics', 'Samsung Electronics', false)],
      quotes: [],
      dates: [],
    };
    const result = evaluate(
      {
        published: '2025-09-09',
        entities: [{ name: 'Samsung Electronics', kind: 'organization' }],
        quotes: [],
        dates: [],
      },
      found,
    );
    expect(result.entities).toMatchObject({
      tp: 1,
      fp: 1,
      fn: 0,
      extra: ['Samsung (unregistered)', 'kind of Samsung Electronics: place, expected organization'],
    });
  });

  it('matches unregistered names exactly, leaves optional names out, and counts speakers and kinds', () => {
    const found: Found = {
      entities: [
        entity('later-hale', 'Later Hale', false),
        entity('act', 'Affordable Care Act', false),
        { ...entity('courier', 'the Courier', false), kind: 'media' },
      ],
      quotes: [
        quote('one', { name: 'Orla Kinsella', entity: 'orla-kinsella' }),
        quote('two', { name: 'Gwen Parry', entity: 'gwen-parry' }),
        quote('three', null),
        quote('four', { name: 'a man', entity: null }),
      ],
      dates: [],
    };
    const result = evaluate(
      {
        published: '2025-09-09',
        // "Later Hale" is not "Hale"; "the Courier" is "Courier"; the act may or may not count.
        entities: [
          { name: 'Hale', kind: 'person' },
          { name: 'Courier', kind: 'media' },
        ],
        optionalEntities: ['Affordable Care Act'],
        quotes: [
          { text: 'one', speaker: { name: 'Orla Kinsella' } },
          { text: 'two', speaker: { name: 'Sato' } },
          { text: 'three', speaker: null },
          { text: 'four', speaker: null },
        ],
        dates: [],
      },
      found,
    );
    expect(result.entities).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    // Right: "one", and "three" (nobody for nobody). Wrong: "two" (another name), "four" (a name where none is).
    expect(result.figures).toEqual({
      quotesMatched: 4,
      speakersRight: 2,
      speakersWrong: 2,
      kindsMatched: 1,
      kindsRight: 1,
    });
    expect(rates(result.figures)).toEqual({ speakerAccuracy: 0.5, misattribution: 0.5, kindAccuracy: 1 });
  });
});
