import { getCollection } from 'astro:content';
import { articleSummaryView, newestFirst, type ArticleSummaryView } from './article-view.ts';
import { cacheKey } from './cache-key.ts';
import { paginate, type Paged } from './paging.ts';

/** How many articles a page of the home page lists. */
export const ARTICLES_PER_PAGE = 30;

/** `getStaticPaths` of the home page and its further pages (`/page/<n>/`): the articles, newest first. */
export async function homePaths() {
  const articles = newestFirst(await getCollection('articles')).map(articleSummaryView);
  return paginate('/', articles, ARTICLES_PER_PAGE).map((page) => ({
    params: { page: page.param },
    props: { page },
    cacheKey: cacheKey(page),
  }));
}

/** Props of one page of the home page. */
export interface HomePageProps {
  page: Paged<ArticleSummaryView>;
}
