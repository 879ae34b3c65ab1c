import {
  addDays,
  differenceInCalendarDays,
  format,
  getDate,
  isMonday,
  isSameMonth,
  isSameYear,
  parseISO,
} from 'date-fns';
import type { Analysis, AnalysisEntity, Event, Precision, Quote } from '../schemas/analysis.ts';
import type { EntityKind } from '../schemas/entity.ts';
import { countOf } from '../analysis/count.ts';
import { KIND_LABELS, entityRef, type EntityRef } from './entity-cards.ts';

/** Options of `timelineLayout`. */
export interface TimelineOptions {
  /** Days of margin before the first and after the last day; default 1. */
  readonly padDays?: number;
  /** A longer date (a vague "recently", a month) widens the axis by its last this-many days only; default 10. */
  readonly longDateDays?: number;
  /** The axis spans at least this many days; default 7. */
  readonly minDays?: number;
}

/** A resolved date in words, for `<time>` elements and for marks. */
export interface DateLabels {
  /** "Thu 7 Sep 2023", "Sun 10 – Wed 13 Sep 2023". */
  label: string;
  /** The first day's words inside a range ("Sun 10"); the whole label for one day. */
  startLabel: string;
  /** The last day's words inside a range ("Wed 13 Sep 2023"). */
  endLabel: string;
  /** Compact form for small marks ("7 Sep", "10–13 Sep"). */
  short: string;
}

/** A resolved date as the timeline shows it. */
export interface DateView extends DateLabels {
  start: string;
  end: string;
  precision: Precision;
  /** A word for how wide or unsure the date is ("week", "4 days", "approx."); none for one day. */
  tag: string | undefined;
  /** The engine could only estimate it (precision `vague`). */
  uncertain: boolean;
}

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

/** Where an event of a merged timeline is told: an article and its paragraph. */
export interface EventSource {
  title: string;
  outlet: string;
  /** `/articles/<slug>/#<paragraph>`. */
  href: string;
  paragraphNumber: number;
}

/** A day of the axis. */
export interface AxisTick {
  day: string;
  /** Left edge of the day's column, as a fraction of the axis. */
  x: number;
  /** Middle of the day's column. */
  center: number;
  /** "Th". */
  weekday: string;
  /** "7". */
  dayOfMonth: string;
  /** "Sep 2023" on the first tick and where the month changes. */
  month: string | undefined;
  /** "Thu 7 Sep 2023". */
  label: string;
}

/** The time axis: whole days from `start` to `end`, each one column `1 / days` wide. */
export interface TimelineAxis {
  start: string;
  end: string;
  days: number;
  /** Width of one day as a fraction of the axis. */
  dayWidth: number;
  published: { day: string; x: number; center: number; label: string };
  /** A tick per day, per week (Mondays), per month or per year; only day and week ticks name the day. */
  step: 'day' | 'week' | 'month' | 'year';
  ticks: AxisTick[];
}

/** An event drawn on one lane. */
export interface EventMark {
  kind: 'event';
  event: string;
  number: number;
  /** `#event-…`: the list item. */
  href: string;
  x: number;
  width: number;
  center: number;
  /** Sub-row inside the lane, so that marks never overlap. */
  row: number;
  /** A single day (drawn as a dot) rather than a span (drawn as a bar). */
  point: boolean;
  uncertain: boolean;
  /** The date starts before the axis (a long or vague date), so the bar is cut at the left edge. */
  clippedStart: boolean;
  /** Text for a tooltip: "3. Thu 7 Sep 2023: KCNA announces …". */
  label: string;
  entities: string[];
}

/** A quotation drawn on its speaker's lane. */
export interface QuoteMark {
  kind: 'quote';
  quote: string;
  /** Element id of the mark (`timeline-<quote-id>`). */
  id: string;
  /** `#<quote-id>`: the card in the quotes sidebar. */
  href: string;
  x: number;
  width: number;
  center: number;
  row: number;
  /** The text does not date it: it stands at the publication day. */
  atPublication: boolean;
  label: string;
  entities: string[];
}

