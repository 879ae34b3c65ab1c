import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { parsePage } from './built-pages.ts';

// The paged views of the archive build (npm run build:archive: 400 copies), through the gates every page of
// dist/ passes: valid HTML, and every link and #anchor landing on a built file and an element id.
const SITE = 'test-output/archive-site';
const validator = new HtmlValidate(new FileSystemConfigLoader());

/** The first folder under `dir` that has a second page, `depth` levels down. */
function pagedFolder(dir: string, depth: number): string {
  const walk = (at: string, left: number): string[] =>
    left === 0
      ? [at]
      : readdirSync(join(SITE, at), { withFileTypes: true })
          .filter((entry) => entry.isDirectory() && entry.name !== 'page')
          .flatMap((entry) => walk(`${at}/${entry.name}`, left - 1));
  return walk(dir, depth).find((at) => existsSync(join(SITE, at, 'page', '2')))!;
}

const entity = pagedFolder('entities', 1);
const month = pagedFolder('timeline', 2);
const last = Math.max(...readdirSync(join(SITE, 'page')).map(Number));
const pages = [
  'index.html',
  'page/2/index.html',
  `page/${last}/index.html`,
  'entities/index.html',
  'entities/page/2/index.html',
  `${entity}/index.html`,
  `${entity}/page/2/index.html`,
  'timeline/index.html',
  `${month}/index.html`,
  `${month}/page/2/index.html`,
];

const ids = new Map<string, Set<string>>();
/** The element ids of a built page, read once. */
function idsOf(file: string): Set<string> {
  let found = ids.get(file);
  if (!found) {
    found = new Set(parsePage(file, SITE).elements.map((el) => String(el.properties.id ?? '')));
    ids.set(file, found);
  }
  return found;
}

function served(path: string): string | undefined {
  const candidate = join(SITE, decodeURIComponent(path));
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate.slice(SITE.length + 1);
  return existsSync(join(candidate, 'index.html')) ? join(candidate, 'index.html').slice(SITE.length + 1) : undefined;
}

describe.each(pages)('the archive’s %s', (file) => {
  it('is valid HTML', async () => {
    const report = await validator.validateFile(join(SITE, file));
    expect(
      report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`)),
    ).toEqual([]);
  });

  it('links to built pages and anchors only', { timeout: 120_000 }, () => {
    const here = `https://archive.example/${file.replace(/index\.html$/, '')}`;
    const broken: string[] = [];
    for (const element of parsePage(file, SITE).elements) {
      const link = element.tagName === 'a' || element.tagName === 'link' ? element.properties.href : undefined;
      if (link === undefined) continue;
      const url = new URL(String(link), here);
      if (url.origin !== 'https://archive.example') continue;
      const target = served(url.pathname);
      if (!target) broken.push(`${link}: nothing built at ${url.pathname}`);
      else if (url.hash && !idsOf(target).has(decodeURIComponent(url.hash.slice(1))))
        broken.push(`${link}: no element with that id`);
    }
    expect(broken).toEqual([]);
  });
});
