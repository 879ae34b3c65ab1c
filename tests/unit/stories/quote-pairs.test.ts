import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { quoteRows } from '../../../src/lib/stories/quote-rows.ts';
import { fixtureCopies, type FixtureQuote } from './story-fixtures.ts';

interface PairFixture {
  description: string;
  quotes: FixtureQuote[];
  /** Each row's quote indexes, the reference first. */
  rows: number[][];
  verbatim: boolean[];
  differences?: Record<string, { inserted: string[]; dropped: string[]; changed: { from: string[]; to: string[] }[] }>;
  fragments?: Record<string, { contained: boolean }>;
}

const DIR = 'tests/fixtures/stories/pairs';
const cases = readdirSync(DIR)
  .filter((name) => name.endsWith('.json'))
  .map(
    (name) => [name.replace(/\.json$/, ''), JSON.parse(readFileSync(join(DIR, name), 'utf8')) as PairFixture] as const,
  );

describe('quote pairs (tests/fixtures/stories/pairs)', () => {
  it('cover the cases the issue names', () => {
    expect(cases.map(([name]) => name)).toEqual(
      expect.arrayContaining([
        'identical',
        'one-inserted-word',
        'changed-tail',
        'partial-inside-longer',
        'two-quotes-one-speaker',
        'same-words-two-speakers',
      ]),
    );
  });

  it.each(cases)('%s', (_name, fixture) => {
    const rows = quoteRows(fixtureCopies(fixture.quotes));
    const index = (quote: string) => Number(quote.slice('quote-'.length));
    const found = rows.map((row) => row.readings.map((r) => index(r.quote)));
    expect(new Set(found.map((r) => JSON.stringify(r)))).toEqual(new Set(fixture.rows.map((r) => JSON.stringify(r))));
    fixture.rows.forEach((members, i) => {
      const row = rows.find((r) => index(r.readings[0]!.quote) === members[0])!;
      expect(row.verbatim, `row ${i} verbatim`).toBe(fixture.verbatim[i]);
    });
    const readings = new Map(rows.flatMap((row) => row.readings.map((r) => [index(r.quote), r] as const)));
    for (const [at, want] of Object.entries(fixture.differences ?? {})) {
      const got = readings.get(Number(at))!;
      expect({ inserted: got.inserted, dropped: got.dropped, changed: got.changed }, `quote ${at}`).toEqual(want);
    }
    for (const [at, want] of Object.entries(fixture.fragments ?? {})) {
      expect(readings.get(Number(at))).toMatchObject({ fragment: true, contained: want.contained });
    }
  });
});
