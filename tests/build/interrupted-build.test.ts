import { spawn } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildEnv, contentWith, runAstro, treeDiff } from './build-runner.ts';

const seed = readFileSync('content/articles/china-delegation-north-korea.md', 'utf8');
const TIMEOUT = 900_000;

/** Starts `npm run build`'s script and kills it (and Astro under it) as soon as its output matches `when`. */
function killWhen(dir: string, when: RegExp, env: Record<string, string> = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/build-atomic.ts', '--outDir', join(dir, 'dist')], {
      env: { ...buildEnv(dir), ...env },
      detached: true,
    });
    let output = '';
    let killed = false;
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (!killed && when.test(output)) {
        killed = true;
        process.kill(-child.pid!, 'SIGKILL');
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('error', reject);
    child.on('exit', () =>
      killed ? resolve(output) : reject(new Error(`the build ended before ${when}:\n${output}`)),
    );
  });
}

// Real builds killed at two points: while Astro writes pages, and while the output step stages them. The
// published site stays as it was; the next build sets the work tree right and publishes what a clean build would.
describe('an interrupted build', () => {
  const dir = contentWith({ 'first.md': seed, 'second.md': seed });
  const site = join(dir, 'dist');
  const edit = (words: string) => writeFileSync(join(dir, 'articles', 'second.md'), `${seed.trimEnd()}\n\n${words}\n`);
  const cleanBuild = (name: string) => {
    const outDir = join(dir, `clean-${name}`);
    const clean = runAstro('build', dir, { outDir, cacheDir: join(dir, `clean-cache-${name}`) });
    expect(clean.status, clean.output).toBe(0);
    return outDir;
  };
  const kept = (name: string) => {
    const copy = join(dir, `published-${name}`);
    cpSync(site, copy, { recursive: true });
    return copy;
  };

  it('starts from a published site', { timeout: TIMEOUT }, () => {
    const first = runAstro('build', dir);
    expect(first.status, first.output).toBe(0);
  });

  it(
    'killed while Astro writes pages: the site as it was, and an edit undone before the next build is not published',
    { timeout: TIMEOUT },
    async () => {
      const before = kept('astro');
      // Inside a paragraph, so that no anchor changes (the anchor lock records anchors as soon as a copy is read).
      writeFileSync(
        join(dir, 'articles', 'second.md'),
        seed.replace('hermit Kingdom', 'hermit Kingdom, never published'),
      );
      // The hold is a safety net: a kill that lands after Astro has finished still finds the build before its commit.
      await killWhen(dir, /\/articles\/second\/index\.html \(\+/, { NA_HOLD_BEFORE_COMMIT: '1' });
      expect(treeDiff(site, before)).toBe('');
      // The killed build wrote the edited page into Astro's folder; the copy goes back as it was published, so
      // Astro's key for the page is the published one again: only the recovery keeps the killed page out.
      writeFileSync(join(dir, 'articles', 'second.md'), seed);
      const next = runAstro('build', dir);
      expect(next.status, next.output).toBe(0);
      expect(next.output).toContain('an earlier build did not finish');
      expect(readFileSync(join(site, 'articles', 'second', 'index.html'), 'utf8')).not.toContain('never published');
      expect(treeDiff(site, cleanBuild('astro'))).toBe('');
    },
  );

  it(
    'killed in the output step: the site as it was, and the next build publishes the edit',
    { timeout: TIMEOUT },
    async () => {
      const before = kept('output');
      edit('A paragraph published by the build after the killed one.');
      // Staged in full, not committed: the build holds there until it is killed.
      await killWhen(dir, /\[output\] holding before the commit/, { NA_HOLD_BEFORE_COMMIT: '1' });
      expect(treeDiff(site, before)).toBe('');
      const next = runAstro('build', dir);
      expect(next.status, next.output).toBe(0);
      expect(next.output).toContain('an earlier build did not finish');
      expect(readFileSync(join(site, 'articles', 'second', 'index.html'), 'utf8')).toContain(
        'published by the build after',
      );
      expect(treeDiff(site, cleanBuild('output'))).toBe('');
    },
  );
});
