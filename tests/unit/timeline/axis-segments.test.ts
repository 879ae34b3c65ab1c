import { describe, expect, it } from 'vitest';
import { axisClusters, axisExtent } from '../../../src/lib/timeline/axis-segments.ts';
import { isoDay } from '../../../src/lib/timeline/days.ts';
import { CASES, span } from './spans.ts';

const stretches = (name: string, maxSegments?: number) =>
  axisClusters(CASES[name]!.spans, CASES[name]!.published, maxSegments ? { maxSegments } : {}).map(
    (cluster) => `${isoDay(cluster.first)}..${isoDay(cluster.last)} (${cluster.items})`,
  );

describe('axisClusters: where the axis breaks', () => {
  it('keeps one linear stretch when the dates are close: a day, a week, three months', () => {
    expect(stretches('one event')).toEqual(['2023-09-07..2023-09-08 (1)']);
    expect(stretches('one afternoon (all on one day)')).toEqual(['2025-03-11..2025-03-11 (6)']);
    // The seed: "recently" (9 Aug – 8 Sep) counts from 30 Aug only, as an estimate's start is a guess.
    expect(stretches('one week (the seed)')).toEqual(['2023-08-30..2023-09-13 (8)']);
    expect(stretches('three months')).toEqual(['2024-06-10..2024-09-30 (6)']);
  });

  it('gives the last busy month of eighteen its own stretch (3 of 7 dates in 26 of 555 days)', () => {
    expect(stretches('18 months')).toEqual(['2024-02-17..2025-01-31 (4)', '2025-07-30..2025-08-25 (3)']);
  });

  it('breaks off an outlier five years before a cluster', () => {
    expect(stretches('a cluster and an outlier five years earlier')).toEqual([
      '2019-03-14..2019-03-14 (1)',
      '2024-05-13..2024-05-21 (5)',
    ]);
  });

  it('gives a busy fortnight at the end of fifty years its own stretch', () => {
    expect(stretches('1970s to 2020s')).toEqual(['1973-01-01..2021-12-31 (8)', '2023-06-29..2023-07-10 (5)']);
  });

  it('leaves out the far end of "this year" in a story of early January, which is then drawn cut', () => {
    expect(stretches('"this year" in the first week of January')).toEqual(['2024-12-23..2025-01-12 (6)']);
  });

  it('does not break for a lone date: a 30-year range and one event stay on one linear axis', () => {
    expect(stretches('a range of 30 years')).toEqual(['1990-01-01..2023-09-08 (2)']);
  });

  it('closes the smallest breaks first when the width holds fewer stretches', () => {
    const spans = [
      span('1990-06-01'),
      ...['2010-01-05', '2010-01-06', '2010-01-07'].map((day) => span(day)),
      ...['2023-09-04', '2023-09-05', '2023-09-06', '2023-09-07'].map((day) => span(day)),
    ];
    const published = span('2023-09-08').start;
    expect(axisClusters(spans, published)).toHaveLength(3);
    expect(axisClusters(spans, published, { maxSegments: 2 }).map((c) => isoDay(c.first))).toEqual([
      '1990-06-01',
      '2010-01-05',
    ]);
    expect(axisClusters(spans, published, { maxSegments: 1 })).toHaveLength(1);
  });

  it('counts every date once, and copes with 200 of them', () => {
    const clusters = axisClusters(CASES['200 events']!.spans, CASES['200 events']!.published);
    expect(clusters.reduce((sum, cluster) => sum + cluster.items, 0)).toBe(200);
  });

  it('clips an estimate to its last ten days', () => {
    expect(axisExtent(span('2023-08-09', '2023-09-08', true))).toEqual({
      start: span('2023-08-30').start,
      end: span('2023-09-08').start,
    });
    expect(axisExtent(span('2023-08-09', '2023-09-08')).start).toBe(span('2023-08-09').start);
  });
});
