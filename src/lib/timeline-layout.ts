import type { Analysis, AnalysisEntity, Event, Quote } from '../schemas/analysis.ts';
import { countOf } from '../analysis/count.ts';
import { KIND_LABELS, entityRef, type EntityRef } from './entity-cards.ts';
import { CHART_WIDTHS, timelineChart, type ChartItem, type ChartLaneInput, type ChartView } from './timeline/chart.ts';
import { dateView, formatDateRange, type DateView } from './timeline/date-labels.ts';
import { dayNumber } from './timeline/days.ts';
import { actorOf, affiliationChain, kindRank, quoteLanes } from './timeline/lanes.ts';
import { shortWhat } from './timeline/short-what.ts';

export { dateView, formatDateRange, type DateLabels, type DateView } from './timeline/date-labels.ts';

/** One event of the chronological list. */
export interface TimelineEventView {
  /** The engine's id (`event-…`), the list item's element id. */
  id: string;
  /** Position in date order, from 1; the marks on the lanes carry the same number. */
  number: number;
  summary: string;
  /** The date as the text gives it ("On Thursday"). */
  phrase: string;
  date: DateView;
  /** Why this date, in the engine's words. */
  reason: string;
  /** Its actors, then the lanes it is drawn on that are not its actors (the Eastern Economic Forum's Russia). */
  actors: EntityRef[];
  /** Who reports it, when the text says so. */
  source: EntityRef | undefined;
  paragraph: string;
  /** Position of the paragraph in the body, from 1. */
  paragraphNumber: number;
  /** Entity ids the filter matches it by: actors, source and the lanes it is drawn on. */
  entities: string[];
  origin: Event['origin'];
  /** On a timeline of several articles: every copy that reports the event (see `corpusTimeline`). */
  sources?: EventSource[];
}

/** A quotation of the chronological list, where the chart draws it. */
export interface TimelineQuoteView {
  /** Element id of the list item (`timeline-<quote-id>`); the quote's card links here. */
  id: string;
  quote: string;
  /** `#<quote-id>`: the card in the quotes sidebar. */
  href: string;
  speaker: string;
  /** The first words of the quotation. */
  excerpt: string;
  /** When it was said; none when the text does not say (it is drawn on the publication day). */
  date: DateView | undefined;
  /** Entity ids the filter matches it by: the speaker, their affiliations and the lane it is drawn on. */
  entities: string[];
}

/** Where an event of a merged timeline is told: an article and its paragraph. */
export interface EventSource {
  title: string;
  outlet: string;
  /** `/articles/<slug>/#<paragraph>`. */
  href: string;
  paragraphNumber: number;
}

/** An entity the timeline can be filtered by, with how many of its events and quotations it involves. */
export interface TimelineFilterOption extends EntityRef {
  events: number;
  quotes: number;
}

/** Everything the timeline section renders, computed once per page. */
export interface TimelineView {
  /** The chart laid out for each of `CHART_WIDTHS`; CSS shows the one that fits. */
  charts: ChartView[];
  published: { day: string; label: string };
  /** Events by start day, then end day, then reading order. */
  events: TimelineEventView[];
  /** Quotations on the chart, in date order. */
  quotes: TimelineQuoteView[];
  filters: TimelineFilterOption[];
}

/** An item of the list under the chart. */
export type TimelineListItem =
  { kind: 'event'; event: TimelineEventView } | { kind: 'quote'; quote: TimelineQuoteView };

/** Element id of a quotation's item on the timeline. */
export function quoteTimelineId(quote: string): string {
  return `timeline-${quote}`;
}

type Source = Pick<Analysis, 'events' | 'quotes' | 'entities' | 'published' | 'paragraphs'>;

/**
 * The timeline of an analysis: one lane per actor (states, people, organizations, media: by kind, then first
 * appearance), each event on the lanes of its actors (an actor of another kind, such as an event or a place, on its
 * affiliation's lane), each quotation on its speaker's lane (an unnamed speaker's organization, or the nearest
 * affiliation with a lane); the chart at each width; and the list in date order. An item's `entities` are what the
 * filter's counts, the chart and the list all go by.
 */
