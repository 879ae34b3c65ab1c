/**
 * The kind of an unregistered name, from evidence: the name's own words (a gazetteer entry, "Bank", "Times",
 * "Cup", "Street", a first name), and what each mention stands beside ("told the Courier", "said in a statement",
 * a title, "in Halden", "beat Chelsea"). Evidence is weighed per entity over all its mentions; where it does not
 * decide, the kind is marked uncertain, because a confident wrong kind is worse than an honest guess.
 */
import type { EntityKind } from '../../schemas/entity.ts';
import { isKnownWord, type Token } from '../tokens.ts';
import { isFirstName } from './gender.ts';
import { placeFact } from './gazetteer.ts';
import { stockCodeEnd } from './codes.ts';
import {
  EVENT_HEADS,
  MEDIA_HEADS,
  MEDIA_NAMES,
  ORGANIZATION_HEADS,
  PLATFORMS,
  PLACE_HEADS,
  PLACE_NOUNS,
  SPORT_WORDS,
  TEAM_SPORT_WORDS,
  TITLES,
} from './lexicon.ts';

/** One piece of evidence for a kind, with its weight and the words that gave it. */
export interface KindCue {
  kind: EntityKind;
  weight: number;
  cue: string;
  /** The name the evidence shows the entity goes by, when it differs from the run ("Christie’s" for "Christie"). */
  name?: string;
}

/** The kind decided for an entity. */
export interface KindDecision {
  kind: EntityKind;
  /** The evidence did not decide: the kind is a guess. */
  uncertain: boolean;
  /** The strongest evidence, in words ("a title (Sgt)", "the gazetteer: a country"). */
  reason: string;
}

/** Below this total the evidence is too thin to state a kind. */
const DECISIVE = 2;

