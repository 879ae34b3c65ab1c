import type { EntityKind } from '../schemas/entity.ts';
import { firstAtOrAfter } from './spans-between.ts';

/** A proper name the registry does not know. */
export interface FoundName {
  name: string;
  kind: EntityKind;
  start: number;
  end: number;
  /** The title the copy gives a person ("Senate Majority Leader"), when it does. */
  role?: string;
}

// compromise was tried first (people/organizations/places): 110 ms per 1,000 words here, 20 times the
// engine's budget, and it split names ("Kim Jong"). Runs of capitalised words with a few cues measure better.
const NAME_RUN = /\b\p{Lu}[\p{L}’'.-]*(?:\s+(?:of|de|al|bin|van|von)?\s*\p{Lu}[\p{L}’'.-]*)*/gu;
const STOP_WORDS = new Set(
  'The A An In On At By For But And Or If As It He She They We I You His Her Their Its Our This That These Those There Here When While After Before During Since Until Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mr Mrs Ms Dr Sen Rep Gov Gen President Premier Minister Vice Prime Secretary Chancellor King Queen Prince Officials Official State Police Army News Agency Today Yesterday Tomorrow'.split(
    ' ',
  ),
);
const TITLES =
  /^(?:President|Vice|Premier|Prime|Minister|Secretary|Senator|Sen\.|Rep\.|Representative|Gov\.|Governor|General|Gen\.|Lt\.|Col\.|Sgt\.|Capt\.|Adm\.|Admiral|Colonel|Commander|Mr\.|Mrs\.|Ms\.|Dr\.|Prof\.|Rev\.|Sir|Dame|Lord|Chancellor|King|Queen|Prince|Princess|Emperor|Emir|Sultan|Chief|Director|Ambassador|Foreign|Defense|Defence|Deputy|Spokesman|Spokeswoman|Spokesperson|Adviser|Advisor|Mayor|Judge|Justice|Pope|Cardinal|Archbishop|Bishop|Rabbi|Imam|Sheikh|CEO|Chairman|Chairwoman|Chair|Commissioner|Speaker|Leader|Attorney|Officer|Executive|Press)$/;
const ORGANIZATION =
  /\b(?:Electronics|Systems|Motors|Holdings|Energy|Airlines|Airways|Pharmaceuticals|Pharma|Technologies|Industries|Capital|Partners|Labs|Steel|Petroleum|Telecom|Mining|Facebook|Twitter|Instagram|Telegram|TikTok|YouTube|Google|Meta|Apple|Microsoft|Amazon|Nvidia|Tesla|OpenAI|House|Pentagon|Kremlin|Cabinet|Democrats|Republicans|Conservatives|Labour|Tories|Agency|Ministry|Department|University|Council|Committee|Commission|Inc\.?|Corp\.?|Corporation|Company|Co\.|Ltd\.?|Bank|Party|Forum|Times|Post|News|Press|Institute|Association|Union|Organization|Organisation|Fund|Group|Office|Court|Parliament|Congress|Senate|Army|Navy|Force|Forces|Service|Authority|Foundation|Reuters|Journal|Network|Center|Centre|Board|Bureau|Federation|League|Alliance)\b/;
// The states most often in the news; other places are told apart by the words around them.
const COUNTRIES = new Set(
  'Afghanistan Algeria Argentina Armenia Australia Austria Azerbaijan Bangladesh Belarus Belgium Brazil Britain Bulgaria Cambodia Canada Chile China Colombia Cuba Denmark Egypt Ethiopia Finland France Georgia Germany Ghana Greece Hungary India Indonesia Iran Iraq Ireland Israel Italy Japan Jordan Kazakhstan Kenya Kuwait Lebanon Libya Malaysia Mexico Moldova Morocco Myanmar Nepal Netherlands Nigeria Norway Pakistan Peru Philippines Poland Portugal Qatar Romania Russia Rwanda Serbia Singapore Somalia Spain Sudan Sweden Switzerland Syria Taiwan Thailand Tunisia Turkey Uganda Ukraine Venezuela Vietnam Yemen Zimbabwe'
    .split(' ')
    .concat([
      'United States',
      'United Kingdom',
      'South Korea',
      'North Korea',
      'Saudi Arabia',
      'South Africa',
      'New Zealand',
      'United Arab Emirates',
      'Czech Republic',
    ]),
);
// Capitals stand for their governments ("said Budapest had received…") but are places, never people.
const CAPITALS = new Set(
  'Washington Moscow Beijing Kyiv Kiev London Paris Berlin Tokyo Brussels Budapest Tehran Pyongyang Seoul Ankara Jerusalem Warsaw Rome Madrid Ottawa Canberra Islamabad Kabul Baghdad Damascus Cairo Riyadh Taipei Minsk Caracas Havana Brasilia Beirut Vienna Geneva Prague Athens Lisbon Dublin Stockholm Oslo Helsinki Copenhagen Bern Amsterdam Manila Jakarta Hanoi Bangkok Nairobi Lagos Abuja Pretoria Doha Delhi'.split(
    ' ',
  ),
);
const PLACE_BEFORE = /\b(?:in|at|to|from|near|into|across|outside|inside|toward|towards)\s+$/;
const PERSON_AFTER = /^\s*(?:said|says|told|stated|added|warned|wrote|asked|noted|explained|insisted|argued)\b/;
const PERSON_BEFORE = /\b(?:said|says|told|according to)\s+$/;

