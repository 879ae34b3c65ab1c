// Page weight: what a reader downloads for a built page (HTML, CSS, JS, fonts), compressed with gzip
// (level 9) and brotli (quality 11). Budgets apply to gzip, the larger of the two. `npm run budget` and
// `npm run bench:build` use it.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

/** Every page's HTML, and an article page with everything it loads. */
export const BUDGET = { html: 100 * 1024, total: 60 * 1024, js: 10 * 1024 };

export const gzip = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;
export const brotli = (bytes: Buffer) =>
  brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export type Kind = 'html' | 'css' | 'js' | 'font';
export interface Asset {
  kind: Kind;
  name: string;
  bytes: Buffer;
}

/** The page (a file under `dist`) and everything it loads from the site: stylesheets, scripts (and their imports), fonts from the CSS. */
export function assetsOf(pagePath: string, dist: string): Asset[] {
  const html = readFileSync(pagePath);
  const assets: Asset[] = [{ kind: 'html', name: pagePath, bytes: html }];
  const seen = new Set<string>();
  /** Adds a file of the site, given its URL as written in `from` (a page, a stylesheet or a script). */
  const add = (kind: Kind, written: string, from = '/') => {
    const url = new URL(written, `http://site${from}`);
    if (url.host !== 'site') return; // another site's file: not part of this budget
    const path = join(dist, decodeURIComponent(url.pathname));
    if (seen.has(path) || !existsSync(path)) return;
    seen.add(path);
    const bytes = readFileSync(path);
    assets.push({ kind, name: path, bytes });
    const text = bytes.toString();
    if (kind === 'css') for (const m of text.matchAll(/url\(["']?([^"')]+)["']?\)/g)) add('font', m[1]!, url.pathname);
    if (kind === 'js') addImports(text, url.pathname);
  };
  const addImports = (code: string, from: string) => {
    for (const m of code.matchAll(/(?:from\s*|import\s*\(?\s*)["']([./][^"']+)["']/g)) add('js', m[1]!, from);
  };
  const pageUrl = `/${pagePath.slice(dist.length + 1).replace(/index\.html$/, '')}`;
  visit(fromHtml(html.toString()), 'element', (el) => {
    const rel = (el.properties.rel as string[] | undefined) ?? [];
    if (el.tagName === 'link' && rel.includes('stylesheet')) add('css', String(el.properties.href));
    if (el.tagName === 'link' && rel.includes('modulepreload')) add('js', String(el.properties.href));
    if (el.tagName === 'link' && rel.includes('preload') && el.properties.as === 'font')
      add('font', String(el.properties.href));
    if (el.tagName === 'script' && el.properties.src) add('js', String(el.properties.src));
    if (el.tagName === 'script' && !el.properties.src && el.properties.type !== 'application/ld+json') {
      // Inline scripts travel inside the HTML; they are counted there and again in the JS budget.
      assets.push({ kind: 'js', name: `${pagePath} (inline script)`, bytes: Buffer.from(toString(el)) });
      addImports(toString(el), pageUrl);
    }
  });
  return assets;
}

/**
 * A reader's page's weight (`page`: `/articles/<slug>/`, `/stories/<id>/`): each kind raw, gzip and brotli, the
 * total and the JS (files and inline scripts).
 */
export function pageWeight(dist: string, page: string) {
  const assets = assetsOf(join(dist, page, 'index.html'), dist);
  const sum = (kinds: Kind[], measure: (b: Buffer) => number) =>
    assets
      .filter((a) => kinds.includes(a.kind) && !a.name.endsWith('(inline script)'))
      .reduce((n, a) => n + measure(a.bytes), 0);
  const jsSum = (measure: (b: Buffer) => number) =>
    assets.filter((a) => a.kind === 'js').reduce((n, a) => n + measure(a.bytes), 0);
  const kinds = (['html', 'css', 'js', 'font'] as const).map((kind) => ({
    kind,
    raw: assets
      .filter((a) => a.kind === kind && !a.name.endsWith('(inline script)'))
      .reduce((n, a) => n + a.bytes.length, 0),
    gzip: sum([kind], gzip),
    brotli: sum([kind], brotli),
  }));
  return {
    kinds,
    total: { gzip: sum(['html', 'css', 'js', 'font'], gzip), brotli: sum(['html', 'css', 'js', 'font'], brotli) },
    js: { gzip: jsSum(gzip), brotli: jsSum(brotli) },
  };
}

/** The heaviest page of a kind, by gzip. */
export interface Heaviest {
  path: string;
  gzip: number;
}

/**
 * Checks every HTML page of a built site against the page budget (HTML ≤ 100 KB gzip) and every article
 * page against its own (with its CSS, JS and fonts ≤ 60 KB gzip, JS ≤ 10 KB). A page under the budget raw
 * needs no compressing; article pages share their stylesheets and scripts, so these are weighed once,
 * with the heaviest article page's HTML.
 */
export function checkSite(dist: string) {
  const pages = readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(dist, join(entry.parentPath, entry.name)).split(sep).join('/'));
  const over: Heaviest[] = [];
  let heaviest: Heaviest = { path: '', gzip: 0 };
  let article: Heaviest & { slug: string } = { path: '', gzip: 0, slug: '' };
  const bySize = pages.map((path) => ({ path, size: statSync(join(dist, path)).size })).sort((a, b) => b.size - a.size);
  for (const [i, { path, size }] of bySize.entries()) {
    const slug = /^articles\/([^/]+)\/index\.html$/.exec(path)?.[1];
    if (i >= 50 && size <= BUDGET.html - 1024 && !slug) continue;
    const weight = gzip(readFileSync(join(dist, path)));
    if (weight > heaviest.gzip) heaviest = { path, gzip: weight };
    if (weight > BUDGET.html) over.push({ path, gzip: weight });
    if (slug && weight > article.gzip) article = { path, gzip: weight, slug };
  }
  const articleTotal = article.slug ? pageWeight(dist, `/articles/${article.slug}/`) : undefined;
  return { pages: pages.length, heaviest, over, article: articleTotal && { path: article.path, ...articleTotal } };
}
