/**
 * Proper-name runs: the names a paragraph gives, read off its tagged tokens. A name is a run of proper nouns
 * (capitalised words the tagger does not call pronouns, determiners, adverbs or conjunctions), with the particles
 * of many languages inside it ("Ludwig van den Berg"), "of" after an institution ("Bank of England") and "&"
 * ("Marks & Spencer"). Titles and nationality nouns before a name are split off as its role ("Sgt", "Dutchman").
 * A run never crosses a sentence end.
 */
import { HOLIDAY_NAMES } from '../dates/lexicon.ts';
import type { SentenceSpan } from '../sentences.ts';
import { isKnownWord, type Token } from '../tokens.ts';
import { isDemonym, placeFact } from './gazetteer.ts';
import { isAmount, isStockCode } from './codes.ts';
import { isFirstName } from './gender.ts';
import {
  MODIFIER_SUFFIXES,
  NAME_ADJECTIVES,
  NATIONALITY_NOUNS,
  NOT_NAMES,
  OF_HEADS,
  PARTICLES,
  TITLE_QUALIFIERS,
  TITLES,
} from './lexicon.ts';
import { ORGANIZATION_HEADS, MEDIA_HEADS, EVENT_HEADS, PLACE_HEADS } from './lexicon.ts';

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
/** Months that are also surnames or given names. */
const MONTH_SURNAMES = /^(?:May|June|April|August)$/;
/** Heads of place names that take an owner's possessive ("Hawke’s Bay", "Martha's Vineyard", "St John's Wood"). */
const POSSESSIVE_PLACE_HEADS = new Set([
  'Bay',
  'Island',
  'Vineyard',
  'Wood',
  'Point',
  'Head',
  'Creek',
  'Cove',
  'Hill',
  'Harbour',
  'Harbor',
  'Landing',
]);
/** Tags a capitalised word can have and still be part of a name. */
const NOT_NAME_TAGS = new Set(['PRON', 'DET', 'CCONJ', 'SCONJ', 'AUX', 'ADP', 'PART', 'INTJ', 'PUNCT', 'NUM', 'SYM']);
const ACRONYM = /^(?:\p{Lu}[\p{Lu}\d&]+s?|(?:\p{Lu}\.){2,}|\p{Lu}\.\p{Lu}\.?)$/u;
const CAPITALISED = /^\p{Lu}/u;
// "I'll", "We've": a contraction's first part is no name. A possessive "'s" does not count here.
const CONTRACTION = /^['’](?:ll|ve|re|d|m)$|^n['’]t$/i;
const OPENERS = /^[“‘"'([—–-]$/;
const HOLIDAY = new RegExp(HOLIDAY_NAMES, 'gu');
/** Numbers written in words ("NINETY-SIX guns") are no names, whatever their case. */
const NUMBER_WORDS =
  /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)$/;
const HEADS = [ORGANIZATION_HEADS, MEDIA_HEADS, EVENT_HEADS, PLACE_HEADS];
/** Words an institution's name or an office ends with, before which a person's name may start. */
const INSTITUTION_ENDS = [ORGANIZATION_HEADS, MEDIA_HEADS, TITLES, TITLE_QUALIFIERS];

/** "-based", "-led", "-administered": a suffix that turns a name into a modifier (never "-Smith", "-jae"). */
function isModifierSuffix(token: Token | undefined): boolean {
  return token !== undefined && (MODIFIER_SUFFIXES.has(token.lower) || /^\p{Ll}{3,}ed$/u.test(token.text));
}

