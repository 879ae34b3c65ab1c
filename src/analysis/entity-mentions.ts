import type { Entity } from '../schemas/entity.ts';

/** A registry entity found in a paragraph. */
export interface FoundMention {
  entity: string;
  start: number;
  end: number;
}

interface Pattern {
  entity: string;
  name: string;
  /** Short forms are only used after the entity's first full mention. */
  shortForm: boolean;
  caseSensitive: boolean;
}

/** Builds a matcher for every name, alias and surname of the registry. */
export function registryMatcher(registry: readonly Entity[]) {
  const patterns = registryPatterns(registry);
  const byLength = [...patterns].sort((a, b) => b.name.length - a.name.length);
  return (text: string, seen: Set<string>): FoundMention[] => findMentions(text, byLength, seen);
}

function registryPatterns(registry: readonly Entity[]): Pattern[] {
  const patterns: Pattern[] = [];
  const taken = new Set<string>();
  const add = (entity: string, name: string, shortForm: boolean) => {
    // A capitalised or all-caps name ("Kim", "US") matches only as written; "the hermit kingdom" ignores case.
    // So "TASS" and its alias "Tass" are two patterns, and a lowercase alias is one for every spelling.
    const caseSensitive = /^\p{Lu}/u.test(name) || name === name.toUpperCase();
    const key = caseSensitive ? name : name.toLowerCase();
    if (name.length < 2 || taken.has(`${entity}|${key}`)) return;
    taken.add(`${entity}|${key}`);
    patterns.push({ entity, name, shortForm, caseSensitive });
  };
  const heads = headNouns(registry);
  for (const entity of registry) {
    add(entity.id, entity.name, false);
    // "the commission", "the union": an alias that is only a common noun counts, like a head noun, after the
    // entity's first full mention (else it would name Dublin's regulator in every copy with a commission in it).
    for (const alias of entity.aliases) add(entity.id, alias, /^the\s+[\p{Ll}\s-]+$/u.test(alias));
    // "TASS" is also written "Tass", "NATO" "Nato".
    for (const name of [entity.name, ...entity.aliases])
      if (/^\p{Lu}{3,}$/u.test(name)) add(entity.id, name[0] + name.slice(1).toLowerCase(), false);
    const head = heads.get(entity.id);
    if (head) add(entity.id, `the ${head}`, true);
    if (entity.kind === 'person') {
      const words = entity.name.split(/\s+/);
      if (words.length > 1) add(entity.id, words.at(-1)!, true);
    }
  }
  return patterns;
}

/**
 * "the forum" for the Eastern Economic Forum, "the agency", "the times": the last word of an organization's,
 * outlet's or event's name, when no other entity of the registry shares it.
 */
function headNouns(registry: readonly Entity[]): Map<string, string> {
  const byHead = new Map<string, string[]>();
  for (const entity of registry) {
    const words = entity.name.split(/\s+/);
    if (entity.kind === 'person' || entity.kind === 'country' || words.length < 2) continue;
    const head = words.at(-1)!.toLowerCase();
    byHead.set(head, [...(byHead.get(head) ?? []), entity.id]);
  }
  return new Map([...byHead].filter(([, ids]) => ids.length === 1).map(([head, ids]) => [ids[0]!, head]));
}

function findMentions(text: string, patterns: readonly Pattern[], seen: Set<string>): FoundMention[] {
  const found: FoundMention[] = [];
  const taken: boolean[] = [];
  const lower = text.toLowerCase();
  for (const pattern of patterns) {
    if (pattern.shortForm && !seen.has(pattern.entity)) continue;
    const haystack = pattern.caseSensitive ? text : lower;
    const needle = pattern.caseSensitive ? pattern.name : pattern.name.toLowerCase();
    for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
      const end = at + needle.length;
      if (!isWordBoundary(text, at, end) || overlaps(taken, at, end)) continue;
      for (let i = at; i < end; i++) taken[i] = true;
      found.push({ entity: pattern.entity, start: at, end });
      seen.add(pattern.entity);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function isWordBoundary(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? ' ';
  const after = text[end] ?? ' ';
  // "Russia's" and "Russia’s" still mention Russia; "Russian" does not mention "Russia".
  return !/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after);
}

function overlaps(taken: readonly boolean[], start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (taken[i]) return true;
  return false;
}
