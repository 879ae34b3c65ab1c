import { scaleUtc, type ScaleTime } from 'd3-scale';
import type { AxisCluster } from './axis-segments.ts';
import { dateDay, dayDate } from './days.ts';

/** Geometry of the axis, in em of the chart's font. */
export const AXIS_GEOMETRY = {
  /** Width of a break between two segments. */
  breakEm: 1.5,
  /** Room kept free at each end of a segment, so that a mark on its first or last day stays inside. */
  insetEm: 1,
  /** No segment of a broken axis is narrower. */
  minSegmentEm: 6,
  /** … nor narrower than this share of the axis. */
  minSegmentShare: 0.15,
  /** The axis spans at least this many days; a segment of a broken axis at least `minBrokenDays`. */
  minDays: 7,
  minBrokenDays: 3,
  /** Days of margin at each end of a segment, at least. */
  padDays: 1,
} as const;

/** One stretch of linear time: its days (end exclusive) and where it lies across the chart (em). */
export interface ScaleSegment {
  /** First day shown and the day after the last one, in days since 1970-01-01. */
  domain: [number, number];
  range: [number, number];
  /** d3's linear time scale of this segment alone (its ticks). */
  scale: ScaleTime<number, number>;
}

/** A compressed stretch of time between two segments. */
export interface ScaleBreak {
  range: [number, number];
  /** Days left out between the last day one segment shows and the first the next shows. */
  days: number;
}

/** A time axis of one or more segments across `width` em. */
export interface AxisScale {
  width: number;
  segments: ScaleSegment[];
  breaks: ScaleBreak[];
  /** Position (em) of a day (fractions allowed: 0.5 is noon); days outside the axis are pinned to its ends. */
  x: (day: number) => number;
  /** First shown day and the day after the last one. */
  domain: [number, number];
}

/**
 * The axis scale over these stretches at this width: segments share the width by how many dates they hold (each at
 * least `minSegmentEm` and `minSegmentShare`), breaks take `breakEm`, and each segment is padded by whole days so
 * that `insetEm` stays free at its ends. Between segments time runs on compressed, so a date that spans a break is
 * drawn across it.
 */
export function axisScale(clusters: readonly AxisCluster[], width: number): AxisScale {
  const g = AXIS_GEOMETRY;
  const available = width - (clusters.length - 1) * g.breakEm;
  const widths = shareWidths(
    clusters.map((cluster) => Math.max(1, cluster.items)),
    available,
    clusters.length === 1 ? available : Math.max(g.minSegmentEm, g.minSegmentShare * available),
  );
  const minDays = clusters.length === 1 ? g.minDays : g.minBrokenDays;
  let left = 0;
  const segments = clusters.map((cluster, i) => {
    const w = widths[i]!;
    const short = Math.max(0, minDays - (cluster.last - cluster.first + 1));
    const first = cluster.first - Math.floor(short / 2);
    const last = cluster.last + Math.ceil(short / 2);
    const days = last - first + 1;
    const pad = Math.max(g.padDays, Math.ceil((g.insetEm * days) / Math.max(1, w - 2 * g.insetEm)));
    // Never pad into the neighbouring segment's dates.
    const before = i === 0 ? pad : Math.min(pad, Math.floor((first - clusters[i - 1]!.last - 1) / 2));
    const after = i === clusters.length - 1 ? pad : Math.min(pad, Math.floor((clusters[i + 1]!.first - last - 1) / 2));
    const domain: [number, number] = [first - before, last + 1 + after];
    const range: [number, number] = [left, left + w];
    left += w + g.breakEm;
    return { domain, range, scale: scaleUtc().domain(domain.map(dayDate)).range(range) };
  });
  const breaks = segments.slice(1).map((segment, i) => ({
    range: [segments[i]!.range[1], segment.range[0]] as [number, number],
    days: segment.domain[0] - segments[i]!.domain[1],
  }));
  const whole = scaleUtc()
    .domain(segments.flatMap((segment) => segment.domain.map(dayDate)))
    .range(segments.flatMap((segment) => segment.range))
    .clamp(true);
  return {
    width,
    segments,
    breaks,
    x: (day) => whole(dayDate(day)),
    domain: [segments[0]!.domain[0], segments.at(-1)!.domain[1]],
  };
}

/** Days since 1970-01-01 of a scale position (em): the inverse of `x` inside a segment. */
export function dayAt(segment: ScaleSegment, x: number): number {
  return dateDay(segment.scale.invert(x));
}

/** Widths proportional to weights, none under `min` (water-filling); equal shares when the minimums do not fit. */
function shareWidths(weights: readonly number[], total: number, min: number): number[] {
  if (min * weights.length >= total) return weights.map(() => total / weights.length);
  const fixed = new Set<number>();
  for (;;) {
    const free = total - fixed.size * min;
    const weight = weights.reduce((sum, w, i) => (fixed.has(i) ? sum : sum + w), 0);
    const widths = weights.map((w, i) => (fixed.has(i) ? min : (w / weight) * free));
    const under = widths.findIndex((w, i) => !fixed.has(i) && w < min);
    if (under === -1) return widths;
    fixed.add(under);
  }
}
