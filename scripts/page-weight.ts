// `npm run budget`: what a reader downloads for each built article and story page (HTML, CSS, JS, fonts), compressed
// with gzip (level 9) and brotli (quality 11). The budget applies to gzip, the larger of the two.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

const DIST = 'dist';
const BUDGET = { total: 60 * 1024, js: 10 * 1024 };

type Kind = 'html' | 'css' | 'js' | 'font';
interface Asset {
  kind: Kind;
  name: string;
  bytes: Buffer;
}

const gzip = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;
const brotli = (bytes: Buffer) =>
  brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The page and everything it loads from the site: stylesheets, scripts (and their imports), fonts from the CSS. */
function assetsOf(pagePath: string): Asset[] {
  const html = readFileSync(pagePath);
  const assets: Asset[] = [{ kind: 'html', name: pagePath, bytes: html }];
  const seen = new Set<string>();
  /** Adds a file of the site, given its URL as written in `from` (a page, a stylesheet or a script). */
  const add = (kind: Kind, written: string, from = '/') => {
    const url = new URL(written, `http://site${from}`);
    if (url.host !== 'site') return; // another site's file: not part of this budget
    const path = join(DIST, decodeURIComponent(url.pathname));
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
  const pageUrl = `/${pagePath.slice(DIST.length + 1).replace(/index\.html$/, '')}`;
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

/** `/<section>/<name>/` for every built page of a section (`articles`, `stories`). */
const pagesOf = (section: string) =>
  existsSync(join(DIST, section))
    ? readdirSync(join(DIST, section))
        .filter((name) => existsSync(join(DIST, section, name, 'index.html')))
        .map((name) => `/${section}/${name}/`)
    : [];
const articles = pagesOf('articles');
if (articles.length === 0) {
  console.error('budget: no article page in dist/: run npm run build first');
  process.exit(1);
}

let failed = false;
for (const path of [...articles, ...pagesOf('stories')]) {
  const assets = assetsOf(join(DIST, path, 'index.html'));
  const sum = (kinds: Kind[], measure: (b: Buffer) => number) =>
    assets
      .filter((a) => kinds.includes(a.kind) && !a.name.endsWith('(inline script)'))
      .reduce((n, a) => n + measure(a.bytes), 0);
  const jsSum = (measure: (b: Buffer) => number) =>
    assets.filter((a) => a.kind === 'js').reduce((n, a) => n + measure(a.bytes), 0);
  const total = { gzip: sum(['html', 'css', 'js', 'font'], gzip), brotli: sum(['html', 'css', 'js', 'font'], brotli) };
  const js = { gzip: jsSum(gzip), brotli: jsSum(brotli) };
  console.log(path);
  for (const kind of ['html', 'css', 'js', 'font'] as const) {
    const raw = assets
      .filter((a) => a.kind === kind && !a.name.endsWith('(inline script)'))
      .reduce((n, a) => n + a.bytes.length, 0);
    console.log(
      `  ${kind.padEnd(5)} ${kb(raw).padStart(9)} raw  ${kb(sum([kind], gzip)).padStart(9)} gzip  ${kb(sum([kind], brotli)).padStart(9)} brotli`,
    );
  }
  console.log(`  JS (files + inline): ${kb(js.gzip)} gzip, ${kb(js.brotli)} brotli (budget ${kb(BUDGET.js)} gzip)`);
  console.log(`  total: ${kb(total.gzip)} gzip, ${kb(total.brotli)} brotli (budget ${kb(BUDGET.total)} gzip)`);
  if (total.gzip > BUDGET.total || js.gzip > BUDGET.js) {
    console.error(`  over budget: ${path}`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
