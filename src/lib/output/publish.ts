import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { z } from 'astro/zod';
import { writtenSince } from './astro-files.ts';
import { removeEmptyParents, walkTree } from './files.ts';
import { InventorySchema, treeId, writeJsonAtomic } from './inventory.ts';

/** Where one published site and its build state live. */
export interface PublishPaths {
  /** The published site (`dist/`). */
  target: string;
  /** Astro's cacheDir: its content store, its incremental-build manifest and copies. */
  cacheDir: string;
  /** Astro's own output folder, built in place, never served. */
  work: string;
  /** The inventory of the published site, the commit journal, the marker of a build under way. */
  state: string;
  /** This build's new and changed files, moved into the site by the commit. */
  staging: string;
}

/** The paths for a site published at `target` with Astro's cache at `cacheDir`. */
export function publishPaths(target: string, cacheDir: string): PublishPaths {
  const site = resolve(target);
  const cache = resolve(cacheDir);
  return {
    target: site,
    cacheDir: cache,
    work: join(cache, 'site'),
    state: join(cache, 'publish'),
    staging: join(dirname(site), `.${basename(site)}-staging-${process.pid}`),
  };
}

const JournalSchema = z.object({
  staging: z.string(),
  target: z.string(),
  writes: z.array(z.string()),
  deletes: z.array(z.string()),
  replace: z.boolean(),
});
type Journal = z.infer<typeof JournalSchema>;

const file = (paths: PublishPaths, name: string) => join(paths.state, name);
/** Astro's incremental-build manifest, and the copy of it that matches the published site. */
const astroManifest = (paths: PublishPaths) => join(paths.cacheDir, 'incremental-build.json');
const publishedAstroManifest = (paths: PublishPaths) => file(paths, 'astro-manifest.json');

/** The inventory file of the published site. */
export function inventoryFile(paths: PublishPaths): string {
  return file(paths, 'inventory.json');
}

/**
 * Puts things right after a build that did not finish, before a new one starts. A commit that was cut off
 * is completed from its journal (its moves and removals can be redone). A build that stopped before its
 * commit (killed, or failed) may have written the work tree: every file it wrote there is put back as
 * published (or removed), Astro's cached copy of it is dropped and Astro's manifest goes back to the one
 * of the published build, so nothing of the unfinished build is ever taken for published.
 */
export function recover(paths: PublishPaths, log: (line: string) => void): void {
  const journal = file(paths, 'journal.json');
  if (existsSync(journal)) {
    log('completing the commit an earlier build began');
    finishCommit(paths, JournalSchema.parse(JSON.parse(readFileSync(journal, 'utf8'))));
  }
  const marker = file(paths, 'building.json');
  if (existsSync(marker)) {
    const { started } = z.object({ started: z.number() }).parse(JSON.parse(readFileSync(marker, 'utf8')));
    let restored = 0;
    for (const written of walkTree(paths.work).filter((entry) => writtenSince(entry, started))) {
      const published = join(paths.target, written.path);
      rmSync(join(paths.work, written.path));
      rmSync(join(paths.cacheDir, 'dist', written.path), { force: true });
      if (existsSync(published)) copyFileSync(published, join(paths.work, written.path));
      restored++;
    }
    if (existsSync(publishedAstroManifest(paths))) copyFileSync(publishedAstroManifest(paths), astroManifest(paths));
    else rmSync(astroManifest(paths), { force: true });
    log(`an earlier build did not finish: ${restored} files of the work tree put back as published`);
    rmSync(marker);
  }
  const parent = dirname(paths.target);
  const leftover = new RegExp(`^\\.${basename(paths.target)}-(?:staging|old)-\\d+$`);
  for (const name of existsSync(parent) ? readdirSync(parent) : []) {
    if (leftover.test(name)) rmSync(join(parent, name), { recursive: true, force: true });
  }
}

/** Marks a build as under way (see `recover`); returns its start time. */
export function markBuilding(paths: PublishPaths): number {
  const started = Date.now();
  writeJsonAtomic(file(paths, 'building.json'), { started });
  return started;
}

/**
 * Publishes the staged files. The journal, written in one step, is the point of no return: before it the
 * published site is untouched; after it the moves are completed even if this process is killed (`recover`).
 * A whole new site replaces the old folder by rename; otherwise each file is moved in by rename (atomic per
 * file, new files before removals), so unchanged files stay where they are.
 */
export function commit(
  paths: PublishPaths,
  staged: { writes: string[]; deletes: string[]; replace: boolean; inventory: object },
): void {
  writeJsonAtomic(file(paths, 'inventory.next.json'), staged.inventory);
  const journal: Journal = {
    staging: paths.staging,
    target: paths.target,
    writes: staged.writes,
    deletes: staged.deletes,
    replace: staged.replace,
  };
  writeJsonAtomic(file(paths, 'journal.json'), journal);
  finishCommit(paths, journal);
}

function finishCommit(paths: PublishPaths, journal: Journal): void {
  if (journal.replace) replaceTree(journal);
  else moveFiles(journal);
  rmSync(journal.staging, { recursive: true, force: true });
  const next = file(paths, 'inventory.next.json');
  if (existsSync(next)) {
    const inventory = InventorySchema.omit({ tree: true }).parse(JSON.parse(readFileSync(next, 'utf8')));
    writeJsonAtomic(inventoryFile(paths), { ...inventory, tree: treeId(journal.target) });
    rmSync(next);
  }
  if (existsSync(astroManifest(paths))) copyFileSync(astroManifest(paths), publishedAstroManifest(paths));
  rmSync(file(paths, 'building.json'), { force: true });
  rmSync(file(paths, 'journal.json'), { force: true });
}

function replaceTree({ staging, target }: Journal): void {
  if (!existsSync(staging)) return; // already moved in
  const old = join(dirname(target), `.${basename(target)}-old-${process.pid}`);
  if (existsSync(target)) renameSync(target, old);
  renameSync(staging, target);
  rmSync(old, { recursive: true, force: true });
}

function moveFiles({ staging, target, writes, deletes }: Journal): void {
  const made = new Set<string>();
  for (const path of writes) {
    const from = join(staging, path);
    if (!existsSync(from)) continue; // moved before the process was cut off
    const to = join(target, path);
    if (!made.has(dirname(to))) {
      mkdirSync(dirname(to), { recursive: true });
      made.add(dirname(to));
    }
    renameSync(from, to);
  }
  for (const path of deletes) {
    const gone = join(target, path);
    rmSync(gone, { force: true });
    removeEmptyParents(target, dirname(gone));
  }
}
