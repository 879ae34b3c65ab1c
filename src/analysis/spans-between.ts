/** First index in `sorted` (ascending by `key`) whose key is at least `at`: a binary search. */
export function firstAtOrAfter<T>(sorted: readonly T[], at: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(sorted[mid]!) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Items of `sorted` (ascending by start) that lie inside `start..end`, found without a scan of the rest. */
export function itemsWithin<T extends { start: number; end: number }>(
  sorted: readonly T[],
  start: number,
  end: number,
): T[] {
  const out: T[] = [];
  for (let i = firstAtOrAfter(sorted, start, (m) => m.start); i < sorted.length && sorted[i]!.start < end; i++) {
    if (sorted[i]!.end <= end) out.push(sorted[i]!);
  }
  return out;
}
