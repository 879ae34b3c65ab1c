import type { Analysis } from '../schemas/analysis.ts';
import type { ArticleSummaryView } from './article-view.ts';

/** What the cross-article pages need of one article: where it lives, who published it, its analysis. */
export type CorpusArticle = Pick<ArticleSummaryView, 'slug' | 'href' | 'title' | 'outlet' | 'day' | 'dateLabel'> & {
  analysis: Analysis;
  /** The registry ids the editor lists in the frontmatter (`entities`): the article is about them, named or not. */
  listed: readonly string[];
  /** A digest of all of it (the analysis by its reference in the analysis store), for cache keys. */
  key: string;
};

/** The page of a registered entity. */
export function entityPageHref(entity: string): string {
  return `/entities/${entity}/`;
}
