import { uniqueIds } from './slug.ts';

/** Stable paragraph ids (`p-…`) from the paragraphs' own words; see `uniqueIds`. */
export function paragraphIds(texts: readonly string[]): string[] {
  return uniqueIds(texts, 'p');
}
