import { readFileSync } from 'node:fs';
import { basename, relative } from 'node:path';
import { load } from 'js-yaml';
import type { z } from 'astro/zod';
import { ContentError } from './content-error.ts';
import { formatIssue } from './format-issue.ts';

/**
 * Reads one YAML file of a registry-like folder (`content/entities/`, `content/stories/`): it must be valid
 * YAML, match `schema`, and have an `id` equal to its file name. Throws a ContentError naming the field.
 */
export function readYamlRecord<Schema extends z.ZodType<{ id: string }>>(
  path: string,
  schema: Schema,
): z.output<Schema> {
  const file = shownPath(path);
  let data: unknown;
  try {
    data = load(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ContentError(file, '(YAML)', `not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ContentError(file, issue.path.join('.') || '(root)', formatIssue(issue));
  }
  const expected = basename(path).replace(/\.ya?ml$/, '');
  if (parsed.data.id !== expected) {
    throw new ContentError(file, 'id', `"${parsed.data.id}" must match the file name "${expected}"`);
  }
  return parsed.data;
}

/** A path as an editor reads it: relative to the project when it is inside it. */
export function shownPath(path: string): string {
  return relative(process.cwd(), path) || path;
}
