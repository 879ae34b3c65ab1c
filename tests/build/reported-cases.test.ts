import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { AnalysisSchema } from '../../src/schemas/analysis.ts';

// The reported cases of tests/fixtures/cases/ (turn2/14 and 15, and a Norwegian copy), published by the demo build (npm run build:demo) like the
// fixtures: a copy with a Markdown footnote (14) and copies in Arabic (15) and Norwegian (`language: no`).
const SITE = 'test-output/demo-site';
const page = (path: string) => readFileSync(`${SITE}/${path}`, 'utf8');
const analysis = (slug: string) => AnalysisSchema.parse(JSON.parse(page(`articles/${slug}/analysis.json`)));
const ids = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]));

describe('case 14: a Markdown footnote', () => {
  const slug = '14-footnote-anchors';
  const html = page(`articles/${slug}/index.html`);
  const expected = load(readFileSync('tests/fixtures/cases/turn2/14-footnote-anchors.expected.yaml', 'utf8')) as {
    dates: { phrase: string; start: string; end: string }[];
  };

  it('has no fragment link that lands nowhere: the marker and the back-link point at the note and back', () => {
    const present = ids(html);
    const fragments = [...html.matchAll(/href="#([^"]+)"/g)].map((match) => match[1]!);
    expect(fragments.filter((id) => !present.has(id))).toEqual([]);
    expect(html).toMatch(/<a href="#(user-content-fn-1)" id="user-content-fnref-1" data-footnote-ref/);
    expect(html).toMatch(/<li id="user-content-fn-1">\s*<p>The vote was 32 to 27\. <a href="#user-content-fnref-1"/);
  });

  it('keeps the marker out of the analysed text and the notes out of the paragraphs', () => {
    const texts = analysis(slug).paragraphs.map((paragraph) => paragraph.text);
    expect(texts).toEqual([
      "Oslo's city council approved a new tram line on Tuesday after a year of debate.",
      'What happens next',
      'Construction will begin in mid-September, the transport agency said.',
    ]);
    const shared = readdirSync(`${SITE}/articles/${slug}/s`);
    expect(shared.filter((anchor) => /footnote|notes|vote/.test(anchor))).toEqual([]);
    expect(html).toMatch(
      /<section data-footnotes="" class="na-footnotes"><h2 id="user-content-footnote-label">Notes<\/h2>/,
    );
  });

  it('finds the copy’s dates', () => {
    const dates = analysis(slug).events.map((event) => event.date);
    for (const { start } of expected.dates) expect(dates.map((date) => date?.start)).toContain(start);
  });
});

describe('case 15: the copy’s language reaches the page', () => {
  const marked = (html: string, lang: string, dir: string) =>
    [...html.matchAll(new RegExp(`<(\\w+)[^>]*\\slang="${lang}" dir="${dir}"`, 'g'))].map((match) => match[1]);

  it('marks an Arabic copy’s headline, summary and body lang="ar" dir="rtl", on its page, share pages and card', () => {
    const slug = '15-article-language-ignored';
    const html = page(`articles/${slug}/index.html`);
    // The body, and the quotation «…» in the sidebar (found since «…» pair as quotation marks).
    expect(marked(html, 'ar', 'rtl')).toEqual(['h1', 'p', 'div', 'blockquote']);
    expect(html).toContain('<meta property="og:locale" content="ar_EG">');
    const shares = readdirSync(`${SITE}/articles/${slug}/s`);
    expect(shares.length).toBeGreaterThan(0);
    for (const anchor of shares) {
      const share = page(`articles/${slug}/s/${anchor}/index.html`);
      expect(marked(share, 'ar', 'rtl')).toEqual(['span', 'blockquote']);
      expect(share).toContain('<meta property="og:locale" content="ar_EG">');
    }
    const card = page('index.html').match(
      /<article class="na-card">(?:(?!<\/article>)[\s\S])*15-article-language-ignored[\s\S]*?<\/article>/,
    )?.[0];
    expect(marked(card ?? '', 'ar', 'rtl')).toEqual(['h2', 'p']);
  });

  it('keeps `language: no` (Norwegian) the tag "no", not the YAML boolean', () => {
    const html = page('articles/norwegian-language-no/index.html');
    expect(marked(html, 'no', 'ltr')).toEqual(['h1', 'p', 'div', 'blockquote']);
    expect(html).toContain('<meta property="og:locale" content="no_NO">');
  });

  it('marks quotations in the sidebar with the copy’s language', () => {
    const html = page('articles/china-delegation-north-korea/index.html');
    expect(html).toMatch(/<blockquote class="na-quote-card__text" lang="en" dir="ltr">/);
    expect(existsSync(`${SITE}/articles/15-article-language-ignored/og.png`)).toBe(true);
  });
});
