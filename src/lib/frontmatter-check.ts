import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { z } from 'astro/zod';
import { ContentError } from './content-error.ts';
import { formatIssue } from './format-issue.ts';
import { yamlFieldLine } from './yaml-lines.ts';

/** A field as the build names it (`corrections.quoteSpeakers[0].quote`, `entities.1`) as a path of keys. */
export function fieldPath(field: string): (string | number)[] {
  return field
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter(Boolean)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** The 1-based line in a Markdown copy of a frontmatter field, when the field is there. */
export function copyFieldLine(copy: string, field: string): number | undefined {
  const raw = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(copy)?.[1];
  const line = raw === undefined ? undefined : yamlFieldLine(raw, fieldPath(field));
  // The frontmatter starts on the line after the opening `---`.
  return line === undefined ? undefined : line + 1;
}

/**
 * Validates a copy's frontmatter with the collection's schema before Astro does, so that the first
 * problem is reported with its line ("x.md:4: published: expected …"); Astro's own message has none.
 * The YAML must already be known to parse (`checkCopyText`).
 */
export function checkFrontmatter(file: string, copy: string, schema: z.ZodType): ContentError | undefined {
  const { frontmatter } = parseFrontmatter(copy.replace(/^\uFEFF/, ''));
  const parsed = schema.safeParse(frontmatter);
  if (parsed.success) return undefined;
  const issue = parsed.error.issues[0]!;
  const field = issue.path.map(String).join('.') || '(frontmatter)';
  return new ContentError(file, field, formatIssue(issue), copyFieldLine(copy, field));
}
