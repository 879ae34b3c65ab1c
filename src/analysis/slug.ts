import { countOf } from './count.ts';

/** Lowercase ASCII words of a text, accents folded, everything else dropped. */
export function slugWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
}

/** A URL-safe slug of the first `limit` words of a text ("" when it has no Latin words). */
export function slugify(text: string, limit = Infinity): string {
  return slugWords(text).slice(0, limit).join('-');
}

/** A short, stable FNV-1a hash in base 36, for texts with no Latin words. */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36).padStart(7, '0');
}

/**
 * Gives each text a unique id `${prefix}-<slug>` derived from its own words, never from its position:
 * the first `words` words, more words where two texts share them, then a hash, then a counter for
 * identical texts. Inserting or removing a text elsewhere leaves the others' ids alone unless it shares
 * their opening words.
 */
export function uniqueIds(texts: readonly string[], prefix: string, words = 5, maxWords = 12): string[] {
  const candidate = (text: string, n: number): string => slugify(text, n) || shortHash(text);
  const ids = texts.map((text) => candidate(text, words));
  for (let n = words + 1; n <= maxWords + 1; n++) {
    const counts = countOf(ids);
    texts.forEach((text, i) => {
      if ((counts.get(ids[i]!) ?? 0) < 2) return;
      ids[i] = n > maxWords ? `${candidate(text, maxWords)}-${shortHash(text)}` : candidate(text, n);
    });
  }
  const seen = new Map<string, number>();
  return ids.map((id) => {
    const times = (seen.get(id) ?? 0) + 1;
    seen.set(id, times);
    return `${prefix}-${times === 1 ? id : `${id}-${times}`}`;
  });
}
