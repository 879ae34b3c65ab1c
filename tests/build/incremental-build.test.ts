import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtRoutes } from '../../scripts/build-log.ts';
import { indexedRecords } from '../../scripts/search-fragments.ts';
import { contentWith, runAstro, treeDiff } from './build-runner.ts';

const seed = readFileSync('content/articles/china-delegation-north-korea.md', 'utf8');
const ADDED = 'A paragraph the editor added to the second copy.';
const TIMEOUT = 900_000;

/** The paths Astro rendered and the ones it kept from the last build, from its log. */
function routes(output: string): { rendered: string[]; kept: string[] } {
  const all = builtRoutes(output);
  return {
    rendered: all.filter((route) => route.ms !== undefined).map((route) => route.path),
    kept: all.filter((route) => route.ms === undefined).map((route) => route.path),
  };
}

/** A clean build of the same content into a folder of its own, with a cache of its own. */
function cleanBuildOf(dir: string, name: string): string {
  const outDir = join(dir, `clean-${name}`);
  const clean = runAstro('build', dir, { outDir, cacheDir: join(dir, `clean-cache-${name}`) });
  expect(clean.status, clean.output).toBe(0);
  expect(clean.output).toContain('the whole site replaced in one step');
  return outDir;
}

// Real builds (npm run build's script) over three copies. An edit, an addition and a deletion are each
// published by moving in only what changed, and each leaves the very tree a clean build of the same content makes.
describe('incremental builds', () => {
  const dir = contentWith({ 'first.md': seed, 'second.md': seed, 'third.md': seed });
  const site = join(dir, 'dist');
  const rebuild = () => {
    const run = runAstro('build', dir);
    expect(run.status, run.output).toBe(0);
    expect(run.output).toContain('moved in file by file');
    return run.output;
  };

  it('publish a whole site the first time', { timeout: TIMEOUT }, () => {
    const first = runAstro('build', dir);
    expect(first.status, first.output).toBe(0);
    expect(first.output).toContain('the whole site replaced in one step');
    expect(routes(first.output).kept).toEqual([]);
  });

  it(
    'publish an edit: the article and what shows it again, the same tree as a clean build',
    { timeout: TIMEOUT },
    () => {
      writeFileSync(join(dir, 'articles', 'second.md'), `${seed.trimEnd()}\n\n${ADDED}\n`);
      const output = rebuild();
      const { rendered, kept } = routes(output);
      expect(rendered).toContain('/articles/second/index.html');
      expect(kept).toContain('/articles/first/index.html');
      expect(rendered.filter((path) => path.startsWith('/articles/first/'))).toEqual([]);
      expect(output).toMatch(/articles: 1 of 3 changed/);
      expect(readFileSync(join(site, 'articles', 'second', 'index.html'), 'utf8')).toContain(ADDED);
      expect(indexedRecords(site).some((record) => record.content.includes(ADDED))).toBe(true);
      expect(treeDiff(site, cleanBuildOf(dir, 'edit'))).toBe('');
    },
  );

  it('publish an addition, the same tree as a clean build', { timeout: TIMEOUT }, () => {
    writeFileSync(join(dir, 'articles', 'fourth.md'), seed);
    const output = rebuild();
    expect(output).toMatch(/articles: 1 of 4 changed/);
    expect(readFileSync(join(site, 'index.html'), 'utf8')).toContain('href="/articles/fourth/"');
    expect(indexedRecords(site).some((record) => record.url === '/articles/fourth/')).toBe(true);
    expect(treeDiff(site, cleanBuildOf(dir, 'add'))).toBe('');
  });

  it(
    'publish a deletion: its pages, share pages, images and search records gone, the same tree as a clean build',
    { timeout: TIMEOUT },
    () => {
      rmSync(join(dir, 'articles', 'first.md'));
      const output = rebuild();
      expect(output).toMatch(/articles: 0 of 3 changed.* [1-9]\d* removed/);
      expect(treeDiff(site, cleanBuildOf(dir, 'delete'))).toBe('');
      expect(indexedRecords(site).some((record) => record.url.startsWith('/articles/first/'))).toBe(false);
    },
  );

  it(
    'publish a registry edit: every page that shows the entity again, the same tree as a clean build',
    { timeout: TIMEOUT },
    () => {
      const entity = join(dir, 'entities', 'liu-guozhong.yaml');
      writeFileSync(
        entity,
        readFileSync(entity, 'utf8').replace('role: Vice Premier of China', 'role: First Vice Premier'),
      );
      const { rendered } = routes(rebuild());
      for (const slug of ['second', 'third', 'fourth']) {
        expect(rendered).toContain(`/articles/${slug}/index.html`);
        expect(readFileSync(join(site, 'articles', slug, 'index.html'), 'utf8')).toContain('First Vice Premier');
      }
      expect(rendered).toContain('/entities/liu-guozhong/index.html');
      expect(treeDiff(site, cleanBuildOf(dir, 'registry'))).toBe('');
    },
  );
});
