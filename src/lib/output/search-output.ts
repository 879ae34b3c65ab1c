import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SearchRecord } from '../search-records.ts';
import { digestOf as digest } from './digest.ts';
import type { Inventory } from './inventory.ts';
import { articleShard, closeSearch, ENTITY_SHARD, SEARCH_DIR, shardCount, writeShard } from './search-shards.ts';

/** The list of shards the search page loads, the first one primary. */
export const SHARD_LIST_FILE = `${SEARCH_DIR}/shards.json`;

/**
 * The search index in shards: the registry's records in one, each article's in the shard its slug falls
 * in. Only a shard whose records changed is indexed again; the search page merges the shards at query
 * time (Pagefind's `mergeIndex`).
 */
export async function stageSearch(options: {
  staging: string;
  /** The published site, when the commit moves files into it (a file it holds already is not staged). */
  target: string | undefined;
  language: string;
  /** The output code's digest: a change re-indexes every shard. */
  code: string;
  /** Every article with the hash of its records. */
  articles: Inventory['articles'];
  entities: { hash: string; records: () => SearchRecord[] };
  recordsOf: (slug: string) => SearchRecord[];
  published: Inventory['search'] | undefined;
}): Promise<{ shards: Inventory['search']; writes: string[]; deletes: string[]; report: string }> {
  const slugs = Object.keys(options.articles).sort();
  const count = shardCount(slugs.length);
  const members = new Map<string, string[]>();
  for (const slug of slugs) {
    const shard = articleShard(slug, count);
    members.set(shard, [...(members.get(shard) ?? []), slug]);
  }
  const names = [...members.keys()].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
  const wanted = new Map<string, { hash: string; records: () => SearchRecord[] }>([
    [ENTITY_SHARD, { hash: digest(options.code, options.entities.hash), records: options.entities.records }],
    ...names.map((name): [string, { hash: string; records: () => SearchRecord[] }] => {
      const slugsOf = members.get(name)!;
      return [
        name,
        {
          hash: digest(
            options.code,
            options.language,
            ...slugsOf.map((slug) => `${slug}:${options.articles[slug]!.records}`),
          ),
          records: () => slugsOf.flatMap(options.recordsOf),
        },
      ];
    }),
  ]);
  const shards: Inventory['search'] = {};
  // Pagefind names chunks and fragments by their content, so most files of a re-indexed shard are already
  // published byte for byte: those are left where they are.
  const published = (file: string) => {
    if (!options.target) return false;
    const staged = join(options.staging, file);
    const live = join(options.target, file);
    if (!existsSync(live) || !readFileSync(staged).equals(readFileSync(live))) return false;
    rmSync(staged);
    return true;
  };
  const changed = [...wanted].filter(([name, { hash }]) => options.published?.[name]?.hash !== hash);
  let indexed = 0;
  try {
    // One shard at a time: Pagefind's service holds the records of the shards it is building.
    for (const [name, { hash, records }] of changed) {
      const all = records();
      indexed += all.length;
      shards[name] = { hash, files: await writeShard(options.staging, name, all, options.language) };
    }
  } finally {
    await closeSearch();
  }
  for (const [name] of wanted) shards[name] ??= options.published![name]!;
  const list = JSON.stringify([ENTITY_SHARD, ...names]);
  const listHash = digest(list);
  const writes = changed.flatMap(([name]) => shards[name]!.files.filter((file) => !published(file)));
  if (options.published?.[SHARD_LIST_FILE]?.hash !== listHash) {
    mkdirSync(join(options.staging, SEARCH_DIR), { recursive: true });
    writeFileSync(join(options.staging, SHARD_LIST_FILE), list);
    if (!published(SHARD_LIST_FILE)) writes.push(SHARD_LIST_FILE);
  }
  shards[SHARD_LIST_FILE] = { hash: listHash, files: [SHARD_LIST_FILE] };
  const deletes = Object.entries(options.published ?? {}).flatMap(([name, before]) => {
    const now = new Set(shards[name]?.files);
    return before.files.filter((file) => !now.has(file));
  });
  const report =
    `${changed.length} of ${wanted.size} shards indexed (${indexed} records), ` +
    `${writes.length} files new or changed, ${deletes.length} removed`;
  return { shards, writes, deletes, report };
}
