import { z } from 'astro/zod';
import type { Comparison } from '../../schemas/comparison.ts';
import { wordsOf } from './words.ts';

const ChangeSchema = z.object({ from: z.array(z.string()), to: z.array(z.string()) });

/** A hand-written expected comparison (`tests/fixtures/stories/<id>.expected.json`), as far as it is checked. */
export const ExpectedComparisonSchema = z.object({
  story: z.string().min(1),
  copies: z.array(z.object({ slug: z.string().min(1) })).min(1),
  quotes: z.array(
    z.object({
      id: z.string().min(1),
      copy: z.string().min(1),
      paragraph: z.int().positive(),
      text: z.string().min(1),
      speaker: z.string().min(1).nullable(),
    }),
  ),
  notQuotes: z.array(z.object({ copy: z.string().min(1), text: z.string().min(1) })).default([]),
  quoteRows: z.array(
    z.object({
      id: z.string().min(1),
      speaker: z.string().nullable(),
      reference: z.string().min(1),
      members: z.array(z.string().min(1)).min(1),
      verbatim: z.boolean(),
      differences: z.record(
        z.string(),
        z.object({ inserted: z.array(z.string()), dropped: z.array(z.string()), changed: z.array(ChangeSchema) }),
      ),
      fragments: z.record(z.string(), z.object({ contained: z.boolean() })),
    }),
  ),
  events: z.array(
    z.object({
      id: z.string().min(1),
      mentions: z.array(
        z.object({ copy: z.string(), paragraph: z.int().positive(), start: z.iso.date(), end: z.iso.date() }),
      ),
      dateDisagreement: z.boolean(),
    }),
  ),
  entities: z.record(z.string(), z.array(z.string())),
});
export type ExpectedComparison = z.infer<typeof ExpectedComparisonSchema>;

/** Precision and recall of a set of found items against the expected ones. */
export interface Score {
  found: number;
  expected: number;
  correct: number;
}

/** How a comparison made from the engine's output agrees with the hand-written one. */
export interface ComparisonScore {
  /** Pairs of quotes put in one row. */
  quotePairs: Score;
  /** Pairs of event tellings put in one row. */
  eventPairs: Score;
  /** (entity, copy) cells of the matrix, for registered entities and those the expectation lists. */
  entityCells: Score;
  /** Quotes of the expectation the engine found (same copy, same words). */
  quotesFound: Score;
}

/** The comparison of two words lists' forms: same words in the same order. */
export function sameWords(a: string, b: string): boolean {
  const words = (text: string) =>
    wordsOf(text)
      .map((w) => w.norm)
      .join(' ');
  return words(a) === words(b);
}

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

function pairsOf(groups: readonly (readonly string[])[]): Set<string> {
  const pairs = new Set<string>();
  for (const group of groups) {
    for (let i = 0; i < group.length; i++)
      for (let j = i + 1; j < group.length; j++) pairs.add(pairKey(group[i]!, group[j]!));
  }
  return pairs;
}

function score(found: ReadonlySet<string>, expected: ReadonlySet<string>): Score {
  return { found: found.size, expected: expected.size, correct: [...found].filter((key) => expected.has(key)).length };
}

/**
 * Scores a comparison against the hand-written expectation: quote readings are matched to expected quotes by
 * copy and words, event tellings by copy, paragraph and date; what matches nothing counts against precision.
 */
export function scoreComparison(comparison: Comparison, expected: ExpectedComparison): ComparisonScore {
  const quoteId = (copy: string, text: string) =>
    expected.quotes.find((q) => q.copy === copy && sameWords(q.text, text))?.id ?? `unexpected:${copy}:${text}`;
  const foundQuotes = comparison.quoteRows.map((row) => row.readings.map((r) => quoteId(r.copy, r.text)));
  const eventId = (copy: string, paragraph: number, start: string) => {
    const row = expected.events.find((e) =>
      e.mentions.some((m) => m.copy === copy && m.paragraph === paragraph && m.start === start),
    );
    return row ? `${row.id}:${copy}:${paragraph}:${start}` : `unexpected:${copy}:${paragraph}:${start}`;
  };
  const foundEvents = comparison.eventRows.map((row) =>
    row.mentions.map((m) => eventId(m.copy, m.paragraphNumber, m.start)),
  );
  const expectedEvents = expected.events.map((row) =>
    row.mentions.map((m) => `${row.id}:${m.copy}:${m.paragraph}:${m.start}`),
  );
  const cells = (rows: Record<string, readonly string[]>) =>
    new Set(Object.entries(rows).flatMap(([entity, copies]) => copies.map((copy) => `${entity}|${copy}`)));
  const foundCells = cells(
    Object.fromEntries(
      comparison.entities
        .filter((row) => row.registered || row.id in expected.entities)
        .map((row) => [row.id, row.copies.map((c) => c.copy)]),
    ),
  );
  return {
    quotePairs: score(pairsOf(foundQuotes), pairsOf(expected.quoteRows.map((row) => row.members))),
    eventPairs: score(pairsOf(foundEvents), pairsOf(expectedEvents)),
    entityCells: score(foundCells, cells(expected.entities)),
    quotesFound: score(new Set(foundQuotes.flat()), new Set(expected.quotes.map((q) => q.id))),
  };
}
