import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'astro/zod';
import { BUILD_DATA_DIR, ROUTE_OUTPUTS_FILE } from './build-data.ts';
import { removeEmptyParents, walkTree, type TreeFile } from './files.ts';

/**
 * A file written less than this before the build started still counts as written by it: the file system's
 * clock is coarser than Date.now(). Counting an older file as new costs one comparison, never a wrong page.
 */
const CLOCK_MARGIN_MS = 2000;

/** Whether the build wrote a file (it started at `started`, a Date.now() time). */
export function writtenSince(file: TreeFile, started: number): boolean {
  return file.mtimeMs >= started - CLOCK_MARGIN_MS;
}

/** What Astro's part of the build changed, as the output step stages it. */
export interface AstroChanges {
  /** Every file of Astro's in the site after this build. */
  current: string[];
  /** Files copied into the staging folder: new, or different from the published ones. */
  writes: string[];
  /** Published files that no route, bundle or public file makes any more. */
  deletes: string[];
  /** Files of the work tree that no route made this build (a removed article's page), removed from it. */
  pruned: number;
}

/**
 * Astro builds into a work tree of its own, in place (`vite.build.emptyOutDir: false`), so a page it copies
 * from its cache is not written at all. Its files are the routes' outputs (listed by the route-outputs
 * integration, cached or not) and whatever was written this build (bundles, the public folder, the sitemap);
 * anything else is stale and removed. A file written this build is staged when it differs from the
 * published one; with no published inventory (`published` undefined) every file is staged.
 */
export function stageAstroFiles(options: {
  work: string;
  target: string;
  staging: string;
  started: number;
  published: readonly string[] | undefined;
}): AstroChanges {
  const { work, target, staging, started, published } = options;
  const routes = new Set(z.array(z.string()).parse(JSON.parse(readFileSync(join(work, ROUTE_OUTPUTS_FILE), 'utf8'))));
  const before = new Set(published);
  const current: string[] = [];
  const writes: string[] = [];
  let pruned = 0;
  for (const file of walkTree(work)) {
    const written = writtenSince(file, started);
    if (!routes.has(file.path) && !written && file.path !== ROUTE_OUTPUTS_FILE) {
      rmSync(join(work, file.path));
      removeEmptyParents(work, dirname(join(work, file.path)));
      pruned++;
      continue;
    }
    if (file.path.startsWith(`${BUILD_DATA_DIR}/`)) continue;
    current.push(file.path);
    // A file the build did not write is the published one, unless the site never had it.
    if (published && !written && before.has(file.path)) continue;
    if (published && sameBytes(join(work, file.path), join(target, file.path))) continue;
    mkdirSync(dirname(join(staging, file.path)), { recursive: true });
    copyFileSync(join(work, file.path), join(staging, file.path));
    writes.push(file.path);
  }
  const now = new Set(current);
  return { current: current.sort(), writes, deletes: (published ?? []).filter((path) => !now.has(path)), pruned };
}

function sameBytes(a: string, b: string): boolean {
  return existsSync(b) && readFileSync(a).equals(readFileSync(b));
}
