import type { EntityKind } from '../../schemas/entity.ts';
import { axisClusters } from './axis-segments.ts';
import { axisTicks, type AxisRow } from './axis-ticks.ts';
import { MARK_GEOMETRY, stackMarks, type LaneItem, type MarkLabel } from './mark-rows.ts';
import { AXIS_GEOMETRY, axisScale } from './time-scale.ts';

/** Font size of the chart's text, in rem; the layout is computed in em of it, so it follows the reader's font size. */
export const CHART_FONT_REM = 0.75;
/** Height of one sub-row of a lane, and the space above the first, in em. */
export const ROW_EM = 2.2;
export const ROW_TOP_EM = 0.3;
/** Height of one row of axis labels, in em. */
export const AXIS_ROW_EM = 1.3;

/**
 * The widths the chart is laid out for. The page is static, so each is rendered and CSS shows the one that fits its
 * container (`analysis.css` uses the same numbers): the plot is never narrower than `minRem` (below that it scrolls
 * in its box), and a layout that fits at its narrowest fits wider too, since positions scale and text does not.
 */
export const CHART_WIDTHS = [
  { name: 'narrow', minRem: 15.5 },
  { name: 'medium', minRem: 30 },
  { name: 'wide', minRem: 48 },
] as const;

/** One of `CHART_WIDTHS`. */
export type ChartWidth = (typeof CHART_WIDTHS)[number];

/** A lane to draw: an actor and its items in date order. */
export interface ChartLaneInput {
  entity: string | null;
  name: string;
  kind: EntityKind | undefined;
  /** "Country", "Person"; none for the lane of events without an actor. */
  kindLabel: string | undefined;
  items: readonly ChartItem[];
}

/** An item of a lane with what the page needs to link and filter it. */
export interface ChartItem extends LaneItem {
  /** The tooltip: "3. Thu 7 Sep 2023: KCNA announces …". */
  title: string;
  href: string;
  /** Entity ids the filter matches it by. */
  entities: readonly string[];
  /** A quotation the text does not date, shown on the publication day. */
  atPublication?: boolean;
}

/** A mark as drawn: horizontal positions as fractions of the plot, sizes and offsets in em. */
export interface ChartMark {
  item: ChartItem;
  row: number;
  /** A bar from `x` over `width` (fractions), or a circle or square centred on `x` and `size` em wide. */
  shape: { bar: true; x: number; width: number } | { bar: false; x: number; size: number };
  clippedStart: boolean;
  clippedEnd: boolean;
  /** The label's anchor as a fraction, its offset from the mark in em. */
  label: Omit<MarkLabel, 'x'> & { x: number; dx: number };
}

/** One chart: axis header, grid and lanes, laid out for one width. */
export interface ChartView {
  name: ChartWidth['name'];
  minRem: number;
  /** The plot's width the layout was computed for, in em. */
  widthEm: number;
  axis: {
    rows: AxisRow[];
    labels: { row: AxisRow; text: string; x: number; anchor: 'start' | 'middle' }[];
    /** Grid lines, fractions. */
    lines: number[];
    breaks: { x: number; width: number }[];
    published: { x: number; width: number };
  };
  lanes: (Omit<ChartLaneInput, 'items'> & { rows: number; marks: ChartMark[] })[];
}

/**
 * The chart of these lanes at one width: a time axis (broken where the dates cluster, see `axisClusters`) with
 * ticks that fit (`axisTicks`), and each lane's marks stacked in sub-rows (`stackMarks`). A month page or an entity
 * page calls it with its own lanes.
 */
export function timelineChart(lanes: readonly ChartLaneInput[], published: number, width: ChartWidth): ChartView {
  const widthEm = width.minRem / CHART_FONT_REM;
  const g = AXIS_GEOMETRY;
  const maxSegments = Math.min(4, Math.floor((widthEm + g.breakEm) / (g.minSegmentEm + g.breakEm)));
  const items = new Map(lanes.flatMap((lane) => lane.items.map((item) => [item.id, item] as const)));
  const clusters = axisClusters([...items.values()], published, { maxSegments });
  const scale = axisScale(clusters, widthEm);
  const ticks = axisTicks(scale);
  const f = (em: number) => round(em / widthEm);
  const publishedX = scale.x(published);
  const publishedWidth = Math.max(0.3, scale.x(published + 1) - publishedX);
  return {
    name: width.name,
    minRem: width.minRem,
    widthEm,
    axis: {
      rows: ticks.rows,
      labels: ticks.labels.map(({ row, text, x, anchor }) => ({ row, text, x: f(x), anchor })),
      lines: ticks.lines.map(f),
      breaks: scale.breaks.map(({ range: [from, to] }) => ({ x: f(from), width: f(to - from) })),
      published: { x: f(publishedX), width: f(publishedWidth) },
    },
    lanes: lanes.map(({ items: laneItems, ...lane }) => {
      const stacked = stackMarks(laneItems, scale);
      const marks = stacked.marks.map((mark): ChartMark => {
        const item = mark.item as ChartItem;
        const [from, to] = mark.shape;
        const shape =
          item.point || item.kind === 'quote'
            ? { bar: false as const, x: f((from + to) / 2), size: round(to - from) }
            : { bar: true as const, x: f(from), width: f(to - from) };
        // A circle's words are placed from its centre; a bar's text from its start.
        const anchor = shape.bar ? from : (from + to) / 2;
        const label = { ...mark.label, x: f(anchor), dx: round(mark.label.x - anchor) };
        return { item, row: mark.row, shape, clippedStart: mark.clippedStart, clippedEnd: mark.clippedEnd, label };
      });
      return { ...lane, rows: stacked.rows, marks };
    }),
  };
}

/** The height of a lane's track with this many sub-rows, in em. */
export function laneHeightEm(rows: number): number {
  return round(rows * ROW_EM + ROW_TOP_EM);
}

/** Top of a sub-row's marks, in em. */
export function rowTopEm(row: number): number {
  return round(row * ROW_EM + ROW_TOP_EM);
}

/** The mark height, for components. */
export const MARK_HEIGHT_EM = MARK_GEOMETRY.height;

function round(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}
