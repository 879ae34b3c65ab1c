import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentWith, runAstro } from './build-runner.ts';

const seed = readFileSync('content/articles/china-delegation-north-korea.md', 'utf8');
const OLD = 'p-putin-wants-north-koreas-antitank';
const NEW = 'p-president-putin-wants-north-koreas';

// Real builds: publish, edit a paragraph so that its anchor changes, see the build stop, map it, see it land.
describe('the anchor lock in a real build', () => {
  it('records anchors, stops on a lost one, and honours the mapping', { timeout: 540_000 }, () => {
    const dir = contentWith({ 'story.md': seed });
    const lockPath = join(dir, 'anchors', 'story.json');

    const first = runAstro('build', dir);
    expect(first.status, first.output).toBe(0);
    // One line tells the editor to commit the new lock; the build warns about nothing else (no Shiki/CSP).
    const commitLines = first.output.split('\n').filter((line) => line.includes('commit it'));
    expect(commitLines).toEqual([
      expect.stringMatching(/anchors\/story\.json: new anchor lock written: commit it with .*story\.md, so that links/),
    ]);
    expect(first.output).not.toContain('[WARN] [config]');
    const lock = JSON.parse(readFileSync(lockPath, 'utf8')) as { anchors: string[]; moved: Record<string, string> };
    expect(lock.anchors).toContain(OLD);

    writeFileSync(
      join(dir, 'articles', 'story.md'),
      seed.replace('Putin wants North Korea’s', 'President Putin wants North Korea’s'),
    );
    const broken = runAstro('build', dir);
    expect(broken.status).not.toBe(0);
    expect(broken.output).not.toContain('commit it');
    expect(broken.output).toContain(
      'story.md: anchors: the published anchor "p-putin-wants-north-koreas-antitank" no longer exists',
    );
    expect(broken.output).toContain(`"moved": { "${OLD}": "<new anchor>" } (new p anchors: ${NEW})`);

    writeFileSync(lockPath, JSON.stringify({ ...lock, moved: { [OLD]: NEW } }));
    const mapped = runAstro('build', dir);
    expect(mapped.status, mapped.output).toBe(0);
    const sharePage = join(dir, 'dist', 'articles', 'story', 's', OLD, 'index.html');
    expect(existsSync(sharePage)).toBe(true);
    expect(readFileSync(sharePage, 'utf8')).toContain(`url=/articles/story/#${NEW}`);
    const article = readFileSync(join(dir, 'dist', 'articles', 'story', 'index.html'), 'utf8');
    expect(article).toContain(`"${OLD}":"${NEW}"`);
    expect(article).toContain(`id="${NEW}"`);
  });
});
