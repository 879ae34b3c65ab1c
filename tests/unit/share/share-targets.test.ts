import { describe, expect, it } from 'vitest';
import { shareTargets } from '../../../src/lib/share/share-targets.ts';
import { shareUrl } from '../../../src/lib/share/share-url.ts';
import type { Analysis } from '../../../src/schemas/analysis.ts';

const span = { paragraph: 'p-sullivan-said', start: 0, end: 10 };
const analysis: Pick<Analysis, 'paragraphs' | 'quotes' | 'events'> = {
  paragraphs: [
    {
      id: 'p-sullivan-said',
      text: 'Sullivan said it. Then he left.',
      sentences: [
        { start: 0, end: 17 },
        { start: 18, end: 31 },
      ],
    },
  ],
  quotes: [
    {
      id: 'quote-it-will-not',
      text: 'It will not reflect well',
      speaker: { name: 'Jake Sullivan', entity: 'jake-sullivan', role: 'National Security Adviser' },
      channel: 'at a briefing',
      paragraph: 'p-sullivan-said',
      span,
      sentence: span,
      attribution: 'explicit',
    },
  ],
  events: [
    {
      id: 'event-2023-09-07-kcna',
      summary: 'KCNA announced the visit',
      phrase: 'On Thursday',
      date: { start: '2023-09-07', end: '2023-09-07', precision: 'day', reason: 'the Thursday before' },
      actors: ['kcna'],
      paragraph: 'p-sullivan-said',
      span,
      origin: 'engine',
    },
  ],
};

describe('shareTargets', () => {
  const targets = shareTargets(analysis, { title: 'A Story' }, { 'p-old-words': 'p-sullivan-said' });
  const byAnchor = new Map(targets.map((target) => [target.anchor, target]));

  it('describes a paragraph by its first sentence', () => {
    expect(byAnchor.get('p-sullivan-said')).toMatchObject({
      kind: 'paragraph',
      title: 'A Story (paragraph 1)',
      description: 'Sullivan said it.',
      image: 'article',
    });
  });

  it('describes a quote with its speaker and channel, with its own image', () => {
    expect(byAnchor.get('quote-it-will-not')).toMatchObject({
      title: 'Jake Sullivan in “A Story”',
      description: '“It will not reflect well” — Jake Sullivan, National Security Adviser (at a briefing)',
      image: 'quote',
    });
  });

  it('describes an event with its date', () => {
    expect(byAnchor.get('event-2023-09-07-kcna')?.description).toBe(
      'Thu 7 Sep 2023 (“On Thursday”): KCNA announced the visit',
    );
  });

  it('gives a moved anchor a share page that lands on its new place', () => {
    expect(byAnchor.get('p-old-words')).toMatchObject({ target: 'p-sullivan-said', kind: 'paragraph' });
  });
});

describe('share URLs', () => {
  it('hands out the share page for paragraphs, quotes and events, the fragment for sections', () => {
    const page = 'http://localhost:4401/articles/story/#old';
    expect(shareUrl(page, 'quote-it-will-not', '/articles/story/s/')).toBe(
      'http://localhost:4401/articles/story/s/quote-it-will-not/',
    );
    expect(shareUrl(page, 'timeline', '/articles/story/s/')).toBe('http://localhost:4401/articles/story/#timeline');
  });
});
