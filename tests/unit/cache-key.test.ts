import { describe, expect, it } from 'vitest';
import { cacheKey } from '../../src/lib/cache-key.ts';

describe('cacheKey', () => {
  it('is the same for the same data', () => {
    expect(cacheKey({ a: 1, b: ['x'] }, 'lock')).toBe(cacheKey({ a: 1, b: ['x'] }, 'lock'));
  });

  it('changes when any part of the data changes', () => {
    const base = cacheKey({ title: 'A', paragraphs: ['one'] }, 'registry-1');
    expect(cacheKey({ title: 'A', paragraphs: ['one!'] }, 'registry-1')).not.toBe(base);
    expect(cacheKey({ title: 'A', paragraphs: ['one'] }, 'registry-2')).not.toBe(base);
    expect(cacheKey({ title: 'A', paragraphs: ['one'] })).not.toBe(base);
  });

  it('reads Sets and Maps by content, in any order', () => {
    expect(cacheKey(new Set(['a', 'b']))).toBe(cacheKey(new Set(['b', 'a'])));
    expect(cacheKey(new Set(['a']))).not.toBe(cacheKey(new Set(['a', 'b'])));
    expect(
      cacheKey(
        new Map([
          ['x', 1],
          ['y', 2],
        ]),
      ),
    ).toBe(
      cacheKey(
        new Map([
          ['y', 2],
          ['x', 1],
        ]),
      ),
    );
    expect(cacheKey(new Map([['x', 1]]))).not.toBe(cacheKey(new Map([['x', 2]])));
  });

  it('counts dates', () => {
    expect(cacheKey({ at: new Date('2024-01-01') })).not.toBe(cacheKey({ at: new Date('2024-01-02') }));
  });
});
