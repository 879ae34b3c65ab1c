/**
 * Mention → entity: who a speaker phrase names. A name in the phrase (a person first); a pronoun, by the previous
 * speaker before the last person mentioned, with gender from titles, first names and earlier pronouns; a role
 * ("the chairman", "the coach") by the person introduced with it; "the company", "the union" by the organization
 * named with that word; otherwise an unnamed speaker in the phrase's own words ("a police spokesman").
 */
import type { Speaker } from '../../schemas/analysis.ts';
import type { Gender } from '../names/gender.ts';
import { tokenAt, type Token } from '../tokens.ts';
import { hasQuotation } from './clauses.ts';
import { isSpeechVerb } from './speech-verbs.ts';
import {
  bodyNamed,
  describedWith,
  documentAuthor,
  DOCUMENTS,
  firstDescribed,
  lastOrganization,
  mentionsBefore,
  organizationNamed,
  personOfAge,
  personWithRole,
  PRONOUN_REACH,
  reportedSpeakerBetween,
  type PlacedMention,
} from './referents.ts';
import type { AttributionDoc, EntityFacts, KnownMention, SpeakerPhrase } from './types.ts';

/** A speaker, or why none could be given. */
export type Resolution = { speaker: Speaker; note?: string } | { speaker: null; note: string };

const PRONOUN_GENDER: Readonly<Record<string, Gender>> = { he: 'male', she: 'female', him: 'male', her: 'female' };
/** Words by which copy refers back to an organization it named: "the company said", "the trust said". */
const INSTITUTIONS =
  /^(?:company|firm|group|bank|lender|insurer|carrier|airline|retailer|manufacturer|maker|trust|council|authority|agency|ministry|department|club|union|party|government|board|university|college|school|hospital|service|corporation|organisation|organization|charity|regulator|watchdog|operator|giant)$/;

/** Nouns for what someone said: their owner speaks ("Smith's message"). */
const SPEECH_NOUNS =
  /^(?:message|words|response|reply|answer|verdict|view|warning|advice|plea|argument|comment|remarks)$/;

