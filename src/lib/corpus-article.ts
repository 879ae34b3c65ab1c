import type { Analysis } from '../schemas/analysis.ts';

/** What the cross-article pages need of one article: where it lives, who published it, its analysis. */
export interface CorpusArticle {
  slug: string;
  /** `/articles/<slug>/`. */
  href: string;
  title: string;
  outlet: string;
  /** Publication day, `YYYY-MM-DD`. */
  day: string;
  /** "8 September 2023". */
  dateLabel: string;
  analysis: Analysis;
}

/** The page of a registered entity. */
export function entityPageHref(entity: string): string {
  return `/entities/${entity}/`;
}