/** One row of the chart: an actor (or `null` for events with no actor on the chart). */
export interface TimelineLane {
  entity: string | null;
  name: string;
  kind: EntityKind | undefined;
  kindLabel: string;
  marks: (EventMark | QuoteMark)[];
  /** How many sub-rows the marks need. */
  rows: number;
}

/** An entity the timeline can be filtered by, with how many of its events and quotations it involves. */
export interface TimelineFilterOption extends EntityRef {
  events: number;
  quotes: number;
}

/** Everything the timeline section renders, computed once per page. */
export interface TimelineView {
  axis: TimelineAxis;
  lanes: TimelineLane[];
  /** Events by start day, then end day, then reading order. */
  events: TimelineEventView[];
  filters: TimelineFilterOption[];
}

/** Element id of a quotation's mark on the timeline. */
export function quoteTimelineId(quote: string): string {
  return `timeline-${quote}`;
}

/** Kinds that act, and so get a lane, in the order their lanes come. */
const LANE_KINDS: readonly EntityKind[] = ['country', 'person', 'organization', 'media'];

const day = (iso: string): Date => parseISO(iso);
const round = (value: number): number => Math.round(value * 1e4) / 1e4;

/** A resolved date in words: one day, a range within a month, across months or years, a month, a year. */
export function formatDateRange(start: string, end: string, precision: Precision): DateLabels {
  const s = day(start);
  const e = day(end);
  if (precision === 'month' || precision === 'year') {
    const pattern = precision === 'month' ? 'MMMM yyyy' : 'yyyy';
    const label = format(s, pattern);
    return { label, startLabel: label, endLabel: label, short: format(s, precision === 'month' ? 'MMM yyyy' : 'yyyy') };
  }
  if (start === end) {
    const label = format(s, 'EEE d MMM yyyy');
    return { label, startLabel: label, endLabel: label, short: format(s, 'd MMM') };
  }
  const endLabel = format(e, 'EEE d MMM yyyy');
  let startLabel = format(s, 'EEE d MMM yyyy');
  let short = `${format(s, 'd MMM yyyy')} – ${format(e, 'd MMM yyyy')}`;
  if (isSameYear(s, e)) {
    startLabel = format(s, isSameMonth(s, e) ? 'EEE d' : 'EEE d MMM');
    short = isSameMonth(s, e)
      ? `${format(s, 'd')}–${format(e, 'd MMM')}`
      : `${format(s, 'd MMM')} – ${format(e, 'd MMM')}`;
  }
  return { label: `${startLabel} – ${endLabel}`, startLabel, endLabel, short };
}

/** A resolved date with its tag ("week", "4 days", "approx."). */
export function dateView(date: Event['date']): DateView {
  const days = differenceInCalendarDays(day(date.end), day(date.start)) + 1;
  const tags: Record<Precision, string | undefined> = {
    day: undefined,
    range: `${days} days`,
    week: 'week',
    month: 'month',
    year: 'year',
    vague: 'approx.',
  };
  return {
    ...formatDateRange(date.start, date.end, date.precision),
    start: date.start,
    end: date.end,
    precision: date.precision,
    tag: tags[date.precision],
    uncertain: date.precision === 'vague',
  };
}

/**
 * The timeline of an analysis: a day axis around the dated events, quotations and publication day; one
 * lane per actor (states, people, organizations, media: by kind, then first appearance), each event on
 * the lanes of its actors (an actor of another kind, such as an event or a place, on its affiliation's
 * lane), each quotation on its speaker's lane (an unnamed speaker's organization, or the nearest
 * affiliation with a lane); and the events in date order.
 */
