import { utcDay, utcMonday, utcMonth, utcYear, type CountableTimeInterval, type TimeInterval } from 'd3-time';
import { utcFormat } from 'd3-time-format';
import { dateDay, dayDate } from './days.ts';
import { textWidthEm } from './text-width.ts';
import type { AxisScale, ScaleSegment } from './time-scale.ts';

/** The rows of the axis header, top to bottom: breaks, the month or year, the weekday, the tick's own unit. */
export type AxisRow = 'break' | 'context' | 'weekday' | 'unit';

/** One label of the axis header. */
export interface AxisLabel {
  row: AxisRow;
  text: string;
  /** Anchor position in em; the label starts there (`start`) or is centred on it (`middle`). */
  x: number;
  anchor: 'start' | 'middle';
  /** Estimated width in em (see `textWidthEm`). */
  width: number;
}

/** Ticks and labels of a whole axis. */
export interface AxisTicks {
  /** Grid lines (em). */
  lines: number[];
  labels: AxisLabel[];
  /** The rows the labels use, top to bottom. */
  rows: AxisRow[];
}

/** How a tick interval is labelled: by day (weekday and day), by day number, by month, by year. */
type TickKind = 'day' | 'date' | 'month' | 'year';

interface Candidate {
  kind: TickKind;
  interval: TimeInterval | CountableTimeInterval;
  /** Approximate length in days, to skip intervals that would give far too many ticks. */
  days: number;
}

const everyOtherDay = utcDay.filter((date) => Math.round(dateDay(date)) % 2 === 0);
/** Tick intervals from finest to coarsest (d3-time); the finest whose labels fit is used. */
const CANDIDATES: readonly Candidate[] = [
  { kind: 'day', interval: utcDay, days: 1 },
  { kind: 'date', interval: everyOtherDay, days: 2 },
  { kind: 'date', interval: utcMonday, days: 7 },
  { kind: 'month', interval: utcMonth, days: 30 },
  { kind: 'month', interval: utcMonth.every(3)!, days: 91 },
  { kind: 'month', interval: utcMonth.every(6)!, days: 182 },
  ...[1, 2, 5, 10, 20, 50, 100].map((step) => ({
    kind: 'year' as const,
    interval: utcYear.every(step)!,
    days: 365 * step,
  })),
];

/** Space kept between two labels of a row, and between a tick line and a label that starts at it (em). */
const LABEL_GAP = 0.5;
const LABEL_INSET = 0.3;
const format = {
  monthYear: utcFormat('%b %Y'),
  month: utcFormat('%b'),
  year: utcFormat('%Y'),
  day: utcFormat('%-d'),
  weekday: utcFormat('%a'),
};

/**
 * Ticks for each segment of the axis: the finest d3-time interval whose labels fit the segment's width without
 * touching, with a context row that names the month (or the year) at the segment's first tick and wherever it
 * changes, so a label says the year whenever the year changes. Each break gets a label with the time it leaves out.
 */
export function axisTicks(scale: AxisScale): AxisTicks {
  const lines: number[] = [];
  const labels: AxisLabel[] = [];
  for (const segment of scale.segments) {
    const chosen = segmentTicks(segment);
    lines.push(...chosen.lines);
    labels.push(...chosen.labels);
  }
  labels.push(...breakLabels(scale));
  const order: AxisRow[] = ['break', 'context', 'weekday', 'unit'];
  const rows = order.filter((row) => labels.some((label) => label.row === row));
  return { lines, labels, rows };
}

/** The finest interval whose labels fit; the coarsest, thinned, when none does. */
function segmentTicks(segment: ScaleSegment): { lines: number[]; labels: AxisLabel[] } {
  const width = segment.range[1] - segment.range[0];
  const length = segment.domain[1] - segment.domain[0];
  const usable = CANDIDATES.filter((candidate) => length / candidate.days <= width);
  for (const candidate of usable) {
    const ticks = tickLabels(segment, candidate);
    if (ticks.labels.some((label) => label.row === 'unit') && fits(ticks.labels, segment.range)) return ticks;
  }
  // Nothing fits: the segment is named once at its start, by month or by year.
  const start = dayDate(segment.domain[0]);
  const text = (length <= 62 ? format.monthYear : format.year)(start);
  const label: AxisLabel = { row: 'context', text, x: segment.range[0] + LABEL_INSET, anchor: 'start', width: 0 };
  label.width = textWidthEm(text, 700);
  return { lines: [], labels: thin([label], segment.range) };
}

