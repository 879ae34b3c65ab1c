// `npm run build`: builds into a fresh folder and swaps it into dist/ only when every step succeeded, so a
// broken copy never leaves half a site (or no site) behind. Extra arguments go to `astro build`.
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const DIST = 'dist';
const NEXT = `.dist-next-${process.pid}`;
const PREVIOUS = `.dist-previous-${process.pid}`;

/** Steps after `astro build`, each given the folder being built (a search indexer, say): `[command, ...args]`. */
const afterBuild: ((outDir: string) => string[])[] = [];

const steps = [
  [
    process.execPath,
    join('node_modules', 'astro', 'bin', 'astro.mjs'),
    'build',
    '--outDir',
    NEXT,
    ...process.argv.slice(2),
  ],
  ...afterBuild.map((step) => step(NEXT)),
];

for (const [command, ...args] of steps) {
  const result = spawnSync(command!, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    rmSync(NEXT, { recursive: true, force: true });
    console.error(`\nbuild failed: ${DIST}/ was left as it was${builtAt()}; nothing was published.`);
    process.exit(result.status ?? 1);
  }
}

if (existsSync(DIST)) renameSync(DIST, PREVIOUS);
renameSync(NEXT, DIST);
rmSync(PREVIOUS, { recursive: true, force: true });
console.log(`\nbuild succeeded: ${DIST}/ replaced in one step.`);

function builtAt(): string {
  return existsSync(DIST) ? ` (the site built ${statSync(DIST).mtime.toISOString()})` : ' (there was no earlier build)';
}
