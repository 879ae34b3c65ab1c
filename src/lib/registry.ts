import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { load } from 'js-yaml';
import { EntitySchema, type Entity } from '../schemas/entity.ts';
import { ContentError } from './content-error.ts';
import { formatIssue } from './format-issue.ts';

/**
 * Reads and validates every `*.yaml` entity in `dir`: each must match the schema, be named after its id,
 * and name an existing affiliation, with no cycle of affiliations. Throws a ContentError otherwise.
 */
export function loadRegistry(dir: string): Entity[] {
  let files: string[];
  try {
    files = readdirSync(dir)
      .filter((name) => /\.ya?ml$/.test(name))
      .sort();
  } catch {
    return [];
  }
  const entities = files.map((name) => readEntity(join(dir, name)));
  checkRegistry(entities, (id) => shown(join(dir, `${id}.yaml`)));
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

function readEntity(path: string): Entity {
  const file = shown(path);
  let data: unknown;
  try {
    data = load(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ContentError(file, '(YAML)', `not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  const parsed = EntitySchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ContentError(file, issue.path.join('.') || '(root)', formatIssue(issue));
  }
  const expected = basename(path).replace(/\.ya?ml$/, '');
  if (parsed.data.id !== expected) {
    throw new ContentError(file, 'id', `"${parsed.data.id}" must match the file name "${expected}"`);
  }
  return parsed.data;
}

function shown(path: string): string {
  return relative(process.cwd(), path) || path;
}

/** `loadRegistry(dir)` that only reads the files again when one of them changed (name, size or time). */
export function cachedRegistry(dir: string): () => Entity[] {
  let signature = '';
  let entities: Entity[] = [];
  return () => {
    const next = folderSignature(dir);
    if (next !== signature) {
      entities = loadRegistry(dir);
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