export function timelineLayout(
  analysis: Pick<Analysis, 'events' | 'quotes' | 'entities' | 'published' | 'paragraphs'>,
  options: Readonly<TimelineOptions> = {},
): TimelineView {
  const entities = new Map(analysis.entities.map((entity) => [entity.id, entity]));
  const axis = timeAxis(analysis, options);
  const index = (iso: string) => differenceInCalendarDays(day(iso), day(axis.start));
  const columns = (start: string, end: string) => {
    const from = Math.max(0, index(start));
    const to = Math.min(axis.days, index(end) + 1);
    return {
      from,
      to,
      x: round(from / axis.days),
      width: round((to - from) / axis.days),
      center: round((from + to) / 2 / axis.days),
    };
  };

  const order = [...analysis.events.keys()].sort((a, b) =>
    compareEvents(analysis.events[a]!, analysis.events[b]!, a, b),
  );
  const numberOf = new Map(order.map((i, n) => [analysis.events[i]!.id, n + 1]));

  const lanes = new Map<
    string | null,
    { lane: TimelineLane; first: number; spans: { from: number; to: number; order: number }[] }
  >();
  let appearance = 0;
  const laneFor = (entity: AnalysisEntity | null) => {
    const key = entity?.id ?? null;
    let entry = lanes.get(key);
    if (!entry) {
      const lane: TimelineLane = {
        entity: key,
        name: entity?.name ?? 'Other',
        kind: entity?.kind,
        kindLabel: entity ? KIND_LABELS[entity.kind] : 'No actor on the chart',
        marks: [],
        rows: 0,
      };
      entry = { lane, first: appearance++, spans: [] };
      lanes.set(key, entry);
    }
    return entry;
  };

  const paragraphNumber = new Map(analysis.paragraphs.map((p, i) => [p.id, i + 1]));
  const eventViews = new Map<string, TimelineEventView>();
  analysis.events.forEach((event, reading) => {
    const date = dateView(event.date);
    const laneEntities = unique(event.actors.map((id) => actorOf(id, entities)).filter((e) => e !== undefined));
    const actors = event.actors.flatMap((id) => (entities.has(id) ? [entityRef(entities.get(id)!)] : []));
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
      actors,
      source: source && entityRef(source),
      paragraph: event.paragraph,
      paragraphNumber: paragraphNumber.get(event.paragraph) ?? 0,
      entities: involved,
      origin: event.origin,
    });
    const place = columns(event.date.start, event.date.end);
    for (const entity of laneEntities.length > 0 ? laneEntities : [null]) {
      const entry = laneFor(entity);
      entry.spans.push({ from: place.from, to: place.to, order: reading });
      entry.lane.marks.push({
        kind: 'event',
        event: event.id,
        number,
        href: `#${event.id}`,
        x: place.x,
        width: place.width,
        center: place.center,
        row: 0,
        point: event.date.start === event.date.end && event.date.precision === 'day',
        uncertain: date.uncertain,
        clippedStart: index(event.date.start) < 0,
        label: `${number}. ${date.tag === 'approx.' ? 'approx. ' : ''}${date.label}: ${event.summary}`,
        entities: involved,
      });
    }
  });

  const speakerLanes = quoteLanes(analysis.quotes, entities, (id) => lanes.has(id));
  analysis.quotes.forEach((quote, reading) => {
    const target = speakerLanes.get(quote.id);
    if (target === undefined) return;
    const entry = laneFor(target);
    const date = quote.date;
    const place = columns(date?.start ?? analysis.published, date?.end ?? analysis.published);
    entry.spans.push({ from: place.from, to: place.to, order: analysis.events.length + reading });
    const when = date
      ? formatDateRange(date.start, date.end, date.precision).label
      : `date not stated; shown on the publication day, ${axis.published.label}`;
    entry.lane.marks.push({
      kind: 'quote',
      quote: quote.id,
      id: quoteTimelineId(quote.id),
      href: `#${quote.id}`,
      x: place.x,
      width: place.width,
      center: place.center,
      row: 0,
      atPublication: date === undefined,
      label: `${quote.speaker?.name ?? 'Unattributed'}: “${excerpt(quote.text)}” (${when})`,
      entities: unique([...affiliationChain(quote.speaker?.entity ?? quote.speaker?.affiliation, entities), target.id]),
    });
  });

  const ordered = [...lanes.values()].sort(
    (a, b) => kindRank(a.lane.kind) - kindRank(b.lane.kind) || a.first - b.first,
  );
  for (const { lane, spans } of ordered) {
    const rows = packRows(spans);
    lane.marks.forEach((mark, i) => (mark.row = rows[i]!));
    lane.rows = rows.reduce((most, row) => Math.max(most, row + 1), 1);
  }
  const events = order.map((i) => eventViews.get(analysis.events[i]!.id)!);
  // Counted in one pass: a merged timeline has thousands of lanes and events.
  const eventCounts = countOf(events.flatMap((event) => event.entities));
  const quoteCounts = countOf(
    ordered.flatMap(({ lane }) => lane.marks.flatMap((mark) => (mark.kind === 'quote' ? mark.entities : []))),
  );
  const filters = ordered.flatMap(({ lane }) => {
    const entity = lane.entity === null ? undefined : entities.get(lane.entity);
    if (!entity) return [];
    return [{ ...entityRef(entity), events: eventCounts.get(entity.id) ?? 0, quotes: quoteCounts.get(entity.id) ?? 0 }];
  });
  return { axis, lanes: ordered.map(({ lane }) => lane), events, filters };
}