function tickLabels(segment: ScaleSegment, { kind, interval }: Candidate): { lines: number[]; labels: AxisLabel[] } {
  const ticks = segment.scale.ticks(interval);
  const x = (date: Date) => segment.scale(date);
  const middle = (date: Date) => x(dayDate(dateDay(date) + 0.5));
  const label = (row: AxisRow, text: string, at: number, anchor: AxisLabel['anchor'], bold = false): AxisLabel => ({
    row,
    text,
    x: at,
    anchor,
    width: textWidthEm(text, bold ? 700 : 400),
  });
  const context = kind === 'year' ? undefined : kind === 'month' ? format.year : format.monthYear;
  const unit = kind === 'day' || kind === 'date' ? format.day : kind === 'month' ? format.month : format.year;
  const labels: AxisLabel[] = [];
  let previous: string | undefined;
  for (const tick of ticks) {
    const named = context?.(tick);
    const own = [
      ...(named !== undefined && named !== previous
        ? [label('context', named, x(tick) + LABEL_INSET, 'start', true)]
        : []),
      ...(kind === 'day'
        ? [
            label('weekday', format.weekday(tick).slice(0, 2), middle(tick), 'middle'),
            label('unit', unit(tick), middle(tick), 'middle'),
          ]
        : [label('unit', unit(tick), x(tick) + LABEL_INSET, 'start')]),
    ];
    // A tick at the segment's very end (its labels would leave it) keeps its line only.
    if (own.some((item) => labelBox(item)[1] > segment.range[1])) continue;
    labels.push(...own);
    previous = named;
  }
  return { lines: ticks.map(x), labels };
}

/** A label's left and right edge (em). */
export function labelBox(label: Pick<AxisLabel, 'x' | 'anchor' | 'width'>): [number, number] {
  const left = label.anchor === 'middle' ? label.x - label.width / 2 : label.x;
  return [left, left + label.width];
}

/** Every label inside the range, and none touching the one before it in its row. */
function fits(labels: readonly AxisLabel[], range: readonly [number, number]): boolean {
  return thin(labels, range).length === labels.length;
}

/** The labels that fit, kept from left to right. */
function thin(labels: readonly AxisLabel[], [from, to]: readonly [number, number]): AxisLabel[] {
  const ends = new Map<AxisRow, number>();
  return labels.filter((label) => {
    const [left, right] = labelBox(label);
    if (left < from || right > to || left < (ends.get(label.row) ?? -Infinity) + LABEL_GAP) return false;
    ends.set(label.row, right);
    return true;
  });
}

/** "⋯ 5 years ⋯" over each break, or "5 years" where the longer form would touch a neighbour. */
function breakLabels(scale: AxisScale): AxisLabel[] {
  const kept: AxisLabel[] = [];
  scale.breaks.forEach((gap, i) => {
    const centre = (gap.range[0] + gap.range[1]) / 2;
    const room: [number, number] = [
      i === 0 ? 0 : (scale.breaks[i - 1]!.range[1] + gap.range[0]) / 2,
      i === scale.breaks.length - 1 ? scale.width : (gap.range[1] + scale.breaks[i + 1]!.range[0]) / 2,
    ];
    const words = durationWords(gap.days);
    for (const text of [`⋯ ${words} ⋯`, words]) {
      const label: AxisLabel = { row: 'break', text, x: centre, anchor: 'middle', width: textWidthEm(text) };
      const [left, right] = labelBox(label);
      if (left >= room[0] + LABEL_GAP / 2 && right <= room[1] - LABEL_GAP / 2) {
        kept.push(label);
        break;
      }
    }
  });
  return kept;
}

/** "5 years", "11 months", "3 weeks", "4 days". */
export function durationWords(days: number): string {
  const [count, unit] =
    days >= 730
      ? [Math.round(days / 365.25), 'year']
      : days >= 61
        ? [Math.round(days / 30.44), 'month']
        : days >= 14
          ? [Math.round(days / 7), 'week']
          : [days, 'day'];
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}
