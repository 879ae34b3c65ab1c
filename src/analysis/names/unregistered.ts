/**
 * Entities the registry does not know, built from the name runs of the whole copy: the same name, a person's
 * surname ("Prendiville" after "Sgt Colm Prendiville") or an organization's first word ("Samsung" after "Samsung
 * Electronics") is one entity; a lone capitalised word opening a sentence counts only when the copy confirms it
 * elsewhere. Each entity's kind is weighed from the evidence of all its mentions (kinds.ts).
 */
import type { AnalysisEntity } from '../../schemas/analysis.ts';
import { appositiveRole } from '../appositive-roles.ts';
import type { SentenceSpan } from '../sentences.ts';
import { slugify } from '../slug.ts';
import type { Token } from '../tokens.ts';
import { DATELINE } from './dateline.ts';
import { placeFact } from './gazetteer.ts';
import { genderOfFirstName, genderOfTitle, isFirstName, type Gender } from './gender.ts';
import { isKnownWord, tokenize } from '../tokens.ts';
import { contextCues, decideKind, isSporty, isTeamSport, nameCues, type KindCue } from './kinds.ts';
import { EVENT_HEADS, MEDIA_HEADS, ORGANIZATION_HEADS, PLACE_HEADS, TITLES } from './lexicon.ts';
import { findNameRuns, HONORIFICS, sentenceInitialTokens, type NameRun } from './name-runs.ts';

/** A paragraph as this pass reads it. */
export interface NameParagraph {
  text: string;
  tokens: readonly Token[];
  sentences: readonly SentenceSpan[];
  /** Whether a token is already part of a registry mention. */
  covered: (token: Token) => boolean;
}

/** An unregistered entity with what attribution needs beyond the published fields. */
export interface FoundEntity extends AnalysisEntity {
  /** Grammatical gender, when a title or first name tells it. */
  gender?: Gender;
  /** The gender comes from the first name alone, which many people share across genders ("Pat", "Andrea"). */
  genderByName?: boolean;
  /** Title as written before a mention ("Sgt", "Chairwoman"). */
  title?: string;
}

/** A mention of an unregistered entity in paragraph `paragraph` (its index). */
export interface NameMention {
  paragraph: number;
  entity: string;
  start: number;
  end: number;
}

interface Candidate extends NameRun {
  paragraph: number;
}

const HEAD_SETS = [ORGANIZATION_HEADS, MEDIA_HEADS, EVENT_HEADS, PLACE_HEADS];
/** Head words a copy uses alone for the one body it names with them ("the Trust"; not "the House", which the
 * White House is not). */
const BARE_HEADS = new Set([
  'Trust',
  'Council',
  'Ministry',
  'Department',
  'Commission',
  'Authority',
  'Agency',
  'Board',
  'Corporation',
  'Union',
  'Party',
  'Service',
]);

/**
 * The unregistered entities of a copy and their mentions. `taken` holds ids already in use (the registry's): an
 * unregistered name whose slug equals one gets a suffix.
 */