/** Evidence in the name itself. */
export function nameCues(name: string, acronym: boolean, teams = false): KindCue[] {
  const cues: KindCue[] = [];
  // In a team sport's report a country's or a town's name mostly names its team: the gazetteer counts half.
  const gazetteer = teams ? 0.5 : 1;
  const words = name.split(/\s+/);
  const last = words.at(-1)!;
  // "NEW YORK" in a dateline or a headline-style capital run: look it up as "New York".
  const fact =
    placeFact(name) ?? (/^[\p{Lu}\s.'-]+$/u.test(name) && name.includes(' ') ? placeFact(titleCase(name)) : undefined);
  if (fact?.kind === 'country') cues.push({ kind: 'country', weight: 4 * gazetteer, cue: 'the gazetteer: a country' });
  else if (fact?.kind === 'region')
    cues.push({ kind: 'place', weight: 2.5 * gazetteer, cue: 'the gazetteer: a region' });
  else if (fact)
    cues.push({
      kind: 'place',
      weight: (fact.population >= 100_000 ? 2.5 : 1.5) * gazetteer,
      cue: 'the gazetteer: a city',
    });
  // "mihaaru.com", "Press-News.org": a site known by its address, most often a news site in copy.
  if (/^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+$/u.test(name))
    cues.push({ kind: 'media', weight: 1.5, cue: 'a web address' });
  // "Co Kerry", "County Durham": an Irish or British county.
  if (/^(?:Co\.?|County)$/.test(words[0]!) && words.length > 1 && placeFact(words.slice(1).join(' ')))
    cues.push({ kind: 'place', weight: 5, cue: 'a county' });
  // The head is the last word, or the word before "of" ("Bank of England", "University of Otago").
  const of = words.findIndex((w) => w === 'of' || w === 'for');
  const headWord = of > 0 ? words[of - 1]! : last;
  // A head word decides; a word of another kind inside the name only when no head does ("Donegal County Council"
  // is a council, its county only where it sits).
  const headed = [ORGANIZATION_HEADS, MEDIA_HEADS, EVENT_HEADS, PLACE_HEADS].some((h) => h.has(headWord));
  const head = (heads: ReadonlySet<string>, kind: EntityKind, what: string, weight: number) => {
    if (words.length > 1 && heads.has(headWord)) cues.push({ kind, weight, cue: `${what} ("${headWord}")` });
    else if (words.length > 1 && !headed && words.some((w) => heads.has(w)))
      cues.push({ kind, weight: weight / 2, cue: `${what} in the name` });
  };
  head(ORGANIZATION_HEADS, 'organization', 'an organization word', 3);
  head(MEDIA_HEADS, 'media', "an outlet's word", 3.5);
  head(EVENT_HEADS, 'event', 'an event word', 3);
  head(PLACE_HEADS, 'place', 'a place word', 3);
  // "the Senate", "the Greens", "Parliament": an institution known by its common name alone.
  if (words.length === 1 && ORGANIZATION_HEADS.has(name))
    cues.push({ kind: 'organization', weight: 2, cue: `an institution ("${name}")` });
  if (words.length === 1 && PLATFORMS.has(name))
    cues.push({ kind: 'organization', weight: 4, cue: 'a platform known by one name' });
  if (words.length === 1 && MEDIA_NAMES.has(name))
    cues.push({ kind: 'media', weight: 4, cue: 'an outlet known by one word' });
  if ((acronym || (words.length > 1 && words.every((w) => /^\p{Lu}[\p{Lu}\d&]+$/u.test(w)))) && !fact)
    cues.push({ kind: 'organization', weight: 1.5, cue: 'an acronym' });
  // "Statistics Canada", "Air France", "NHS England": a longer name built on a state's or a region's is an
  // institution or a company.
  if (words.length > 1 && !fact && words.some((w) => /^(?:country|region)$/.test(placeFact(w)?.kind ?? '')))
    cues.push({ kind: 'organization', weight: 1, cue: "a country's name inside a longer one" });
  // A first name counts unless the name ends in a head word ("Windsor Avenue", "Lake Hawea") or the word is also a
  // country's, a region's or an institution's (the name lists hold "Lake", "Bay", "Arizona"). A town that shares
  // a first name does not count against it: "David Evans", "Brent Saunders" (David, Panama; Brent, London).
  const headedName =
    words.length > 1 &&
    [ORGANIZATION_HEADS, MEDIA_HEADS, EVENT_HEADS, PLACE_HEADS].some((h) => h.has(headWord) || h.has(words[0]!));
  const firstPlace = placeFact(words[0]!);
  const given =
    isFirstName(words[0]!) &&
    !headedName &&
    (!firstPlace || (words.length > 1 && firstPlace.kind !== 'country' && firstPlace.kind !== 'region'));
  if (words.length >= 2 && words.length <= 4 && given && !fact)
    cues.push({ kind: 'person', weight: words.length === 2 ? 3.5 : 2, cue: `a first name (${words[0]})` });
  if (words.length === 1 && given && !fact) cues.push({ kind: 'person', weight: 1.5, cue: `a first name (${name})` });
  // "Mujinga Kambundji", "Lori Lewis-Rivera": two or three words none of which is a word of the language, with no
  // head word, are most often a person's names (a thin cue: it tips a guess, and the kind stays uncertain).
  const foreign = (w: string) => /^\p{Lu}\p{Ll}/u.test(w) && w.split('-').every((part) => !isKnownWord(part));
  if (words.length >= 2 && words.length <= 3 && !headedName && !fact && !given && words.every(foreign))
    cues.push({ kind: 'person', weight: 1, cue: 'names that are not words' });
  // "SpaceX", "PayPal", "JetBlue": a capital inside one word is a brand's, not a place's or a family's ("McAllen",
  // "MacLeod", "DeKalb", "LaSalle" are not).
  if (words.some((w) => /^\p{Lu}\p{Ll}+\p{Lu}/u.test(w) && !/^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|O')/.test(w)))
    cues.push({ kind: 'organization', weight: 2, cue: 'a capital inside a word (a brand)' });
  // "BBC1", "CNN International": an outlet's name with a channel or edition after it.
  if (words.length >= 1 && MEDIA_NAMES.has(words[0]!.replace(/\d+$/, '')))
    cues.push({ kind: 'media', weight: 3, cue: `an outlet (${words[0]})` });
  return cues;
}

const SPEECH_LEMMAS = new Set(['say', 'tell', 'add', 'state', 'explain', 'insist', 'warn', 'note', 'argue', 'claim']);
const PERSON_NOUNS =
  /^(?:witness|resident|woman|man|mother|father|son|daughter|brother|sister|aunt|uncle|cousin|wife|husband|widow|boy|girl|pensioner|teenager|student|teacher|nurse|doctor|driver|owner|victim|patient|worker|farmer|veteran|mum|dad|grandmother|grandfather|neighbou?r|friend|partner|colleague|player|striker|midfielder|defender|goalkeeper|captain|coach|manager|athlete|sprinter|batsman|bowler|author|lawyer|attorney|professor|scientist|researcher|economist|analyst|spokes(?:wo)?man|spokesperson|chief|director|officer|secretary|minister|president|chair(?:man|woman)?|founder|executive|leader|member|councillor|mayor|judge|senator|astronaut|head|boss|employee|engineer|consultant|surgeon|official|strategist|trader|editor|reporter|correspondent|lecturer|fellow)$/;
const CLUB_NOUNS =
  /^(?:manager|coach|boss|striker|midfielder|defender|goalkeeper|keeper|forward|winger|captain|side|squad|players?|fans|supporters|chairman|academy|team)$/;
const STAKE_NOUNS =
  /^(?:share|stake|investment|interest|deal|job|role|position|offer|bid|stock|unit|division|executive|analyst|investor|holder)$/;
/** Nouns that name a body: "Africa's biggest company by market value, Naspers". */
const BODY_NOUNS =
  /^(?:company|firm|group|bank|lender|insurer|carrier|airline|retailer|manufacturer|maker|conglomerate|giant|operator|charity|union|party|agency|regulator|broadcaster|publisher|developer|startup|start-up|supplier|utility|miner|producer|chain)$/;
/** What a company has and a person or a place does not: "Naspers shares", "Acme's revenue". */
const COMPANY_NOUNS = /^(?:shares|stock|revenue|revenues|profit|profits|earnings|shareholders|ceo|board)$/;
const SPORT_VERBS = new Set([
  'beat',
  'draw',
  'lose',
  'win',
  'defeat',
  'host',
  'face',
  'play',
  'thrash',
  'edge',
  'hold',
]);
/** Legislatures known by one name ("the Dáil", "the Knesset"). */
const LEGISLATURES =
  /^(?:Dáil|Dail|Seanad|Oireachtas|Commons|Lords|Parliament|Senate|Congress|Assembly|Knesset|Duma|Bundestag|Bundesrat|Storting|Riksdag|Folketing|Sejm|Lok Sabha|Rajya Sabha|Diet|Majlis|Stormont|Holyrood|Senedd|Dáil Éireann)$/;

/** Prepositions after which a place's name is the place, in sport too ("in Cardiff", "at Anfield"). */
const LOCATIVES = new Set(['in', 'at', 'near', 'outside', 'across', 'throughout', 'around', 'inside']);
const PLACE_PREPOSITIONS = new Set([
  'in',
  'at',
  'from',
  'near',
  'outside',
  'across',
  'throughout',
  'around',
  'across',
  'to',
  'into',
]);

/**
 * Evidence around one mention: `first..last` are the name's token indices; `title` the title split off it.
 * `sporty` says the copy is about sport, where a town's name often stands for its club.
 */
export function contextCues(
  tokens: readonly Token[],
  first: number,
  last: number,
  title: string | undefined,
  sporty: boolean,
  /** The copy reports a team sport, where a country's or a town's name mostly stands for its team. */
  teams = false,
): KindCue[] {
  const cues: KindCue[] = [];
  const at = (k: number) => tokens[k];
  const words = tokens.slice(first, last + 1).map((t) => t.text);
  const name = words.join(' ');
  const before = at(first - 1);
  const before2 = at(first - 2);
  const after = at(last + 1);
  const afterPossessive =
    after?.lower === "'s" || after?.text === "'" || after?.text === '’' ? at(last + 2) : undefined;
  if (title) {
    const word = title.split(/\s+/).at(-1)!;
    if (TITLES.has(word) || /man$|woman$/.test(word))
      cues.push({ kind: 'person', weight: 4, cue: `a title (${title})` });
    else cues.push({ kind: 'person', weight: 3, cue: `a descriptor (${title})` });
  }
  // "told the Courier", "told Reuters", "in an interview with the BBC", "the Times reported".
  if (before?.lemma === 'tell') cues.push({ kind: 'media', weight: 1.5, cue: '"told …"' });
  // "told the Dáil", "told the Commons": a legislature is told things too.
  const legislature = LEGISLATURES.test(name);
  if (legislature) cues.push({ kind: 'organization', weight: 4, cue: 'a legislature' });
  else if (before?.lower === 'the' && before2?.lemma === 'tell')
    cues.push({ kind: 'media', weight: 3, cue: '"told the …"' });
  if (after && /^(?:reported|reports|reporting)$/.test(after.lower))
    cues.push({ kind: 'media', weight: 2, cue: '"… reported"' });
  if (before?.lower === 'with' && /^(?:interview|interviews)$/.test(at(first - 2)?.lower ?? ''))
    cues.push({ kind: 'media', weight: 3, cue: '"an interview with …"' });
  if (before?.lower === 'the' && before2?.lower === 'with' && at(first - 3)?.lower === 'interview')
    cues.push({ kind: 'media', weight: 3, cue: '"an interview with the …"' });
  // "the Courier", "the Kremlin": people rarely take the article.
  if (before?.lower === 'the') cues.push({ kind: 'person', weight: -2, cue: 'the article "the"' });
  // A person speaks; so do organizations, so this only tips a balance.
  if (after && SPEECH_LEMMAS.has(after.lemma) && after.pos === 'VERB') {
    cues.push({ kind: 'person', weight: 1, cue: `"${after.text}"` });
    if (tokens.slice(last + 2, last + 5).some((t) => t.lower === 'statement'))
      cues.push({ kind: 'organization', weight: 2.5, cue: '"said in a statement"' });
  }
  // "Gwen Parry, the union's regional secretary," / "Orla Kinsella, a witness," / "Tom Smith, 45,".
  if (after?.text === ',') {
    const next = at(last + 2);
    const noun = tokens.slice(last + 2, last + 8).find((t) => t.pos === 'NOUN' || t.text === ',');
    if (next?.pos === 'NUM' && at(last + 3)?.text === ',') cues.push({ kind: 'person', weight: 3, cue: 'an age' });
    else if (next && /^(?:a|an|the)$/.test(next.lower) && noun && PERSON_NOUNS.test(noun.lemma))
      cues.push({ kind: 'person', weight: 3, cue: `"${next.text} … ${noun.text}"` });
    else if (next?.lower === 'aged') cues.push({ kind: 'person', weight: 3, cue: 'an age' });
  }
  // "Africa's biggest company by market value, Naspers": a body named in apposition; "Smith's wife, Mary" a person.
  if (before?.text === ',') {
    for (let k = first - 2; k >= Math.max(0, first - 8) && tokens[k]!.text !== ','; k--)
      if (tokens[k]!.pos === 'NOUN' && BODY_NOUNS.test(tokens[k]!.lower)) {
        cues.push({ kind: 'organization', weight: 3, cue: `an apposition ("${tokens[k]!.text}")` });
        break;
      } else if (k === first - 2 && tokens[k]!.pos === 'NOUN' && PERSON_NOUNS.test(tokens[k]!.lemma)) {
        // "Smith's wife, Mary", "the bakery's owner, Jane Okafor".
        cues.push({ kind: 'person', weight: 3, cue: `an apposition ("${tokens[k]!.text}")` });
        break;
      }
  }
  // "Naspers, which owns …" is no person; "Tom Smith, who …" is no body.
  if (after?.text === ',' && at(last + 2)?.lower === 'which')
    cues.push({ kind: 'person', weight: -2, cue: '", which"' });
  // "the A9 was shut", "the M8 motorway", "I-95": a road's number (not "N95 masks").
  if (/^(?:[ABMNRI]-?\d{1,3}|SR-?\d{1,3})$/.test(words.join(''))) {
    const road =
      after &&
      /^(?:road|motorway|highway|carriageway|route|junction|southbound|northbound|eastbound|westbound)$/i.test(
        after.text,
      );
    if (road || (before?.lower === 'the' && !(after && after.pos === 'NOUN' && /^\p{Ll}/u.test(after.text))))
      cues.push({ kind: 'place', weight: 3, cue: 'a road number' });
  }
  // "Flipkart (IPO-FLPK.N)", "Vodafone (VOD.L)": a stock code in brackets is a listed company's.
  if (stockCodeEnd(tokens, last + 1) !== undefined) cues.push({ kind: 'organization', weight: 3, cue: 'a stock code' });
  // "Sainsbury’s said", "at Christie’s.": a possessive that owns nothing after it is a firm named for its founder.
  if (/^['’]s$/.test(after?.text ?? '') && after!.start === tokens[last]!.end) {
    const next = at(last + 2);
    if (!next || (/^(?:VERB|AUX|PUNCT|ADP|CCONJ|SCONJ)$/.test(next.pos) && !/^[‘“'"]$/.test(next.text)))
      cues.push({ kind: 'organization', weight: 2, cue: 'a firm’s possessive name', name: `${name}${after!.text}` });
  }
  // "Naspers shares", "Acme's revenue": a company.
  const owned = afterPossessive ?? after;
  if (owned && COMPANY_NOUNS.test(owned.lower)) cues.push({ kind: 'organization', weight: 2, cue: `"${owned.text}"` });
  // "Arsenal's manager", "Liverpool manager Arne Slot": a club; "Halton police": an area's force.
  const clubNoun = afterPossessive ?? after;
  if (clubNoun && CLUB_NOUNS.test(clubNoun.lower) && (sporty || afterPossessive))
    cues.push({ kind: 'organization', weight: sporty ? 3 : 1, cue: `"${clubNoun.text}"` });
  if (sporty && after && SPORT_VERBS.has(after.lemma) && after.pos === 'VERB')
    cues.push({ kind: 'organization', weight: 2, cue: `a club ("${after.text}")` });
  if (
    sporty &&
    before &&
    (before.lower === 'against' || before.lower === 'v' || before.lower === 'vs' || SPORT_VERBS.has(before.lemma))
  )
    cues.push({ kind: 'organization', weight: 2, cue: `a club ("${before.text}")` });
  // "England were blown away", "to beat Wales", "Ireland's win": a team; "in Cardiff" is still the city.
  const locative = before !== undefined && LOCATIVES.has(before.lower) && before.pos === 'ADP';
  if (teams && !locative && placeFact(name))
    cues.push({ kind: 'organization', weight: 3, cue: 'a team named after its place' });
  // "in Halden" is a place; "shares in Actavis", "a stake in Boeing" are a company; "lost to Castleford" a club.
  // "residents of Ulwe", "the people of Gaza": a place's people.
  if (
    before?.lower === 'of' &&
    before2 &&
    /^(?:residents|people|citizens|inhabitants|villagers|mayor|outskirts|centre|center|streets)$/.test(before2.lower)
  )
    cues.push({ kind: 'place', weight: 2, cue: `"${before2.text} of …"` });
  // "head of equity funds at Hargreaves Lansdown", "a nurse at Colchester Hospital": where someone works is a body.
  if (before?.lower === 'at' && !placeFact(name)) {
    for (let k = first - 2; k >= Math.max(0, first - 6) && tokens[k]!.text !== ','; k--)
      if (tokens[k]!.pos === 'NOUN' && PERSON_NOUNS.test(tokens[k]!.lemma)) {
        cues.push({ kind: 'organization', weight: 2.5, cue: `a workplace ("${tokens[k]!.text} at …")` });
        break;
      }
  }
  // "according to Statistics New Zealand" is a source, not a destination.
  const according = before?.lower === 'to' && before2?.lower === 'according';
  if (before && PLACE_PREPOSITIONS.has(before.lower) && before.pos === 'ADP' && (locative || !teams) && !according) {
    if (before2 && (STAKE_NOUNS.test(before2.lemma) || STAKE_NOUNS.test(before2.lower.replace(/s$/, ''))))
      cues.push({ kind: 'organization', weight: 1.5, cue: `"${before2.text} ${before.text} …"` });
    else cues.push({ kind: 'place', weight: 1, cue: `"${before.text} …"` });
  }
  // "the Mathare valley", "the Kiambu county border".
  if (after && PLACE_NOUNS.has(after.lower)) cues.push({ kind: 'place', weight: 2, cue: `"… ${after.text}"` });
  if (before?.lower === 'spokesman' || before?.lower === 'spokeswoman' || before?.lower === 'spokesperson')
    cues.push({ kind: 'organization', weight: 1, cue: 'a spokesperson' });
  if (before?.lower === 'for' && /^spokes/.test(before2?.lower ?? ''))
    cues.push({ kind: 'organization', weight: 2.5, cue: '"a spokesman for …"' });
  if (after && /^spokes(?:wo)?man|spokesperson$/.test(after.lower))
    cues.push({ kind: 'organization', weight: 2, cue: '"… spokesman"' });
  return cues;
}

/** Whether a copy reports a team sport: sport, and words only team sports use. */
export function isTeamSport(tokens: readonly Token[]): boolean {
  let hits = 0;
  for (const t of tokens) if (TEAM_SPORT_WORDS.has(t.lower) && ++hits >= 2) return isSporty(tokens);
  return false;
}

/** Whether a copy is about sport: several sports words among its tokens. */
export function isSporty(tokens: readonly Token[]): boolean {
  let hits = 0;
  for (const t of tokens) if (SPORT_WORDS.has(t.lower) && ++hits >= 4) return true;
  return false;
}

function titleCase(text: string): string {
  return text
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_m, space: string, letter: string) => space + letter.toUpperCase());
}

/** Weighs the cues: the kind with the most weight, uncertain when thin or contested. */
export function decideKind(cues: readonly KindCue[], words: number): KindDecision {
  const totals = new Map<EntityKind, number>();
  for (const c of cues) totals.set(c.kind, (totals.get(c.kind) ?? 0) + c.weight);
  const ranked = [...totals].filter(([, w]) => w > 0).sort((a, b) => b[1] - a[1]);
  const [top, second] = ranked;
  if (!top) {
    // Nothing known: one word unknown to the gazetteer is most often a small place (a suburb, a village), several
    // words without a first name most often a body. Either way the page says the kind is uncertain.
    return { kind: words === 1 ? 'place' : 'organization', uncertain: true, reason: 'no evidence in the text' };
  }
  const best = cues.filter((c) => c.kind === top[0]).sort((a, b) => b.weight - a.weight)[0]!;
  const contested = second !== undefined && second[1] >= top[1] * 0.75;
  return { kind: top[0], uncertain: top[1] < DECISIVE || contested, reason: best.cue };
}
