import { render, type CollectionEntry } from 'astro:content';
import { AnalysisSchema, type Analysis } from '../schemas/analysis.ts';

/** The rendered body and the validated analysis of an article, for its pages. */
export async function renderArticle(entry: CollectionEntry<'articles'>) {
  const { Content, remarkPluginFrontmatter } = await render(entry);
  const analysis: Analysis = AnalysisSchema.parse(remarkPluginFrontmatter.analysis);
  return { Content, analysis };
}
