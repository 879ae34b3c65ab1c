/**
 * Where a later reference points back: the person introduced with a role or an age, the body whose name holds a
 * short form, the noun as the copy first described it, the author of a document named before, the organization
 * "the company" means. Each returns an entity id (or a phrase to resolve), or undefined when the copy does not say.
 */
import type { Speaker } from '../../schemas/analysis.ts';
import { findToken, tokenAt, type Token } from '../tokens.ts';
import { hasQuotation } from './clauses.ts';
import { subjectBefore } from './noun-phrases.ts';
import { isFiniteSpeechVerb } from './speech-verbs.ts';
import type { AttributionDoc, EntityFacts, KnownMention, SpeakerPhrase } from './types.ts';

/** Heads of phrases that name a document or an occasion, never a speaker. */
export const DOCUMENTS =
  /^(?:statement|announcement|report|release|letter|document|documents|website|site|post|tweet|filing|conference|interview|meeting|briefing|notice|email|memo|press|verdict|ruling|judgment|judgement|survey|study|data|figures|estimates|motion|resolution|petition|sign|placard|banner|headline|caption|message|note|text)$/;
/** How many paragraphs back a pronoun may reach for its antecedent. */
export const PRONOUN_REACH = 4;

/** A mention with the index of its paragraph. */
export type PlacedMention = KnownMention & { paragraph: number };

/** Mentions before `at` in paragraph `paragraph`, nearest first, reaching a few paragraphs back. */
export function* mentionsBefore(doc: AttributionDoc, paragraph: number, at: number): Generator<PlacedMention> {
  for (let i = paragraph; i >= 0 && i >= paragraph - PRONOUN_REACH; i--) {
    const mentions = doc.paragraphs[i]!.mentions;
    for (let k = mentions.length - 1; k >= 0; k--)
      if (i < paragraph || mentions[k]!.end <= at) yield { ...mentions[k]!, paragraph: i };
  }
}

/** A person whose role or title holds the noun ("the chairman" → "Chairwoman Linnea Sato"), the latest speaker first. */
export function personWithRole(
  entities: ReadonlyMap<string, EntityFacts>,
  noun: string,
  settled: readonly (Speaker | null)[],
): string | undefined {
  // Every word of the role must be in the person's ("nursing director" ~ "Director of nursing at SaTH"), the last
  // one by its stem ("the chairman" ~ "Chairwoman").
  const words = noun.toLowerCase().replace(/’/g, "'").split(/\s+/);
  const stem = words.at(-1)!.replace(/(?:wo)?man$|person$/, '');
  if (stem.length < 3) return undefined;
  const holds = (id: string) => {
    const f = entities.get(id);
    if (f?.kind !== 'person') return false;
    const held = `${f.role ?? ''} ${f.title ?? ''}`.toLowerCase().replace(/’/g, "'");
    const heldWords = new Set(held.split(/[\s,]+/));
    return held.includes(stem) && words.slice(0, -1).every((w) => heldWords.has(w));
  };
  const spoken = settled.findLast((s) => s?.entity && holds(s.entity));
  if (spoken?.entity) return spoken.entity;
  const matches = [...entities.keys()].filter(holds);
  return matches.length === 1 ? matches[0] : undefined;
}

/** The organization named most in the few paragraphs before quote `index`, the nearest of equals. */
export function lastOrganization(doc: AttributionDoc, index: number): string | undefined {
  const site = doc.quotes[index]!;
  // "the company" is the one the copy is about ("Naspers … Naspers, which owns a third of Tencent … the company
  // said"), not the last one named.
  const counts = new Map<string, number>();
  for (const m of mentionsBefore(doc, site.paragraph, site.open))
    if (m.kind === 'organization') counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  let best: string | undefined;
  for (const [entity, count] of counts) if (best === undefined || count > counts.get(best)!) best = entity;
  return best;
}

