import { format, parseISO } from 'date-fns';
import type { AnalysisEntity } from '../schemas/analysis.ts';
import { cacheKey } from './cache-key.ts';
import { corpusArticles, corpusEntityPages } from './corpus.ts';
import { mergeEvents, type MergedEvent } from './corpus-timeline.ts';
import { eventBucket, eventBucketCount } from './event-buckets.ts';
import { pageParam } from './paging.ts';
import { entitiesOf, timelineMonths, type TimelineMonth, type TimelinePart } from './timeline-pages.ts';

/** A neighbouring page of the merged timeline. */
export interface TimelineStep {
  href: string;
  label: string;
}

/** Props of one page of the merged timeline. */
export interface TimelinePartProps {
  part: TimelinePart;
  /** The entities its events name, and which of them have a page. */
  entities: AnalysisEntity[];
  registered: Set<string>;
  /** The page before and after it, across months. */
  earlier: TimelineStep | undefined;
  later: TimelineStep | undefined;
}

/** One row of the overview: a year and the number of events in each of its months. */
export interface TimelineYear {
  year: string;
  months: { label: string; name: string; events: number; href: string | undefined }[];
}

let months:
  Promise<{ months: TimelineMonth[]; entities: Map<string, AnalysisEntity>; registered: Set<string> }> | undefined;

/** The merged timeline of every article, by month, computed once per build. */
function corpusMonths() {
  months ??= Promise.all([corpusArticles(), corpusEntityPages()]).then(([articles, pages]) => {
    const merged = mergeEvents(articles);
    return { months: timelineMonths(merged.events), entities: merged.entities, registered: new Set(pages.keys()) };
  });
  return months;
}

function stepTo(part: TimelinePart | undefined): TimelineStep | undefined {
  return part && { href: part.nav.href, label: part.days ? `${part.days} ${part.year}` : part.monthLabel };
}

/** `getStaticPaths` of `/timeline/<yyyy>/<mm>/` and its parts (`page/<n>/`). */
export async function timelinePartPaths() {
  const { months: all, entities, registered } = await corpusMonths();
  const sequence = all.flatMap((month) => month.parts);
  return sequence.map((part, i) => {
    const used = entitiesOf(part.events, entities);
    const props: TimelinePartProps = {
      part,
      entities: used,
      registered: new Set(used.map((entity) => entity.id).filter((id) => registered.has(id))),
      earlier: stepTo(sequence[i - 1]),
      later: stepTo(sequence[i + 1]),
    };
    return {
      params: { year: part.year, month: part.month, page: pageParam(part.nav.number) },
      props,
      cacheKey: cacheKey(props),
    };
  });
}

/** `/timeline/`: every year with events, each month's count and link, and how many lookup files the event ids take. */
export async function timelineOverview(): Promise<{ years: TimelineYear[]; events: number; buckets: number }> {
  const { months: all } = await corpusMonths();
  const byKey = new Map(all.map((month) => [`${month.year}-${month.month}`, month]));
  const years = [...new Set(all.map((month) => month.year))].map((year) => ({
    year,
    months: Array.from({ length: 12 }, (_, i) => {
      const key = `${year}-${String(i + 1).padStart(2, '0')}`;
      const month = byKey.get(key);
      const date = parseISO(`${key}-01`);
      return {
        label: format(date, 'MMM'),
        name: format(date, 'MMMM yyyy'),
        events: month?.events ?? 0,
        href: month?.href,
      };
    }),
  }));
  const events = all.reduce((sum, month) => sum + month.events, 0);
  return { years, events, buckets: eventBucketCount(events) };
}

/** `getStaticPaths` of `/timeline/events/<n>.json`: where each event id of the merged timeline is now. */
export async function eventLookupPaths() {
  const { months: all } = await corpusMonths();
  const events: [MergedEvent, string][] = all.flatMap((month) =>
    month.parts.flatMap((part) => part.events.map((merged): [MergedEvent, string] => [merged, part.nav.href])),
  );
  const count = eventBucketCount(events.length);
  const buckets = Array.from({ length: count }, () => ({}) as Record<string, string>);
  for (const [merged, href] of events) buckets[eventBucket(merged.event.id, count)]![merged.event.id] = href;
  return buckets.map((lookup, bucket) => ({
    params: { bucket: String(bucket) },
    props: { lookup },
    cacheKey: cacheKey(lookup),
  }));
}
