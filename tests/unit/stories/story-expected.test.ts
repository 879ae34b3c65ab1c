import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareCopies } from '../../../src/lib/stories/compare-copies.ts';
import { ExpectedComparisonSchema, scoreComparison } from '../../../src/lib/stories/expected-comparison.ts';
import { quoteRows } from '../../../src/lib/stories/quote-rows.ts';
import { readStoryCopies } from '../../../src/lib/stories/read-copies.ts';
import { fixtureCopies } from './story-fixtures.ts';

// The real story and its comparison as written by hand before the alignment existed.
const expected = ExpectedComparisonSchema.parse(
  JSON.parse(readFileSync('tests/fixtures/stories/putin-g20-ukraine-tragedy.expected.json', 'utf8')),
);
const copyFiles = expected.copies.map((copy) => `content/articles/${copy.slug}.md`);

describe('the story’s quotes, with the speakers the text gives', () => {
  // The engine's attribution on other outlets' copy is not the alignment's business: here every quote
  // has the speaker the expectation gives, so the test checks the alignment alone, row by row.
  const ids = expected.quotes.map((quote) => quote.id);
  const rows = quoteRows(fixtureCopies(expected.quotes));
  const idOf = (quote: string) => ids[Number(quote.slice('quote-'.length))]!;

  it('joins every pair of copies of one utterance and nothing else', () => {
    const found = rows.map((row) => row.readings.map((r) => idOf(r.quote)).sort());
    const want = expected.quoteRows.map((row) => [...row.members].sort());
    expect(new Set(found.map((r) => r.join(' ')))).toEqual(new Set(want.map((r) => r.join(' '))));
  });

  it.each(expected.quoteRows.map((row) => [row.id, row] as const))(
    'row %s: reference, label and differences',
    (_id, want) => {
      const row = rows.find((r) => r.readings.some((reading) => idOf(reading.quote) === want.reference))!;
      expect(idOf(row.readings[0]!.quote)).toBe(want.reference);
      expect(row.verbatim).toBe(want.verbatim);
      expect(row.speaker?.name ?? null).toBe(want.speaker);
      for (const reading of row.readings) {
        const id = idOf(reading.quote);
        const differences = want.differences[id];
        if (differences) {
          expect({ inserted: reading.inserted, dropped: reading.dropped, changed: reading.changed }, id).toEqual(
            differences,
          );
        }
        const fragment = want.fragments[id];
        if (fragment)
          expect({ fragment: reading.fragment, contained: reading.contained }, id).toEqual({
            fragment: true,
            ...fragment,
          });
        if (!differences && !fragment && id !== want.reference)
          throw new Error(`${id}: the expectation says nothing of it`);
      }
    },
  );
});

describe('the story compared from the engine’s output (npm run compare)', async () => {
  const comparison = compareCopies(await readStoryCopies(copyFiles));
  const score = scoreComparison(comparison, expected);

  it('joins no two quotes the expectation keeps apart', () => {
    expect(score.quotePairs.correct).toBe(score.quotePairs.found);
    expect(score.quotePairs.found).toBeGreaterThan(0);
  });

  it('joins no two event tellings the expectation keeps apart, and flags no date disagreement', () => {
    expect(score.eventPairs.correct).toBe(score.eventPairs.found);
    expect(comparison.eventRows.filter((row) => row.dateDisagreement)).toEqual([]);
  });

  it('names every registered entity in the copies the expectation lists, and no others', () => {
    expect(score.entityCells.correct).toBe(score.entityCells.expected);
    expect(score.entityCells.correct).toBe(score.entityCells.found);
  });

  it('leaves a term in quotation marks (not speech) in a row of its own', () => {
    for (const term of expected.notQuotes) {
      const row = comparison.quoteRows.find((r) =>
        r.readings.some((reading) => reading.copy === term.copy && reading.text === term.text),
      );
      if (row) expect(row.readings).toHaveLength(1);
    }
  });
});
