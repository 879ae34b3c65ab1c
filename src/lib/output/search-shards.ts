import { createHash } from 'node:crypto';
import { readdirSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import type { SearchRecord } from '../search-records.ts';

/** The folder of the search index in the site; `shards.json` there lists the shards, the first one primary. */
export const SEARCH_DIR = 'pagefind';
/** The shard of the registry's records, apart from the articles' (it changes only with the registry). */
export const ENTITY_SHARD = 'entities';
/** At most this many articles to a shard (a power of two of shards); an edit re-indexes one shard. */
const ARTICLES_PER_SHARD = 320;

/** How many article shards an archive of n articles has: a power of two, so growth splits shards in two. */
export function shardCount(articles: number): number {
  let count = 1;
  while (articles / count > ARTICLES_PER_SHARD) count *= 2;
  return count;
}

/** The shard an article's records go to: fixed by its slug, so an edit touches one shard. */
export function articleShard(slug: string, count: number): string {
  return `a${createHash('sha256').update(slug).digest().readUInt32BE(0) % count}`;
}

/** Pagefind's own search interfaces; the site has its own (src/scripts/site-search.ts). */
const UNUSED = /^pagefind-(?:component-ui|modular-ui|ui|highlight)\.(?:js|css)$/;

/**
 * Writes one shard's Pagefind index into `<root>/pagefind/<shard>/`, the records in the order given (the
 * index is then the same byte for byte whenever the records are). Returns the files written, relative to root.
 */
export async function writeShard(root: string, shard: string, records: readonly SearchRecord[], language: string) {
  const outputPath = join(root, SEARCH_DIR, shard);
  const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  const added = await Promise.all(records.map((record) => index.addCustomRecord({ ...record, language })));
  const failed = added.findIndex((result) => result.errors.length > 0);
  if (failed >= 0) throw new Error(`Pagefind: ${records[failed]!.url}: ${added[failed]!.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await index.deleteIndex();
  const files: string[] = [];
  for (const entry of readdirSync(outputPath, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    if (UNUSED.test(entry.name)) rmSync(path);
    else files.push(relative(root, path).split(sep).join('/'));
  }
  return files.sort();
}

/** Ends Pagefind's service process. */
export function closeSearch(): Promise<null> {
  return pagefind.close();
}
