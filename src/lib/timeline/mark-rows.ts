import { textWidthEm } from './text-width.ts';
import type { AxisScale } from './time-scale.ts';

/** Sizes of the marks, in em of the chart's font. */
export const MARK_GEOMETRY = {
  /** Height of a mark; a one-day mark is a circle this wide (a pill when its number needs more). */
  height: 1.6,
  /** Room around a number inside its pill. */
  pillPadding: 0.6,
  /** Between a mark and its words beside it. */
  labelGap: 0.3,
  /** From a bar's start to its number (more when the bar fades in, cut by the axis). */
  barInset: 0.5,
  fadedInset: 1.3,
  /** Between two marks of one row. */
  markGap: 0.4,
} as const;

/** A date or quotation to draw on one lane. */
export interface LaneItem {
  /** Event or quotation id. */
  id: string;
  kind: 'event' | 'quote';
  /** First and last day, days since 1970-01-01, inclusive. */
  start: number;
  end: number;
  /** One day: a circle (events) or a square (quotations) rather than a bar. */
  point: boolean;
  uncertain: boolean;
  /** The event's number in the list. */
  number?: number;
  /** Words from the event that may stand beside its number: longest first ("Chinese delegation announced"). */
  what?: readonly string[];
}

/** Where one item is drawn on its lane (em). */
export interface PlacedMark {
  item: LaneItem;
  /** Sub-row of the lane, from 0. */
  row: number;
  /** The drawn shape: a bar's ends, or a circle's or square's box. */
  shape: [number, number];
  /** The bar runs on past the axis at its start or end, so it fades out there. */
  clippedStart: boolean;
  clippedEnd: boolean;
  /** The text of the mark: its number (with "approx." on a bar) and words, where they are placed. */
  label: MarkLabel;
  /** Everything drawn, shape and text. */
  extent: [number, number];
}

/** A mark's text: its number (inside a circle, or at the start of a bar) and the words beside it. */
export interface MarkLabel {
  number: string;
  what: string | undefined;
  /** Where the words (on a bar: number and words) go: inside the bar from its start, right or left of the mark. */
  side: 'inside' | 'right' | 'left';
  /** Start of the text (`inside`, `right`) or its end (`left`), em. */
  x: number;
}

/**
 * Marks of one lane placed in sub-rows so that none touches another (as vis-timeline stacks items): in the order
 * given, each mark takes the first row where it fits, with the longest label that fits there (its words, fewer
 * words, its number only) on the side that fits (words right of a circle or inside a bar, else left of it); a mark
 * that fits no row starts a new one. Nothing is placed outside the axis.
 */
export function stackMarks(
  items: readonly LaneItem[],
  scale: Pick<AxisScale, 'x' | 'width'>,
): {
  marks: PlacedMark[];
  rows: number;
} {
  const rows: [number, number][][] = [];
  const free = (row: readonly [number, number][], [from, to]: [number, number]) =>
    row.every(([a, b]) => to + MARK_GEOMETRY.markGap <= a || from >= b + MARK_GEOMETRY.markGap);
  const marks = items.map((item) => {
    const options = placements(item, scale);
    for (const option of options)
      for (let row = 0; row < rows.length; row++)
        if (free(rows[row]!, option.extent)) {
          rows[row]!.push(option.extent);
          return { ...option, row };
        }
    rows.push([options[0]!.extent]);
    return { ...options[0]!, row: rows.length - 1 };
  });
  return { marks, rows: Math.max(1, rows.length) };
}

/** Every way to draw an item inside the axis, best first. */
function placements(item: LaneItem, scale: Pick<AxisScale, 'x' | 'width'>): Omit<PlacedMark, 'row'>[] {
  const g = MARK_GEOMETRY;
  const width = scale.width;
  const number = item.kind === 'quote' ? '“' : `${item.number ?? ''}`;
  const numberWidth = textWidthEm(number, 700);
  const whats = [...(item.kind === 'quote' ? [] : (item.what ?? [])), undefined];
  // A hair of tolerance: the scale's ends come out of floating-point sums.
  const inside = ([from, to]: [number, number]) => from >= -1e-6 && to <= width + 1e-6;
  const options: Omit<PlacedMark, 'row'>[] = [];
  if (item.point || item.kind === 'quote') {
    const size = item.kind === 'quote' ? g.height : Math.max(g.height, numberWidth + g.pillPadding);
    const centre = clamp(scale.x(item.start + 0.5), size / 2, width - size / 2);
    const shape: [number, number] = [centre - size / 2, centre + size / 2];
    for (const what of whats) {
      const words = what === undefined ? 0 : g.labelGap + textWidthEm(what);
      const sides = [
        { side: 'right' as const, x: shape[1] + g.labelGap, extent: [shape[0], shape[1] + words] as [number, number] },
        { side: 'left' as const, x: shape[0] - g.labelGap, extent: [shape[0] - words, shape[1]] as [number, number] },
      ];
      for (const { side, x, extent } of what === undefined ? sides.slice(0, 1) : sides)
        if (inside(extent))
          options.push({
            item,
            shape,
            clippedStart: false,
            clippedEnd: false,
            label: { number, what, side, x },
            extent,
          });
    }
    return options;
  }
  const from = scale.x(item.start);
  const to = scale.x(item.end + 1);
  const clippedStart = from <= 0 && scale.x(item.start - 1) <= 0;
  const clippedEnd = to >= width && scale.x(item.end + 2) >= width;
  const tag = item.uncertain ? `${number} approx.` : number;
  const inset = clippedStart ? g.fadedInset : g.barInset;
  // A bar is at least wide enough for its number.
  const least = textWidthEm(tag, 700) + inset + g.barInset;
  const grow = Math.max(0, least - (to - from));
  const left = clamp(from - grow / 2, 0, width - least);
  const shape: [number, number] = [left, Math.min(width, Math.max(to + grow / 2, left + least))];
  for (const what of whats) {
    const text = textWidthEm(tag, 700) + (what === undefined ? 0 : textWidthEm(` ${what}`));
    const sides = [
      {
        side: 'inside' as const,
        x: shape[0] + inset,
        extent: [shape[0], Math.max(shape[1], shape[0] + inset + text + g.barInset)] as [number, number],
      },
      {
        side: 'left' as const,
        x: shape[0] - g.labelGap,
        extent: [shape[0] - g.labelGap - text, shape[1]] as [number, number],
      },
    ];
    for (const { side, x, extent } of sides)
      if (inside(extent))
        options.push({ item, shape, clippedStart, clippedEnd, label: { number: tag, what, side, x }, extent });
  }
  return options;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}
