import type { CollectionEntry } from 'astro:content';
import { articleAnalysis } from './article-analysis.ts';
import { articleSummaryView } from './article-view.ts';
import type { ArticleBuildData, SharePage } from './output/build-data.ts';
import { articleSearchRecords } from './search-records.ts';
import { readAnchorLock } from './share/anchor-lock-file.ts';
import { articleCards } from './share/og-cards.ts';
import { shareImagePath } from './share/share-paths.ts';
import { shareTargets, type ShareTarget } from './share/share-targets.ts';

const KIND_LABELS: Record<ShareTarget['kind'], string> = {
  paragraph: 'a paragraph',
  quote: 'a quotation',
  event: 'an event',
};

/**
 * What the output step needs of one article (`/build-data/articles/<slug>.json`): its analysis's reference
 * (the stored file is published as its `analysis.json`), the fields of each share page, the preview cards
 * and the search records. Astro renders it again only when the article changes.
 */
export async function articleBuildData(entry: CollectionEntry<'articles'>): Promise<ArticleBuildData> {
  const { analysis, analysisRef } = articleAnalysis(entry);
  const article = articleSummaryView(entry);
  const shares: SharePage[] = shareTargets(analysis, article, readAnchorLock(entry.id)?.moved).map((target) => ({
    anchor: target.anchor,
    title: target.title,
    description: target.description,
    lead: `Taking you to ${KIND_LABELS[target.kind]} in`,
    leadTitle: article.title,
    language: { lang: article.language.lang, dir: article.language.dir, ogLocale: article.language.ogLocale },
    destination: `${article.href}#${target.target}`,
    image: shareImagePath(article.slug, target),
    imageAlt: target.kind === 'quote' ? target.description : article.title,
  }));
  return {
    slug: article.slug,
    href: article.href,
    analysisRef,
    shares,
    cards: articleCards(article, analysis.quotes),
    records: articleSearchRecords({ ...article, analysis }),
  };
}
