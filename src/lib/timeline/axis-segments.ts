/**
 * Where the time axis breaks. A timeline whose dates cluster (the days around publication) with a few far away (a
 * treaty of 2018) is drawn as segments of linear time with compressed breaks between them, so that the cluster gets
 * the room and the far dates stay on the chart. The rule, in order:
 *
 * 1. Points: each date's first and last day, and the publication day. An estimate ("recently") counts only its last
 *    `longDateDays` days, because its start is a guess.
 * 2. Gaps: the axis breaks between two neighbouring points at least `minBreakDays` and `breakShare` of the whole
 *    span apart (an outlier years away), when the points on one side of the gap hold at least `minClusterDates`
 *    dates within less time than the gap: a break is only worth it when it gives a crowd room.
 * 3. A dense core: in each stretch, the shortest run of points holding at least `coreShare` of its dates (and
 *    `minClusterDates` dates; a date weighs 1, shared between its two ends), widened to the neighbours closer than
 *    `minBreakDays`; when it then covers at most `coreRatio` of the stretch, the axis also breaks at its edges (a
 *    busy fortnight at the end of fifty years).
 *    The core is searched again inside the core, up to three times.
 * 4. Far ends: a stretch holding nothing but an end of a long date that is shown in another stretch is left out,
 *    and the date is drawn cut at that end ("this year" in a story of the first week of January); then 2 and 3 run
 *    again on what is left.
 * 5. At most `maxSegments` stretches (what the chart's width holds): the smallest breaks close first.
 */
/** A date on the chart, as whole days since 1970-01-01, inclusive. */
export interface AxisSpan {
  start: number;
  end: number;
  /** The engine only estimated it: its start is a guess. */
  uncertain: boolean;
}

/** One stretch of linear time on the axis. */
export interface AxisCluster {
  /** First and last day holding a point, inclusive. */
  first: number;
  last: number;
  /** How many dates are drawn in it (each date counted once, where it starts on the axis). */
  items: number;
}

/** The thresholds of the rule above. */
export interface SegmentRules {
  /** An estimate counts only its last this-many days; default 10. */
  readonly longDateDays?: number;
  /** No break is shorter than this; default 60. */
  readonly minBreakDays?: number;
  /** A gap this share of the whole span breaks the axis; default 0.3. */
  readonly breakShare?: number;
  /** The core holds at least this share of a stretch's dates; default 1/3. */
  readonly coreShare?: number;
  /** … and covers at most this share of the stretch; default 0.05. */
  readonly coreRatio?: number;
  /** At most this many stretches; default 4. */
  readonly maxSegments?: number;
  /** A break must give room to at least this many dates; default 3. */
  readonly minClusterDates?: number;
}

const DEFAULTS: Required<SegmentRules> = {
  longDateDays: 10,
  minBreakDays: 60,
  breakShare: 0.3,
  coreShare: 1 / 3,
  coreRatio: 0.05,
  maxSegments: 4,
  minClusterDates: 3,
};

/** A span as the axis counts it: an estimate's start clipped to its last `longDateDays` days. */
export function axisExtent(span: AxisSpan, longDateDays = DEFAULTS.longDateDays): { start: number; end: number } {
  return { start: span.uncertain ? Math.max(span.start, span.end - (longDateDays - 1)) : span.start, end: span.end };
}

/** The stretches of linear time of an axis over these dates and the publication day (see the rule above). */
export function axisClusters(
  spans: readonly AxisSpan[],
  published: number,
  rules: Readonly<SegmentRules> = {},
): AxisCluster[] {
  const options = { ...DEFAULTS, ...rules };
  const extents = spans.map((span) => axisExtent(span, options.longDateDays));
  // Which dates start or end on each day (the publication day is a point of its own, of no date).
  const owners = new Map<number, number[]>([[published, []]]);
  extents.forEach(({ start, end }, i) => {
    for (const day of start === end ? [start] : [start, end]) owners.set(day, [...(owners.get(day) ?? []), i]);
  });
  // Each date weighs 1, shared between its first and last day; the publication day weighs nothing.
  const weights = new Map(
    [...owners].map(([day, dates]) => {
      const weight = dates.reduce((sum, i) => sum + (extents[i]!.start === extents[i]!.end ? 1 : 0.5), 0);
      return [day, weight] as const;
    }),
  );
  const stretches = (days: readonly number[]) => split(days, { owners, weights }, options, 0);
  let clusters = stretches([...owners.keys()].sort((a, b) => a - b));
  const kept = neededClusters(clusters, extents, published);
  if (kept.length < clusters.length) clusters = stretches(kept.flat());
  while (clusters.length > Math.max(1, options.maxSegments)) clusters = closeSmallestBreak(clusters);
  return clusters.map((days) => ({ first: days[0]!, last: days.at(-1)!, items: 0 })).map(countItems(extents));
}

/** The days that hold points: which dates start or end there, and their weight. */
interface Points {
  owners: ReadonlyMap<number, readonly number[]>;
  weights: ReadonlyMap<number, number>;
}