function timeAxis(
  analysis: Pick<Analysis, 'events' | 'quotes' | 'published'>,
  options: Readonly<TimelineOptions>,
): TimelineAxis {
  const pad = options.padDays ?? 1;
  const longest = options.longDateDays ?? 10;
  const minDays = options.minDays ?? 7;
  const spans = [
    ...analysis.events.map((event) => event.date),
    ...analysis.quotes.flatMap((quote) => (quote.date ? [quote.date] : [])),
    { start: analysis.published, end: analysis.published },
  ];
  const firstDays = spans.map(({ start, end }) => {
    const limit = addDays(day(end), -(longest - 1));
    return day(start) < limit ? limit : day(start);
  });
  // A loop, not Math.min(...): a merged timeline can hold more dates than a call takes arguments.
  let first = addDays(new Date(firstDays.reduce((min, date) => Math.min(min, Number(date)), Infinity)), -pad);
  let last = addDays(new Date(spans.reduce((max, { end }) => Math.max(max, Number(day(end))), -Infinity)), pad);
  const short = minDays - (differenceInCalendarDays(last, first) + 1);
  if (short > 0) {
    first = addDays(first, -Math.floor(short / 2));
    last = addDays(last, Math.ceil(short / 2));
  }
  const days = differenceInCalendarDays(last, first) + 1;
  // Over three years a tick a month crowds the axis and the grid: a tick a year.
  const step: TimelineAxis['step'] = days <= 21 ? 'day' : days <= 70 ? 'week' : days <= 1096 ? 'month' : 'year';
  const ticks: AxisTick[] = [];
  for (let i = 0; i < days; i++) {
    const date = addDays(first, i);
    const shown =
      step === 'day' ||
      (step === 'week' ? isMonday(date) : getDate(date) === 1 && (step === 'month' || date.getMonth() === 0));
    if (!shown) continue;
    const previous = ticks.at(-1);
    ticks.push({
      day: format(date, 'yyyy-MM-dd'),
      x: round(i / days),
      center: round((i + 0.5) / days),
      weekday: format(date, 'EEEEEE'),
      dayOfMonth: format(date, 'd'),
      month:
        previous === undefined || !isSameMonth(day(previous.day), date)
          ? format(date, step === 'year' ? 'yyyy' : 'MMM yyyy')
          : undefined,
      label: format(date, 'EEE d MMM yyyy'),
    });
  }
  const published = differenceInCalendarDays(day(analysis.published), first);
  return {
    start: format(first, 'yyyy-MM-dd'),
    end: format(last, 'yyyy-MM-dd'),
    days,
    dayWidth: round(1 / days),
    published: {
      day: analysis.published,
      x: round(published / days),
      center: round((published + 0.5) / days),
      label: format(day(analysis.published), 'EEE d MMM yyyy'),
    },
    step,
    ticks,
  };
}

