import { describe, expect, it } from 'vitest';
import { articleShard, shardCount } from '../../../src/lib/output/search-shards.ts';

describe('search shards', () => {
  it('grow in powers of two, at most 320 articles each', () => {
    expect([1, 320, 321, 4000, 10_000].map(shardCount)).toEqual([1, 1, 2, 16, 32]);
  });

  it('keep an article in the same shard, whatever the others do', () => {
    const shard = articleShard('china-delegation-north-korea', 8);
    expect(articleShard('china-delegation-north-korea', 8)).toBe(shard);
    expect(shard).toMatch(/^a[0-7]$/);
    const spread = new Set(Array.from({ length: 400 }, (_, i) => articleShard(`story-${i}`, 8)));
    expect(spread.size).toBe(8);
  });
});
