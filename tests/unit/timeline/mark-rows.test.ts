import { describe, expect, it } from 'vitest';
import { MARK_GEOMETRY, stackMarks, type LaneItem, type PlacedMark } from '../../../src/lib/timeline/mark-rows.ts';
import { shortWhat } from '../../../src/lib/timeline/short-what.ts';

// A linear axis of 20 days across 40 em: day d (from 0) starts at 2d em.
const scale = { width: 40, x: (day: number) => Math.min(40, Math.max(0, day * 2)) };
const event = (number: number, start: number, end = start, what?: string[]): LaneItem => ({
  id: `event-${number}`,
  kind: 'event',
  start,
  end,
  point: start === end,
  uncertain: false,
  number,
  ...(what ? { what } : {}),
});

/** No two marks of a row closer than the gap, none outside the axis. */
function expectApart(marks: readonly PlacedMark[], width: number): void {
  for (const mark of marks) {
    expect(mark.extent[0]).toBeGreaterThanOrEqual(-1e-6);
    expect(mark.extent[1]).toBeLessThanOrEqual(width + 1e-6);
    for (const other of marks)
      if (other !== mark && other.row === mark.row)
        expect(
          other.extent[1] + MARK_GEOMETRY.markGap <= mark.extent[0] ||
            other.extent[0] >= mark.extent[1] + MARK_GEOMETRY.markGap,
        ).toBe(true);
  }
}

describe('stackMarks', () => {
  it('keeps marks apart in one row, each with its words beside it', () => {
    const { marks, rows } = stackMarks([event(1, 2, 2, ['Talks began']), event(2, 12, 12, ['Deal signed'])], scale);
    expect(rows).toBe(1);
    expect(marks.map((mark) => [mark.row, mark.label.what, mark.label.side])).toEqual([
      [0, 'Talks began', 'right'],
      [0, 'Deal signed', 'right'],
    ]);
    // A day's circle is centred on the day: day 2 spans 4–6 em.
    expect((marks[0]!.shape[0] + marks[0]!.shape[1]) / 2).toBeCloseTo(5, 6);
  });

  it('stacks marks that would collide into sub-rows, as vis-timeline does', () => {
    const items = [event(1, 5), event(2, 5), event(3, 5, 9), event(4, 7)];
    const { marks, rows } = stackMarks(items, scale);
    expect(rows).toBe(3);
    expect(marks.map((mark) => mark.row)).toEqual([0, 1, 2, 0]);
    expectApart(marks, scale.width);
  });

  it('takes fewer words where the longest do not fit, and puts words left of a mark at the end of the axis', () => {
    const long = 'A very long description of the event that goes on and on and on and on and on';
    const [early] = stackMarks([event(1, 3, 3, [long, 'Talks began'])], scale).marks;
    expect(early!.label).toMatchObject({ what: 'Talks began', side: 'right' });
    const [last] = stackMarks([event(2, 19, 19, ['Closing words'])], scale).marks;
    expect(last!.label).toMatchObject({ what: 'Closing words', side: 'left' });
    expectApart([early!, last!], scale.width);
  });

  it('draws a bar cut by the axis as clipped, its number inside', () => {
    const [bar] = stackMarks([{ ...event(5, -30, 8), uncertain: true }], scale).marks;
    expect(bar).toMatchObject({
      clippedStart: true,
      clippedEnd: false,
      label: { number: '5 approx.', side: 'inside' },
    });
    expect(bar!.shape[0]).toBe(0);
  });

  it('copes with 200 marks on one day (200 rows) and 200 spread over the axis', () => {
    const sameDay = stackMarks(
      Array.from({ length: 200 }, (_, i) => event(i + 1, 10)),
      scale,
    );
    expect(sameDay.rows).toBe(200);
    const spread = stackMarks(
      Array.from({ length: 200 }, (_, i) => event(i + 1, i % 20, (i % 20) + (i % 3))),
      scale,
    );
    expectApart(spread.marks, scale.width);
    expect(spread.rows).toBeLessThan(200);
  });
});

describe('shortWhat', () => {
  it('takes a few strong words from the summary', () => {
    expect(shortWhat('The Chinese delegation was announced only days after North Korea claimed')).toBe(
      'Chinese delegation was announced',
    );
    expect(shortWhat('The Chinese delegation was announced only days after', 2)).toBe('Chinese delegation');
    expect(shortWhat('The People’s Republic of China will send a delegation', 2)).toBe('People’s Republic');
    expect(shortWhat('U.S. Intelligence reports that Russian officials visited')).toBe('U.S. Intelligence reports');
    expect(shortWhat('The forum is scheduled')).toBe('Forum is scheduled');
    expect(shortWhat('It is.')).toBeUndefined();
  });
});
