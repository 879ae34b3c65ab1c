import { join } from 'node:path';

/**
 * Where the content lives: `content/` unless NA_CONTENT_DIR names another folder (the build tests and
 * the benchmark build over temporary copies this way).
 */
export function contentDir(): string {
  return process.env.NA_CONTENT_DIR ?? './content';
}

/** The articles folder. */
export function articlesDir(): string {
  return join(contentDir(), 'articles');
}

/** The entity registry folder. */
export function entitiesDir(): string {
  return join(contentDir(), 'entities');
}
