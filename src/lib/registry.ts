import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { EntitySchema, type Entity } from '../schemas/entity.ts';
import { ContentError } from './content-error.ts';
import { readYamlRecord, shownPath, yamlFiles } from './yaml-record.ts';

/**
 * Reads and validates every `*.yaml` entity in `dir`: each must match the schema, be named after its id,
 * and name an existing affiliation, with no cycle of affiliations. Throws a ContentError otherwise.
 */
export function loadRegistry(dir: string): Entity[] {
  const files = yamlFiles(dir);
  const entities = files.map((name) => readYamlRecord(join(dir, name), EntitySchema));
  checkRegistry(entities, (id) => shownPath(join(dir, `${id}.yaml`)));
  return entities;
}

/** Checks ids are unique and affiliations exist and never loop back. */
export function checkRegistry(entities: readonly Entity[], fileOf: (id: string) => string): void {
  const byId = new Map<string, Entity>();
  for (const entity of entities) {
    if (byId.has(entity.id)) throw new ContentError(fileOf(entity.id), 'id', `duplicate entity id "${entity.id}"`);
    byId.set(entity.id, entity);
  }
  for (const entity of entities) {
    const chain = [entity.id];
    for (let next = entity.affiliation; next !== undefined; next = byId.get(next)?.affiliation) {
      if (!byId.has(next)) {
        throw new ContentError(
          fileOf(entity.id),
          'affiliation',
          `unknown entity "${next}": expected the id of a file in content/entities/`,
        );
      }
      if (chain.includes(next)) {
        throw new ContentError(
          fileOf(entity.id),
          'affiliation',
          `affiliations form a cycle: ${[...chain, next].join(' → ')}`,
        );
      }
      chain.push(next);
    }
  }
}

/**
 * The registries of several folders as one (the demo corpus merges each fixture's registry with the real
 * one). The rule: an id defined in several folders must have the same name and kind everywhere, or the
 * build stops naming both files; its aliases are the union of all; every other field (role, affiliation,
 * description) comes from the first folder that defines it, the real registry first.
 */
export function loadMergedRegistry(dirs: readonly string[]): Entity[] {
  const byId = new Map<string, { entity: Entity; dir: string }>();
  for (const dir of dirs) {
    for (const entity of loadRegistry(dir)) {
      const first = byId.get(entity.id);
      if (!first) {
        byId.set(entity.id, { entity, dir });
        continue;
      }
      for (const field of ['name', 'kind'] as const) {
        if (first.entity[field] !== entity[field]) {
          throw new ContentError(
            shownPath(join(dir, `${entity.id}.yaml`)),
            field,
            `entity "${entity.id}" has ${field} "${entity[field]}" here but "${first.entity[field]}" in ${shownPath(join(first.dir, `${entity.id}.yaml`))}; one id must name one ${field === 'name' ? 'entity' : 'kind of thing'}`,
          );
        }
      }
      const aliases = [...new Set([...first.entity.aliases, ...entity.aliases])];
      byId.set(entity.id, { entity: { ...first.entity, aliases }, dir: first.dir });
    }
  }
  const entities = [...byId.values()].map(({ entity }) => entity);
  checkRegistry(entities, (id) => shownPath(join(byId.get(id)!.dir, `${id}.yaml`)));
  return entities;
}

/** `loadMergedRegistry(dirs)` that only reads the files again when one of them changed (name, size or time). */
export function cachedRegistry(dirs: string | readonly string[]): () => Entity[] {
  const folders = typeof dirs === 'string' ? [dirs] : dirs;
  let signature = '';
  let entities: Entity[] = [];
  return () => {
    const next = folders.map(folderSignature).join('#');
    if (next !== signature) {
      entities = loadMergedRegistry(folders);
      signature = next;
    }
    return entities;
  };
}

function folderSignature(dir: string): string {
  try {
    return readdirSync(dir)
      .sort()
      .map((name) => {
        const stats = statSync(join(dir, name));
        return `${name}:${stats.size}:${stats.mtimeMs}`;
      })
      .join('|');
  } catch {
    return '';
  }
}
