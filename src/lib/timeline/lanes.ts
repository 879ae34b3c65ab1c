import type { AnalysisEntity, Quote } from '../../schemas/analysis.ts';
import type { EntityKind } from '../../schemas/entity.ts';

/** Kinds that act, and so get a lane, in the order their lanes come. */
const LANE_KINDS: readonly EntityKind[] = ['country', 'person', 'organization', 'media'];

/** The lane an actor is drawn on: itself when it acts (a state, person, organization or medium), else its nearest such affiliation. */
export function actorOf(id: string, entities: ReadonlyMap<string, AnalysisEntity>): AnalysisEntity | undefined {
  for (const candidate of affiliationChain(id, entities)) {
    const entity = entities.get(candidate)!;
    if (LANE_KINDS.includes(entity.kind)) return entity;
  }
  return undefined;
}

/** An entity and its affiliations, nearest first, as far as the analysis knows them (cycles cut). */
export function affiliationChain(
  id: string | null | undefined,
  entities: ReadonlyMap<string, AnalysisEntity>,
): string[] {
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
export function quoteLanes(
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

/** Lane order by kind: states, people, organizations, media, other kinds, then the lane of no actor. */
export function kindRank(kind: EntityKind | undefined): number {
  return kind === undefined
    ? LANE_KINDS.length + 1
    : LANE_KINDS.includes(kind)
      ? LANE_KINDS.indexOf(kind)
      : LANE_KINDS.length;
}
