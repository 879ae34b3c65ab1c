import { render, type CollectionEntry } from 'astro:content';
import type { Analysis } from '../schemas/analysis.ts';
import { readStoredAnalysis } from './analysis-store.ts';

type RenderedArticle = {
  Content: Awaited<ReturnType<typeof render>>['Content'];
  analysis: Analysis;
  /** The analysis's reference in the analysis store: a digest of it. */
  analysisRef: string;
};
const rendered = new Map<string, Promise<RenderedArticle>>();

/**
 * The rendered body and the validated analysis of an article (from the analysis store), for its pages. Each
 * article is rendered and validated once per build, however many routes show it (its page, its data, the
 * pages across articles).
 */
export function renderArticle(entry: CollectionEntry<'articles'>): Promise<RenderedArticle> {
  const key = `${entry.id}\0${entry.digest}`;
  let article = rendered.get(key);
  if (!article) {
    article = render(entry).then(({ Content, remarkPluginFrontmatter }) => {
      const analysisRef = String(remarkPluginFrontmatter.analysisRef);
      return { Content, analysis: readStoredAnalysis(analysisRef), analysisRef };
    });
    rendered.set(key, article);
  }
  return article;
}
