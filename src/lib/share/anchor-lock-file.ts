import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { AnchorLockSchema, type AnchorLock } from '../../schemas/anchor-lock.ts';
import { formatIssue } from '../format-issue.ts';
import { ContentError } from '../content-error.ts';
import { contentDir } from '../content-paths.ts';
import type { Analysis } from '../../schemas/analysis.ts';
import { checkAnchors, serializeLock } from './anchor-lock.ts';

/** `content/anchors/<slug>.json`. */
export function anchorLockPath(slug: string): string {
  return join(contentDir(), 'anchors', `${slug}.json`);
}

/** The article's lock file, validated; undefined when the article has none yet. */
export function readAnchorLock(slug: string): AnchorLock | undefined {
  const path = anchorLockPath(slug);
  if (!existsSync(path)) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ContentError(path, '(file)', `not valid JSON: ${(error as Error).message}`);
  }
  const parsed = AnchorLockSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ContentError(path, issue.path.join('.') || '(file)', formatIssue(issue));
  }
  return parsed.data;
}

/** Every anchor a share link can point at: paragraphs, quotes and events. */
export function articleAnchors(analysis: Pick<Analysis, 'paragraphs' | 'quotes' | 'events'>): string[] {
  return [...analysis.paragraphs, ...analysis.quotes, ...analysis.events].map((item) => item.id);
}

/**
 * Checks an article's anchors (`articleAnchors`) against its lock and records the new ones in the lock file
 * (`written` says whether the file was created or changed: it must then be committed). Throws a ContentError
 * naming the copy when a published anchor is gone without a mapping.
 */
export function lockAnchors(
  slug: string,
  copyPath: string,
  anchors: readonly string[],
): { lock: AnchorLock; path: string; written: 'created' | 'updated' | undefined } {
  const path = anchorLockPath(slug);
  const { lock, problems } = checkAnchors(readAnchorLock(slug), anchors, path);
  if (problems.length) throw new ContentError(copyPath, 'anchors', problems.join('; '));
  const text = serializeLock(lock);
  const existed = existsSync(path);
  if (existed && readFileSync(path, 'utf8') === text) return { lock, path, written: undefined };
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return { lock, path, written: existed ? 'updated' : 'created' };
}
