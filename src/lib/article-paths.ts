import { getCollection } from 'astro:content';
import { cacheKey } from './cache-key.ts';
import { readAnchorLock } from './share/anchor-lock-file.ts';
import { storyOfArticle } from './stories/story-corpus.ts';

/**
 * `getStaticPaths` for every per-article route: one path per article, the entry and the link to its story
 * as props. The cache key covers what an article page shows besides its entry: the registry's names, the
 * editor's anchor moves and the story link.
 */
export async function articlePaths() {
  const [articles, registry] = await Promise.all([getCollection('articles'), getCollection('entities')]);
  const registryKey = cacheKey(registry.map((entity) => entity.data));
  return Promise.all(
    articles.map(async (entry) => {
      const story = await storyOfArticle(entry.data.story);
      return {
        params: { slug: entry.id },
        props: { entry, story },
        cacheKey: cacheKey(entry, registryKey, readAnchorLock(entry.id), story),
      };
    }),
  );
}
