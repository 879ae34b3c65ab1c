import { describe, expect, it } from 'vitest';
import { notFoundHint } from '../../src/lib/not-found-hint.ts';
import { entityText } from '../../src/lib/search-records.ts';

describe('the 404 page’s reading of a missing address', () => {
  it('finds the article of a share page and its anchor', () => {
    expect(notFoundHint('/articles/china-delegation/s/p-old-words/')).toEqual({
      article: '/articles/china-delegation/',
      anchor: 'p-old-words',
      words: 'china delegation',
    });
  });

  it('keeps only the words of any other address, and nothing for the home page', () => {
    expect(notFoundHint('/old-section/some_story.html')).toEqual({
      article: undefined,
      anchor: undefined,
      words: 'some story',
    });
    expect(notFoundHint('/')).toBeUndefined();
  });
});

describe('an entity’s words for search', () => {
  it('reads as sentences: the role once, aliases the name does not already say', () => {
    const putin = {
      id: 'vladimir-putin',
      name: 'Vladimir Putin',
      kind: 'person' as const,
      aliases: ['Putin', 'the Kremlin leader'],
      role: 'President of Russia',
      description: 'President of Russia, seeking munitions.',
    };
    expect(entityText(putin)).toBe(
      'Vladimir Putin, President of Russia, seeking munitions. Also named: the Kremlin leader.',
    );
    expect(entityText({ ...putin, description: 'President of Russia.', aliases: [] })).toBe(
      'Vladimir Putin, President of Russia.',
    );
  });
});
