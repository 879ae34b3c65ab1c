import { cacheKey } from './cache-key.ts';
import { corpusEntityPages } from './corpus.ts';
import { entityKindGroups, type EntityKindGroup } from './entity-pages.ts';
import { paginate, type Paged } from './paging.ts';

/** How many entities a page of `/entities/` lists. */
export const ENTITIES_PER_PAGE = 100;

/** `getStaticPaths` of `/entities/` and its further pages: the entities by kind, most mentioned first. */
export async function entityIndexPaths() {
  const groups = entityKindGroups(await corpusEntityPages());
  const entities = groups.flatMap((group) => group.entities.map((entity) => ({ group, entity })));
  return paginate('/entities/', entities, ENTITIES_PER_PAGE).map((paged) => {
    const page: Paged<EntityKindGroup> = { ...paged, items: regroup(paged.items) };
    return { params: { page: page.param }, props: { page }, cacheKey: cacheKey(page) };
  });
}

/** Props of one page of `/entities/`. */
export interface EntityIndexProps {
  page: Paged<EntityKindGroup>;
}

/** A page's entities under their kinds again (a page may begin or end inside a kind). */
function regroup(items: { group: EntityKindGroup; entity: EntityKindGroup['entities'][number] }[]): EntityKindGroup[] {
  const groups = new Map<EntityKindGroup['kind'], EntityKindGroup>();
  for (const { group, entity } of items) {
    const into = groups.get(group.kind) ?? { ...group, entities: [] };
    into.entities.push(entity);
    groups.set(group.kind, into);
  }
  return [...groups.values()];
}