/** The proper names of one paragraph. `skip` marks tokens another pass has already claimed (registry mentions). */
export function findNameRuns(
  text: string,
  tokens: readonly Token[],
  sentences: readonly SentenceSpan[],
  skip: (token: Token) => boolean = () => false,
): NameRun[] {
  if (isHeadlineCase(tokens)) return [];
  // "New Year's Eve", "Anzac Day": a holiday is a date (the date pass reads it), not an entity.
  const holidays = [...text.matchAll(HOLIDAY)].map((m) => [m.index, m.index + m[0].length] as const);
  if (holidays.length > 0) {
    const claimed = skip;
    skip = (t) => claimed(t) || holidays.some(([a, b]) => t.start >= a && t.end <= b);
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

/** Whether token `i` can be a word of a name. */
function isNameWord(tokens: readonly Token[], i: number, sentenceInitial: boolean): boolean {
  const token = tokens[i];
  if (!token) return false;
  if (NOT_NAMES.has(token.text.replace(/\.$/, '')) || CONTRACTION.test(tokens[i + 1]?.text ?? '')) return false;
  if (isAmount(tokens, i) || isStockCode(tokens, i) || NUMBER_WORDS.test(token.lower)) return false;
  // "I’m", "We’ve": a pronoun's contraction the token layer kept whole.
  if (/^(?:i|we|you|they|he|she|it)['’](?:ll|ve|re|d|m|s)$/.test(token.lower)) return false;
  // "House-mates Silviya Stoyanova": a common word's compound, capitalised only because it opens the sentence.
  if (
    sentenceInitial &&
    tokens[i + 1]?.text === '-' &&
    /^\p{Ll}/u.test(tokens[i + 2]?.text ?? '') &&
    isKnownWord(token.lower) &&
    isKnownWord(tokens[i + 2]!.lower) &&
    tokens[i + 2]!.start === tokens[i + 1]!.end
  )
    return false;
  // "SHARES in JD Sports", "THE government said": print style sets a paragraph's first word in capitals.
  // An acronym before a noun keeps its meaning ("IAEA inspectors", "WHO officials"): the rule takes function words,
  // and words of the language followed by a word of another kind ("SHARES in", "FIRE and", "POLICE said").
  const next = tokens[1];
  if (
    i === 0 &&
    /^\p{Lu}{2,}$/u.test(token.text) &&
    (/^(?:the|a|an|in|on|at|as|for|after|when|with|by|and|but)$/.test(token.lower) ||
      (isKnownWord(token.lower) && next !== undefined && /^\p{Ll}/u.test(next.text) && next.pos !== 'NOUN'))
  )
    return false;
  // "mihaaru.com", "Mail.ru": a site named by its address (the token layer joined it), whatever its case.
  if (token.pos === 'PROPN' && /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+$/u.test(token.text) && !/^www\./i.test(token.text))
    return true;
  if (ACRONYM.test(token.text)) return token.text.length > 1;
  if (!CAPITALISED.test(token.text) || NOT_NAME_TAGS.has(token.pos)) return false;
  // "Washington-based", "Labour-led": a name turned adjective by its suffix ("MIT-led" still names MIT, and
  // "CIDCO-administered" CIDCO: the suffix is never part of the name).
  if (tokens[i + 1]?.text === '-' && isModifierSuffix(tokens[i + 2])) return false;
  // "US$", "NZ$": a currency, not a name.
  if (tokens[i + 1]?.text === '$' && tokens[i + 1]!.start === token.end) return false;
  // Capitalised only because it opens the sentence: the tagger must call it a proper noun (or a title), or it is a
  // first name before another name ("Josh van der Flier", which the tagger reads as a verb).
  if (sentenceInitial)
    return (
      token.pos === 'PROPN' ||
      TITLES.has(token.text) ||
      NATIONALITY_NOUNS.has(token.text) ||
      (isFirstName(token.text) &&
        /^(?:\p{Lu}|van|von|de|der|den|di|da|dos|du|le|la|ten|ter|bin|al)/u.test(tokens[i + 1]?.text ?? ''))
    );
  return true;
}

/** The last token of the run once it takes the next word (or particle, "of", "&"), if it does. */
function extend(
  tokens: readonly Token[],
  j: number,
  sentenceOf: (i: number) => number,
  skip: (token: Token) => boolean,
  initial: ReadonlySet<number>,
): number | undefined {
  const same = (k: number) => k < tokens.length && sentenceOf(k) === sentenceOf(j) && !skip(tokens[k]!);
  const word = (k: number) => same(k) && adjacent(tokens, k - 1, k) && isNameWord(tokens, k, initial.has(k));
  if (word(j + 1)) return j + 1;
  // Particles: "van den Berg", "bin Salman", "ten Hag".
  let k = j + 1;
  while (same(k) && PARTICLES.has(tokens[k]!.text) && adjacent(tokens, k - 1, k)) k++;
  if (k > j + 1 && word(k)) return k;
  const link = tokens[j + 1]?.text;
  // "Theresa May", "Brian May": a month's name after a first name, with no day or year after it, is a surname.
  if (
    same(j + 1) &&
    adjacent(tokens, j, j + 1) &&
    MONTH_SURNAMES.test(link ?? '') &&
    isFirstName(tokens[j]!.text) &&
    tokens[j + 2]?.pos !== 'NUM'
  )
    return j + 1;
  // "Hawke’s Bay", "Martha's Vineyard": a possessive inside a place's name, the owner being no place itself.
  if (
    /^['’]s$/.test(link ?? '') &&
    tokens[j + 1]!.start === tokens[j]!.end &&
    same(j + 2) &&
    POSSESSIVE_PLACE_HEADS.has(tokens[j + 2]?.text ?? '') &&
    !isNameWord(tokens, j - 1, false) &&
    !placeFact(tokens[j]!.text)
  )
    return j + 2;
  // "General Workers' Union", "Chartered Teachers’ Institute": a plural possessive inside a body's name.
  if (
    /^['’]$/.test(link ?? '') &&
    /s$/.test(tokens[j]!.text) &&
    tokens[j + 1]!.start === tokens[j]!.end &&
    same(j + 2) &&
    ORGANIZATION_HEADS.has(tokens[j + 2]?.text ?? '')
  )
    return j + 2;
  // "Bank of England", "University of the West Indies", "Institute for Species Exploration"; "Leaders of ASEAN"
  // stays two.
  if ((link === 'of' || link === 'for') && OF_HEADS.has(tokens[j]!.text) && same(j + 1)) {
    const after = tokens[j + 2]?.text === 'the' ? j + 3 : j + 2;
    if (word(after)) return after;
  }
  if (link === '&' && same(j + 1) && word(j + 2)) return j + 2;
  // "FTSE 100 Share Index": a number between two words of a name.
  if (tokens[j + 1]?.pos === 'NUM' && same(j + 1) && adjacent(tokens, j, j + 1) && word(j + 2)) return j + 2;
  // "Shrewsbury and Telford Hospital NHS Trust", "Trinidad and Tobago": "and" inside an institution's or a
  // state's name, never between two names ("Rotterdam and Antwerp").
  // "Irish Nurses and Midwives Organisation": two words before "and" may open such a name too, when none of them is
  // a head or "of" of a name of its own ("Bank of England and Barclays Bank" stays two).
  const single = !isNameWord(tokens, j - 1, false);
  const opener =
    !single &&
    !isNameWord(tokens, j - 2, false) &&
    [j - 1, j].every((k) => !HEADS.some((heads) => heads.has(tokens[k]!.text)) && !placeFact(tokens[k]!.text));
  if (link === 'and' && same(j + 1) && word(j + 2) && (single || opener)) {
    let end = j + 2;
    while (word(end + 1)) end++;
    const joined = tokens
      .slice(j, end + 1)
      .map((t) => t.text)
      .join(' ');
    // ("Bank of England and Barclays Bank": an institution "of" a place before "and" is a name of its own.)
    const institution = tokens[j - 1]?.text === 'of' && OF_HEADS.has(tokens[j - 2]?.text ?? '');
    if ((ORGANIZATION_HEADS.has(tokens[end]!.text) && !institution) || placeFact(joined)?.kind === 'country')
      return end;
    // "Institute of Allergy and Infectious Diseases", "Department of Health and Social Care": an institution's
    // field with "and" in it; never "Bank of England and Barclays" (one word after "and", or a name of its own).
    const after = tokens.slice(j + 2, end + 1).map((t) => t.text);
    if (
      tokens[j - 1]?.text === 'of' &&
      OF_HEADS.has(tokens[j - 2]?.text ?? '') &&
      after.length >= 2 &&
      !HEADS.some((heads) => heads.has(after.at(-1)!)) &&
      !placeFact(after.join(' '))
    )
      return end;
  }
  // "Jean-Pierre", "Min-jae", "Heaton-Harris": a hyphen with no space joins the next part whatever its case
  // ("Washington-based" is an adjective: see isModifierCompound).
  const part = tokens[j + 2];
  if (
    link === '-' &&
    same(j + 2) &&
    tokens[j + 1]!.start === tokens[j]!.end &&
    part?.start === tokens[j + 1]!.end &&
    /^\p{L}/u.test(part.text) &&
    !isModifierSuffix(part)
  )
    return j + 2;
  return undefined;
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

// Words of one name are separated by a single space or nothing ("O'Brien"), never by a line break.
function adjacent(tokens: readonly Token[], a: number, b: number): boolean {
  return tokens[b]!.start - tokens[a]!.end <= 1;
}

/** A subheading in title case ("What Happens Next"): its capitals say nothing about names. */
function isHeadlineCase(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => /^\p{L}/u.test(t.text));
  if (words.length < 3 || words.length > 14 || /[.!?:]$/.test(tokens.at(-1)?.text ?? '')) return false;
  // Title case capitalises every word but the short function words ("of", "the", "and").
  return words.every((t) => CAPITALISED.test(t.text) || t.text.length <= 3);
}
