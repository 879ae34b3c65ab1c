// `npm run build:archive`: an archive big enough to page every paged view (400 copies from the bench
// corpus, 50 more registry entries, published within a month), built like the site into test-output/archive-site with its own cache.
// tests/browser/paging.spec.ts reads it (served on ARCHIVE_PORT by playwright.config.ts).
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from './bench-corpus.ts';

const CONTENT = join('test-output', 'archive-content');
rmSync(CONTENT, { recursive: true, force: true });
// Publication dates within 30 days, so that some months hold more events than one page shows.
generate(CONTENT, 400, 50, 30);
const build = spawnSync(
  process.execPath,
  ['scripts/build-atomic.ts', '--outDir', join('test-output', 'archive-site')],
  {
    stdio: 'inherit',
    env: { ...process.env, NA_CONTENT_DIR: CONTENT, NA_CACHE_DIR: join('node_modules', '.astro-archive') },
  },
);
process.exit(build.status ?? 1);
