import { createHash } from 'node:crypto';

/**
 * The `cacheKey` of a page for Astro's incremental build: a digest of every piece of data the page
 * renders. Astro hashes the page's code itself; a page whose data and code are both unchanged is copied
 * from the previous build instead of rendered. Sets and Maps count by content, in any order.
 */
export function cacheKey(...data: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(data, plain)).digest('base64url').slice(0, 24);
}

function plain(_key: string, value: unknown): unknown {
  if (value instanceof Set) return [...value].map((item) => JSON.stringify(item, plain)).sort();
  if (value instanceof Map) return [...value].map((pair) => JSON.stringify(pair, plain)).sort();
  return value;
}
