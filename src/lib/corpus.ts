import { getCollection } from 'astro:content';
import type { Entity } from '../schemas/entity.ts';
import { articleAnalysis } from './article-analysis.ts';
import { cacheKey } from './cache-key.ts';
import { articleSummaryView } from './article-view.ts';
import type { CorpusArticle } from './corpus-article.ts';
import { entityPages, type EntityPageView } from './entity-pages.ts';

let articles: Promise<CorpusArticle[]> | undefined;
let pages: Promise<Map<string, EntityPageView>> | undefined;

/**
 * Every article with its validated analysis, read once per build (the cross-article pages all need them), by
 * slug: never in the order the content store happens to hold them (a merged event is named after its first copy).
 */
export function corpusArticles(): Promise<CorpusArticle[]> {
  articles ??= getCollection('articles').then((entries) =>
    Promise.all(
      [...entries]
        .sort((a, b) => a.id.localeCompare(b.id))
        .map(async (entry) => {
          const view = articleSummaryView(entry);
          const { analysis, analysisRef } = articleAnalysis(entry);
          const { slug, href, title, outlet, day, dateLabel } = view;
          const listed = entry.data.entities;
          return {
            slug,
            href,
            title,
            outlet,
            day,
            dateLabel,
            analysis,
            listed,
            key: cacheKey(view, analysisRef, listed),
          };
        }),
    ),
  );
  return articles;
}

/** The registry, as the entities collection holds it. */
export async function registryEntities(): Promise<Entity[]> {
  return (await getCollection('entities')).map((entry) => entry.data);
}

/** Every entity page's data, computed once per build. */
export function corpusEntityPages(): Promise<Map<string, EntityPageView>> {
  pages ??= Promise.all([corpusArticles(), registryEntities()]).then(([all, registry]) => entityPages(all, registry));
  return pages;
}