/** Resolves the phrase of quote `index`. `settled` holds the speakers of the quotes before it. */
export function resolvePhrase(
  doc: AttributionDoc,
  index: number,
  found: SpeakerPhrase,
  settled: readonly (Speaker | null)[],
  genders: Map<string, Gender>,
  lastSpoken: number | undefined,
): Resolution {
  const p = doc.paragraphs[found.paragraph]!;
  const from = p.tokens[found.first]!.start;
  const to = p.tokens[found.last]!.end;
  let role = found.descriptor ? descriptorText(p.text, p.tokens, found.descriptor) : undefined;
  if (role && /^\d+$/.test(role)) role = undefined; // "Modi, 73, told": an age, not a role
  const inside = p.mentions.filter((m) => m.start >= from && m.end <= to);
  // "Christie's said", "Sainsbury's said": a subject that ends in a possessive is a firm named after its founder.
  if (/^['’]s$/.test(p.tokens[found.last]!.text) && found.last > found.first) {
    const firm = inside.find((m) => m.kind !== 'person' && m.kind !== 'place' && m.end >= to - 2);
    return {
      speaker: firm ? entitySpeaker(doc.entities, firm.entity, role) : { name: p.text.slice(from, to), entity: null },
    };
  }
  // The phrase's head if it is a person ("MIT TESS researcher Natalia Guerrero"), else its first person.
  // A person who only modifies the head is not the speaker: "Smith's spokesman", "a spokesman for Smith".
  const modifies = (m: KnownMention) =>
    /^['’]s?\b/.test(p.text.slice(m.end, m.end + 2)) ||
    /\b(?:for|of|to|from|with|by)\s+(?:the\s+)?$/i.test(p.text.slice(Math.max(from, m.start - 10), m.start));
  const heads = inside.filter((m) => m.kind !== 'person' || !modifies(m));
  const person = heads.find((m) => m.kind === 'person' && m.end === to) ?? heads.find((m) => m.kind === 'person');
  if (person) return { speaker: entitySpeaker(doc.entities, person.entity, role) };
  // "Director of nursing at SaTH, Hayley Flavell, said": the person is in the other half of the apposition.
  if (found.descriptor) {
    const d = { from: p.tokens[found.descriptor.first]!.start, to: p.tokens[found.descriptor.last]!.end };
    const named = p.mentions.find((m) => m.kind === 'person' && m.start >= d.from && m.end <= d.to && !modifies(m));
    if (named) {
      role = p.text.slice(from, to);
      return { speaker: entitySpeaker(doc.entities, named.entity, role) };
    }
  }
  const words = p.tokens.slice(found.first, found.last + 1);
  // "Smith's message was clear:", "Smith's reply": words are the words of the one whose they are.
  const sayer = inside.find((m) => m.kind === 'person' && modifies(m));
  if (sayer && SPEECH_NOUNS.test(words.at(-1)!.lower))
    return { speaker: entitySpeaker(doc.entities, sayer.entity, role) };
  if (words.length === 1 && words[0]!.pos === 'PRON')
    return pronoun(doc, index, words[0]!.lower, lastSpoken, settled, genders);
  // "Many who attended the meeting": the head comes before a relative clause, a determiner if nothing else.
  const relative = words.findIndex((t, k) => k > 0 && /^(?:who|which|that)$/.test(t.lower));
  const own = relative > 0 ? words.slice(0, relative) : words;
  const head = own.findLast((t) => t.pos === 'NOUN' || t.pos === 'PROPN') ?? (relative > 0 ? own.at(-1) : undefined);
  // "The nursing director at the health trust", "a letter from Acme": the head comes before the first preposition.
  const preposition = own.findIndex((t, k) => k > 0 && t.pos === 'ADP' && !/^['’]s$/.test(t.text));
  const core = preposition > 0 ? own.slice(0, preposition) : own;
  const coreHead = core.findLast((t) => t.pos === 'NOUN' || t.pos === 'PROPN') ?? head;
  // "a contact of Banksy", "a member of the Acme Rowing Club": a common noun's name after "of" or "for" only
  // modifies it; the speaker is the one the noun describes.
  const modifier = (m: KnownMention) => coreHead?.pos === 'NOUN' && coreHead.end <= m.start && modifies(m);
  const named = heads.find((m) => (m.end === to || (head && m.end >= head.end)) && !modifier(m));
  if (named) return { speaker: entitySpeaker(doc.entities, named.entity, role) };
  if (!head || !coreHead) return { speaker: null, note: `"${p.text.slice(from, to)}" names nobody` };
  // "the NEA website", "the company's statement", "a letter from Acme": a document speaks for the one whose it is;
  // "the announcement" alone does not speak, and its author is elsewhere.
  if (DOCUMENTS.test(head.lower) || DOCUMENTS.test(coreHead.lower)) {
    const author = inside.filter((m) => m.kind !== 'place' && m.kind !== 'event');
    if (author.length === 1)
      return {
        speaker: entitySpeaker(doc.entities, author[0]!.entity, role),
        note: `"${p.text.slice(from, to)}" speaks for its author`,
      };
    // "In a letter to parents, the board said …" … "“…,” the letter said": the author of the one named before.
    const definiteDocument = /^the$/i.test(words[0]!.text) && words.length <= 3;
    const earlier = definiteDocument ? documentAuthor(doc, found.paragraph, from, coreHead.lower) : undefined;
    if (earlier) {
      const resolved = resolvePhrase(doc, index, earlier, settled, genders, lastSpoken);
      if (resolved.speaker)
        return {
          speaker: resolved.speaker,
          note: `"${p.text.slice(from, to)}" is the one named before, by its author`,
        };
    }
    return { speaker: null, note: `"${p.text.slice(from, to)}" is a document, not a speaker` };
  }
  // "Christie's auction house", "the AFP news agency": an institution noun after its own name.
  const owner = inside.filter((m) => m.kind !== 'person' && m.kind !== 'place' && !modifier(m));
  if (
    owner.length === 1 &&
    (INSTITUTIONS.test(head.lower) || /^(?:house|agency|broadcaster|newspaper|station|network)$/.test(head.lower))
  )
    return { speaker: entitySpeaker(doc.entities, owner[0]!.entity, role) };
  const text = p.text.slice(from, to);
  // "the 45-year-old said" after "Jane Smith, 45,": the person the copy gave that age.
  const age = /^the\s+(\d{1,3})-year-old(?:\s+\p{Ll}+)?$/iu.exec(text)?.[1];
  const aged = age ? personOfAge(doc, found.paragraph, from, age) : undefined;
  if (aged) return { speaker: entitySpeaker(doc.entities, aged, role), note: `"${text}" is the person of that age` };
  // "the coach", "Ireland's interim head coach": a definite role points to someone the copy introduced.
  const definite = /^the$/i.test(words[0]!.text) || words.some((t) => /^['’]s$/.test(t.text));
  if (definite && core.length <= 6) {
    const coreText = p.text.slice(core[0]!.start, core.at(-1)!.end);
    const byRole =
      personWithRole(doc.entities, coreText.replace(/^the\s+/i, ''), settled) ??
      personWithRole(doc.entities, coreHead.lemma, settled);
    if (byRole)
      return {
        speaker: entitySpeaker(doc.entities, byRole, role),
        note: `"${text}" is the person introduced with that role`,
      };
    // The head before any "of": "the chief executive of one retailer" is a person, not "the retailer".
    const organization =
      organizationNamed(doc.entities, coreHead.text) ??
      (INSTITUTIONS.test(coreHead.lower) ? lastOrganization(doc, index) : undefined);
    if (organization)
      return {
        speaker: entitySpeaker(doc.entities, organization, role),
        note: `"${text}" is the organization named before`,
      };
    // "the minister" again: the unnamed speaker quoted before with that word.
    // Only a bare "the minister" refers back so: "the Nairobi prosecutor" says who it is itself, and a pair quoted
    // together ("a prosecutor and a magistrate") is neither of them.
    const bare = words.length === 2;
    const unnamed = bare
      ? settled.findLast(
          (s) => s?.entity === null && s.name.toLowerCase().endsWith(head.lower) && !/\band\b/.test(s.name),
        )
      : undefined;
    if (unnamed) return { speaker: unnamed };
    // "the father" after "an angry father": the speaker as the copy first described them.
    const described = bare ? firstDescribed(doc, found.paragraph, from, head.lower) : undefined;
    if (described)
      return { speaker: { name: described, entity: null }, note: `"${text}" is "${described}", described before` };
  }
  // "Halton police" after "Halton Regional Police": the one body whose name holds every word of the phrase.
  const body = words.some((t) => t.pos === 'PROPN') && words.length > 1 ? bodyNamed(doc.entities, words) : undefined;
  if (body)
    return { speaker: entitySpeaker(doc.entities, body, role), note: `"${text}" is ${doc.entities.get(body)!.name}` };
  // "prosecutors said" after "federal prosecutors": a bare plural as the copy first described it.
  if (words.length === 1 && head.pos === 'NOUN' && /s$/.test(head.lower)) {
    const fuller = describedWith(doc, found.paragraph, from, head.lower);
    if (fuller) return { speaker: { name: fuller, entity: null }, note: `"${text}" is "${fuller}", described before` };
  }
  const affiliation = inside.find((m) => m.kind !== 'person' && m.kind !== 'place')?.entity;
  return { speaker: { name: text, entity: null, ...(affiliation ? { affiliation } : {}) } };
}

/** He, she, they, it: the previous speaker when they fit, else the last person (or group) mentioned who does. */
function pronoun(
  doc: AttributionDoc,
  index: number,
  word: string,
  lastSpoken: number | undefined,
  settled: readonly (Speaker | null)[],
  genders: Map<string, Gender>,
): Resolution {
  const site = doc.quotes[index]!;
  const gender = PRONOUN_GENDER[word];
  const personal = gender !== undefined;
  if (!personal && !/^(?:they|it|we)$/.test(word)) return { speaker: null, note: `"${word}" names nobody in the text` };
  // How well a candidate fits: 2 when its gender is known to agree, 1 when unknown, 0 when it cannot be meant.
  const fit = (entity: string | null, name: string): number => {
    if (entity === null) return !personal || !/(?:people|officials|police|sources|s)$/i.test(name) ? 1 : 0;
    const facts = doc.entities.get(entity);
    if (!facts) return 0;
    // "they said" is a body's or a group's, never a place's ("Guernsey … they said").
    if (!personal) return facts.kind !== 'person' && !(word === 'they' && isPlace(facts.kind)) ? 2 : 0;
    if (facts.kind !== 'person') return 0;
    const learned = genders.get(entity);
    const known = learned ?? facts.gender;
    if (known === undefined) return 1;
    if (known === gender) return 2;
    // A first name's usual gender is a guess ("Pat Ryan … he said"): a poor fit, not none.
    return learned === undefined && facts.genderByName ? 0.5 : 0;
  };
  // The previous speaker first ("he added" goes on from the last quotation), then the people mentioned before,
  // nearest first; a candidate whose gender is known to agree wins over one whose gender is not known.
  const near = lastSpoken !== undefined && doc.quotes[lastSpoken]!.paragraph >= site.paragraph - PRONOUN_REACH;
  const previous = near ? (settled[lastSpoken!] ?? undefined) : undefined;
  const previousFit = previous ? fit(previous.entity, previous.name) : 0;
  // "“…,” Edwards explained. / The suspect, who identified himself as Laszlo, was restrained. / “…,” he said.": a
  // paragraph between them about one other person makes that person the one "he" means.
  const between = onlyPersonBetween(doc, site.paragraph, lastSpoken, previous?.entity);
  if (between && fit(between, '') >= 1)
    return learn(
      entitySpeaker(doc.entities, between),
      word,
      gender,
      genders,
      doc.entities,
      'the one person the paragraph before is about',
    );
  // "The prime minister said … / “…,” he said.": a paragraph since the last quotation reports someone's words.
  const reporter = reportedSpeakerBetween(doc, site.paragraph, lastSpoken, settled);
  if (reporter && reporter !== previous?.entity && fit(reporter, '') >= 1)
    return learn(
      entitySpeaker(doc.entities, reporter),
      word,
      gender,
      genders,
      doc.entities,
      'the one whose words the paragraph before reports',
    );
  // A named previous speaker keeps the floor ("he added") unless their gender is known to differ; an unnamed
  // one ("a council official") gives way to a person mentioned since whose gender is known to fit.
  if (previous && (previousFit === 2 || (previousFit === 1 && previous.entity !== null)))
    return learn(previous, word, gender, genders, doc.entities, 'the previous speaker');
  let mentioned: string | undefined;
  let guessed: string | undefined;
  for (const m of mentionsBefore(doc, site.paragraph, site.open)) {
    // "Moscow could not co-exist with the government in Kyiv and it would continue": "it" is a subject, never the
    // place or body a preposition governs.
    if (!personal && afterPreposition(doc, m)) continue;
    const f = fit(m.entity, '');
    if (f === 0.5) guessed ??= m.entity;
    if (f === 2)
      return learn(
        entitySpeaker(doc.entities, m.entity),
        word,
        gender,
        genders,
        doc.entities,
        'the last one mentioned it fits',
      );
    if (f === 1 && mentioned === undefined) mentioned = m.entity;
  }
  if (previous && previousFit === 1)
    return learn(previous, word, gender, genders, doc.entities, 'the previous speaker');
  if (mentioned)
    return learn(entitySpeaker(doc.entities, mentioned), word, gender, genders, doc.entities, 'the last one mentioned');
  if (previous && previousFit === 0.5)
    return learn(
      previous,
      word,
      gender,
      genders,
      doc.entities,
      'the previous speaker (a first name often given to either)',
    );
  if (guessed)
    return learn(
      entitySpeaker(doc.entities, guessed),
      word,
      gender,
      genders,
      doc.entities,
      'the last one mentioned (a first name often given to either)',
    );
  return { speaker: null, note: `"${word}": nobody before it fits` };
}

/**
 * The one person the paragraph right before `paragraph` names, when that paragraph comes after the previous
 * speaker's quotation, quotes and reports no one, and names no one else; never `speaker`, the previous speaker.
 */
function onlyPersonBetween(
  doc: AttributionDoc,
  paragraph: number,
  lastSpoken: number | undefined,
  speaker: string | null | undefined,
): string | undefined {
  const before = paragraph - 1;
  if (lastSpoken === undefined || doc.quotes[lastSpoken]!.paragraph >= before) return undefined;
  if (hasQuotation(doc, before)) return undefined;
  // "If necessary, he said, he would write … for Yettaw to be deported.": a paragraph that reports speech goes on
  // with its speaker, whoever else it names.
  if (doc.paragraphs[before]!.tokens.some((t) => isSpeechVerb(t) && !/ing$/.test(t.lower))) return undefined;
  const people = new Set(doc.paragraphs[before]!.mentions.filter((m) => m.kind === 'person').map((m) => m.entity));
  const [only] = people;
  return people.size === 1 && only !== speaker ? only : undefined;
}

const isPlace = (kind: string) => kind === 'place' || kind === 'country';

/** Whether a mention is the object of a preposition ("in Kyiv", "with the union"). */
function afterPreposition(doc: AttributionDoc, m: PlacedMention): boolean {
  const { tokens } = doc.paragraphs[m.paragraph]!;
  const k = tokenAt(tokens, m.start) - 1;
  const before = tokens[k]?.pos === 'DET' ? tokens[k - 1] : tokens[k];
  return before?.pos === 'ADP';
}

/** Records a pronoun's gender for its entity, and says whether it was known. */
function learn(
  speaker: Speaker,
  word: string,
  gender: Gender | undefined,
  genders: Map<string, Gender>,
  entities: ReadonlyMap<string, EntityFacts>,
  who: string,
): Resolution {
  if (!speaker.entity || !gender) return { speaker, note: `"${word}" is ${who}` };
  const known = genders.get(speaker.entity) ?? entities.get(speaker.entity)?.gender;
  genders.set(speaker.entity, gender);
  return { speaker, note: known ? `"${word}" is ${who}` : `"${word}" is ${who} (gender not stated before)` };
}

function entitySpeaker(entities: ReadonlyMap<string, EntityFacts>, id: string, role?: string): Speaker {
  const facts = entities.get(id);
  const shown = role ?? facts?.role;
  return { name: facts?.name ?? id, entity: id, ...(shown ? { role: shown } : {}) };
}

/** A descriptor as a role: "a witness"; "Another resident" → "resident". */
function descriptorText(text: string, tokens: readonly Token[], range: { first: number; last: number }): string {
  return text.slice(tokens[range.first]!.start, tokens[range.last]!.end).replace(/^(?:another|one)\s+/i, '');
}
