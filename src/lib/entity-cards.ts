import type { Analysis, AnalysisEntity } from '../schemas/analysis.ts';
import type { EntityKind } from '../schemas/entity.ts';
import { entityPageHref } from './corpus-article.ts';

/** Each kind in words, shown beside its colour so that colour is never the only sign. */
export const KIND_LABELS: Readonly<Record<EntityKind, string>> = {
  person: 'Person',
  country: 'Country',
  organization: 'Organization',
  media: 'Media',
  place: 'Place',
  event: 'Event',
};

/** Names of entities the analysis does not list itself (an affiliation the copy never mentions), by id. */
export type EntityNames = ReadonlyMap<string, string>;

/** A link to an entity's who's-who card, as the timeline and the quotes show it. */
export interface EntityRef {
  id: string;
  name: string;
  kind: EntityKind;
  kindLabel: string;
  /** `#entity-<id>`. */
  href: string;
}

/** One who's-who card. */
export interface EntityCardView extends EntityRef {
  /** Element id of the card (`entity-<id>`). */
  anchor: string;
  role: string | undefined;
  /** The entity it belongs to; `href` to its card, or to its entity page when it has no card here. */
  affiliation: { name: string; href: string | undefined } | undefined;
  description: string | undefined;
  mentions: number;
  /** "12 mentions". */
  mentionsLabel: string;
  registered: boolean;
  /** For an entity the registry does not know: the evidence did not decide its kind, which is a guess. */
  kindUncertain: boolean;
  /** For an entity the registry does not know: the evidence for its kind ("a title (Sgt)"). */
  kindReason: string | undefined;
  /** Where the body first names it: its paragraph and the mark the body carries there. */
  firstMention: { paragraph: string; href: string } | undefined;
}

/** Element id of the card of an entity. */
export function entityAnchor(entity: string): string {
  return `entity-${entity}`;
}

/** Element id the body gives the first mark of an entity (see `rehypeAnalysisMarks`). */
export function firstMentionId(entity: string): string {
  return `mention-${entity}`;
}

/** The link to an entity's card. */
export function entityRef(entity: AnalysisEntity): EntityRef {
  return {
    id: entity.id,
    name: entity.name,
    kind: entity.kind,
    kindLabel: KIND_LABELS[entity.kind],
    href: `#${entityAnchor(entity.id)}`,
  };
}

/**
 * The who's-who cards, in the analysis's order (most mentioned first). `names` names affiliations that
 * the copy does not mention; without it such an affiliation shows its id.
 */
export function entityCards(
  analysis: Pick<Analysis, 'entities' | 'mentions'>,
  names: EntityNames = new Map(),
): EntityCardView[] {
  const byId = new Map(analysis.entities.map((entity) => [entity.id, entity]));
  return analysis.entities.map((entity) => {
    const first = analysis.mentions.find((mention) => mention.entity === entity.id);
    const affiliation = entity.affiliation;
    return {
      ...entityRef(entity),
      anchor: entityAnchor(entity.id),
      role: entity.role,
      affiliation:
        affiliation === undefined
          ? undefined
          : {
              name: byId.get(affiliation)?.name ?? names.get(affiliation) ?? affiliation,
              // Its card on this page, else its entity page when the registry has it.
              href: byId.has(affiliation)
                ? `#${entityAnchor(affiliation)}`
                : names.has(affiliation)
                  ? entityPageHref(affiliation)
                  : undefined,
            },
      description: entity.description,
      mentions: entity.mentions,
      mentionsLabel: `${entity.mentions} ${entity.mentions === 1 ? 'mention' : 'mentions'}`,
      registered: entity.registered,
      kindUncertain: entity.kindUncertain === true,
      kindReason: entity.kindReason,
      firstMention: first && { paragraph: first.span.paragraph, href: `#${firstMentionId(entity.id)}` },
    };
  });
}

/** The entities the editor lists in the frontmatter that the text never names, with their entity pages. */
export function listedNotNamed(
  analysis: Pick<Analysis, 'entities'>,
  listed: readonly string[],
  names: EntityNames,
): { name: string; href: string }[] {
  const named = new Set(analysis.entities.filter((entity) => entity.mentions > 0).map((entity) => entity.id));
  return listed
    .filter((id) => !named.has(id) && names.has(id))
    .map((id) => ({ name: names.get(id)!, href: entityPageHref(id) }));
}
