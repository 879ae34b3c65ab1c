import type { CollectionEntry } from 'astro:content';
import { formatLongDay, publicationDay } from './dates.ts';
import { languageView, type LanguageView } from './language.ts';

/** What the article header and the index show of one article, computed once. */
export interface ArticleSummaryView {
  slug: string;
  href: string;
  title: string;
  outlet: string;
  day: string;
  dateLabel: string;
  summary: string;
  byline: string | undefined;
  url: string | undefined;
  publishedNote: string | undefined;
  /** The copy's language: `lang` and `dir` of its headline, summary, body and quotations. */
  language: LanguageView;
}

/** The header and index view of an article entry. */
export function articleSummaryView(entry: CollectionEntry<'articles'>): ArticleSummaryView {
  const day = publicationDay(entry.data.published);
  return {
    slug: entry.id,
    href: `/articles/${entry.id}/`,
    title: entry.data.title,
    outlet: entry.data.outlet,
    day,
    dateLabel: formatLongDay(day),
    summary: entry.data.summary,
    byline: entry.data.byline,
    url: entry.data.url,
    publishedNote: entry.data.publishedNote,
    language: languageView(entry.data.language),
  };
}

/**
 * Articles newest first; ties by title, then by slug, so that the order never depends on the order the
 * content store happens to hold them in (an incremental build and a clean one must make the same pages).
 */
export function newestFirst<T extends { id: string; data: { published: string; title: string } }>(
  entries: readonly T[],
): T[] {
  return [...entries].sort(
    (a, b) =>
      Date.parse(b.data.published) - Date.parse(a.data.published) ||
      a.data.title.localeCompare(b.data.title) ||
      a.id.localeCompare(b.id),
  );
}
