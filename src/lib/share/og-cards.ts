import type { Quote } from '../../schemas/analysis.ts';
import type { ArticleSummaryView } from '../article-view.ts';
import type { OgCard } from '../output/build-data.ts';
import { articleImagePath, shareImagePath } from './share-paths.ts';
import { speakerLabel } from './share-targets.ts';

/** An article's preview cards: its own, and one per quotation, each with its image's path (no leading slash). */
export function articleCards(
  article: Pick<ArticleSummaryView, 'slug' | 'title' | 'outlet' | 'dateLabel' | 'language'>,
  quotes: readonly Quote[],
): { path: string; card: OgCard }[] {
  return [
    {
      path: articleImagePath(article.slug).slice(1),
      card: {
        kind: 'article',
        title: article.title,
        outlet: article.outlet,
        date: article.dateLabel,
        language: article.language.name,
      },
    },
    ...quotes.map((quote) => ({
      path: shareImagePath(article.slug, { image: 'quote', target: quote.id }).slice(1),
      card: {
        kind: 'quote' as const,
        text: quote.text,
        speaker: speakerLabel(quote),
        article: article.title,
        language: article.language.name,
      },
    })),
  ];
}
