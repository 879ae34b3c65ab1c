import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { ComparisonSchema } from '../../../src/schemas/comparison.ts';
import { compareCopies, type StoryCopy } from '../../../src/lib/stories/compare-copies.ts';
import { storyPageView } from '../../../src/lib/stories/story-view.ts';
import { compareWording } from '../../../src/lib/stories/word-diff.ts';
import { wordingSegments } from '../../../src/lib/stories/wording-segments.ts';
import { wordsOf } from '../../../src/lib/stories/words.ts';
import { fixtureQuote } from './story-fixtures.ts';

const STORY = { id: 'test-story', title: 'A test story', summary: 'What happened.', entities: [] };

/** A copy whose only paragraph is the quote, said by Ada Lovelace. */
function copy(slug: string, language: string, quote: string, published = '2024-03-05'): StoryCopy {
  const analysis: StoryCopy['analysis'] = {
    paragraphs: [{ id: 'p-1', text: quote, sentences: [{ start: 0, end: quote.length }] }],
    quotes: [fixtureQuote({ copy: slug, text: quote, speaker: 'Ada Lovelace' }, `quote-${slug}`)],
    events: [],
    entities: [{ id: 'ada-lovelace', name: 'Ada Lovelace', kind: 'person', registered: false, mentions: 1 }],
    mentions: [{ entity: 'ada-lovelace', text: 'Ada', span: { paragraph: 'p-1', start: 0, end: 3 } }],
  };
  return {
    slug,
    outlet: `Outlet ${slug}`,
    title: `Headline ${slug}`,
    published,
    language,
    href: `/articles/${slug}/`,
    analysis,
  };
}

describe('compareCopies on bad input', () => {
  it('a story with one copy: its rows, nothing to set it against, and a page that says so', () => {
    const comparison = compareCopies([copy('a', 'en', 'The engine will compose elaborate music')], STORY);
    expect(comparison.copies).toHaveLength(1);
    expect(comparison.quoteRows).toHaveLength(1);
    expect(comparison.onlyHere).toEqual([]);
    const view = storyPageView({ story: STORY, comparison, key: '' }, new Map());
    expect(view.notice).toBe('Only one copy tells this story so far: there is nothing to compare it with.');
  });

  it('copies in another language are listed, not aligned, and the language field says which', () => {
    const comparison = compareCopies([
      copy('a', 'en', 'The engine will compose elaborate music'),
      copy('b', 'en-GB', 'The engine will compose elaborate music'),
      copy('c', 'fr', 'La machine composera une musique élaborée'),
    ]);
    expect(comparison.language).toBe('en');
    expect(comparison.copies.map((c) => [c.slug, c.language, c.aligned])).toEqual([
      ['a', 'en', true],
      ['b', 'en-GB', true],
      ['c', 'fr', false],
    ]);
    expect(comparison.quoteRows.flatMap((row) => row.copies)).toEqual(['a', 'b']);
    expect(comparison.entities[0]!.copies.map((c) => c.copy)).toEqual(['a', 'b']);
    expect(comparison.onlyHere.map((only) => only.copy)).toEqual(['a', 'b']);
  });

  it('a story that no copy names is not an error: an empty comparison, and a page that says so', () => {
    const comparison = compareCopies([], STORY);
    expect(comparison).toMatchObject({ language: null, copies: [], quoteRows: [], eventRows: [], entities: [] });
    const view = storyPageView({ story: STORY, comparison, key: '' }, new Map());
    expect(view.notice).toBe('No copy names this story yet: there is nothing to compare.');
  });

  it('orders copies by day, then outlet, whatever order they come in', () => {
    const comparison = compareCopies([
      copy('late', 'en', 'The engine will compose elaborate music', '2024-03-06'),
      copy('b', 'en', 'The engine will compose elaborate music'),
      copy('a', 'en', 'The engine will compose elaborate music'),
    ]);
    expect(comparison.copies.map((c) => c.slug)).toEqual(['a', 'b', 'late']);
  });
});

describe('comparison.json', () => {
  it('has a JSON Schema generated from its zod schema', () => {
    const schema = z.toJSONSchema(ComparisonSchema, { io: 'output' }) as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(['version', 'copies', 'quoteRows', 'eventRows', 'entities', 'onlyHere']),
    );
  });
});

describe('marked-up wording', () => {
  const word = fc.constantFrom('we', 'must', 'should', 'think', 'about', 'it', 'now', 'tragedy', 'of', 'course');
  const sentence = fc.array(word, { minLength: 1, maxLength: 14 }).map((words) => `${words.join(', ')}.`);

  it('keeps the copy verbatim: its same and inserted runs join up to its text exactly', () => {
    fc.assert(
      fc.property(sentence, sentence, (reading, reference) => {
        const readingWords = wordsOf(reading);
        const referenceWords = wordsOf(reference);
        const diff = compareWording(readingWords, referenceWords);
        const segments = wordingSegments(reading, readingWords, diff.runs, { text: reference, words: referenceWords });
        const own = segments.filter((s) => s.kind !== 'dropped').map((s) => s.text);
        expect(own.join('')).toBe(reading);
      }),
    );
  });

  it('finds no difference between two wordings that differ only in case and punctuation', () => {
    const diff = compareWording(wordsOf('And of course, we should think.'), wordsOf('and, of course we should think'));
    expect([diff.inserted, diff.dropped, diff.changed]).toEqual([[], [], []]);
  });
});
