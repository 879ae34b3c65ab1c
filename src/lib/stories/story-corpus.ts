import { getCollection } from 'astro:content';
import type { Comparison } from '../../schemas/comparison.ts';
import type { Story } from '../../schemas/story.ts';
import { cacheKey } from '../cache-key.ts';
import { corpusArticles } from '../corpus.ts';
import { compareCopies } from './compare-copies.ts';

/** A story with the comparison of the copies that name it. */
export interface StoryComparison {
  story: Story;
  comparison: Comparison;
  /** Digest of the data its pages show (the incremental build's cache key). */
  key: string;
}

let stories: Promise<StoryComparison[]> | undefined;

/** Every story of `content/stories/` with its comparison, computed once per build (a story no copy names has none). */
export function storyComparisons(): Promise<StoryComparison[]> {
  stories ??= Promise.all([getCollection('stories'), getCollection('articles'), corpusArticles()]).then(
    ([storyEntries, entries, articles]) => {
      const bySlug = new Map(articles.map((article) => [article.slug, article]));
      return storyEntries.map(({ data: story }) => {
        const copies = entries
          .filter((entry) => entry.data.story === story.id)
          .map((entry) => {
            const article = bySlug.get(entry.id)!;
            return {
              slug: article.slug,
              outlet: article.outlet,
              title: article.title,
              published: article.day,
              language: entry.data.language,
              href: article.href,
              url: entry.data.url,
              analysis: article.analysis,
            };
          });
        const comparison = compareCopies(copies, story);
        return { story, comparison, key: cacheKey(story, comparison) };
      });
    },
  );
  return stories;
}

/** The story an article tells, for its page's link: `/stories/<id>/` and the story's title. */
export async function storyOfArticle(
  storyId: string | undefined,
): Promise<{ href: string; title: string; copies: number } | undefined> {
  if (storyId === undefined) return undefined;
  const found = (await storyComparisons()).find(({ story }) => story.id === storyId);
  return found && { href: storyHref(storyId), title: found.story.title, copies: found.comparison.copies.length };
}

/** The page of a story. */
export function storyHref(id: string): string {
  return `/stories/${id}/`;
}