/**
 * "an angry father": an indefinite phrase with the same head, in this paragraph before `at` or the few before it;
 * else "the education ministry" for "the ministry": the first definite phrase with that head and words before it
 * that narrow it, anywhere before `at`.
 */
export function firstDescribed(doc: AttributionDoc, paragraph: number, at: number, head: string): string | undefined {
  const before = (i: number) => (i === paragraph ? doc.paragraphs[i]!.text.slice(0, at) : doc.paragraphs[i]!.text);
  const indefinite = new RegExp(
    String.raw`\b(?:an?|another|one)\s+(?:(?!(?:and|or|an?|the)\s)[\p{Ll}-]+\s+){0,3}${head}\b`,
    'iu',
  );
  for (let i = Math.max(0, paragraph - PRONOUN_REACH); i <= paragraph; i++) {
    const match = indefinite.exec(before(i));
    if (match) return match[0];
  }
  for (let i = 0; i <= paragraph; i++) {
    const { tokens } = doc.paragraphs[i]!;
    for (let k = 2; k < tokens.length && (i < paragraph || tokens[k]!.end <= at); k++) {
      if (tokens[k]!.lower !== head) continue;
      const narrowing = (t: Token | undefined) => t && /^\p{Ll}/u.test(t.text) && (t.pos === 'NOUN' || t.pos === 'ADJ');
      const from = narrowing(tokens[k - 2]) && tokens[k - 3]?.lower === 'the' ? k - 3 : k - 2;
      if (tokens[from]?.lower === 'the' && narrowing(tokens[k - 1]))
        return `the${doc.paragraphs[i]!.text.slice(tokens[from]!.end, tokens[k]!.end)}`;
    }
  }
  return undefined;
}

/** The one organization whose name holds every word of the phrase ("Halton police" → Halton Regional Police). */
export function bodyNamed(entities: ReadonlyMap<string, EntityFacts>, words: readonly Token[]): string | undefined {
  const wanted = words.map((t) => t.lower);
  const matches = [...entities].filter(([, f]) => {
    if (f.kind === 'person' || f.kind === 'place' || f.kind === 'country') return false;
    const own = new Set(f.name.toLowerCase().split(/\s+/));
    return own.size > wanted.length && wanted.every((w) => own.has(w));
  });
  return matches.length === 1 ? matches[0]![0] : undefined;
}

/** "federal prosecutors" for "prosecutors": the noun with the adjective the copy first gave it, before `at`. */
export function describedWith(doc: AttributionDoc, paragraph: number, at: number, noun: string): string | undefined {
  for (let i = 0; i <= paragraph; i++) {
    const { tokens, text } = doc.paragraphs[i]!;
    for (let k = 1; k < tokens.length; k++) {
      if (i === paragraph && tokens[k]!.start >= at) break;
      if (tokens[k]!.lower === noun && tokens[k - 1]!.pos === 'ADJ' && /^\p{Ll}/u.test(tokens[k - 1]!.text))
        return text.slice(tokens[k - 1]!.start, tokens[k]!.end);
    }
  }
  return undefined;
}

/** The person given age `age` before `at` ("Jane Smith, 45," or "45-year-old Jane Smith"), the latest first. */
export function personOfAge(doc: AttributionDoc, paragraph: number, at: number, age: string): string | undefined {
  const afterName = new RegExp(String.raw`^,\s*${age}\b`);
  const beforeName = new RegExp(String.raw`\b${age}-year-old\s+(?:[\p{Ll}-]+\s+){0,2}$`, 'u');
  for (let i = paragraph; i >= 0; i--) {
    const { mentions, text } = doc.paragraphs[i]!;
    for (let k = mentions.length - 1; k >= 0; k--) {
      const m = mentions[k]!;
      if (m.kind !== 'person' || (i === paragraph && m.end > at)) continue;
      if (
        afterName.test(text.slice(m.end, m.end + 6)) ||
        beforeName.test(text.slice(Math.max(0, m.start - 40), m.start))
      )
        return m.entity;
    }
  }
  return undefined;
}

