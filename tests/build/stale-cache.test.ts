import { cpSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentWith, runAstro, treeDiff } from './build-runner.ts';

const seed = readFileSync('content/articles/china-delegation-north-korea.md', 'utf8');
const TIMEOUT = 600_000;

// Real builds: what an older build left behind (its record of the published site, the site itself) is only
// used when it provably matches; otherwise the output step makes everything again.
describe('what an older build left', () => {
  const dir = contentWith({ 'story.md': seed });
  const site = join(dir, 'dist');
  const inventory = join(dir, 'cache', 'publish', 'inventory.json');
  const sharePage = join(site, 'articles', 'story', 's', 'p-this-week-the-peoples-republic', 'index.html');

  it('is made once', { timeout: TIMEOUT }, () => {
    const first = runAstro('build', dir);
    expect(first.status, first.output).toBe(0);
    cpSync(site, join(dir, 'first'), { recursive: true });
  });

  it(
    'is not trusted when older output code recorded it: every article and shard is made again',
    { timeout: TIMEOUT },
    () => {
      const recorded = JSON.parse(readFileSync(inventory, 'utf8')) as { articleCode: string };
      writeFileSync(inventory, JSON.stringify({ ...recorded, articleCode: 'the digest of older code' }));
      writeFileSync(sharePage, '<!doctype html><title>made by older code</title>');
      const next = runAstro('build', dir);
      expect(next.status, next.output).toBe(0);
      expect(next.output).toMatch(/articles: 1 of 1 changed/);
      expect(next.output).toMatch(/search, beside the articles: 2 of 2 shards indexed/);
      expect(treeDiff(site, join(dir, 'first'))).toBe('');
    },
  );

  it(
    'is not trusted for another tree than the one it describes: the whole site is published again',
    { timeout: TIMEOUT },
    () => {
      // A site put back by hand (a restore from a backup, say) is another folder, whatever it holds.
      renameSync(site, join(dir, 'moved'));
      cpSync(join(dir, 'moved'), site, { recursive: true });
      rmSync(join(dir, 'moved'), { recursive: true });
      writeFileSync(join(site, 'index.html'), 'edited by hand');
      const next = runAstro('build', dir);
      expect(next.status, next.output).toBe(0);
      expect(next.output).toContain('the whole site replaced in one step');
      expect(treeDiff(site, join(dir, 'first'))).toBe('');
    },
  );
});
