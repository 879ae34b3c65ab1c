import { describe, expect, it } from 'vitest';
import { fillSharePage, parseShareTemplate } from '../../../src/lib/output/share-pages.ts';
import { SHARE_SLOTS, slotToken } from '../../../src/lib/output/share-slots.ts';

/** A template shaped like the one Astro renders: every slot once, path slots after a slash. */
const TEMPLATE = SHARE_SLOTS.map(
  ([name, kind]) =>
    `<${name}>${kind === 'path' ? `https://site.example/${slotToken(name)}` : slotToken(name)}</${name}>`,
).join('');

const page = {
  anchor: 'quote-we-will',
  title: 'Jake Sullivan in “A & B”',
  description: '“We <will> act” — Jake Sullivan',
  lead: 'Taking you to a quotation in',
  leadTitle: 'A & B',
  language: { lang: 'ar', dir: 'rtl' as const, ogLocale: 'ar_EG' },
  destination: '/articles/story/#quote-we-will',
  image: '/articles/story/s/quote-we-will/og.png',
  imageAlt: 'It\'s "quoted"',
};

describe('share pages filled from the template', () => {
  const html = fillSharePage(parseShareTemplate(TEMPLATE), 'story', page);

  it('puts each field in its slot, escaped for text and attributes', () => {
    expect(html).toContain('<title>Jake Sullivan in “A &amp; B”</title>');
    expect(html).toContain('<description>“We &lt;will&gt; act” — Jake Sullivan</description>');
    expect(html).toContain('<imageAlt>It&#39;s &quot;quoted&quot;</imageAlt>');
    expect(html).toContain('<leadTitle>A &amp; B</leadTitle>');
    expect(html).toContain('<lang>ar</lang><dir>rtl</dir><ogLocale>ar_EG</ogLocale>');
  });

  it('makes the paths from the article, the anchor and the image', () => {
    expect(html).toContain('<destination>https://site.example/articles/story/#quote-we-will</destination>');
    expect(html).toContain('<page>https://site.example/articles/story/</page>');
    expect(html).toContain('<path>https://site.example/articles/story/s/quote-we-will/</path>');
    expect(html).toContain('<image>https://site.example/articles/story/s/quote-we-will/og.png</image>');
  });

  it('refuses a template that lost a slot', () => {
    expect(() => parseShareTemplate(TEMPLATE.replace(slotToken('lead'), ''))).toThrow(/no slot for lead/);
  });
});