/**
 * Proper names in a paragraph that no registry mention covers: capitalised runs, without a leading title
 * and not a lone sentence-initial word, with a kind guessed from the words around them.
 */
export function findUnregisteredNames(
  text: string,
  covered: (start: number, end: number) => boolean,
  starts: ReadonlySet<number>,
): FoundName[] {
  const names: FoundName[] = [];
  let sentenceStarts = starts;
  const dateline = DATELINE.exec(text);
  if (dateline) {
    // "BUSAN, Jan. 2 -": the city is a place, and the story's first sentence starts after the dash.
    const city = dateline[1]!;
    if (!covered(0, city.length)) names.push({ name: titleCase(city), kind: 'place', start: 0, end: city.length });
    sentenceStarts = new Set([...starts, dateline[0].length]);
  }
  const sortedStarts = [...sentenceStarts].sort((x, y) => x - y);
  for (const match of text.matchAll(NAME_RUN)) {
    for (const run of splitAtSentences(match.index, match[0], sortedStarts))
      names.push(...nameOfRun(text, run.start, run.text, covered, sentenceStarts));
  }
  return names;
}

// A run never crosses a sentence end ("…by mid-November. The House…").
function splitAtSentences(start: number, run: string, starts: readonly number[]): { start: number; text: string }[] {
  const cuts: number[] = [];
  for (let i = firstAtOrAfter(starts, start + 1, (at) => at); starts[i]! < start + run.length; i++)
    cuts.push(starts[i]!);
  const runs: { start: number; text: string }[] = [];
  let from = start;
  for (const cut of [...cuts, start + run.length]) {
    runs.push({ start: from, text: run.slice(from - start, cut - start).trimEnd() });
    from = cut;
  }
  return runs;
}

