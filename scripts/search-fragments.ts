// Reads a built site's search index back: the URL and words of every record, from Pagefind's fragments.
// The build benchmark and the build tests check with it what a reader's search would find.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** The shards of a built site's index (`pagefind/shards.json`). */
export function indexShards(site: string): string[] {
  return JSON.parse(readFileSync(join(site, 'pagefind', 'shards.json'), 'utf8')) as string[];
}

/** Every record of the given shards (all by default): its URL and its words. */
export function indexedRecords(site: string, shards = indexShards(site)): { url: string; content: string }[] {
  return shards.flatMap((shard) => {
    const dir = join(site, 'pagefind', shard, 'fragment');
    return readdirSync(dir).map((name) => {
      const text = gunzipSync(readFileSync(join(dir, name))).toString('utf8');
      return JSON.parse(text.slice(text.indexOf('{'))) as { url: string; content: string };
    });
  });
}

/** The URL of every record of a built site's index. */
export function indexedUrls(site: string): string[] {
  return indexedRecords(site).map((record) => record.url);
}