/** Rules 2 and 3: sorted days cut into stretches. */
function split(days: readonly number[], points: Points, options: Required<SegmentRules>, depth: number): number[][] {
  const { owners } = points;
  if (days.length < 2) return [[...days]];
  const span = days.at(-1)! - days[0]!;
  const dates = (from: number, to: number) => new Set(days.slice(from, to).flatMap((day) => owners.get(day)!)).size;
  const crowd = (from: number, to: number, gap: number) =>
    days[to - 1]! - days[from]! < gap && dates(from, to) >= options.minClusterDates;
  const cuts = new Set<number>();
  for (let i = 0; i < days.length - 1; i++) {
    const gap = days[i + 1]! - days[i]!;
    if (gap < options.minBreakDays || gap < options.breakShare * span) continue;
    if (crowd(0, i + 1, gap) || crowd(i + 1, days.length, gap)) cuts.add(i);
  }
  const stretches: number[][] = [];
  for (const [from, to] of runs(days.length, cuts)) {
    const run = days.slice(from, to);
    const core = denseCore(run, points, options);
    const edges = core ? [core.from - 1, core.to - 1] : [];
    const coreCuts = new Set(edges.filter((i) => i >= 0 && i < run.length - 1));
    if (coreCuts.size === 0 || depth >= 3) stretches.push(run);
    else
      for (const [a, b] of runs(run.length, coreCuts))
        stretches.push(...split(run.slice(a, b), points, options, depth + 1));
  }
  return stretches;
}

/** Index ranges [from, to) between the cut positions (a cut after index i). */
function runs(length: number, cuts: ReadonlySet<number>): [number, number][] {
  const ends = [...cuts].sort((a, b) => a - b).map((i) => i + 1);
  return [0, ...ends].map((from, i) => [from, ends[i] ?? length]);
}

/** The shortest run of days holding `coreShare` of the dates, when it is narrow and busy enough for a stretch. */
function denseCore(days: readonly number[], { owners, weights }: Points, options: Required<SegmentRules>) {
  const weight = (day: number) => weights.get(day)!;
  const total = days.reduce((sum, day) => sum + weight(day), 0);
  const span = days.at(-1)! - days[0]! + 1;
  let best: { from: number; to: number; length: number } | undefined;
  let sum = 0;
  for (let from = 0, to = 0; from < days.length; sum -= weight(days[from++]!)) {
    while (to < days.length && sum < options.coreShare * total) sum += weight(days[to++]!);
    if (sum < options.coreShare * total) break;
    const length = days[to - 1]! - days[from]! + 1;
    if (!best || length < best.length) best = { from, to, length };
  }
  if (!best) return undefined;
  // The core takes in its neighbours closer than a break: it is cut from the rest only at real gaps.
  while (best.from > 0 && days[best.from]! - days[best.from - 1]! < options.minBreakDays) best.from--;
  while (best.to < days.length && days[best.to]! - days[best.to - 1]! < options.minBreakDays) best.to++;
  if (days[best.to - 1]! - days[best.from]! + 1 > options.coreRatio * span) return undefined;
  const dates = new Set(days.slice(best.from, best.to).flatMap((day) => owners.get(day)!)).size;
  return dates >= options.minClusterDates ? best : undefined;
}

/** Rule 4: the stretches to keep. */
function neededClusters(
  clusters: readonly number[][],
  extents: readonly { start: number; end: number }[],
  published: number,
): number[][] {
  const clusterOf = (day: number) => clusters.findIndex((days) => day <= days.at(-1)!);
  const needed = new Set([clusterOf(published)]);
  const crossing: [number, number][] = [];
  for (const { start, end } of extents) {
    const [a, b] = [clusterOf(start), clusterOf(end)];
    if (a === b) needed.add(a);
    else crossing.push([a, b]);
  }
  const distance = (i: number) => Math.min(...clusters[i]!.map((day) => Math.abs(day - published)));
  for (const [a, b] of crossing) {
    if ([...needed].some((i) => i >= a && i <= b)) continue;
    needed.add(distance(a) <= distance(b) ? a : b);
  }
  return clusters.filter((_, i) => needed.has(i));
}

/** Rule 5: the two neighbouring stretches with the smallest gap become one. */
function closeSmallestBreak(clusters: readonly number[][]): number[][] {
  let smallest = 0;
  for (let i = 1; i < clusters.length - 1; i++) {
    const gap = (j: number) => clusters[j + 1]![0]! - clusters[j]!.at(-1)!;
    if (gap(i) < gap(smallest)) smallest = i;
  }
  return [
    ...clusters.slice(0, smallest),
    [...clusters[smallest]!, ...clusters[smallest + 1]!],
    ...clusters.slice(smallest + 2),
  ];
}

/** Each date counted once: in the stretch where it first shows. */
function countItems(extents: readonly { start: number; end: number }[]) {
  return (cluster: AxisCluster, i: number, all: readonly AxisCluster[]): AxisCluster => {
    const items = extents.filter(({ start, end }) => {
      const first = all.findIndex((c) => end >= c.first && start <= c.last);
      return first === i;
    }).length;
    return { ...cluster, items };
  };
}
