import type { Analysis, AnalysisEntity, Event } from '../schemas/analysis.ts';
import { entityAnchor, type EntityRef } from './entity-cards.ts';
import { entityPageHref, type CorpusArticle } from './corpus-article.ts';
import { timelineLayout, type EventSource, type TimelineEventView, type TimelineView } from './timeline-layout.ts';

/** A merged timeline: the timeline view, each event with every copy that reports it. */
export interface CorpusTimelineView extends TimelineView {
  events: (TimelineEventView & { sources: EventSource[] })[];
}

/** One event of several articles, with every copy that reports it and the newest of their days. */
export interface MergedEvent {
  /** The event, its id made unique across articles (`event-<slug>-…`). */
  event: Event;
  sources: EventSource[];
  /** Publication day of the newest copy that reports it. */
  day: string;
}

/** The events of several articles, merged, with the entities they name. */
export interface MergedEvents {
  events: MergedEvent[];
  entities: Map<string, AnalysisEntity>;
}

/** Same actors and the same resolved date: two copies report one event. */
export function sameEventKey(event: Pick<Event, 'actors' | 'date'>): string {
  return `${[...new Set(event.actors)].sort().join('+')}@${event.date.start}/${event.date.end}`;
}

/**
 * The events of several articles, without quotations. Events of different articles with the same actors
 * and the same resolved date are one, with every source; two events of one article stay apart (a copy can
 * report two things its actors did that day). `include` keeps only some events (an entity's page keeps
 * those involving it).
 */
export function mergeEvents(
  articles: readonly CorpusArticle[],
  include: (event: Event) => boolean = () => true,
): MergedEvents {
  const entities = new Map<string, AnalysisEntity>();
  const events: MergedEvent[] = [];
  const bySlugs = new Map<string, { merged: MergedEvent; slugs: Set<string> }[]>();
  for (const article of articles) {
    for (const entity of article.analysis.entities) if (!entities.has(entity.id)) entities.set(entity.id, entity);
    const paragraphNumber = new Map(article.analysis.paragraphs.map((p, i) => [p.id, i + 1]));
    for (const event of article.analysis.events) {
      if (!include(event)) continue;
      const source = {
        title: article.title,
        outlet: article.outlet,
        href: `${article.href}#${event.paragraph}`,
        paragraphNumber: paragraphNumber.get(event.paragraph) ?? 0,
      };
      const key = sameEventKey(event);
      const same = bySlugs.get(key) ?? [];
      // Without actors, a date alone says nothing about being the same event.
      const group =
        event.actors.length === 0 ? undefined : same.find((candidate) => !candidate.slugs.has(article.slug));
      if (group) {
        group.slugs.add(article.slug);
        group.merged.sources.push(source);
        if (article.day > group.merged.day) group.merged.day = article.day;
        continue;
      }
      const merged = {
        event: { ...event, id: `event-${article.slug}-${event.id.slice('event-'.length)}` },
        sources: [source],
        day: article.day,
      };
      events.push(merged);
      if (event.actors.length > 0) bySlugs.set(key, [...same, { merged, slugs: new Set([article.slug]) }]);
    }
  }
  return { events, entities };
}

/**
 * The timeline view of some merged events (see `timelineLayout`): an actor links to its entity page when
 * it is registered, else to its card in the first copy that reports the event.
 */
export function mergedTimelineView(
  merged: readonly MergedEvent[],
  entities: ReadonlyMap<string, AnalysisEntity>,
  registered: ReadonlySet<string>,
): CorpusTimelineView {
  const published = merged.reduce((newest, { day }) => (day > newest ? day : newest), '');
  const used = new Set(merged.flatMap(({ event }) => [...event.actors, ...(event.source ? [event.source] : [])]));
  const analysis: Pick<Analysis, 'events' | 'quotes' | 'entities' | 'published' | 'paragraphs'> = {
    events: merged.map(({ event }) => event),
    quotes: [],
    entities: [...entities.values()].filter((entity) => used.has(entity.id)),
    published: published || '1970-01-01',
    paragraphs: [],
  };
  const view = timelineLayout(analysis);
  const sources = new Map(merged.map(({ event, sources: list }) => [event.id, list]));
  const link = (ref: EntityRef, first: EventSource): EntityRef => ({
    ...ref,
    href: registered.has(ref.id) ? entityPageHref(ref.id) : `${first.href.split('#')[0]}#${entityAnchor(ref.id)}`,
  });
  return {
    ...view,
    events: view.events.map((event) => {
      const eventSources = sources.get(event.id)!;
      return {
        ...event,
        actors: event.actors.map((actor) => link(actor, eventSources[0]!)),
        source: event.source && link(event.source, eventSources[0]!),
        sources: eventSources,
      };
    }),
  };
}

/** The merged timeline of some articles' events (an entity page's: `include` keeps the events involving it). */
export function corpusTimeline(
  articles: readonly CorpusArticle[],
  registered: ReadonlySet<string>,
  include: (event: Event) => boolean = () => true,
): CorpusTimelineView {
  const { events, entities } = mergeEvents(articles, include);
  return mergedTimelineView(events, entities, registered);
}
