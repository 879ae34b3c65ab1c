import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { analyze, CorrectionError } from '../analysis/index.ts';
import { storeAnalysis } from '../lib/copy-store.ts';
import { publicationDay } from '../lib/dates.ts';
import { formatIssue } from '../lib/format-issue.ts';
import { AnalysisSchema, type Analysis } from '../schemas/analysis.ts';
import { ArticleSchema } from '../schemas/article.ts';
import type { Entity } from '../schemas/entity.ts';

/** Options of `rehypeArticleAnalysis`. */
export interface ArticleAnalysisOptions {
  /** Reads the entity registry; called once per file so that registry edits are seen. */
  readonly registry: () => readonly Entity[];
}

/** Why the analysis of a copy could not be published: the frontmatter field (or `body`) and the reason. */
export interface AnalysisProblem {
  field: string;
  reason: string;
}

declare module 'vfile' {
  interface DataMap {
    /** The engine's validated output, for the plugins that mark up the body. */
    analysis: Analysis;
  }
}

/**
 * Runs the analysis engine over the body's paragraphs, stores its validated output beside the content
 * store (src/lib/copy-store.ts) and hands the page its reference, anchors and warnings
 * (`remarkPluginFrontmatter.analysisRef`, `.anchors`, `.warnings`). A problem with the copy is handed over as `analysisProblem`
 * instead of thrown, because Astro's content layer only logs render errors; the articles loader turns
 * it into a build error that names the file.
 */
export default function rehypeArticleAnalysis(options: Readonly<ArticleAnalysisOptions>) {
  return (_tree: Root, file: VFile): void => {
    const frontmatter = ((file.data.astro ??= { frontmatter: {} }).frontmatter ??= {});
    const outcome = analyseCopy(file, frontmatter, options.registry());
    if ('problem' in outcome) {
      frontmatter.analysisProblem = outcome.problem;
      return;
    }
    file.data.analysis = outcome.analysis;
    Object.assign(frontmatter, storeAnalysis(outcome.analysis));
  };
}

function analyseCopy(
  file: VFile,
  frontmatter: Record<string, unknown>,
  registry: readonly Entity[],
): { analysis: Analysis } | { problem: AnalysisProblem } {
  const article = ArticleSchema.safeParse(frontmatter);
  if (!article.success) {
    const issue = article.error.issues[0]!;
    return { problem: { field: issue.path.join('.') || '(frontmatter)', reason: formatIssue(issue) } };
  }
  const paragraphs = (file.data.paragraphs ?? []).map(({ id, text }) => ({ id, text }));
  if (paragraphs.every((paragraph) => paragraph.text.trim() === '')) {
    return { problem: { field: 'body', reason: 'the body has no text: paste the article under the frontmatter' } };
  }
  try {
    const analysis = analyze({
      paragraphs,
      published: publicationDay(article.data.published),
      registry,
      lead: [article.data.title, article.data.summary],
      about: article.data.entities,
      language: article.data.language,
      corrections: article.data.corrections,
    });
    return { analysis: AnalysisSchema.parse(analysis) };
  } catch (error) {
    if (error instanceof CorrectionError) return { problem: { field: error.field, reason: error.message } };
    throw error;
  }
}
