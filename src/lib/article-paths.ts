import { getCollection } from 'astro:content';

/** `getStaticPaths` for every per-article route: one path per article, the entry as a prop. */
export async function articlePaths() {
  const articles = await getCollection('articles');
  return articles.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