/** Date order: start day, then end day, then reading order. */
function compareEvents(a: Event, b: Event, readingA: number, readingB: number): number {
  return a.date.start.localeCompare(b.date.start) || a.date.end.localeCompare(b.date.end) || readingA - readingB;
}

/** The lane an actor is drawn on: itself when it acts (a state, person, organization or medium), else its nearest such affiliation. */
function actorOf(id: string, entities: ReadonlyMap<string, AnalysisEntity>): AnalysisEntity | undefined {
  for (const candidate of affiliationChain(id, entities)) {
    const entity = entities.get(candidate)!;
    if (LANE_KINDS.includes(entity.kind)) return entity;
  }
  return undefined;
}

/** An entity and its affiliations, nearest first, as far as the analysis knows them (cycles cut). */
function affiliationChain(id: string | null | undefined, entities: ReadonlyMap<string, AnalysisEntity>): string[] {
  const chain: string[] = [];
  for (let next = id ?? undefined; next !== undefined && entities.has(next) && !chain.includes(next);) {
    chain.push(next);
    next = entities.get(next)!.affiliation;
  }
  return chain;
}

/**
 * Which lane each quotation goes on: a named speaker's own lane; for an unnamed speaker, the nearest
 * affiliation that already has a lane (after the named speakers'), else the affiliation itself.
 */
function quoteLanes(
  quotes: readonly Quote[],
  entities: ReadonlyMap<string, AnalysisEntity>,
  hasLane: (id: string) => boolean,
): Map<string, AnalysisEntity> {
  const lanes = new Map<string, AnalysisEntity>();
  const taken = (id: string) => hasLane(id) || [...lanes.values()].some((entity) => entity.id === id);
  for (const quote of quotes) {
    const entity = quote.speaker?.entity ? actorOf(quote.speaker.entity, entities) : undefined;
    if (entity) lanes.set(quote.id, entity);
  }
  for (const quote of quotes) {
    if (lanes.has(quote.id) || !quote.speaker?.affiliation) continue;
    const chain = affiliationChain(quote.speaker.affiliation, entities);
    const existing = chain.find(taken);
    const entity = existing === undefined ? actorOf(quote.speaker.affiliation, entities) : entities.get(existing);
    if (entity) lanes.set(quote.id, entity);
  }
  return lanes;
}

/** Greedy rows: each span in the first row free from its start, in date then reading order. */
function packRows(spans: readonly { from: number; to: number; order: number }[]): number[] {
  const rows: number[] = new Array<number>(spans.length).fill(0);
  const ends: number[] = [];
  [...spans.keys()]
    .sort((a, b) => spans[a]!.from - spans[b]!.from || spans[a]!.to - spans[b]!.to || spans[a]!.order - spans[b]!.order)
    .forEach((i) => {
      const span = spans[i]!;
      const row = ends.findIndex((end) => end <= span.from);
      const chosen = row === -1 ? ends.length : row;
      ends[chosen] = span.to;
      rows[i] = chosen;
    });
  return rows;
}

function kindRank(kind: EntityKind | undefined): number {
  return kind === undefined
    ? LANE_KINDS.length + 1
    : LANE_KINDS.includes(kind)
      ? LANE_KINDS.indexOf(kind)
      : LANE_KINDS.length;
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

function excerpt(text: string, words = 8): string {
  const all = text.split(/\s+/);
  return all.length <= words ? text : `${all.slice(0, words).join(' ')} …`;
}