export function timelineLayout(analysis: Source): TimelineView {
  const entities = new Map(analysis.entities.map((entity) => [entity.id, entity]));
  const publishedYear = Number(analysis.published.slice(0, 4));
  const order = [...analysis.events.keys()].sort((a, b) =>
    compareEvents(analysis.events[a]!, analysis.events[b]!, a, b),
  );
  const numberOf = new Map(order.map((i, n) => [analysis.events[i]!.id, n + 1]));
  const paragraphNumber = new Map(analysis.paragraphs.map((p, i) => [p.id, i + 1]));
  const lanes = new Map<
    string | null,
    { entity: AnalysisEntity | null; first: number; items: [ChartItem, number][] }
  >();
  const laneFor = (entity: AnalysisEntity | null) => {
    const key = entity?.id ?? null;
    if (!lanes.has(key)) lanes.set(key, { entity, first: lanes.size, items: [] });
    return lanes.get(key)!;
  };

  const eventViews = new Map<string, TimelineEventView>();
  analysis.events.forEach((event, reading) => {
    const date = dateView(event.date, publishedYear);
    const laneEntities = unique(event.actors.map((id) => actorOf(id, entities)).filter((e) => e !== undefined));
    const actorIds = unique([...event.actors, ...laneEntities.map((e) => e.id)]).filter((id) => entities.has(id));
    const source = event.source === undefined ? undefined : entities.get(event.source);
    const involved = unique([
      ...event.actors,
      ...(event.source ? [event.source] : []),
      ...laneEntities.map((e) => e.id),
    ]);
    const number = numberOf.get(event.id)!;
    eventViews.set(event.id, {
      id: event.id,
      number,
      summary: event.summary,
      phrase: event.phrase,
      date,
      reason: event.date.reason,
      actors: actorIds.map((id) => entityRef(entities.get(id)!)),
      source: source && entityRef(source),
      paragraph: event.paragraph,
      paragraphNumber: paragraphNumber.get(event.paragraph) ?? 0,
      entities: involved,
      origin: event.origin,
    });
    const item: ChartItem = {
      id: event.id,
      kind: 'event',
      start: dayNumber(event.date.start),
      end: dayNumber(event.date.end),
      point: event.date.start === event.date.end && event.date.precision === 'day',
      uncertain: date.uncertain,
      number,
      what: [shortWhat(event.summary, 3), shortWhat(event.summary, 2)].filter(
        (w, i, all) => w && all.indexOf(w) === i,
      ) as string[],
      title: `${number}. ${date.uncertain ? 'approx. ' : ''}${date.label}: ${event.summary}`,
      href: `#${event.id}`,
      entities: involved,
    };
    for (const entity of laneEntities.length > 0 ? laneEntities : [null]) laneFor(entity).items.push([item, reading]);
  });

  const publishedLabel = formatDateRange(analysis.published, analysis.published, 'day').label;
  const speakerLanes = quoteLanes(analysis.quotes, entities, (id) => lanes.has(id));
  const quotes = analysis.quotes.map((quote, reading) => {
    // A quotation with no lane (nobody to draw it for) is in the list only.
    const target = speakerLanes.get(quote.id);
    const view = quoteView(quote, target, entities, publishedYear);
    const day = dayNumber(quote.date?.start ?? analysis.published);
    if (target)
      laneFor(target).items.push([
        {
          id: quote.id,
          kind: 'quote',
          start: day,
          end: day,
          point: true,
          uncertain: false,
          title: `${view.speaker}: “${view.excerpt}” (${view.date?.label ?? `date not stated; shown on the publication day, ${publishedLabel}`})`,
          href: view.href,
          entities: view.entities,
          atPublication: quote.date === undefined,
        },
        analysis.events.length + reading,
      ]);
    return { view, day, reading };
  });

  const ordered = [...lanes.values()].sort(
    (a, b) => kindRank(a.entity?.kind) - kindRank(b.entity?.kind) || a.first - b.first,
  );
  const chartLanes: ChartLaneInput[] = ordered.map(({ entity, items }) => ({
    entity: entity?.id ?? null,
    name: entity?.name ?? 'No actor named',
    kind: entity?.kind,
    kindLabel: entity ? KIND_LABELS[entity.kind] : undefined,
    items: items
      .sort(([a, readingA], [b, readingB]) => a.start - b.start || a.end - b.end || readingA - readingB)
      .map(([item]) => item),
  }));
  const events = order.map((i) => eventViews.get(analysis.events[i]!.id)!);
  const quoteViews = quotes.sort((a, b) => a.day - b.day || a.reading - b.reading).map(({ view }) => view);
  // Counted in one pass from the list's own items: a merged timeline has thousands of lanes and events.
  const eventCounts = countOf(events.flatMap((event) => event.entities));
  const quoteCounts = countOf(quoteViews.flatMap((quote) => quote.entities));
  const filters = ordered.flatMap(({ entity }) =>
    entity === null
      ? []
      : [{ ...entityRef(entity), events: eventCounts.get(entity.id) ?? 0, quotes: quoteCounts.get(entity.id) ?? 0 }],
  );
  const published = dayNumber(analysis.published);
  return {
    charts: CHART_WIDTHS.map((width) => timelineChart(chartLanes, published, width)),
    published: { day: analysis.published, label: publishedLabel },
    events,
    quotes: quoteViews,
    filters,
  };
}

/** Events and quotations in one list by date (an undated quotation on the publication day), events first on a day. */
export function timelineList(view: Pick<TimelineView, 'events' | 'quotes' | 'published'>): TimelineListItem[] {
  const start = (item: TimelineListItem) =>
    item.kind === 'event' ? item.event.date.start : (item.quote.date?.start ?? view.published.day);
  const items: TimelineListItem[] = [
    ...view.events.map((event) => ({ kind: 'event' as const, event })),
    ...view.quotes.map((quote) => ({ kind: 'quote' as const, quote })),
  ];
  // A stable sort by day keeps the events' own order and puts each quotation after the events of its day.
  return items.sort((a, b) => start(a).localeCompare(start(b)));
}

function quoteView(
  quote: Quote,
  lane: AnalysisEntity | undefined,
  entities: ReadonlyMap<string, AnalysisEntity>,
  publishedYear: number,
): TimelineQuoteView {
  return {
    id: quoteTimelineId(quote.id),
    quote: quote.id,
    href: `#${quote.id}`,
    speaker: quote.speaker?.name ?? 'Unattributed',
    excerpt: excerpt(quote.text),
    date: quote.date && dateView({ ...quote.date, reason: '' }, publishedYear),
    entities: unique([
      ...affiliationChain(quote.speaker?.entity ?? quote.speaker?.affiliation, entities),
      ...(lane ? [lane.id] : []),
    ]),
  };
}

/** Date order: start day, then end day, then reading order. */
function compareEvents(a: Event, b: Event, readingA: number, readingB: number): number {
  return a.date.start.localeCompare(b.date.start) || a.date.end.localeCompare(b.date.end) || readingA - readingB;
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

function excerpt(text: string, words = 8): string {
  const all = text.split(/\s+/);
  return all.length <= words ? text : `${all.slice(0, words).join(' ')} …`;
}
