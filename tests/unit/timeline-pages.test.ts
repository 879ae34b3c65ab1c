import { describe, expect, it } from 'vitest';
import type { MergedEvent } from '../../src/lib/corpus-timeline.ts';
import { eventBucket, eventBucketCount } from '../../src/lib/event-buckets.ts';
import { timelineMonths } from '../../src/lib/timeline-pages.ts';

const at = (start: string, i: number): MergedEvent => ({
  event: {
    id: `event-${start}-${i}`,
    summary: 's',
    phrase: 'p',
    date: { start, end: start, precision: 'day', reason: 'r' },
    actors: [],
    paragraph: 'p-x',
    span: { paragraph: 'p-x', start: 0, end: 1 },
    origin: 'engine',
  },
  sources: [],
  day: start,
});

describe('the merged timeline by month', () => {
  it('gives each month of events a page, oldest first', () => {
    const months = timelineMonths([at('2023-09-02', 1), at('2023-08-30', 2), at('2024-01-01', 3)]);
    expect(months.map((month) => [month.href, month.label, month.events])).toEqual([
      ['/timeline/2023/08/', 'August 2023', 1],
      ['/timeline/2023/09/', 'September 2023', 1],
      ['/timeline/2024/01/', 'January 2024', 1],
    ]);
  });

  it('cuts a busy month into parts at day boundaries, a day bigger than a part on its own', () => {
    const events = [
      ...[1, 2, 3].map((i) => at('2023-09-01', i)),
      ...[1, 2].map((i) => at('2023-09-02', i)),
      ...[1, 2, 3, 4, 5].map((i) => at('2023-09-03', i)),
    ];
    const [month] = timelineMonths(events, 4);
    expect(month!.parts.map((part) => [part.nav.href, part.days, part.events.length])).toEqual([
      ['/timeline/2023/09/', '1 September', 3],
      ['/timeline/2023/09/page/2/', '2 September', 2],
      ['/timeline/2023/09/page/3/', '3 September', 4],
      ['/timeline/2023/09/page/4/', '3 September', 1],
    ]);
  });
});

describe('the lookup of an event id', () => {
  it('spreads ids over files of about 256 and always finds an id in the same file', () => {
    expect(eventBucketCount(100)).toBe(1);
    expect(eventBucketCount(20_000)).toBe(128);
    expect(eventBucket('event-a-2023-09-09-liu', 128)).toBe(eventBucket('event-a-2023-09-09-liu', 128));
    const spread = new Set(Array.from({ length: 1000 }, (_, i) => eventBucket(`event-x-${i}`, 16)));
    expect(spread.size).toBe(16);
  });
});