/** The name (and a titled person's home place) in one run of capitalised words; none when it is no name. */
function nameOfRun(
  text: string,
  runStart: number,
  run: string,
  covered: (start: number, end: number) => boolean,
  sentenceStarts: ReadonlySet<number>,
): FoundName[] {
  const names: FoundName[] = [];
  let words = run
    .replace(/[.’']+$/u, '')
    .replace(/[’']s$/u, '')
    .split(/\s+/);
  let start = runStart;
  // "Senate Majority Leader Chuck Schumer", "Secretary of State Antony Blinken": the name follows the last title.
  const lastTitle = words.findLastIndex((word) => TITLES.test(word));
  // A title counts only before a name: "Associated Press" ends in one and names no person.
  const titled = lastTitle >= 0 && lastTitle < words.length - 1;
  let role: string | undefined;
  if (titled) {
    let from = lastTitle + 1;
    if (words[from] === 'of' && words.length - from > 3) from += 2;
    role = roleOf(words.slice(0, from));
    for (const word of words.slice(0, from)) start = text.indexOf(word, start) + word.length;
    start = text.indexOf(words[from]!, start);
    words = words.slice(from);
  }
  while (words.length > 0 && STOP_WORDS.has(words[0]!)) {
    start = text.indexOf(words[1] ?? '', start + words[0]!.length);
    words = words.slice(1);
  }
  // "Sen. Susan Collins of Maine": a titled person's home state is not part of the name.
  const of = words.indexOf('of');
  if (titled && of >= 2) {
    const home = words.slice(of + 1).join(' ');
    const homeStart = text.indexOf(home, start + words.slice(0, of + 1).join(' ').length);
    if (home && !covered(homeStart, homeStart + home.length))
      names.push({ name: home, kind: 'place', start: homeStart, end: homeStart + home.length });
    words = words.slice(0, of);
  }
  while (words.length > 0 && /^(?:of|de|al|bin|van|von)$/.test(words.at(-1)!)) words = words.slice(0, -1);
  if (words.length === 0 || start < 0) return names;
  const name = words.join(' ');
  const end = start + name.length;
  if (text.slice(start, end) !== name || covered(start, end)) return names;
  if (PARTY_STATE.test(name)) return names; // "R-Fla.", "D-N.Y."
  if (titled && words.length >= 2) {
    names.push({ name, kind: 'person', start, end, ...(role ? { role } : {}) });
    return names;
  }
  if (
    words.length === 1 &&
    (startsSentence(text, start, sentenceStarts) || name.length < 3 || isModifier(text, name, end))
  )
    return names;
  names.push({ name, kind: guessKind(text, start, end, words.length), start, end });
  return names;
}

const ABBREVIATED_TITLES: Readonly<Record<string, string>> = {
  'Sen.': 'Senator',
  'Rep.': 'Representative',
  'Gov.': 'Governor',
  'Gen.': 'General',
  'Lt.': 'Lieutenant',
  'Col.': 'Colonel',
  'Sgt.': 'Sergeant',
  'Capt.': 'Captain',
  'Adm.': 'Admiral',
  'Prof.': 'Professor',
  'Rev.': 'Reverend',
};
const HONORIFICS = new Set(['Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Sir', 'Dame', 'Lord', 'The', 'A', 'An']);

/** "Senate Majority Leader", "Senator" for "Sen."; nothing for a bare "Mr." */
function roleOf(words: readonly string[]): string | undefined {
  const role = words
    .filter((word) => !HONORIFICS.has(word))
    .map((word) => ABBREVIATED_TITLES[word] ?? word)
    .join(' ');
  return role || undefined;
}

const PARTY_STATE = /^[RDI]-\p{Lu}[\p{L}.]*$/u;
/** "BUSAN, Jan. 2 -", "WASHINGTON (AP) —": the city, and where the story's first sentence starts. */
export const DATELINE = /^(\p{Lu}[\p{Lu} .'-]*\p{Lu})(?:,[^—–\n]{0,40}?)?(?:\s*\([^)]{1,40}\))?\s+[—–-]{1,2}\s+/u;

function titleCase(text: string): string {
  return text
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_m, space: string, letter: string) => space + letter.toUpperCase());
}

// A lone word that opens a sentence or a quotation ("Closer is not…") is capitalised for that reason.
function startsSentence(text: string, start: number, sentenceStarts: ReadonlySet<number>): boolean {
  const before = text[start - 1] ?? '';
  return sentenceStarts.has(start) || /["“‘]/.test(before) || (before === '(' && sentenceStarts.has(start - 1));
}

// "Western powers", "Iranian officials": a demonym used as an adjective is not a name of its own.
function isModifier(text: string, name: string, end: number): boolean {
  return (
    /(?:ern|ian|ean|ican|ese|ish|ch|Republican|Democratic)$/.test(name) && /^\s+\p{Ll}/u.test(text.slice(end, end + 3))
  );
}

function guessKind(text: string, start: number, end: number, words: number): EntityKind {
  const name = text.slice(start, end);
  const before = text.slice(Math.max(0, start - 30), start);
  const after = text.slice(end, end + 20);
  // An acronym, alone or in the name ("SK Hynix"), belongs to an organization, not a person.
  if (ORGANIZATION.test(name) || /(?:^|\s)\p{Lu}{2,}(?:\s|$)/u.test(name)) return 'organization';
  if (CAPITALS.has(name)) return 'place';
  // "Statistics Canada", "Air France": a longer name built on a country's is an institution or a company.
  if (words >= 2 && !COUNTRIES.has(name) && name.split(' ').some((word) => COUNTRIES.has(word))) return 'organization';
  if (
    PERSON_AFTER.test(after) ||
    PERSON_BEFORE.test(before) ||
    /\b(?:President|Minister|Premier|Secretary|Mr\.|Ms\.|Dr\.|Sen\.)\s+$/.test(before)
  )
    return 'person';
  if (COUNTRIES.has(name)) return 'country';
  if (PLACE_BEFORE.test(before)) return 'place';
  return words >= 2 && words <= 3 ? 'person' : 'place';
}
