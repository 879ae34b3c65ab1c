import type { CollectionEntry } from 'astro:content';
import type { Analysis } from '../schemas/analysis.ts';
import { copyRefs, readStoredAnalysis, readStoredBody, type CopyRefs } from './copy-store.ts';

/** An article's validated analysis and its reference in the copy store (a digest of it). */
export interface StoredArticle {
  analysis: Analysis;
  analysisRef: string;
}

/** An article as its page shows it. */
export interface RenderedArticle extends StoredArticle {
  /** The body's HTML, verbatim and sanitized when it was rendered, with the analysis marked up. */
  html: string;
}

const analysed = new Map<string, StoredArticle>();

function refsOf(entry: CollectionEntry<'articles'>): CopyRefs {
  const refs = copyRefs(entry.rendered?.metadata?.frontmatter as Record<string, unknown> | undefined);
  if (!refs) throw new Error(`${entry.id}: the copy was not analysed`);
  return refs;
}

/**
 * The validated analysis of an article, from the copy store. Each is read once per build, however many routes
 * show it (its page, its data, the pages across articles), and kept: the pages across articles need them all.
 */
export function articleAnalysis(entry: CollectionEntry<'articles'>): StoredArticle {
  const key = `${entry.id}\0${entry.digest}`;
  let article = analysed.get(key);
  if (!article) {
    const { analysisRef } = refsOf(entry);
    article = { analysis: readStoredAnalysis(analysisRef), analysisRef };
    analysed.set(key, article);
  }
  return article;
}

/**
 * The rendered body and the analysis of an article, for its page. The body is read from the copy store for the
 * one page that shows it and not kept: 4,000 bodies held for the whole build were a good part of its memory.
 */
export async function renderArticle(entry: CollectionEntry<'articles'>): Promise<RenderedArticle> {
  return { ...articleAnalysis(entry), html: readStoredBody(refsOf(entry).bodyRef) };
}
