import { format, parseISO } from 'date-fns';
import type { AnalysisEntity } from '../schemas/analysis.ts';
import type { MergedEvent } from './corpus-timeline.ts';
import { pageHref, pageNav, type PageNav } from './paging.ts';

/** How many events a page of the merged timeline holds at most; a busier month is cut into parts. */
export const EVENTS_PER_TIMELINE_PAGE = 120;

/** One page of the merged timeline: a month, or a part of a busy one. */
export interface TimelinePart {
  /** `YYYY`, `MM`. */
  year: string;
  month: string;
  /** "September 2023". */
  monthLabel: string;
  /** Its place among the month's parts. */
  nav: PageNav;
  /** "1–4 September" when the month has several parts. */
  days: string | undefined;
  events: MergedEvent[];
}

/** A month of the merged timeline with its parts. */
export interface TimelineMonth {
  year: string;
  month: string;
  label: string;
  href: string;
  events: number;
  parts: TimelinePart[];
}

/** `/timeline/<yyyy>/<mm>/`. */
export function monthHref(year: string, month: string): string {
  return `/timeline/${year}/${month}/`;
}

/**
 * The merged timeline by month (of each event's first day), oldest first; a month with more events than
 * a page holds is cut into parts at day boundaries (a day with more is cut too). Events in date order.
 */
export function timelineMonths(events: readonly MergedEvent[], perPage = EVENTS_PER_TIMELINE_PAGE): TimelineMonth[] {
  const sorted = [...events].sort(
    (a, b) =>
      a.event.date.start.localeCompare(b.event.date.start) ||
      a.event.date.end.localeCompare(b.event.date.end) ||
      a.event.id.localeCompare(b.event.id),
  );
  return [...groupBy(sorted, (merged) => merged.event.date.start.slice(0, 7))].map(([key, monthEvents]) => {
    const [year, month] = key.split('-') as [string, string];
    const label = format(parseISO(`${key}-01`), 'MMMM yyyy');
    const href = monthHref(year, month);
    const chunks = cutAtDays(monthEvents, perPage);
    const parts = chunks.map((chunk, i) => ({
      year,
      month,
      monthLabel: label,
      nav: pageNav(i + 1, chunks.length, (n) => pageHref(href, n)),
      days: chunks.length > 1 ? dayRange(chunk) : undefined,
      events: chunk,
    }));
    return { year, month, label, href, events: monthEvents.length, parts };
  });
}

/** Events in date order cut into runs of at most `size`, a new run at a day boundary where one fits. */
function cutAtDays(events: readonly MergedEvent[], size: number): MergedEvent[][] {
  const byDay = groupBy(events, (merged) => merged.event.date.start);
  const runs: MergedEvent[][] = [];
  let run: MergedEvent[] = [];
  for (const day of byDay.values()) {
    if (run.length > 0 && run.length + day.length > size) {
      runs.push(run);
      run = [];
    }
    for (const merged of day) {
      if (run.length === size) {
        runs.push(run);
        run = [];
      }
      run.push(merged);
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

function dayRange(events: readonly MergedEvent[]): string {
  const first = parseISO(events[0]!.event.date.start);
  const last = parseISO(events.at(-1)!.event.date.start);
  return first.getDate() === last.getDate()
    ? format(first, 'd MMMM')
    : `${format(first, 'd')}–${format(last, 'd MMMM')}`;
}

/** The entities a part's events name, so a page carries (and its cache key hashes) only those. */
export function entitiesOf(events: readonly MergedEvent[], all: ReadonlyMap<string, AnalysisEntity>): AnalysisEntity[] {
  const ids = new Set(events.flatMap(({ event }) => [...event.actors, ...(event.source ? [event.source] : [])]));
  return [...ids].sort().flatMap((id) => all.get(id) ?? []);
}