/**
 * The author of the document a definite "the letter" refers back to: the subject of the sentence, a few paragraphs
 * before `at`, that first names such a document ("The school board wrote in a letter to parents").
 */
export function documentAuthor(
  doc: AttributionDoc,
  paragraph: number,
  at: number,
  noun: string,
): SpeakerPhrase | undefined {
  for (let i = Math.max(0, paragraph - PRONOUN_REACH); i <= paragraph; i++) {
    const { tokens, sentences } = doc.paragraphs[i]!;
    const k = tokens.findIndex((t) => t.lower === noun && (i < paragraph || t.end <= at));
    if (k < 0 || /^the$/i.test(tokens[k - 1]?.text ?? '')) continue;
    const sentence = sentences.find((s) => s.start <= tokens[k]!.start && tokens[k]!.start < s.end);
    const first = sentence ? tokenAt(tokens, sentence.start) : 0;
    const end = sentence ? tokenAt(tokens, sentence.end) : tokens.length;
    const verb = tokens.findIndex((t, v) => v >= first && v < end && (t.pos === 'VERB' || t.pos === 'AUX'));
    const np = verb > first ? subjectBefore(tokens, verb, first) : undefined;
    // The author is a name or a body, never another document or a pronoun ("It said in a statement").
    if (!np || (np.first === np.last && tokens[np.first]!.pos === 'PRON')) return undefined;
    if (DOCUMENTS.test(tokens[np.last]!.lower)) return undefined;
    return { paragraph: i, first: np.first, last: np.last, clause: { first, last: k } };
  }
  return undefined;
}

/** "the union", "the company": the one organization whose name holds that word. */
export function organizationNamed(entities: ReadonlyMap<string, EntityFacts>, word: string): string | undefined {
  const head = word.toLowerCase();
  const matches = [...entities].filter(
    ([, f]) => f.kind !== 'person' && f.name.toLowerCase().split(/\s+/).includes(head),
  );
  return matches.length === 1 ? matches[0]![0] : undefined;
}

/**
 * The person whose words a paragraph between the previous quotation and `paragraph` reports, the latest first:
 * "The prime minister said the opposition could not digest the result. / “…,” he said." is the prime minister's,
 * whoever spoke the quotation before. The subject must name a person, or be a role held by one.
 */
export function reportedSpeakerBetween(
  doc: AttributionDoc,
  paragraph: number,
  lastSpoken: number | undefined,
  settled: readonly (Speaker | null)[],
): string | undefined {
  const floor = Math.max(
    lastSpoken === undefined ? 0 : doc.quotes[lastSpoken]!.paragraph + 1,
    paragraph - PRONOUN_REACH,
  );
  for (let i = paragraph - 1; i >= floor; i--) {
    if (hasQuotation(doc, i)) return undefined;
    const { tokens, sentences, mentions, text } = doc.paragraphs[i]!;
    // The last few sentences of each paragraph, each scanned once: a run-on paragraph costs no more.
    for (const sentence of sentences.slice(-3).reverse()) {
      const first = tokenAt(tokens, sentence.start);
      const last = tokenAt(tokens, sentence.end) - 1;
      const verb = findToken(tokens, first, last, isFiniteSpeechVerb);
      if (verb === -1) continue;
      const np = subjectBefore(tokens, verb, first);
      if (!np) return undefined;
      // "… and she said she was now missing work": a pronoun reporter stands for one named before; read on back.
      if (np.first === np.last && /^(?:he|she)$/.test(tokens[np.first]!.lower)) continue;
      const [from, to] = [tokens[np.first]!.start, tokens[np.last]!.end];
      const person = mentions.find((m) => m.kind === 'person' && m.start >= from && m.end <= to);
      if (person) return person.entity;
      const role = /^the\s+(.+)$/i.exec(text.slice(from, to))?.[1];
      return role ? personWithRole(doc.entities, role, settled) : undefined;
    }
  }
  return undefined;
}
