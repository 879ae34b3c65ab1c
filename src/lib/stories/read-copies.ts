import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { analyzeMarkdown, splitFrontmatter } from '../../markdown/analyze-markdown.ts';
import { ArticleSchema } from '../../schemas/article.ts';
import { formatIssue } from '../format-issue.ts';
import { loadRegistry } from '../registry.ts';
import { registryDirFor } from '../registry-dir.ts';
import { publicationDay } from '../dates.ts';
import type { StoryCopy } from './compare-copies.ts';

/** A copy the command line cannot compare: the file, the field and why. */
export class CopyFileError extends Error {}

/**
 * Reads Markdown copies as the site does (frontmatter checked by ArticleSchema, body analysed by the
 * engine with the registry beside each copy, or `registry`) and returns them ready for `compareCopies`.
 */
export async function readStoryCopies(paths: readonly string[], registry?: string): Promise<StoryCopy[]> {
  const copies: StoryCopy[] = [];
  for (const path of paths) {
    if (!existsSync(path)) throw new CopyFileError(`${path}: no such file`);
    const markdown = readFileSync(path, 'utf8');
    const parsed = ArticleSchema.safeParse(splitFrontmatter(markdown).data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new CopyFileError(`${path}: ${issue.path.join('.') || 'frontmatter'}: ${formatIssue(issue)}`);
    }
    const article = parsed.data;
    const slug = basename(path).replace(/\.md$/, '');
    if (copies.some((copy) => copy.slug === slug))
      throw new CopyFileError(`${path}: a copy named "${slug}" is given twice`);
    const analysis = await analyzeMarkdown(markdown, loadRegistry(registryDirFor(path, registry)), {
      corrections: article.corrections,
    });
    copies.push({
      slug,
      outlet: article.outlet,
      title: article.title,
      published: publicationDay(article.published),
      language: article.language,
      url: article.url,
      analysis,
    });
  }
  return copies;
}
