import { getCollection } from 'astro:content';
import { cacheKey } from './cache-key.ts';
import { readAnchorLock } from './share/anchor-lock-file.ts';
import { storyOfArticle } from './stories/story-corpus.ts';

let keyed: ReturnType<typeof keyedArticles> | undefined;

/**
 * `getStaticPaths` for every per-article route: one path per article, the entry and the link to its story as
 * props. The cache key covers what an article page shows besides its entry (whose rendered analysis it holds by
 * reference): the registry's names, the editor's anchor moves and the story link. Computed once per build for all
 * the routes.
 */
export async function articlePaths() {
  keyed ??= keyedArticles();
  // Fresh objects for each route: Astro keeps its own state on the paths it is given.
  return (await keyed).map(({ entry, story, key }) => ({
    params: { slug: entry.id },
    props: { entry, story },
    cacheKey: key,
  }));
}

async function keyedArticles() {
  const [articles, registry] = await Promise.all([getCollection('articles'), getCollection('entities')]);
  const registryKey = cacheKey(registry.map((entity) => entity.data));
  return Promise.all(
    articles.map(async (entry) => {
      const story = await storyOfArticle(entry.data.story);
      return { entry, story, key: cacheKey(entry, registryKey, readAnchorLock(entry.id), story) };
    }),
  );
}
