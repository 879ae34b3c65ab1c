import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCopyText } from '../../src/lib/copy-checks.ts';
import { contentFromCases, runAstro } from './build-runner.ts';

// The bad-input corpus (tests/fixtures/bad/manifest.json): every case's message is checked here. One file,
// so that the real Astro runs never overlap (they share Astro's cache).
interface RejectCase {
  case: string;
  file: string;
  message: string;
  stage: 'copy-check' | 'sync';
  build: boolean;
}
interface AcceptCase {
  case: string;
  outcome: string;
  present: string[];
  absent: string[];
  buildWarning?: string;
}
const BAD = 'tests/fixtures/bad';
const manifest = JSON.parse(readFileSync(join(BAD, 'manifest.json'), 'utf8')) as {
  reject: RejectCase[];
  accept: AcceptCase[];
};
const BUILD_TIMEOUT = 180_000;
const HUGE = 'huge-copy';

/** A content folder for one case; the 5 MB copy is written here rather than committed. */
function caseContent(name: string): string {
  if (name !== HUGE) return contentFromCases([join(BAD, name)]);
  const dir = contentFromCases([]);
  writeFileSync(join(dir, 'articles', `${HUGE}.md`), hugeCopy());
  return dir;
}

function hugeCopy(): string {
  const seed = readFileSync('content/articles/china-delegation-north-korea.md', 'utf8');
  const paragraph = '\nChina will send a delegation to North Korea on Saturday, the agency said.\n';
  return seed + paragraph.repeat(Math.ceil((5 * 1024 * 1024) / paragraph.length));
}

function caseText(name: string, file: string): string {
  return name === HUGE ? hugeCopy() : readFileSync(join(BAD, name, 'articles', file), 'utf8');
}

describe('the corpus', () => {
  it('has at least 30 broken or hostile copies, each with a folder or a generator', () => {
    expect(manifest.reject.length + manifest.accept.length).toBeGreaterThanOrEqual(30);
    for (const { case: name } of [...manifest.reject, ...manifest.accept]) {
      if (name !== HUGE) expect(existsSync(join(BAD, name, 'articles')), name).toBe(true);
    }
  });
});

describe('a copy the checks before Astro reject', () => {
  it.each(manifest.reject.filter((c) => c.stage === 'copy-check').map((c) => [c.case, c] as const))(
    '%s',
    (name, { file, message }) => {
      const problem = checkCopyText(`articles/${file}`, caseText(name, file));
      expect(problem?.message).toContain(`articles/${file}`);
      expect(problem?.message).toContain(message);
    },
  );
});

describe('a broken copy stops the content stage of the build', () => {
  it.each(manifest.reject.filter((c) => c.stage === 'sync').map((c) => [c.case, c] as const))(
    '%s',
    (name, { file, message }) => {
      const { status, output } = runAstro('sync', caseContent(name));
      expect(status).not.toBe(0);
      expect(output).toContain(basename(file));
      expect(output).toContain(message);
    },
    BUILD_TIMEOUT,
  );
});

describe('a broken copy stops a real build', () => {
  it.each(manifest.reject.filter((c) => c.build).map((c) => [c.case, c] as const))(
    '%s',
    (name, { file, message }) => {
      const { status, output } = runAstro('build', caseContent(name));
      expect(status).not.toBe(0);
      expect(output).toContain(basename(file));
      expect(output).toContain(message);
    },
    BUILD_TIMEOUT,
  );

  it(
    'astro check fails on a broken copy too',
    () => {
      const { status, output } = runAstro('check', caseContent('title-missing'));
      expect(status).not.toBe(0);
      expect(output).toContain('title-missing.md');
      expect(output).toContain('title: required: the headline as text');
    },
    BUILD_TIMEOUT,
  );
});

describe('hostile copies are published without the danger (one real build of them all)', () => {
  const dir = contentFromCases(manifest.accept.map((c) => join(BAD, c.case)));
  let build: { status: number | null; output: string } | undefined;
  const built = () => (build ??= runAstro('build', dir));
  const page = (name: string) => readFileSync(join(dir, 'dist', 'articles', name, 'index.html'), 'utf8');
  const body = (html: string) => html.slice(html.indexOf('<main'), html.indexOf('</main>'));

  it('builds', () => expect(built().status, built().output).toBe(0), BUILD_TIMEOUT);

  it.each(manifest.accept.map((c) => [c.case, c] as const))('%s', (name, { present, absent, buildWarning }) => {
    expect(built().status).toBe(0);
    const html = body(page(name));
    for (const text of present) expect(html).toContain(text);
    for (const text of absent) expect(html).not.toContain(text);
    if (buildWarning) expect(built().output).toContain(buildWarning);
  });
});

describe('a failed build loses nothing', () => {
  it(
    'leaves the previous dist/ as it was and says so',
    () => {
      const before = readFileSync('dist/index.html', 'utf8');
      const result = spawnSync(process.execPath, ['scripts/build-atomic.ts'], {
        env: { ...process.env, NA_CONTENT_DIR: caseContent('empty-body'), ASTRO_TELEMETRY_DISABLED: '1' },
        encoding: 'utf8',
        timeout: BUILD_TIMEOUT,
      });
      expect(result.status).not.toBe(0);
      expect(result.stderr).toContain('build failed: dist/ was left as it was');
      expect(readFileSync('dist/index.html', 'utf8')).toBe(before);
      expect(readdirSync('.').filter((name) => name.startsWith('.dist-'))).toEqual([]);
    },
    BUILD_TIMEOUT,
  );
});
