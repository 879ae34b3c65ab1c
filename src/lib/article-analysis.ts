import { render, type CollectionEntry } from 'astro:content';
import { AnalysisSchema, type Analysis } from '../schemas/analysis.ts';

type RenderedArticle = { Content: Awaited<ReturnType<typeof render>>['Content']; analysis: Analysis };
const rendered = new Map<string, Promise<RenderedArticle>>();

/**
 * The rendered body and the validated analysis of an article, for its pages. Each article is rendered and
 * validated once per build, however many routes show it (its page, its data, the pages across articles).
 */
export function renderArticle(entry: CollectionEntry<'articles'>): Promise<RenderedArticle> {
  const key = `${entry.id}\0${entry.digest}`;
  let article = rendered.get(key);
  if (!article) {
    article = render(entry).then(({ Content, remarkPluginFrontmatter }) => ({
      Content,
      analysis: AnalysisSchema.parse(remarkPluginFrontmatter.analysis),
    }));
    rendered.set(key, article);
  }
  return article;
}