export function findUnregistered(
  paragraphs: readonly NameParagraph[],
  taken: ReadonlySet<string>,
): { entities: FoundEntity[]; mentions: NameMention[] } {
  const candidates: Candidate[] = [];
  const datelines: NameMention[] = [];
  paragraphs.forEach((p, paragraph) => {
    const dateline = paragraph === 0 ? DATELINE.exec(p.text) : null;
    // "BUSAN, Jan. 2 -": the city is a place, written in capitals; its tokens are no name run of their own.
    const cityEnd = dateline ? dateline[1]!.length : 0;
    if (dateline) datelines.push({ paragraph, entity: titleCase(dateline[1]!), start: 0, end: cityEnd });
    const skip = (t: Token) => p.covered(t) || t.end <= cityEnd;
    // The story's first sentence starts after the dateline's dash: "BUSAN, Jan. 2 - Dockworkers…".
    const sentences = dateline ? splitAt(p.sentences, dateline[0].length) : p.sentences;
    for (const run of findNameRuns(p.text, p.tokens, sentences, skip)) candidates.push({ ...run, paragraph });
  });
  addSurnamesAtSentenceStart(paragraphs, candidates);
  const confirmed = new Set(candidates.filter((c) => !c.unconfirmed).map((c) => c.name));

  const entities = new Map<string, FoundEntity & { cues: KindCue[] }>();
  const byName = new Map<string, string>();
  const mentions: NameMention[] = [];
  const sporty = isSporty(paragraphs.flatMap((p) => p.tokens));
  const teams = sporty && isTeamSport(paragraphs.flatMap((p) => p.tokens));
  let previous: Candidate | undefined;
  const add = (name: string, c: Candidate | undefined, paragraph: number, start: number, end: number) => {
    // "Shrewsbury and Telford Hospital NHS Trust (SaTH)": a short form in brackets right after a name is its alias.
    const bracketed =
      c &&
      previous &&
      previous.paragraph === paragraph &&
      /^\s*\($/.test(paragraphs[paragraph]!.text.slice(previous.end, c.start))
        ? byName.get(nameKey(previous.name))
        : undefined;
    // "Mrs Street" after "Joan Street": a title makes a surname a person's even when it is also a place word.
    const titled = c?.title !== undefined && (HONORIFICS.test(c.title) || TITLES.has(c.title.split(/\s+/).at(-1)!));
    const key = nameKey(name);
    let id = byName.get(key) ?? bracketed ?? (c ? corefer(name, entities, titled) : undefined);
    if (!id) {
      id = uniqueId(slugify(name) || 'unnamed', taken, entities);
      entities.set(id, {
        id,
        name,
        kind: 'person',
        registered: false,
        mentions: 0,
        cues: nameCues(name, c?.acronym ?? false, teams),
      });
    }
    byName.set(key, id);
    const entity = entities.get(id)!;
    entity.mentions++;
    mentions.push({ paragraph, entity: id, start, end });
    if (!c) {
      entity.cues.push({ kind: 'place', weight: 3, cue: 'a dateline' });
      return;
    }
    const p = paragraphs[paragraph]!;
    entity.cues.push(...contextCues(p.tokens, c.first, c.last, c.title, sporty, teams));
    if (c.title && !entity.title) entity.title = c.title;
    if (!entity.role) {
      const sentence = p.sentences.find((s) => s.start <= c.start && c.end <= s.end) ?? {
        start: 0,
        end: p.text.length,
      };
      const role =
        (c.title && !HONORIFICS.test(c.title) ? c.title : undefined) ??
        appositiveRole(p.text.slice(sentence.start, sentence.end), c.start - sentence.start, c.end - sentence.start);
      if (role) entity.role = role;
    }
  };
  for (const d of datelines) add(d.entity, undefined, d.paragraph, d.start, d.end);
  for (const c of candidates) {
    // "Leaders of ASEAN", "Officers were called", "Much of this": a lone word capitalised by its place counts only
    // when the copy confirms it, or when it is a state or a large city and no common word.
    const known = confirmed.has(c.name) || byName.has(nameKey(c.name)) || corefer(c.name, entities) !== undefined;
    if (c.unconfirmed && !known && !largePlace(c.name)) continue;
    add(c.name, c, c.paragraph, c.start, c.end);
    previous = c;
  }

  const merged = mergeBareHeads(entities, mentions);
  const found: FoundEntity[] = [];
  const dropped = new Set<string>();
  for (const { cues, ...entity } of entities.values()) {
    const decision = decideKind(cues, entity.name.split(/\s+/).length);
    // "the Web", "a Test", "Nursing, Midwifery and Quality": one capitalised word that nothing in the copy shows to
    // be a name is a common word written with a capital, not an entity.
    if (
      !entity.name.includes(' ') &&
      !cues.some((c) => c.weight > 0) &&
      !/^\p{Lu}{2,}$/u.test(entity.name) &&
      isKnownWord(entity.name)
    ) {
      dropped.add(entity.id);
      continue;
    }
    const gender = entity.title ? genderOfTitle(entity.title) : undefined;
    const first = entity.name.split(/\s+/)[0]!;
    // "Christie’s", "Sainsbury’s": a firm named with a possessive keeps it in its name.
    const firm = cues.find((c) => c.kind === 'organization' && c.name)?.name;
    found.push({
      ...entity,
      ...(decision.kind === 'organization' && firm ? { name: firm } : {}),
      kind: decision.kind,
      ...(decision.uncertain ? { kindUncertain: true } : {}),
      kindReason: decision.reason,
      ...(decision.kind === 'person' && gender ? { gender } : {}),
      ...(decision.kind === 'person' && !gender && genderOfFirstName(first)
        ? { gender: genderOfFirstName(first)!, genderByName: true }
        : {}),
    });
  }
  return { entities: found, mentions: merged.filter((m) => !dropped.has(m.entity)) };
}

/**
 * "Trust policy" before "East Kent University Hospitals NHS Foundation Trust": an institution's head word alone is
 * that institution when the copy names exactly one with it, wherever the full name comes. Returns the mentions
 * with the bare word's moved to the full name.
 */
function mergeBareHeads(
  entities: Map<string, FoundEntity & { cues: KindCue[] }>,
  mentions: readonly NameMention[],
): NameMention[] {
  const moved = new Map<string, string>();
  for (const bare of entities.values()) {
    if (!BARE_HEADS.has(bare.name)) continue;
    const full = [...entities.values()].filter((e) => e.name.includes(' ') && e.name.split(/\s+/).at(-1) === bare.name);
    if (full.length !== 1) continue;
    full[0]!.mentions += bare.mentions;
    full[0]!.cues.push(...bare.cues);
    moved.set(bare.id, full[0]!.id);
  }
  for (const id of moved.keys()) entities.delete(id);
  return mentions.map((m) => (moved.has(m.entity) ? { ...m, entity: moved.get(m.entity)! } : m));
}

/** The key a name is known by: "Acme Corp." at a sentence's end is "Acme Corp". */
function nameKey(name: string): string {
  return name.replace(/\.$/, '');
}

/**
 * "Cook said": a sentence's first word that the tagger took for a verb or a noun is a name when it is the surname
 * of a person the copy names in full.
 */
function addSurnamesAtSentenceStart(paragraphs: readonly NameParagraph[], candidates: Candidate[]): void {
  const surnames = new Set(candidates.filter((c) => c.last > c.first).map((c) => c.name.split(/\s+/).at(-1)!));
  paragraphs.forEach((p, paragraph) => {
    for (const i of sentenceInitialTokens(p.tokens, p.sentences)) {
      const t = p.tokens[i]!;
      if (
        !surnames.has(t.text) ||
        p.covered(t) ||
        candidates.some((c) => c.paragraph === paragraph && c.start <= t.start && t.end <= c.end)
      )
        continue;
      candidates.push({
        name: t.text,
        start: t.start,
        end: t.end,
        unconfirmed: true,
        acronym: false,
        first: i,
        last: i,
        paragraph,
      });
    }
  });
  candidates.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
}

/** A country, a region or a city of 100,000 people, whose name is not also a common word ("Much", "Brits"). */
function largePlace(name: string): boolean {
  const fact = placeFact(name);
  if (!fact || (fact.kind === 'city' && fact.population < 100_000)) return false;
  const [word] = tokenize(name.toLowerCase());
  return word !== undefined && (word.pos === 'NOUN' || word.pos === 'PROPN') && word.lemma === word.lower;
}

/**
 * The entity a short form stands for: a surname of a person named in full ("Prendiville"), a first name when one
 * person has it ("Madeleine"), the first word of a company ("Samsung"), the head of an institution or outlet
 * ("the Post", "the Fund"), or an acronym of a name's initials ("BOJ" for "Bank of Japan").
 */
function corefer(name: string, entities: ReadonlyMap<string, FoundEntity>, titled = false): string | undefined {
  const words = name.split(/\s+/);
  const single = words.length === 1;
  const unique = (test: (full: string[]) => boolean) => {
    const hits = [...entities.values()].filter((e) => test(e.name.split(/\s+/)));
    return hits.length === 1 ? hits[0]!.id : undefined;
  };
  if (single && /^\p{Lu}[\p{Lu}\p{Ll}]*\p{Lu}$/u.test(name) && name.length <= 6) {
    const letters = name.replace(/\p{Ll}/gu, '');
    const acronym = unique(
      (full) => full.length > 1 && (initials(full, true) === letters || initials(full, false) === letters),
    );
    if (acronym) return acronym;
  }
  if (single) {
    const head = unique(
      (full) =>
        full.length > 1 &&
        full.at(-1) === name &&
        [ORGANIZATION_HEADS, MEDIA_HEADS, EVENT_HEADS].some((h) => h.has(name)),
    );
    if (head) return head;
    // "Pramod" after "Pramod Mahajan": a first name, or a word of no language's lexicon and no place's name.
    const firstName =
      isFirstName(name) || (!isKnownWord(name) && !placeFact(name))
        ? unique((full) => full.length > 1 && full[0] === name && !HEAD_SETS.some((h) => h.has(full.at(-1)!)))
        : undefined;
    if (firstName) return firstName;
  }
  // "Mohammad Adib" after "Mohammad Adib Mohd Khairi": the given names of one person named in full.
  if (words.length >= 2 && isFirstName(words[0]!)) {
    const given = unique(
      (full) =>
        full.length > words.length &&
        words.every((w, k) => full[k] === w) &&
        !HEAD_SETS.some((h) => h.has(full.at(-1)!)) &&
        !full.some((w) => /^(?:of|for|and)$/.test(w)),
    );
    if (given) return given;
  }
  for (const entity of [...entities.values()].reverse()) {
    const full = entity.name.split(/\s+/);
    if (full.length <= words.length) continue;
    // "Jersey" is no surname of "National Trust for Jersey": a name with "of" or "for" in it is no person's.
    const named =
      HEAD_SETS.some((heads) => heads.has(full.at(-1)!)) ||
      placeFact(entity.name) !== undefined ||
      full.some((w) => /^(?:of|for|and)$/.test(w));
    // "Prendiville", "ten Hag", "Ten Hag": the last words of a person's name, a particle in either case.
    if ((!named || titled) && full.slice(-words.length).join(' ').toLowerCase() === name.toLowerCase())
      return entity.id;
    // "Samsung" after "Samsung Electronics".
    if (words.length === 1 && ORGANIZATION_HEADS.has(full.at(-1)!) && full[0] === name) return entity.id;
  }
  return undefined;
}

/** "Bank of Japan" → "BOJ" (with the small words) or "BJ" (without). */
function initials(words: readonly string[], withSmallWords: boolean): string {
  return words
    .filter((w) => withSmallWords || !/^(?:of|and|for|the|&|de|du)$/.test(w))
    .map((w) => w[0]!.toUpperCase())
    .join('');
}

function splitAt(sentences: readonly SentenceSpan[], at: number): SentenceSpan[] {
  return sentences.flatMap((s) =>
    s.start < at && at < s.end
      ? [
          { start: s.start, end: at },
          { start: at, end: s.end },
        ]
      : [s],
  );
}

function uniqueId(base: string, taken: ReadonlySet<string>, entities: ReadonlyMap<string, unknown>): string {
  let id = base;
  for (let n = 2; taken.has(id) || entities.has(id); n++) id = `${base}-${n}`;
  return id;
}

function titleCase(text: string): string {
  return text
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_m, space: string, letter: string) => space + letter.toUpperCase());
}
