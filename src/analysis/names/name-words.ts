/**
 * The words of a proper-name run: which tokens can be part of a name (`isNameWord`), and how a run takes the next
 * word, a particle, "of" after an institution, "&", "and" inside a body's or a state's name, a hyphen, a possessive
 * inside a place's or a body's name (`extend`). `name-runs.ts` reads runs with these and splits off their titles.
 */
import { isKnownWord, type Token } from '../tokens.ts';
import { placeFact } from './gazetteer.ts';
import { isAmount, isStockCode } from './codes.ts';
import { isFirstName } from './gender.ts';
import {
  EVENT_HEADS,
  MEDIA_HEADS,
  MODIFIER_SUFFIXES,
  NATIONALITY_NOUNS,
  NOT_NAMES,
  OF_HEADS,
  ORGANIZATION_HEADS,
  PARTICLES,
  PLACE_HEADS,
  TITLES,
} from './lexicon.ts';

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
export const ACRONYM = /^(?:\p{Lu}[\p{Lu}\d&]+s?|(?:\p{Lu}\.){2,}|\p{Lu}\.\p{Lu}\.?)$/u;
export const CAPITALISED = /^\p{Lu}/u;
// "I'll", "We've": a contraction's first part is no name. A possessive "'s" does not count here.
const CONTRACTION = /^['’](?:ll|ve|re|d|m)$|^n['’]t$/i;
/** Numbers written in words ("NINETY-SIX guns") are no names, whatever their case. */
const NUMBER_WORDS =
  /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)$/;
export const HEADS = [ORGANIZATION_HEADS, MEDIA_HEADS, EVENT_HEADS, PLACE_HEADS];
/** "-based", "-led", "-administered": a suffix that turns a name into a modifier (never "-Smith", "-jae"). */
export function isModifierSuffix(token: Token | undefined): boolean {
  return token !== undefined && (MODIFIER_SUFFIXES.has(token.lower) || /^\p{Ll}{3,}ed$/u.test(token.text));
}

/** Whether token `i` can be a word of a name. */
export function isNameWord(tokens: readonly Token[], i: number, sentenceInitial: boolean): boolean {
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
export function extend(
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

// Words of one name are separated by a single space or nothing ("O'Brien"), never by a line break.
export function adjacent(tokens: readonly Token[], a: number, b: number): boolean {
  return tokens[b]!.start - tokens[a]!.end <= 1;
}
