// `npm run build [-- --outDir <dir>] [--force]`: builds the site and publishes what changed.
// Astro builds in place into a work tree of its own (node_modules/.astro/site/); the output step stages
// what differs from the published site (Astro's changed pages, each changed article's share pages and
// preview images, each changed search shard) and a commit moves it in. Until the commit, the published
// site is untouched; a failed or killed build leaves it as it was. Other arguments go to `astro build`.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { inventoryFile, commit, markBuilding, publishPaths, recover } from '../src/lib/output/publish.ts';
import { readInventory } from '../src/lib/output/inventory.ts';
import { DRAW_EARLY } from '../src/lib/output/og-prefetch.ts';
import { stageSite } from '../src/lib/output/stage.ts';
import { SITE } from '../src/site.ts';

let outDir = 'dist';
let force = false;
const passed: string[] = [];
for (let i = 2; i < process.argv.length; i++) {
  const arg = process.argv[i]!;
  if (arg === '--force') force = true;
  else if (arg === '--outDir') outDir = process.argv[++i]!;
  else if (arg.startsWith('--outDir=')) outDir = arg.slice('--outDir='.length);
  else passed.push(arg);
}
const paths = publishPaths(outDir, process.env.NA_CACHE_DIR ?? join('node_modules', '.astro'));
const log = (line: string) => console.log(`[output] ${line}`);

recover(paths, log);
const started = markBuilding(paths);
const astro = spawnSync(
  process.execPath,
  [
    join('node_modules', 'astro', 'bin', 'astro.mjs'),
    'build',
    '--outDir',
    paths.work,
    ...(force ? ['--force'] : []),
    ...passed,
  ],
  // The content layer starts drawing the preview images of new copies while Astro renders its pages.
  { stdio: 'inherit', env: { ...process.env, [DRAW_EARLY]: '1' } },
);
if (astro.status !== 0) fail(astro.status ?? 1, 'astro build failed');

try {
  const published = force ? undefined : readInventory(inventoryFile(paths), paths.target);
  const staged = await stageSite({ ...paths, started, published, language: SITE.lang });
  for (const line of staged.report) log(line);
  // Fault injection for tests/build/interrupted-build.test.ts: everything staged, nothing committed, the build
  // waits to be killed (without it a kill on the last staging line races the commit).
  if (process.env.NA_HOLD_BEFORE_COMMIT) {
    log('holding before the commit');
    await new Promise((resolve) => setTimeout(resolve, 60_000));
  }
  const committing = performance.now();
  commit(paths, staged);
  const how = staged.replace ? 'the whole site replaced in one step' : 'moved in file by file';
  log(
    `published ${staged.writes.length} files, removed ${staged.deletes.length} (${how}) in ${((performance.now() - committing) / 1000).toFixed(1)} s`,
  );
} catch (error) {
  rmSync(paths.staging, { recursive: true, force: true });
  console.error(error);
  fail(1, 'the output step failed');
}

function fail(status: number, why: string): never {
  console.error(`\nbuild failed: ${outDir.replace(/\/$/, '')}/ was left as it was; nothing was published (${why}).`);
  process.exit(status);
}
