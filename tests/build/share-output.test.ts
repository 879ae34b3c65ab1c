import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AnalysisSchema } from '../../src/schemas/analysis.ts';
import { SITE } from '../../src/site.ts';

// Reads what `npm run build` wrote (npm test builds before it runs these).
const SLUG = 'china-delegation-north-korea';
const DIST = 'dist';
const analysis = AnalysisSchema.parse(JSON.parse(readFileSync(join(DIST, 'articles', SLUG, 'analysis.json'), 'utf8')));

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** The `content` of `<meta property|name="key">`, or undefined. */
function meta(html: string, key: string): string | undefined {
  const tag = html.match(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`));
  return tag?.[1];
}

/** A file's path in dist/ for an absolute URL of the site. */
function distPath(url: string): string {
  const path = new URL(url).pathname;
  return join(DIST, path.endsWith('/') ? `${path}index.html` : path);
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const shareDir = join(DIST, 'articles', SLUG, 's');
const sharePages = readdirSync(shareDir).map((anchor) => ({
  anchor,
  html: readFileSync(join(shareDir, anchor, 'index.html'), 'utf8'),
}));

describe('share pages', () => {
  it('exist for every paragraph, quote and event', () => {
    const expected = [...analysis.paragraphs, ...analysis.quotes, ...analysis.events].map((item) => item.id);
    expect(sharePages.map((page) => page.anchor).sort()).toEqual(expect.arrayContaining(expected.sort()));
    expect(expected.length).toBe(analysis.paragraphs.length + analysis.quotes.length + analysis.events.length);
  });

  it.each(sharePages)('$anchor has every preview tag, non-empty', ({ anchor, html }) => {
    for (const key of [
      'og:title',
      'og:description',
      'og:image',
      'og:url',
      'og:type',
      'twitter:card',
      'twitter:title',
      'twitter:description',
      'twitter:image',
    ]) {
      expect(meta(html, key), key).toMatch(/\S/);
    }
    expect(meta(html, 'twitter:card')).toBe('summary_large_image');
    expect(meta(html, 'og:url')).toBe(`${SITE.url}/articles/${SLUG}/s/${anchor}/`);
    expect(html).toContain(`<link rel="canonical" href="${SITE.url}/articles/${SLUG}/">`);
    expect(html).toMatch(new RegExp(`<meta http-equiv="refresh" content="0; url=/articles/${SLUG}/#[a-z0-9-]+">`));
    expect(html).toMatch(new RegExp(`<a href="/articles/${SLUG}/#[a-z0-9-]+" data-share-destination>`));
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });

  it('describe a quote with its words and speaker, and show its own image', () => {
    const quote = analysis.quotes.find((item) => item.speaker?.name === 'Jake Sullivan')!;
    const html = sharePages.find((page) => page.anchor === quote.id)!.html;
    expect(meta(html, 'og:description')).toContain(`“${quote.text.slice(0, 30)}`);
    expect(meta(html, 'og:description')).toContain('Jake Sullivan, White House National Security Adviser');
    expect(meta(html, 'og:image')).toBe(`${SITE.url}/articles/${SLUG}/s/${quote.id}/og.png`);
  });

  it('describe an event with its date and a paragraph with its first sentence', () => {
    const event = analysis.events.find((item) => item.date.start === '2023-09-07')!;
    expect(meta(sharePages.find((page) => page.anchor === event.id)!.html, 'og:description')).toMatch(
      /^Thu 7 Sep 2023 /,
    );
    const first = analysis.paragraphs[0]!;
    const sentence = first.text.slice(first.sentences[0]!.start, first.sentences[0]!.end).trim();
    expect(meta(sharePages.find((page) => page.anchor === first.id)!.html, 'og:description')).toBe(
      sentence.replace(/&/g, '&amp;').replace(/"/g, '&quot;'),
    );
  });
});

describe('preview images', () => {
  const images = new Set(
    [...sharePages.map((page) => page.html), readFileSync(join(DIST, 'articles', SLUG, 'index.html'), 'utf8')].map(
      (html) => meta(html, 'og:image')!,
    ),
  );

  it('one per article and one per quote', () => {
    expect(images.size).toBe(1 + analysis.quotes.length);
  });

  it.each([...images])('%s is a 1200×630 PNG', (url) => {
    const file = distPath(url);
    expect(existsSync(file), file).toBe(true);
    expect(pngSize(file)).toEqual({ width: 1200, height: 630 });
  });
});

describe('the article page’s JSON-LD', () => {
  const html = readFileSync(join(DIST, 'articles', SLUG, 'index.html'), 'utf8');
  const script = html.match(/<script type="application\/ld\+json">(.*?)<\/script>/s);
  const data = JSON.parse(script![1]!) as Record<string, unknown> & {
    publisher: { name: string };
    about: { name: string }[];
    mentions: { name: string }[];
    hasPart: { '@type': string; text: string; creator?: { name: string } }[];
  };

  it('is a NewsArticle with headline, date, publisher and image', () => {
    expect(data['@context']).toBe('https://schema.org');
    expect(data['@type']).toBe('NewsArticle');
    expect(data.headline).toBe('China Sends Delegation to North Korea as Russia Mulls Arms Deal');
    expect(data.datePublished).toBe('2023-09-08T09:00:00-04:00');
    expect(data.publisher.name).toMatch(/\S/);
    expect(data.image).toBe(`${SITE.url}/articles/${SLUG}/og.png`);
  });

  it('names the entities and carries the quotations with their speakers', () => {
    expect(data.about.map((thing) => thing.name)).toEqual(expect.arrayContaining(['China', 'North Korea', 'Russia']));
    const named = [...data.about, ...data.mentions].map((thing) => thing.name);
    expect(named.sort()).toEqual(analysis.entities.map((entity) => entity.name).sort());
    expect(data.mentions.length).toBeGreaterThan(0);
    expect(data.hasPart).toHaveLength(analysis.quotes.length);
    expect(data.hasPart.every((part) => part['@type'] === 'Quotation' && part.text.length > 0)).toBe(true);
    expect(data.hasPart.map((part) => part.creator?.name)).toContain('an NSC spokeswoman');
  });
});

describe('site metadata', () => {
  // Share pages only redirect (their canonical URL is their article's or story's page); the 404 page stands for
  // no address of its own.
  const pages = htmlFiles(DIST).filter(
    (file) => !/\/(articles|stories)\/[^/]+\/s\//.test(file) && relative(DIST, file) !== '404.html',
  );

  it('gives every page a canonical URL on the site', () => {
    for (const file of pages) {
      const path = `/${relative(DIST, file).replace(/index\.html$/, '')}`;
      expect(readFileSync(file, 'utf8'), file).toContain(`<link rel="canonical" href="${SITE.url}${path}">`);
    }
  });

  it('lists every page, and no share page, in the sitemap', () => {
    expect(readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8')).toContain(`${SITE.url}/sitemap-0.xml`);
    const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
    const expected = pages.map((file) => `${SITE.url}/${relative(DIST, file).replace(/index\.html$/, '')}`);
    expect(listed.sort()).toEqual(expected.sort());
  });

  it('publishes an RSS feed of the articles, linked from every page', () => {
    const feed = readFileSync(join(DIST, 'rss.xml'), 'utf8');
    expect(feed).toContain(`<link>${SITE.url}/articles/${SLUG}/</link>`);
    expect(feed).toContain('<title>China Sends Delegation to North Korea as Russia Mulls Arms Deal</title>');
    for (const file of pages) {
      expect(readFileSync(file, 'utf8')).toContain('<link rel="alternate" type="application/rss+xml"');
    }
  });
});
