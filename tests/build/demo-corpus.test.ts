import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexedUrls } from '../../scripts/search-fragments.ts';

// Reads what `npm run build:demo` (NA_DEMO=1) wrote into test-output/demo-site and what `npm run build`
// wrote into dist (npm test runs both before these).
const demo = (path: string) => readFileSync(`test-output/demo-site/${path}`, 'utf8');
const section = (page: string, id: string) =>
  page.slice(page.indexOf(`id="${id}"`), page.indexOf('</section>', page.indexOf(`id="${id}"`)));

describe('the demo corpus', () => {
  it('gives Jake Sullivan a page with both copies of the seed story and his quotes from each', () => {
    const page = demo('entities/jake-sullivan/index.html');
    const articles = section(page, 'articles');
    expect(articles).toContain('href="/articles/china-delegation-north-korea/"');
    expect(articles).toContain('href="/articles/china-delegation-wire-copy/"');
    expect(articles).not.toContain('href="/articles/busan-port-strike/"');
    const quotes = section(page, 'quotes');
    expect(quotes).toContain('href="/articles/china-delegation-north-korea/#quote-this-is-not-going-reflect"');
    expect(quotes).toContain('href="/articles/china-delegation-wire-copy/#quote-pay-a-heavy-price-in"');
    expect(quotes).toContain('pay a heavy price in the international community');
  });

  it('lists on the Reuters page the five fixtures that name Reuters, and no quote', () => {
    const articles = section(demo('entities/reuters/index.html'), 'articles');
    for (const slug of [
      'chile-lithium-permits',
      'eu-sanctions-extended',
      'geneva-reactor-talks',
      'port-strike-year-end',
      'vienna-energy-summit',
    ])
      expect(articles).toContain(`href="/articles/${slug}/"`);
    expect(articles.match(/<li>/g)).toHaveLength(5);
    expect(section(demo('entities/reuters/index.html'), 'quotes')).toContain('No quotation');
  });

  it('shows once on the merged timeline the delegation that both copies report, with both paragraphs', () => {
    // The merged timeline has a page a month: every month's page, as one text.
    const page = readdirSync('test-output/demo-site/timeline', { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name === 'index.html' && entry.parentPath.includes('/timeline/'))
      .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8'))
      .join('\n');
    const shared = page.match(/Reported by 2 copies:.*?<\/span>/gs) ?? [];
    const delegation = shared.find((sources) => sources.includes('#p-on-saturday-vice-premier-liu'));
    expect(delegation).toContain('href="/articles/china-delegation-wire-copy/#p-on-saturday-vice-premier-liu"');
    expect(delegation).toContain('href="/articles/china-delegation-north-korea/#p-on-saturday-vice-premier-liu"');
    // Two events with no actor on the same day (Busan's and Felixstowe's Monday) are not one event.
    expect(shared.some((sources) => sources.includes('busan-port-strike'))).toBe(false);
  });

  it('links who’s-who names on article pages to entity pages', () => {
    expect(demo('articles/busan-port-strike/index.html')).toContain('href="/entities/park-min-jae/"');
  });

  it('indexes the demo articles for search', () => {
    expect(indexedUrls('test-output/demo-site')).toContain(
      '/articles/china-delegation-wire-copy/#quote-pay-a-heavy-price-in',
    );
  });
});

describe('the published build', () => {
  it('holds the real copies only', () => {
    expect(existsSync('dist/articles/china-delegation-north-korea/index.html')).toBe(true);
    expect(existsSync('dist/articles/busan-port-strike')).toBe(false);
    expect(existsSync('dist/articles/china-delegation-wire-copy')).toBe(false);
    expect(existsSync('dist/entities/park-min-jae')).toBe(false);
    expect(indexedUrls('dist').some((url) => url.includes('busan'))).toBe(false);
  });
});
