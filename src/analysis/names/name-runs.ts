/**
 * Proper-name runs: the names a paragraph gives, read off its tagged tokens. A name is a run of proper nouns
 * (capitalised words the tagger does not call pronouns, determiners, adverbs or conjunctions), with the particles
 * of many languages inside it ("Ludwig van den Berg"), "of" after an institution ("Bank of England") and "&"
 * ("Marks & Spencer"). Titles and nationality nouns before a name are split off as its role ("Sgt", "Dutchman").
 * A run never crosses a sentence end.
 */
import { HOLIDAY_NAMES } from '../dates/lexicon.ts';
import type { SentenceSpan } from '../sentences.ts';
import { isKnownWord, tokenAt, type Token } from '../tokens.ts';
import { isDemonym, placeFact } from './gazetteer.ts';
import { isFirstName } from './gender.ts';
import {
  MEDIA_HEADS,
  NAME_ADJECTIVES,
  NATIONALITY_NOUNS,
  ORGANIZATION_HEADS,
  PARTICLES,
  TITLE_QUALIFIERS,
  TITLES,
} from './lexicon.ts';
import { ACRONYM, CAPITALISED, extend, HEADS, isNameWord } from './name-words.ts';

/** A name found in a paragraph, with the title written before it. */
export interface NameRun {
  /** The name as written, without title or possessive: `text.slice(start, end)`. */
  name: string;
  start: number;
  end: number;
  /** Title or descriptor before the name ("Sgt", "Foreign Minister", "Dutchman"), as written. */
  title?: string;
  /**
   * One word capitalised perhaps only for its place (it opens a sentence or a quotation there), or a title word
   * alone ("Dean"): it counts as a name only when the copy confirms it.
   */
  unconfirmed: boolean;
  /** An all-capital abbreviation ("IAEA", "AU", "U.S."). */
  acronym: boolean;
  /** Index of the name's first and last token in the paragraph's tokens. */
  first: number;
  last: number;
}

