import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeMarkdown } from '../../../src/markdown/analyze-markdown.ts';
import { loadRegistry } from '../../../src/lib/registry.ts';
import { AnalysisSchema, type Analysis } from '../../../src/schemas/analysis.ts';

// Expectations written by hand from the seed's text, before the engine ran on it.
let analysis: Analysis;
beforeAll(async () => {
  const markdown = readFileSync('content/articles/china-delegation-north-korea.md', 'utf8');
  analysis = AnalysisSchema.parse(await analyzeMarkdown(markdown, loadRegistry('content/entities')));
});

describe('the seed article', () => {
  // The briefing is named in the paragraph before the quotations: issue 12 keeps a channel to its own quotation.
  it('finds the four quotations with their speakers and channels', () => {
    const quotes = analysis.quotes.map((q) => ({
      text: q.text,
      speaker: q.speaker?.entity ?? q.speaker?.name ?? null,
      channel: q.channel,
    }));
    expect(quotes).toEqual([
      {
        text: 'this is not going reflect well on North Korea, and they will have to pay a heavy price in the international community.',
        speaker: 'jake-sullivan',
        channel: undefined,
      },
      {
        text: 'We will continue calling on North Korea not to provide weapons to Russia which will kill Ukrainians.',
        speaker: 'jake-sullivan',
        channel: undefined,
      },
      { text: 'leadership-level engagement', speaker: 'white-house', channel: 'in a statement' },
      {
        text: 'We urge the D.P.R.K. to cease its arms negotiations with Russia and abide by the public commitments that Pyongyang has made to not provide or sell arms to Russia',
        speaker: 'an NSC spokeswoman',
        channel: 'told the Times',
      },
    ]);
    expect(analysis.quotes[3]!.speaker).toMatchObject({ entity: null, affiliation: 'nsc' });
    expect(analysis.quotes[1]!.attribution).toBe('previous');
  });

  it('keeps every quote verbatim at its span', () => {
    for (const quote of analysis.quotes) {
      const paragraph = analysis.paragraphs.find((p) => p.id === quote.paragraph)!;
      expect(paragraph.text.slice(quote.span.start, quote.span.end)).toBe(quote.text);
    }
  });

  it('resolves every date phrase against Fri 8 Sep 2023', () => {
    const dates = analysis.dates.map((d) => [
      d.phrase.toLowerCase(),
      d.precision === 'vague' ? 'vague' : `${d.start}..${d.end}`,
    ]);
    expect(dates).toEqual([
      ['this week', '2023-09-04..2023-09-10'],
      ['on saturday', '2023-09-09..2023-09-09'],
      ['on thursday', '2023-09-07..2023-09-07'],
      ['on saturday', '2023-09-09..2023-09-09'],
      ['only days after', 'vague'],
      ['on monday', '2023-09-04..2023-09-04'],
      ['sept. 10-13', '2023-09-10..2023-09-13'],
      ['recently', 'vague'],
    ]);
  });

  it('finds every registered entity the text names', () => {
    expect(
      analysis.entities
        .filter((e) => e.registered)
        .map((e) => e.id)
        .sort(),
    ).toEqual(
      [
        'china',
        'eastern-economic-forum',
        'far-eastern-federal-university',
        'jake-sullivan',
        'kcna',
        'kim-jong-un',
        'liu-guozhong',
        'moscow',
        'new-york-times',
        'north-korea',
        'nsc',
        'russia',
        'russian-far-east',
        'ukraine',
        'us-intelligence',
        'vladimir-putin',
        'vladivostok',
        'white-house',
      ].sort(),
    );
    expect(analysis.entities.filter((e) => !e.registered)).toEqual([]);
  });

  it('names the reporters of reported events', () => {
    const byPhrase = (phrase: string) => analysis.events.find((e) => e.phrase.toLowerCase() === phrase)!;
    expect(byPhrase('on thursday')).toMatchObject({ actors: ['kcna'], source: 'kcna' });
    expect(byPhrase('on monday')).toMatchObject({ actors: ['new-york-times'], source: 'new-york-times' });
    expect(byPhrase('recently').source).toBe('us-intelligence');
  });
});
