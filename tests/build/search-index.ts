import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** The URL of every record in a built site's search index (all shards), read from Pagefind's fragments. */
export function indexedUrls(site: string): string[] {
  const shards = JSON.parse(readFileSync(join(site, 'pagefind', 'shards.json'), 'utf8')) as string[];
  return shards.flatMap((shard) => {
    const dir = join(site, 'pagefind', shard, 'fragment');
    return readdirSync(dir).map((name) => {
      const text = gunzipSync(readFileSync(join(dir, name))).toString('utf8');
      return (JSON.parse(text.slice(text.indexOf('{'))) as { url: string }).url;
    });
  });
}
