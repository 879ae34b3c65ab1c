import { readdirSync, readFileSync } from 'node:fs';
import { basename, relative } from 'node:path';
import { load } from 'js-yaml';
import type { z } from 'astro/zod';
import { ContentError } from './content-error.ts';
import { formatIssue } from './format-issue.ts';
import { yamlFieldLine } from './yaml-lines.ts';
import { quoteProblem } from './yaml-quotes.ts';

/**
 * Reads one YAML file of a registry-like folder (`content/entities/`, `content/stories/`): it must be valid
 * YAML, match `schema`, and have an `id` equal to its file name. Throws a ContentError naming the field and, where
 * it can tell, its line and the likely cause (an unescaped quotation mark).
 */
export function readYamlRecord<Schema extends z.ZodType<{ id: string }>>(
  path: string,
  schema: Schema,
): z.output<Schema> {
  const file = shownPath(path);
  const text = readFileSync(path, 'utf8');
  let data: unknown;
  try {
    data = load(text);
  } catch (error) {
    const mark = (error as { mark?: { line: number } }).mark;
    const cause = mark ? quoteProblem(text, mark.line + 1) : undefined;
    if (cause) throw new ContentError(file, cause.key, `not valid YAML: ${cause.reason}`, cause.line);
    const reason = ((error as { reason?: string }).reason ?? (error as Error).message).split('\n')[0];
    throw new ContentError(file, '(YAML)', `not valid YAML: ${reason}`, mark ? mark.line + 1 : undefined);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ContentError(file, issue.path.join('.') || '(root)', formatIssue(issue), yamlFieldLine(text, issue.path));
  }
  const expected = basename(path).replace(/\.ya?ml$/, '');
  if (parsed.data.id !== expected) {
    throw new ContentError(file, 'id', `"${parsed.data.id}" must match the file name "${expected}"`);
  }
  return parsed.data;
}

/** The `*.yaml` (or `.yml`) file names of a registry-like folder, sorted; none when the folder is missing. */
export function yamlFiles(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((name) => /\.ya?ml$/.test(name))
      .sort();
  } catch {
    return [];
  }
}

/** A path as an editor reads it: relative to the project when it is inside it. */
export function shownPath(path: string): string {
  return relative(process.cwd(), path) || path;
}
