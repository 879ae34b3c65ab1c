import type { EntityKind } from '../schemas/entity.ts';

/** An entity mention as the attribution rules see it. */
export interface KnownMention {
  entity: string;
  kind: EntityKind;
  start: number;
  end: number;
}

/** Who a stretch of text names as the speaker. */
export type SpeakerGuess =
  | { type: 'entity'; entity: string; start: number; end: number }
  | { type: 'unnamed'; name: string; affiliation: string | undefined }
  | { type: 'pronoun'; pronoun: string };

const VERBS =
  'said|says|say|saying|told|tells|tell|telling|stated|states|added|adds|adding|warned|warns|wrote|writes|asked|asks|announced|announces|insisted|insists|noted|notes|explained|explains|argued|argues|replied|responded|declared|declares|urged|urges|expects|expected|acknowledged|claimed|claims|continued|concluded|posted|tweeted|recalled|admitted|cautioned|emphasized|emphasised|stressed|disagreed|agreed|countered|objected|conceded|vowed|promised|pledged|predicted|remarked|observed|according to';
/** An attribution verb, as a regular expression source. */
export const ATTRIBUTION_VERB = `\\b(?:${VERBS})\\b`;
const VERB = new RegExp(ATTRIBUTION_VERB, 'gi');
const HAS_VERB = new RegExp(ATTRIBUTION_VERB, 'i');
const UNNAMED =
  /\b(?:an?|the|one|two|three|several)\s+(?:[\p{L}.'’-]+\s+){0,4}?(?:spokes(?:wo)?man|spokesperson|spokespeople|official|officials|source|sources|diplomat|diplomats|aide|aides|adviser|advisers|analyst|analysts|representative|executive|officer|protesters?|residents?|witness(?:es)?|workers?|students?|voters?|employees?|lawmakers?|economists?|experts?|neighbou?rs?|shoppers?|passengers?|doctors?|nurses?|teachers?|parents?|soldiers?|survivors?|farmers?|activists?|organi[sz]ers?|investors?|traders?|statement)\b/iu;
const PRONOUN = /^\s*(he|she|they|it|we|I)\s*$/i;

/** Whether a text holds an attribution verb ("said", "told", "according to"). */
export function hasAttributionVerb(text: string): boolean {
  return HAS_VERB.test(text);
}

/**
 * The speaker named in the text after a quotation (`,” an NSC spokeswoman told the Times` or `,” said Kim`).
 * `offset` is where `after` starts in the paragraph.
 */
export function speakerAfterQuote(
  after: string,
  offset: number,
  mentions: readonly KnownMention[],
): SpeakerGuess | undefined {
  const verb = new RegExp(`^[\\s,]*(?:(.{1,90}?)\\s+(?:${VERBS})\\b|(?:${VERBS})\\s+([^,;]{1,90}))`, 'diu').exec(after);
  const group = verb?.[1] !== undefined ? 1 : 2;
  const range = verb?.indices?.[group];
  if (!verb || !range) return undefined;
  return guessSpeaker(after.slice(range[0], range[1]), offset + range[0], mentions);
}

/**
 * The speaker named in the text before a quotation (`Sullivan stated that “`, `The White House said in a
 * statement that it expects “`): the first attribution verb whose subject names someone.
 */
export function speakerBeforeQuote(
  before: string,
  offset: number,
  mentions: readonly KnownMention[],
): SpeakerGuess | undefined {
  let pronoun: SpeakerGuess | undefined;
  // The verb nearest the quotation first: "Okafor said an official had told her “…”" quotes the official.
  for (const verb of [...before.matchAll(VERB)].reverse()) {
    // The subject is the clause before the verb, or the whole start when the clause is a relative one
    // ("Karimian, who led the delegation, said").
    const clauseStart = Math.max(before.lastIndexOf(',', verb.index) + 1, before.lastIndexOf(';', verb.index) + 1, 0);
    const guess =
      guessSpeaker(before.slice(clauseStart, verb.index), offset + clauseStart, mentions) ??
      guessSpeaker(before.slice(0, verb.index), offset, mentions);
    if (guess?.type === 'pronoun') pronoun ??= guess;
    else if (guess) return guess;
  }
  // "Councillor Tunde Bakare disagreed: “…”": a colon introduces the words of whoever the clause names.
  if (!pronoun && /:\s*$/.test(before)) return guessSpeaker(before, offset, mentions);
  return pronoun;
}

/** Who a noun phrase names: a mentioned entity (a person first), an unnamed speaker, or a pronoun. */
export function guessSpeaker(
  phrase: string,
  phraseStart: number,
  mentions: readonly KnownMention[],
): SpeakerGuess | undefined {
  const phraseEnd = phraseStart + phrase.length;
  const inside = mentions.filter((m) => m.start >= phraseStart && m.end <= phraseEnd);
  const unnamed = UNNAMED.exec(phrase);
  const person = inside.filter((m) => m.kind === 'person').at(-1);
  if (person && !unnamed) return { type: 'entity', entity: person.entity, start: person.start, end: person.end };
  if (unnamed && !/statement$/i.test(unnamed[0])) {
    const affiliation = inside.filter((m) => m.kind !== 'person' && m.kind !== 'place').at(-1)?.entity;
    // "a spokesperson for the Dutch delegation": keep what the phrase says of whom they speak for.
    const rest = phrase.slice(unnamed.index + unnamed[0].length).trimEnd();
    const name = /^\s+(?:for|of|at|with)\s+[^,;:]{1,60}$/.test(rest) ? unnamed[0] + rest : unnamed[0];
    return { type: 'unnamed', name, affiliation };
  }
  const actor = inside.filter((m) => m.kind !== 'place').at(-1);
  if (actor) return { type: 'entity', entity: actor.entity, start: actor.start, end: actor.end };
  const pronoun = PRONOUN.exec(phrase.replace(/^.*\b(he|she|they|it|we)\s*$/i, '$1'));
  if (pronoun) return { type: 'pronoun', pronoun: pronoun[1]!.toLowerCase() };
  return undefined;
}

const CHANNELS = [
  /\btold\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*/u,
  /\btold\s+(?:reporters|journalists|the press|lawmakers|parliament|senators|a news conference|a press conference)(?:\s+in\s+\p{Lu}\p{L}+)?/u,
  /\b(?:in|during|at)\s+(?:an?|the|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,3}?(?:statement|interview|briefing|press conference|news conference|speech|post|address|email|letter|tweet|call|hearing|podcast|broadcast)(?:\s+(?:for|with|to|on)\s+(?:the\s+)?[\p{L}.]+)?/iu,
  /\b(?:on|via)\s+(?:X|Twitter|Facebook|Telegram|Instagram|television|state television|social media|radio)\b/u,
];

/** How something was said, when the text gives it ("told the Times", "in a statement"). */
export function findChannel(text: string): string | undefined {
  for (const pattern of CHANNELS) {
    const match = pattern.exec(text);
    // A sentence's full stop is not part of the channel; an acronym's last period is ("told the U.S.").
    const channel = match?.[0].replace(/(?<!\p{Lu})\.$/u, '');
    if (channel) return channel.charAt(0).toLowerCase() + channel.slice(1);
  }
  return undefined;
}
