import { describe, expect, it } from 'vitest';
import { axisClusters } from '../../../src/lib/timeline/axis-segments.ts';
import { axisTicks, durationWords, labelBox, type AxisLabel } from '../../../src/lib/timeline/axis-ticks.ts';
import { CHART_FONT_REM, CHART_WIDTHS } from '../../../src/lib/timeline/chart.ts';
import { axisScale } from '../../../src/lib/timeline/time-scale.ts';
import { dayNumber } from '../../../src/lib/timeline/days.ts';
import { CASES } from './spans.ts';

const widths = CHART_WIDTHS.map((width) => width.minRem / CHART_FONT_REM);
const axisOf = (name: string, width: number) => {
  const scale = axisScale(axisClusters(CASES[name]!.spans, CASES[name]!.published, { maxSegments: 3 }), width);
  return { scale, ticks: axisTicks(scale) };
};
const texts = (labels: readonly AxisLabel[], row: AxisLabel['row']) =>
  labels.filter((label) => label.row === row).map((label) => label.text);

describe('axisScale', () => {
  it('maps days across the width, segments by their dates, breaks between them', () => {
    const { scale } = axisOf('a cluster and an outlier five years earlier', 60);
    expect(scale.segments).toHaveLength(2);
    expect(scale.segments[0]!.range[0]).toBe(0);
    expect(scale.segments.at(-1)!.range[1]).toBeCloseTo(60, 6);
    // The cluster holds five of the six dates: it gets most of the width.
    const [outlier, cluster] = scale.segments.map((segment) => segment.range[1] - segment.range[0]);
    expect(cluster!).toBeGreaterThan(3 * outlier!);
    expect(scale.breaks[0]!.range[1] - scale.breaks[0]!.range[0]).toBeCloseTo(1.5, 6);
    // Time runs on across a break, so positions only grow.
    const days = [dayNumber('2019-03-14'), dayNumber('2021-01-01'), dayNumber('2024-05-13'), dayNumber('2024-05-21')];
    const xs = days.map(scale.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
  });

  it('keeps room at the ends, so a mark on the first or last day stays inside', () => {
    for (const name of Object.keys(CASES))
      for (const width of widths) {
        const { scale } = axisOf(name, width);
        for (const { spans } of [CASES[name]!])
          for (const { start, end } of spans) {
            expect(scale.x(start + 0.5)).toBeGreaterThanOrEqual(0);
            expect(scale.x(end + 0.5)).toBeLessThanOrEqual(width);
          }
      }
  });
});

describe('axisTicks', () => {
  for (const name of Object.keys(CASES))
    it(`labels the axis of ${name} at every width without two labels touching, all inside`, () => {
      for (const width of widths) {
        const { ticks } = axisOf(name, width);
        expect(ticks.labels.some((label) => label.row === 'unit' || label.row === 'context')).toBe(true);
        for (const row of ticks.rows) {
          const boxes = ticks.labels.filter((label) => label.row === row).map(labelBox);
          boxes.sort((a, b) => a[0] - b[0]);
          for (const [i, [left, right]] of boxes.entries()) {
            expect(left).toBeGreaterThanOrEqual(0);
            expect(right).toBeLessThanOrEqual(width);
            if (i > 0) expect(left).toBeGreaterThan(boxes[i - 1]![1]);
          }
        }
      }
    });

  it('ticks the seed by day at the wide width, naming the weekday and each month with its year', () => {
    const { ticks } = axisOf('one week (the seed)', widths[2]!);
    expect(texts(ticks.labels, 'context')).toEqual(['Aug 2023', 'Sep 2023']);
    expect(texts(ticks.labels, 'weekday').slice(0, 3)).toEqual(['Tu', 'We', 'Th']);
    expect(texts(ticks.labels, 'unit')).toEqual([
      '29',
      '30',
      '31',
      ...Array.from({ length: 14 }, (_, i) => `${i + 1}`),
    ]);
  });

  it('says the year where it changes: December 2024 to January 2025', () => {
    for (const width of widths) {
      const context = texts(axisOf('"this year" in the first week of January', width).ticks.labels, 'context');
      expect(context.at(-1)).toBe('Jan 2025');
    }
  });

  it('ticks by month with the year above on eighteen months, and by years on fifty', () => {
    const months = axisOf('18 months', widths[2]!).ticks.labels;
    expect(texts(months, 'context').slice(0, 2)).toEqual(['2024', '2025']);
    expect(texts(months, 'unit')).toContain('Jan');
    const years = texts(axisOf('1970s to 2020s', widths[1]!).ticks.labels, 'unit');
    expect(years).toContain('1980');
    expect(years).toContain('2000');
  });

  it('labels a break with the time it leaves out', () => {
    const { ticks } = axisOf('a cluster and an outlier five years earlier', widths[2]!);
    expect(texts(ticks.labels, 'break')).toEqual(['⋯ 5 years ⋯']);
    expect([durationWords(3), durationWords(20), durationWords(200), durationWords(365 * 30)]).toEqual([
      '3 days',
      '3 weeks',
      '7 months',
      '30 years',
    ]);
  });
});
