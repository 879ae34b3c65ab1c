import { describe, expect, it } from 'vitest';
import { articleShard, shardCount } from '../../../src/lib/output/search-shards.ts';

describe('search shards', () => {
  it('grow in powers of two, about 700 articles each', () => {
    expect([1, 700, 701, 4000, 10_000].map(shardCount)).toEqual([1, 1, 2, 8, 16]);
  });

  it('keep an article in the same shard, whatever the others do', () => {
    const shard = articleShard('china-delegation-north-korea', 8);
    expect(articleShard('china-delegation-north-korea', 8)).toBe(shard);
    expect(shard).toMatch(/^a[0-7]$/);
    const spread = new Set(Array.from({ length: 400 }, (_, i) => articleShard(`story-${i}`, 8)));
    expect(spread.size).toBe(8);
  });
});
