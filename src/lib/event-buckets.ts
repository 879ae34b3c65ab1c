/**
 * The lookup file an event id of the merged timeline is listed in (`/timeline/events/<bucket>.json`): the
 * id's FNV-1a hash modulo the number of files. The build and the browser script share it.
 */
export function eventBucket(id: string, buckets: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % buckets;
}

/** How many lookup files `events` ids take: about 256 ids a file, a power of two. */
export function eventBucketCount(events: number): number {
  let count = 1;
  while (events / count > 256) count *= 2;
  return count;
}
