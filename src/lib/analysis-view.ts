import { compareAsc, parseISO } from 'date-fns';
import type { Analysis, Event, Quote, ResolvedDate } from '../schemas/analysis.ts';
import { formatDay } from './dates.ts';

/** One timeline entry as the list shows it. */
export interface EventView {
  id: string;
  phrase: string;
  dateLabel: string;
  precision: ResolvedDate['precision'];
  reason: string;
  summary: string;
  actors: string[];
  /** Entity ids of the actors, for the filter. */
  actorIds: string[];
  source: string | undefined;
  paragraph: string;
}

/** An entity the timeline can be filtered by. */
export interface ActorFilter {
  id: string;
  name: string;
}

/** One quotation as the sidebar shows it. */
export interface QuoteView {
  id: string;
  text: string;
  speaker: string;
  role: string | undefined;
  channel: string | undefined;
  paragraph: string;
}

/** One who's-who card. */
export interface EntityCardView {
  id: string;
  name: string;
  kind: string;
  role: string | undefined;
  affiliation: string | undefined;
  description: string | undefined;
  mentions: number;
  registered: boolean;
  firstParagraph: string | undefined;
}

/** A resolved date for readers: "Thu 7 Sep 2023", "Sun 10 Sep 2023 – Wed 13 Sep 2023", "about …". */
export function dateLabel(date: ResolvedDate): string {
  const range = date.start === date.end ? formatDay(date.start) : `${formatDay(date.start)} – ${formatDay(date.end)}`;
  return date.precision === 'vague' ? `roughly ${range}` : range;
}

/**
 * The page's analysis sections, computed once: events in date order, quotes, entity cards. `registryNames`
 * names the entities the article does not mention itself (a speaker's organization, say).
 */
export function analysisView(analysis: Analysis, registryNames: ReadonlyMap<string, string>) {
  const nameOf = (id: string) => analysis.entities.find((e) => e.id === id)?.name ?? registryNames.get(id) ?? id;
  const events = [...analysis.events].sort(byDate).map((event): EventView => ({
    id: event.id,
    phrase: event.phrase,
    dateLabel: dateLabel(event.date),
    precision: event.date.precision,
    reason: event.date.reason,
    summary: event.summary,
    actors: event.actors.map(nameOf),
    actorIds: event.actors,
    source: event.source === undefined ? undefined : nameOf(event.source),
    paragraph: event.paragraph,
  }));
  const quotes = analysis.quotes.map((quote: Quote): QuoteView => ({
    id: quote.id,
    text: quote.text,
    speaker: quote.speaker?.name ?? 'Speaker not stated',
    role: quote.speaker?.role,
    channel: quote.channel,
    paragraph: quote.paragraph,
  }));
  const entities = analysis.entities.map((entity): EntityCardView => ({
    id: entity.id,
    name: entity.name,
    kind: entity.kind,
    role: entity.role,
    affiliation: entity.affiliation === undefined ? undefined : nameOf(entity.affiliation),
    description: entity.description,
    mentions: entity.mentions,
    registered: entity.registered,
    firstParagraph: analysis.mentions.find((m) => m.entity === entity.id)?.span.paragraph,
  }));
  const actors: ActorFilter[] = [...new Set(analysis.events.flatMap((e) => e.actors))].map((id) => ({
    id,
    name: nameOf(id),
  }));
  return { events, actors, quotes, entities };
}

function byDate(a: Event, b: Event): number {
  return (
    compareAsc(parseISO(a.date.start), parseISO(b.date.start)) || compareAsc(parseISO(a.date.end), parseISO(b.date.end))
  );
}
