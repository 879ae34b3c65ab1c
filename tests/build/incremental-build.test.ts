import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtRoutes } from '../../scripts/build-log.ts';
import { contentWith, runAstro } from './build-runner.ts';

const seed = readFileSync('content/articles/china-delegation-north-korea.md', 'utf8');
const ADDED = 'A paragraph the editor added to the second copy.';

/** The paths a build rendered and the ones it copied from the last build, from Astro's log. */
function routes(output: string): { rendered: string[]; copied: string[] } {
  const all = builtRoutes(output);
  return {
    rendered: all.filter((route) => route.ms !== undefined).map((route) => route.path),
    copied: all.filter((route) => route.ms === undefined).map((route) => route.path),
  };
}

// Real builds over two copies: a rebuild renders only what an edit touched, and never serves a stale page.
describe('incremental builds', () => {
  it(
    'copies unchanged pages, renders the edited article again, and redoes every page a registry edit touches',
    { timeout: 540_000 },
    () => {
      const dir = contentWith({ 'first.md': seed, 'second.md': seed });
      const clean = runAstro('build', dir);
      expect(clean.status, clean.output).toBe(0);
      expect(routes(clean.output).copied).toEqual([]);

      writeFileSync(join(dir, 'articles', 'second.md'), `${seed.trimEnd()}\n\n${ADDED}\n`);
      const edited = runAstro('build', dir);
      expect(edited.status, edited.output).toBe(0);
      const afterEdit = routes(edited.output);
      expect(afterEdit.copied).toContain('/articles/first/index.html');
      expect(afterEdit.copied).toContain('/articles/first/og.png');
      expect(afterEdit.copied.filter((path) => path.startsWith('/articles/first/s/')).length).toBeGreaterThan(10);
      expect(afterEdit.rendered).toContain('/articles/second/index.html');
      expect(afterEdit.rendered).toContain('/articles/second/analysis.json');
      expect(afterEdit.rendered.filter((path) => path.startsWith('/articles/first/'))).toEqual([]);
      expect(readFileSync(join(dir, 'dist', 'articles', 'second', 'index.html'), 'utf8')).toContain(ADDED);
      expect(readFileSync(join(dir, 'dist', 'articles', 'first', 'index.html'), 'utf8')).not.toContain(ADDED);

      const entity = join(dir, 'entities', 'liu-guozhong.yaml');
      writeFileSync(
        entity,
        readFileSync(entity, 'utf8').replace('role: Vice Premier of China', 'role: First Vice Premier'),
      );
      const registry = runAstro('build', dir);
      expect(registry.status, registry.output).toBe(0);
      const afterRegistry = routes(registry.output);
      for (const slug of ['first', 'second']) {
        expect(afterRegistry.rendered).toContain(`/articles/${slug}/index.html`);
        expect(readFileSync(join(dir, 'dist', 'articles', slug, 'index.html'), 'utf8')).toContain('First Vice Premier');
      }
      expect(afterRegistry.rendered).toContain('/entities/liu-guozhong/index.html');
    },
  );
});