/** Honorifics, never part of a name ("Mr" and the like are no names of their own either). */
export const HONORIFICS = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Lady|Lord|Hon|Rt)\.?$/;
const CORPORATE_SUFFIXES = /^(?:Inc|Corp|Co|Ltd|LLC|LLP|PLC|plc|Plc|AG|GmbH|SA|NV|BV|AB|ASA|Oyj|SpA)\.?$/;
const OPENERS = /^[“‘"'([—–-]$/;
const HOLIDAY = new RegExp(HOLIDAY_NAMES, 'gu');
/** Words an institution's name or an office ends with, before which a person's name may start. */
const INSTITUTION_ENDS = [ORGANIZATION_HEADS, MEDIA_HEADS, TITLES, TITLE_QUALIFIERS];

/** The proper names of one paragraph. `skip` marks tokens another pass has already claimed (registry mentions). */
export function findNameRuns(
  text: string,
  tokens: readonly Token[],
  sentences: readonly SentenceSpan[],
  skip: (token: Token) => boolean = () => false,
): NameRun[] {
  if (isHeadlineCase(tokens)) return [];
  // "New Year's Eve", "Anzac Day": a holiday is a date (the date pass reads it), not an entity.
  const dated = holidayTokens(text, tokens);
  if (dated.size > 0) {
    const claimed = skip;
    skip = (t) => claimed(t) || dated.has(t);
  }
  const initial = sentenceInitialTokens(tokens, sentences);
  const sentenceOf = sentenceIndexer(tokens, sentences);
  const runs: NameRun[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (skip(tokens[i]!) || !isNameWord(tokens, i, initial.has(i))) {
      i++;
      continue;
    }
    let j = i;
    for (;;) {
      const next = extend(tokens, j, sentenceOf, skip, initial);
      if (next === undefined) break;
      j = next;
    }
    const run = toRun(text, tokens, i, j, initial.has(i));
    // "Ms Smith", "Mr. Lee": the honorific before the name is its title (and tells its gender).
    const honorific = tokens[i - 1]?.text === '.' ? tokens[i - 2] : tokens[i - 1];
    if (run?.length === 1 && !run[0]!.title && run[0]!.first === i && HONORIFICS.test(honorific?.text ?? ''))
      run[0]!.title = honorific!.text;
    if (run) runs.push(...run);
    i = j + 1;
  }
  return runs;
}

/** Splits the title off the run of tokens `i..j` and makes the name; a run that is only a title gives none. */
function toRun(text: string, tokens: readonly Token[], i: number, j: number, sentenceInitial: boolean): NameRun[] {
  const words = tokens.slice(i, j + 1).map((t) => t.text);
  // "Auckland Regional Public Health Service Julia Peters", "Minister for Trade Martin Hamilton-Smith": an
  // institution or an office runs into a person's name; the name starts at its first name.
  for (let k = 1; k < words.length - 1; k++) {
    // The name lists hold "Trust" and "Scotland": a head word of a body's or a place's name is no first name here.
    const given = (w: string) =>
      isFirstName(w) && !TITLES.has(w) && !TITLE_QUALIFIERS.has(w) && !HEADS.some((heads) => heads.has(w));
    // "Mayor of Mackay Greg Williamson": the office's place may be a first name too; the name starts after it.
    const placeOfOffice = (w: number) => /^(?:of|for|the)$/.test(words[w - 1] ?? '');
    if (placeOfOffice(k)) continue;
    if (!given(words[k]!) || (given(words[k - 1]!) && !placeOfOffice(k - 1)) || PARTICLES.has(words[k - 1]!)) continue;
    const titled = words.slice(0, k).some((w) => TITLES.has(w));
    if (!titled && !INSTITUTION_ENDS.some((set) => set.has(words[k - 1]!))) continue;
    // "Mayor of Mackay Greg Williamson": an office and its place before the name.
    if (titled) return toRunWithTitle(text, tokens, i, i + k - 1, j);
    return [...toRun(text, tokens, i, i + k - 1, sentenceInitial), ...toRun(text, tokens, i + k, j, false)];
  }
  // "the Mayor of Mackay", "the Minister of Education": an office, not a name; the place or body after "of" is one.
  if (TITLES.has(words[0]!) && /^(?:of|for)$/.test(words[1] ?? '') && words.length > 2) {
    const after = words[2] === 'the' ? 3 : 2;
    const rest = words.slice(after);
    if (rest.length === 0 || rest.every((w) => TITLES.has(w) || TITLE_QUALIFIERS.has(w))) return [];
    return toRun(text, tokens, i + after, j, false);
  }
  let from = titleLength(words);
  // "chief operating officer Dean Kimpton": a title word that is also a first name, right after a role written
  // before it, is the first name (a person takes one title, not two).
  const before = tokens[i - 1];
  if (from === 1 && isFirstName(words[0]!) && before && /^\p{Ll}/u.test(before.text) && before.pos === 'NOUN') from = 0;
  const out: NameRun[] = [];
  if (from > 0) {
    // "Bank of England Governor Andrew Bailey": the institution before the title is a name of its own.
    const institution = words.findIndex((w) => TITLES.has(w) || TITLE_QUALIFIERS.has(w) || NATIONALITY_NOUNS.has(w));
    if (institution > 0 && !isDemonym(words[0]!))
      out.push(...toRun(text, tokens, i, i + institution - 1, sentenceInitial));
  }
  if (from >= words.length) return out;
  // "Prime Minister", "National Security Adviser": a run of title words names an office, not a holder (one such
  // word may still be a surname: "Dean said" after "Brandi Dean"; it is kept, marked, for coreference to decide).
  const office =
    from === 0 && TITLES.has(words.at(-1)!) && words.every((w) => TITLES.has(w) || TITLE_QUALIFIERS.has(w));
  if (office && words.length > 1) return out;
  // "a former U.S. Marine", "Thomson President": a title with no name after it leaves the place or body before it
  // (after a first name it is a surname: "Justin King", "Stephen King").
  const surname = words.length === 2 && isFirstName(words[0]!) && !TITLES.has(words[0]!);
  if (from === 0 && words.length > 1 && TITLES.has(words.at(-1)!) && !office && !words.includes('of') && !surname) {
    let end = words.length - 1;
    while (end > 0 && (TITLES.has(words[end - 1]!) || TITLE_QUALIFIERS.has(words[end - 1]!))) end--;
    return [...out, ...toRun(text, tokens, i, i + end - 1, sentenceInitial)];
  }
  // "R" in "(R-Fla.)", a stray initial: one letter is no name; nor is a company's suffix alone ("Amazon.com Inc.").
  if (i === j && (words[0]!.replace(/\.$/, '').length < 2 || CORPORATE_SUFFIXES.test(words[0]!))) return out;
  // A capitalised common word opening the sentence before a name ("Later Hale") is not part of it (a first name
  // the tagger reads as a verb, "Josh van der Flier", is); nor is a descriptor before a first name ("Lobbyist Jack
  // Abramoff": the title is "Lobbyist").
  if (
    from === 0 &&
    sentenceInitial &&
    words.length > 1 &&
    tokens[i]!.pos !== 'PROPN' &&
    !isFirstName(words[0]!) &&
    !isDemonym(words[0]!)
  )
    from = 1;
  else if (from === 0 && sentenceInitial && words.length > 2 && !isFirstName(words[0]!) && isFirstName(words[1]!))
    from = 1;
  // "American Brittany Brown", "Swiss Mujinga Kambundji": a demonym before a first name describes the person.
  if (
    from === 0 &&
    words.length >= 3 &&
    isDemonym(words[0]!) &&
    (isFirstName(words[1]!) || words.slice(1).every((w) => !isKnownWord(w)))
  )
    from = 1;
  const first = i + from;
  const start = tokens[first]!.start;
  const end = tokens[j]!.end;
  const name = text.slice(start, end);
  // "(R-Ohio)": a party and a state after a lawmaker's name.
  if (/^[RDI]-\p{Lu}/u.test(name) || (words[0]!.length === 1 && tokens[first + 1]?.text === '-')) return out;
  // "the young Londoner", "New Yorkers": someone from a place, not the place.
  if (first === j && /ers?$/.test(name) && placeFact(name.replace(/ers?$/, ''))) return out;
  // "the South Australian economy": a region's adjective before a common noun names nothing.
  if (first < j && /ian$/.test(name) && /^\p{Ll}/u.test(tokens[j + 1]?.text ?? '') && placeFact(name.slice(0, -1)))
    return out;
  // "Malaysians", "Brits": a people, not a place or a body.
  if (first === j && /s$/.test(name) && (isDemonym(name.slice(0, -1)) || /^(?:Brits|Aussies|Yanks)$/.test(name)))
    return out;
  // "Chinese", "the Northern region": a demonym or an adjective alone modifies a noun; it names nothing.
  if (first === j && (isDemonym(name) || (NAME_ADJECTIVES.has(name) && /^\p{Ll}/u.test(tokens[j + 1]?.text ?? ''))))
    return out;
  const titleText = from > 0 ? text.slice(tokens[i]!.start, tokens[first - 1]!.end) : undefined;
  out.push({
    name,
    start,
    end,
    ...(titleText ? { title: titleText } : {}),
    // An acronym opening a sentence ("IAEA inspectors said") is in capitals by its nature, not its place.
    unconfirmed: (sentenceInitial && from === 0 && first === j && !ACRONYM.test(name)) || office,
    acronym: first === j && ACRONYM.test(name),
    first,
    last: j,
  });
  return out;
}

/** A run `i..j` whose words `i..titleEnd` are an office ("Minister for Trade"): the rest is the holder's name. */
function toRunWithTitle(text: string, tokens: readonly Token[], i: number, titleEnd: number, j: number): NameRun[] {
  return [
    {
      name: text.slice(tokens[titleEnd + 1]!.start, tokens[j]!.end),
      start: tokens[titleEnd + 1]!.start,
      end: tokens[j]!.end,
      title: text.slice(tokens[i]!.start, tokens[titleEnd]!.end),
      unconfirmed: false,
      acronym: false,
      first: titleEnd + 1,
      last: j,
    },
  ];
}

/**
 * How many leading words are a title: up to the last title word that has a name after it ("Senate Majority
 * Leader Chuck Schumer" → 3). Words after the title must look like a person's name: "Justice Department" and
 * "Press Association" keep their "title" words.
 */
function titleLength(words: readonly string[]): number {
  let last = -1;
  for (let k = 0; k < words.length - 1; k++) {
    if (TITLES.has(words[k]!) || NATIONALITY_NOUNS.has(words[k]!)) last = k;
  }
  if (last === -1) return 0;
  // "Chief Executive Tom Glocer": qualifiers after the title word still belong to the title.
  while (last + 2 < words.length && TITLE_QUALIFIERS.has(words[last + 1]!)) last++;
  const rest = words.slice(last + 1);
  if (rest[0] === 'of' || rest.some((w) => HEADS.some((heads) => heads.has(w)))) return 0;
  // "Chinese Vice Premier": the words after the title must hold a name, not only more of the title.
  if (rest.every((w) => TITLES.has(w) || TITLE_QUALIFIERS.has(w))) return 0;
  return last + 1;
}

/** The tokens inside a holiday's name, found in one pass over the paragraph. */
function holidayTokens(text: string, tokens: readonly Token[]): Set<Token> {
  const inside = new Set<Token>();
  for (const m of text.matchAll(HOLIDAY))
    for (let i = tokenAt(tokens, m.index); i < tokens.length && tokens[i]!.end <= m.index + m[0].length; i++)
      if (tokens[i]!.start >= m.index) inside.add(tokens[i]!);
  return inside;
}

/** Tokens that open a sentence, or a quotation or parenthesis at the start of one. */
export function sentenceInitialTokens(tokens: readonly Token[], sentences: readonly SentenceSpan[]): Set<number> {
  const initial = new Set<number>();
  let s = 0;
  for (let i = 0; i < tokens.length; i++) {
    while (s < sentences.length && sentences[s]!.end <= tokens[i]!.start) s++;
    const opensSentence = sentences[s] !== undefined && tokens[i]!.start <= sentences[s]!.start;
    const afterOpener = i > 0 && OPENERS.test(tokens[i - 1]!.text) && (initial.has(i - 1) || opensQuote(tokens, i - 1));
    if (opensSentence || afterOpener) initial.add(i);
  }
  return initial;
}

// An opening quotation mark (after a space, not glued to the word before as a closing one is) starts an utterance.
function opensQuote(tokens: readonly Token[], i: number): boolean {
  return (
    /^[“‘"']$/.test(tokens[i]!.text) &&
    (i === 0 || tokens[i - 1]!.end < tokens[i]!.start) &&
    tokens[i + 1]?.start === tokens[i]!.end
  );
}

function sentenceIndexer(tokens: readonly Token[], sentences: readonly SentenceSpan[]): (i: number) => number {
  const index = new Int32Array(tokens.length);
  let s = 0;
  tokens.forEach((token, i) => {
    while (s < sentences.length - 1 && sentences[s]!.end <= token.start) s++;
    index[i] = s;
  });
  return (i) => index[i]!;
}

/** A subheading in title case ("What Happens Next"): its capitals say nothing about names. */
function isHeadlineCase(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => /^\p{L}/u.test(t.text));
  if (words.length < 3 || words.length > 14 || /[.!?:]$/.test(tokens.at(-1)?.text ?? '')) return false;
  // Title case capitalises every word but the short function words ("of", "the", "and").
  return words.every((t) => CAPITALISED.test(t.text) || t.text.length <= 3);
}
