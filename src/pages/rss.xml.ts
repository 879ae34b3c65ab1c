import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { articleSummaryView, newestFirst } from '../lib/article-view.ts';
import { SITE } from '../site.ts';

/** How many articles the feed carries: readers poll it, and the archive has the rest. */
const FEED_ITEMS = 50;

/** The RSS feed of the newest articles, newest first. */
export const GET: APIRoute = async (context) => {
  const articles = newestFirst(await getCollection('articles')).slice(0, FEED_ITEMS);
  return rss({
    title: SITE.name,
    description: SITE.tagline,
    site: context.site ?? SITE.url,
    trailingSlash: true,
    items: articles.map((entry) => {
      const view = articleSummaryView(entry);
      return {
        title: view.title,
        link: view.href,
        pubDate: new Date(entry.data.published),
        description: view.summary,
        categories: entry.data.tags,
        ...(entry.data.byline ? { author: entry.data.byline } : {}),
      };
    }),
    customData: `<language>${SITE.lang}</language>`,
  });
};
