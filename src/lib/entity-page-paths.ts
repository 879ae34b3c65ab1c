import { cacheKey } from './cache-key.ts';
import type { CorpusArticle } from './corpus-article.ts';
import { corpusArticles, corpusEntityPages } from './corpus.ts';
import { entityProfile, type EntityArticleView, type EntityProfileView, type EntityQuoteView } from './entity-pages.ts';
import { paginate, type PageNav } from './paging.ts';

/** How many articles a page of an entity lists (with their quotations and events). */
export const ARTICLES_PER_ENTITY_PAGE = 50;

/** Props of one page of an entity: its profile, a page of its articles, their quotations and analyses. */
export interface EntityPageProps {
  profile: EntityProfileView;
  nav: PageNav;
  articles: EntityArticleView[];
  quotes: EntityQuoteView[];
  /** The analyses of the page's articles, for its timeline. */
  analyses: CorpusArticle[];
  registered: Set<string>;
}

/**
 * `getStaticPaths` of `/entities/<id>/` and its further pages (`page/<n>/`): the articles that name the
 * entity, newest first, 50 to a page, each page with the quotations and events of its own articles.
 */
export async function entityPaths() {
  const [pages, all] = await Promise.all([corpusEntityPages(), corpusArticles()]);
  const registered = new Set(pages.keys());
  const bySlug = new Map(all.map((article) => [article.slug, article]));
  const articleKeys = new Map(all.map((article) => [article.slug, article.key]));
  return [...pages.values()].flatMap((page) => {
    const profile = entityProfile(page);
    return paginate(page.href, page.articles, ARTICLES_PER_ENTITY_PAGE).map(({ param, items, nav }) => {
      const slugs = new Set(items.map((article) => article.slug));
      const props: EntityPageProps = {
        profile,
        nav,
        articles: items,
        quotes: page.quotes.filter((quote) => slugs.has(quote.slug)),
        analyses: items.map((article) => bySlug.get(article.slug)!),
        registered,
      };
      return {
        params: { id: page.entity.id, page: param },
        props,
        cacheKey: cacheKey(
          profile,
          nav,
          items,
          props.quotes,
          [...slugs].map((slug) => articleKeys.get(slug)),
          registered,
        ),
      };
    });
  });
}
