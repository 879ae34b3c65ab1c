import { getCollection } from 'astro:content';
import { cacheKey } from './cache-key.ts';
import { readAnchorLock } from './share/anchor-lock-file.ts';

/**
 * `getStaticPaths` for every per-article route: one path per article, the entry as a prop. The cache key
 * covers what an article page shows besides its entry: the registry's names and the editor's anchor moves.
 */
export async function articlePaths() {
  const [articles, registry] = await Promise.all([getCollection('articles'), getCollection('entities')]);
  const registryKey = cacheKey(registry.map((entity) => entity.data));
  return articles.map((entry) => ({
    params: { slug: entry.id },
    props: { entry },
    cacheKey: cacheKey(entry, registryKey, readAnchorLock(entry.id)),
  }));
}
