import type { Analysis, AnalysisEntity, Event } from '../schemas/analysis.ts';
import { entityAnchor, type EntityRef } from './entity-cards.ts';
import { entityPageHref, type CorpusArticle } from './corpus-article.ts';
import { timelineLayout, type EventSource, type TimelineEventView, type TimelineView } from './timeline-layout.ts';

/** A merged timeline: the timeline view, each event with every copy that reports it. */
export interface CorpusTimelineView extends TimelineView {
  events: (TimelineEventView & { sources: EventSource[] })[];
}

/** Same actors and the same resolved date: two copies report one event. */
export function sameEventKey(event: Pick<Event, 'actors' | 'date'>): string {
  return `${[...new Set(event.actors)].sort().join('+')}@${event.date.start}/${event.date.end}`;
}

/**
 * The events of several articles on one timeline (see `timelineLayout`), without quotations. Events of
 * different articles with the same actors and the same resolved date are shown once, with every source;
 * two events of one article stay apart (a copy can report two things its actors did that day).
 * `include` keeps only some events (an entity's page keeps those involving it).
 */
export function corpusTimeline(
  articles: readonly CorpusArticle[],
  registered: ReadonlySet<string>,
  include: (event: Event) => boolean = () => true,
): CorpusTimelineView {
  const entities = new Map<string, AnalysisEntity>();
  const events: Event[] = [];
  const sources = new Map<string, EventSource[]>();
  const bySlugs = new Map<string, { id: string; slugs: Set<string> }[]>();
  let published = '';
  for (const article of articles) {
    for (const entity of article.analysis.entities) if (!entities.has(entity.id)) entities.set(entity.id, entity);
    const paragraphNumber = new Map(article.analysis.paragraphs.map((p, i) => [p.id, i + 1]));
    let used = false;
    for (const event of article.analysis.events) {
      if (!include(event)) continue;
      used = true;
      const source = {
        title: article.title,
        outlet: article.outlet,
        href: `${article.href}#${event.paragraph}`,
        paragraphNumber: paragraphNumber.get(event.paragraph) ?? 0,
      };
      const key = sameEventKey(event);
      const same = bySlugs.get(key) ?? [];
      // Without actors, a date alone says nothing about being the same event.
      const merged = event.actors.length === 0 ? undefined : same.find((group) => !group.slugs.has(article.slug));
      if (merged) {
        merged.slugs.add(article.slug);
        sources.get(merged.id)!.push(source);
        continue;
      }
      const id = `event-${article.slug}-${event.id.slice('event-'.length)}`;
      events.push({ ...event, id });
      sources.set(id, [source]);
      if (event.actors.length > 0) bySlugs.set(key, [...same, { id, slugs: new Set([article.slug]) }]);
    }
    if (used && article.day > published) published = article.day;
  }
  const analysis: Pick<Analysis, 'events' | 'quotes' | 'entities' | 'published' | 'paragraphs'> = {
    events,
    quotes: [],
    entities: [...entities.values()],
    published: published || (articles[0]?.day ?? '1970-01-01'),
    paragraphs: [],
  };
  const view = timelineLayout(analysis);
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
