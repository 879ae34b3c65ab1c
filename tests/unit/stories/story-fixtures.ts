import type { Analysis, Quote } from '../../../src/schemas/analysis.ts';
import type { CopyQuotes } from '../../../src/lib/stories/quote-rows.ts';

/** A quote as fixtures give it: which copy, the words, who said it (null: not stated). */
export interface FixtureQuote {
  copy: string;
  text: string;
  speaker: string | null;
  paragraph?: number;
}

/** A speaker's entity id from the name: "Jake Sullivan" → "jake-sullivan". */
export function entityOf(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

/** An analysis quote for a fixture quote: paragraph `p-<n>` of its copy, its text the whole paragraph. */
export function fixtureQuote(quote: FixtureQuote, id: string): Quote {
  const paragraph = `p-${quote.paragraph ?? 1}`;
  const span = { paragraph, start: 0, end: quote.text.length };
  return {
    id,
    text: quote.text,
    speaker: quote.speaker === null ? null : { name: quote.speaker, entity: entityOf(quote.speaker) },
    paragraph,
    span,
    sentence: span,
    attribution: quote.speaker === null ? 'none' : 'explicit',
  };
}

/** Copies in the order they first appear, each with its quotes (ids `quote-<index>`) and enough paragraphs. */
export function fixtureCopies(quotes: readonly FixtureQuote[]): CopyQuotes[] {
  const copies = new Map<string, { quotes: Quote[]; paragraphs: number }>();
  quotes.forEach((quote, i) => {
    const copy = copies.get(quote.copy) ?? { quotes: [], paragraphs: 0 };
    copy.quotes.push(fixtureQuote(quote, `quote-${i}`));
    copy.paragraphs = Math.max(copy.paragraphs, quote.paragraph ?? 1);
    copies.set(quote.copy, copy);
  });
  return [...copies].map(([slug, { quotes: list, paragraphs }]) => ({
    slug,
    analysis: {
      quotes: list,
      paragraphs: Array.from({ length: paragraphs }, (_, i) => ({ id: `p-${i + 1}`, text: '', sentences: [] })),
    } satisfies Pick<Analysis, 'quotes' | 'paragraphs'>,
  }));
}
