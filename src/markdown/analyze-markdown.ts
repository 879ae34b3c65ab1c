import { load } from 'js-yaml';
import { bodyToHast } from './body-to-hast.ts';
import { bodyParagraphs } from './paragraphs.ts';
import type { Analysis } from '../schemas/analysis.ts';
import type { Corrections } from '../schemas/corrections.ts';
import type { Entity } from '../schemas/entity.ts';
import { analyze } from '../analysis/index.ts';

/** Frontmatter and body of a Markdown copy. */
export function splitFrontmatter(markdown: string): { data: Record<string, unknown>; body: string } {
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(markdown);
  if (!match) return { data: {}, body: markdown };
  const data = load(match[1]!);
  return {
    data: data && typeof data === 'object' ? (data as Record<string, unknown>) : {},
    body: markdown.slice(match[0].length),
  };
}

/**
 * Analyses a Markdown copy as the site does: same rendering to paragraphs, same ids. `published` (or the
 * frontmatter's) gives the day relative dates resolve against; corrections must already be validated.
 */
export async function analyzeMarkdown(
  markdown: string,
  registry: readonly Entity[],
  options: { published?: string; corrections?: Corrections } = {},
): Promise<Analysis> {
  const { data, body } = splitFrontmatter(markdown);
  const published = options.published ?? String(data.published ?? '').slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(published))
    throw new Error('published: expected an ISO 8601 date such as "2023-09-08T09:00:00-04:00"');
  const paragraphs = bodyParagraphs(await bodyToHast(body)).map(({ id, text }) => ({ id, text }));
  return analyze({
    paragraphs,
    published,
    registry,
    lead: [data.title, data.summary].filter((t): t is string => typeof t === 'string'),
    ...(typeof data.language === 'string' ? { language: data.language } : {}),
    about: Array.isArray(data.entities) ? data.entities.filter((id): id is string => typeof id === 'string') : [],
    ...(options.corrections ? { corrections: options.corrections } : {}),
  });
}
