import { createHash } from 'node:crypto';

/** A short digest of some strings, each kept apart from the next (so "ab","c" and "a","bc" differ). */
export function digestOf(...parts: string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('base64url').slice(0, 22);
}
