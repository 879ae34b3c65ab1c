import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

/** Where a build writes: the published folder (`<content>/dist`) and Astro's cache (`<content>/cache`) by default. */
export interface BuildPlace {
  outDir?: string;
  cacheDir?: string;
}

/** The environment of a build over a content folder. */
export function buildEnv(contentDir: string, where: BuildPlace = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NA_CONTENT_DIR: contentDir,
    // Its own cache: test files build in parallel, and Astro's incremental build cache is one per cacheDir.
    NA_CACHE_DIR: where.cacheDir ?? join(contentDir, 'cache'),
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
  };
}

/** Differences between two built trees (`diff -r`), empty when they are the same file for file, byte for byte. */
export function treeDiff(a: string, b: string): string {
  const result = spawnSync('diff', ['-r', a, b], { encoding: 'utf8', maxBuffer: 1 << 26 });
  return `${result.stdout}${result.stderr}`;
}

/** A temporary content folder: the real registry plus the given article files. */
export function contentWith(articles: Record<string, string>, entities: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'na-content-'));
  cpSync('content/entities', join(dir, 'entities'), { recursive: true });
  mkdirSync(join(dir, 'articles'));
  for (const [name, text] of Object.entries(articles)) writeFileSync(join(dir, 'articles', name), text);
  for (const [name, text] of Object.entries(entities)) writeFileSync(join(dir, 'entities', name), text);
  return dir;
}

/**
 * Runs a command over a content folder as `npm run build` or `npm run check` would: `build` is the whole
 * build (scripts/build-atomic.ts: Astro, the output step, the commit) into `<contentDir>/dist`; `check` and
 * `sync` are Astro's (`sync` runs the content stage of a build: loaders, schemas, rendering).
 */
export function runAstro(
  command: 'build' | 'check' | 'sync',
  contentDir: string,
  where: BuildPlace = {},
): { status: number | null; output: string } {
  const args =
    command === 'build'
      ? ['scripts/build-atomic.ts', '--outDir', where.outDir ?? join(contentDir, 'dist')]
      : ['node_modules/astro/bin/astro.mjs', command];
  const result = spawnSync(process.execPath, args, {
    env: buildEnv(contentDir, where),
    encoding: 'utf8',
    timeout: 300_000,
  });
  // Astro colours its messages whatever the environment says; compare plain text.
  const output = stripVTControlCharacters(`${result.stdout}\n${result.stderr}`);
  return { status: result.status, output };
}

/** A temporary content folder from fixture folders shaped like `content/`: their articles and stories, the real registry with their entities over it. */
export function contentFromCases(caseDirs: readonly string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'na-content-'));
  cpSync('content/entities', join(dir, 'entities'), { recursive: true });
  mkdirSync(join(dir, 'articles'));
  for (const caseDir of caseDirs) {
    for (const sub of ['articles', 'entities', 'stories']) {
      if (existsSync(join(caseDir, sub))) cpSync(join(caseDir, sub), join(dir, sub), { recursive: true });
    }
  }
  return dir;
}
