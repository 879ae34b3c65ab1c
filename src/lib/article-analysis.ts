import type { CollectionEntry } from 'astro:content';
import type { Analysis } from '../schemas/analysis.ts';
import { copyRefs, readStoredAnalysis, readStoredBody } from './copy-store.ts';

/** An article as its pages show it. */
export interface RenderedArticle {
  /** The body's HTML, verbatim and sanitized when it was rendered, with the analysis marked up. */
  html: string;
  analysis: Analysis;
  /** The analysis's reference in the copy store: a digest of it. */
  analysisRef: string;
}

const rendered = new Map<string, Promise<RenderedArticle>>();

/**
 * The rendered body and the validated analysis of an article, from the copy store, for its pages. Each
 * article is read and validated once per build, however many routes show it (its page, its data, the
 * pages across articles).
 */
export function renderArticle(entry: CollectionEntry<'articles'>): Promise<RenderedArticle> {
  const key = `${entry.id}\0${entry.digest}`;
  let article = rendered.get(key);
  if (!article) {
    const refs = copyRefs(entry.rendered?.metadata?.frontmatter as Record<string, unknown> | undefined);
    if (!refs) throw new Error(`${entry.id}: the copy was not analysed`);
    article = Promise.resolve({
      html: readStoredBody(refs.bodyRef),
      analysis: readStoredAnalysis(refs.analysisRef),
      analysisRef: refs.analysisRef,
    });
    rendered.set(key, article);
  }
  return article;
}
