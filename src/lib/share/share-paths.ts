import { getCollection } from 'astro:content';
import { renderArticle } from '../article-analysis.ts';
import { cacheKey } from '../cache-key.ts';
import { articleSummaryView, type ArticleSummaryView } from '../article-view.ts';
import { readAnchorLock } from './anchor-lock-file.ts';
import { shareTargets, speakerLabel, type ShareTarget } from './share-targets.ts';
import type { Quote } from '../../schemas/analysis.ts';

/** Props of one share page. */
export interface SharePageProps {
  article: ArticleSummaryView;
  target: ShareTarget;
}

/** `getStaticPaths` of `/articles/<slug>/s/<anchor>/`: every paragraph, quote, event and moved anchor. */
export async function sharePaths() {
  const paths: { params: { slug: string; anchor: string }; props: SharePageProps; cacheKey: string }[] = [];
  for (const entry of await getCollection('articles')) {
    const { analysis } = await renderArticle(entry);
    const article = articleSummaryView(entry);
    for (const target of shareTargets(analysis, article, readAnchorLock(entry.id)?.moved)) {
      const props = { article, target };
      paths.push({ params: { slug: entry.id, anchor: target.anchor }, props, cacheKey: cacheKey(props) });
    }
  }
  return paths;
}

/** `getStaticPaths` of each quote's preview image. */
export async function quoteImagePaths() {
  const paths: {
    params: { slug: string; anchor: string };
    props: { article: ArticleSummaryView; quote: Quote };
    cacheKey: string;
  }[] = [];
  for (const entry of await getCollection('articles')) {
    const { analysis } = await renderArticle(entry);
    const article = articleSummaryView(entry);
    for (const quote of analysis.quotes) {
      const props = { article, quote };
      paths.push({ params: { slug: entry.id, anchor: quote.id }, props, cacheKey: cacheKey(props) });
    }
  }
  return paths;
}

/** Path of a share page. */
export function sharePath(slug: string, anchor: string): string {
  return `/articles/${slug}/s/${anchor}/`;
}

/** Path of the preview image a share page shows: the quote's own, or the article's. */
export function shareImagePath(slug: string, target: Pick<ShareTarget, 'image' | 'target'>): string {
  return target.image === 'quote' ? `${sharePath(slug, target.target)}og.png` : articleImagePath(slug);
}

/** Path of an article's preview image. */
export function articleImagePath(slug: string): string {
  return `/articles/${slug}/og.png`;
}

export { speakerLabel };
