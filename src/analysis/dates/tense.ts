/**
 * Which way in time the verb governing a date expression points.
 *
 * No tagger: compromise costs far more per sentence than the whole date budget, and a small rule set
 * over auxiliaries (will, is, was, has, would…), a list of irregular past forms and regular "-ed" forms
 * does what is needed here. The governing verb is the nearest verb group to the LEFT of the expression
 * inside its clause ("reported on Monday that Kim will meet…" → "reported"); when the clause has none
 * before the expression ("On Thursday, KCNA announced…"), the first verb group to its RIGHT.
 * Clauses end at ; : — ( ) quotation marks and at that / which / who / whether / because / if…,
 * so "He said that on Monday the talks will begin" takes "will begin", not "said".
 */

export type Direction = 'past' | 'future';

export type TenseKind =
  | 'past' // said, announced, was held
  | 'perfect' // has said, have met
  | 'future' // will mark, is going to
  | 'progressive' // is leading: a planned arrangement
  | 'scheduled' // is scheduled for, is set to, a vote scheduled for
  | 'present' // opens, begins: a timetable
  | 'intent' // plans to, agreed to meet
  | 'conditional' // would hold: future in the past
  | 'modal' // could come, may meet
  | 'target' // postponed until Monday
  | 'unclear' // was scheduled for: may or may not have happened
  | 'report' // says, tells: present-tense reporting
  | 'none';

export interface Tense {
  direction: Direction | null;
  kind: TenseKind;
  /** The verb group as it stands in the sentence ("will mark"); empty when none. */
  evidence: string;
}

export const NO_TENSE: Tense = { direction: null, kind: 'none', evidence: '' };

/** Words for reasons: `past tense ("announced")`. */
export function describeTense(t: Tense): string {
  const e = `"${t.evidence.replace(/\s+/g, ' ')}"`;
  switch (t.kind) {
    case 'past':
      return `past tense (${e})`;
    case 'perfect':
      return `present perfect (${e})`;
    case 'future':
      return `future tense (${e})`;
    case 'progressive':
      return `present progressive (${e}), an arrangement`;
    case 'scheduled':
      return `a schedule (${e})`;
    case 'present':
      return `present tense (${e}), a timetable`;
    case 'intent':
      return `a plan or expectation (${e})`;
    case 'conditional':
      return `future in the past (${e})`;
    case 'modal':
      return `a modal verb pointing ahead (${e})`;
    case 'target':
      return `a new date (${e})`;
    case 'unclear':
      return `${e} does not say whether it has happened`;
    case 'report':
      return `present-tense reporting (${e}) does not say when`;
    case 'none':
      return 'no verb tense to go by';
  }
}

// ---- Tokens -------------------------------------------------------------------------------------

interface Tok {
  text: string;
  /** Lowercase, curly apostrophes straightened. */
  low: string;
  start: number;
  end: number;
  word: boolean;
  /** No uppercase letter in it. */
  lower: boolean;
}

const TOKEN = /([\p{L}\p{N}]+(?:['’\-‐][\p{L}\p{N}]+)*)|[^\s\p{L}\p{N}]/gu;

/** Tokens of the text; `lowText` is `text.toLowerCase()`, used when it keeps the offsets. */
function tokenize(text: string, lowText: string): Tok[] {
  const out: Tok[] = [];
  const aligned = lowText.length === text.length;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const t = m[0];
    const start = m.index;
    const end = start + t.length;
    const folded = aligned ? lowText.slice(start, end) : t.toLowerCase();
    const low = folded.includes('’') || folded.includes('‐') ? folded.replace(/’/g, "'").replace(/‐/g, '-') : folded;
    out.push({ text: t, low, start, end, word: m[1] !== undefined, lower: folded === t });
  }
  return out;
}

// ---- Lexicon ------------------------------------------------------------------------------------

type AuxClass = 'will' | 'would' | 'd' | 'modal' | 'be-present' | 'be-past' | 'be' | 'have' | 'had' | 'do' | 'did';

const AUX = new Map<string, AuxClass>([
  ['will', 'will'],
  ['shall', 'will'],
  ["won't", 'will'],
  ["shan't", 'will'],
  ['gonna', 'will'],
  ['would', 'would'],
  ["wouldn't", 'would'],
  ['can', 'modal'],
  ['could', 'modal'],
  ['may', 'modal'],
  ['might', 'modal'],
  ['must', 'modal'],
  ['should', 'modal'],
  ['ought', 'modal'],
  ["can't", 'modal'],
  ['cannot', 'modal'],
  ["couldn't", 'modal'],
  ["mightn't", 'modal'],
  ["mustn't", 'modal'],
  ["shouldn't", 'modal'],
  ['is', 'be-present'],
  ['are', 'be-present'],
  ['am', 'be-present'],
  ["isn't", 'be-present'],
  ["aren't", 'be-present'],
  ["he's", 'be-present'],
  ["she's", 'be-present'],
  ["it's", 'be-present'],
  ["that's", 'be-present'],
  ["there's", 'be-present'],
  ["here's", 'be-present'],
  ["what's", 'be-present'],
  ["who's", 'be-present'],
  ['was', 'be-past'],
  ['were', 'be-past'],
  ["wasn't", 'be-past'],
  ["weren't", 'be-past'],
  ['be', 'be'],
  ['been', 'be'],
  ['being', 'be'],
  ['has', 'have'],
  ['have', 'have'],
  ['having', 'have'],
  ["hasn't", 'have'],
  ["haven't", 'have'],
  ['had', 'had'],
  ["hadn't", 'had'],
  ['do', 'do'],
  ['does', 'do'],
  ["doesn't", 'do'],
  ["don't", 'do'],
  ['did', 'did'],
  ["didn't", 'did'],
]);

function auxClass(t: Tok): AuxClass | null {
  if (!t.word || !t.lower) return null;
  const direct = AUX.get(t.low);
  if (direct) return direct;
  if (t.low.endsWith("'ll")) return 'will';
  if (t.low.endsWith("'re") || t.low.endsWith("'m")) return 'be-present';
  if (t.low.endsWith("'ve")) return 'have';
  if (/^(?:i|you|he|she|it|we|they|who|that)'d$/.test(t.low)) return 'd';
  return null;
}

const ADVERBS = new Set([
  'not',
  'also',
  'still',
  'already',
  'reportedly',
  'allegedly',
  'officially',
  'formally',
  'publicly',
  'finally',
  'just',
  'then',
  'now',
  'soon',
  'again',
  'first',
  'later',
  'earlier',
  'previously',
  'recently',
  'never',
  'ever',
  'only',
  'even',
  'both',
  'all',
  'likely',
  'probably',
  'possibly',
  'apparently',
  'currently',
  'once',
  'initially',
  'originally',
  'subsequently',
  'eventually',
  'jointly',
  'personally',
  'briefly',
  'quietly',
  'secretly',
  'openly',
  'widely',
  'long',
  'newly',
  'no',
  'longer',
  'yet',
  'too',
  'indeed',
  'thus',
  'therefore',
  'however',
  'perhaps',
  'always',
  'often',
  'usually',
  'seldom',
  'rarely',
]);
const NOT_ADVERB_LY = new Set([
  'family',
  'rally',
  'ally',
  'supply',
  'reply',
  'apply',
  'fly',
  'comply',
  'rely',
  'assembly',
  'anomaly',
  'monopoly',
  'bully',
  'belly',
  'jelly',
  'holy',
  'ugly',
  'early',
  'italy',
  'july',
  'daily',
  'weekly',
  'monthly',
  'yearly',
  'friendly',
  'lonely',
  'lovely',
  'elderly',
  'deadly',
  'costly',
  'likely',
  'only',
  'timely',
  'orderly',
  'silly',
  'hilly',
  'belly',
  'lily',
  'billy',
  'molly',
  'tally',
  'sully',
  'dolly',
]);

function isAdverb(t: Tok): boolean {
  if (!t.word || !t.lower) return false;
  if (ADVERBS.has(t.low) || t.low === "n't") return true;
  return t.low.length > 4 && t.low.endsWith('ly') && !NOT_ADVERB_LY.has(t.low);
}

const IRREGULAR_PAST = new Set(
  (
    'said told met held took taken gave given made went gone came saw seen left began begun ran won lost sent spoke ' +
    'spoken wrote written struck fought flew flown fell fallen brought bought thought found kept led paid sold stood ' +
    'sat spent built broke broken chose chosen drove driven ate eaten grew grown knew known rose risen shook shaken ' +
    'stole stolen swore sworn threw thrown woke woken wore worn hung froze frozen fled felt heard meant sought taught ' +
    'caught became withdrew withdrawn drew drawn got gotten forgot forgotten hid hidden shot slept swept dug stuck ' +
    'sank sunk sang sung rang sprang swam arose arisen awoke bore borne tore torn fed bled bred sped dealt lit slid ' +
    'spun upheld withheld overheard oversaw overseen underwent undergone foresaw foreseen mistook mistaken overtook ' +
    'overtaken undertook undertaken strode rode ridden bit bitten blew blown flung clung forbade forgave forgiven ' +
    'lent bent crept leapt knelt dreamt learnt burnt spilt shone overthrew overthrown misled struck stricken ' +
    'understood misunderstood forecasted wound swung stung'
  ).split(' '),
);
/** Past forms that are also present or base forms; taken as past unless an auxiliary or "to" says otherwise. */
const AMBIGUOUS_PAST = new Set(
  'hit cut put set let spread cast shut quit hurt cost burst bet read beat upset broadcast forecast split thrust'.split(
    ' ',
  ),
);
const ED_NOT_VERB = new Set([
  'hundred',
  'sacred',
  'naked',
  'wicked',
  'rugged',
  'ragged',
  'jagged',
  'crooked',
  'kindred',
  'hatred',
  'beloved',
  'aged',
  'dogged',
  'wretched',
  'infrared',
  'embed',
  'shed',
  'bed',
  'red',
  'wed',
  'sled',
  'bloodshed',
  'watershed',
  'seabed',
  'hotbed',
  'riverbed',
  'moped',
  'biped',
  'unwed',
  'naked',
  'sled',
  'so-called',
  'united',
  'learned',
  'blessed',
  'cursed',
  'belated',
  'bearded',
  'talented',
  'skilled',
  'unprecedented',
  'unexpected',
  'unidentified',
  'unnamed',
  'undisclosed',
  'unspecified',
  'armed',
  'unchanged',
  'unopposed',
  'unharmed',
  'unscathed',
  'unaffected',
  'unresolved',
  'unsolved',
  'unmatched',
  'unanswered',
  'unclaimed',
  'unconfirmed',
  'undecided',
  'unarmed',
  'unrelated',
  'unemployed',
  'unopened',
  'unfounded',
  'unwanted',
  'unlimited',
  'unauthorized',
  'unauthorised',
  'unprovoked',
  'undated',
  'unscheduled',
  'interested',
  'tired',
  'supposed',
  'based',
  'related',
  'experienced',
  'sophisticated',
  'complicated',
  'dedicated',
]);
const EED_VERBS = new Set(['agreed', 'disagreed', 'freed', 'decreed', 'guaranteed', 'refereed', 'emceed']);

function isRegularPast(low: string): boolean {
  if (low.length < 4 || !/^[a-z][a-z-]*ed$/.test(low)) return false;
  if (ED_NOT_VERB.has(low)) return false;
  if (low.endsWith('eed')) return EED_VERBS.has(low);
  return true;
}

/** Present-tense verbs of timetables: with a day, they mean an upcoming event ("the summit opens Monday"). */
const SCHEDULE_PRESENT = new Set(
  (
    'begins starts opens closes ends runs kicks arrives departs leaves meets hosts visits holds resumes returns ' +
    'launches goes comes takes heads travels faces votes convenes concludes wraps marks celebrates hears decides ' +
    'debuts premieres airs expires lands flies plays competes tours addresses attends chairs joins gathers ' +
    'reopens reconvenes sits testifies appears speaks delivers unveils releases publishes presents signs enters ' +
    'becomes gets'
  ).split(' '),
);
/** Base forms of the same, for plural subjects ("talks begin Monday"). */
const SCHEDULE_BASE = new Set(
  (
    'begin start open close end meet hold visit resume return arrive leave run take go come head travel vote ' +
    'convene gather kick launch play face hear decide sit appear attend host mark celebrate reconvene reopen'
  ).split(' '),
);
/** Present-tense verbs of reporting: they say nothing about when the dated event is. */
const REPORT_PRESENT = new Set(
  (
    'says tells reports writes notes adds claims argues insists warns explains believes thinks suggests reveals ' +
    'shows confirms denies admits acknowledges estimates predicts maintains contends alleges asserts recalls ' +
    'stresses emphasizes emphasises observes'
  ).split(' '),
);
/** Verbs of planning, hoping, asking: with a following infinitive, the dated event lies ahead. */
const INTENT = new Set(
  (
    'plan plans planned planning intend intends intended intending hope hopes hoped hoping aim aims aimed aiming ' +
    'want wants wanted expect expects expected expecting vow vows vowed pledge pledges pledged promise promises ' +
    'promised threaten threatens threatened agree agrees agreed decide decides decided prepare prepares prepared ' +
    'preparing schedule schedules scheduled seek seeks sought propose proposes proposed arrange arranges arranged ' +
    'invite invites invited urge urges urged ask asks asked wish wishes wished offer offers offered set due poised ' +
    'slated mean means meant intend'
  ).split(' '),
);
/** After "is" or as a bare participle: a schedule ("is scheduled for", "a vote set for"). */
const SCHEDULED = new Set(
  (
    'set due scheduled rescheduled slated expected poised likely unlikely about planned supposed timed penciled ' +
    'pencilled earmarked going to certain sure bound ready preparing planning forecast predicted projected ' +
    'anticipated tipped'
  ).split(' '),
);
/** Verbs that move an event to a new date: "postponed until Monday" points at Monday ahead. */
const TARGET = new Set(
  'postponed delayed moved pushed rescheduled deferred adjourned extended bumped brought put'.split(' '),
);

const DETERMINERS = new Set(
  (
    'the a an this that these those its his her their our my your some any no each every another such whose ' +
    'several many few both all one two three four five six seven eight nine ten'
  ).split(' '),
);
const PREPOSITIONS = new Set(
  'of in with for from into than as at on about against among under over without by'.split(' '),
);
const SUBJECT_PRONOUNS = new Set(['i', 'we', 'they', 'you', 'he', 'she', 'it']);

const BOUNDARY_PUNCT = new Set([
  ';',
  ':',
  '(',
  ')',
  '[',
  ']',
  '"',
  '“',
  '”',
  '«',
  '»',
  '—',
  '–',
  '―',
  '-',
  '?',
  '!',
  '‘',
  '„',
  '’',
  "'",
]);
const BOUNDARY_WORDS = new Set([
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'where',
  'whether',
  'because',
  'although',
  'though',
  'while',
  'whereas',
  'unless',
  'if',
  'when',
  'whenever',
]);
const QUOTE_MARKS = new Set(['"', '“', '”', '«', '»', '‘', '’', '„']);
const COORDINATORS = new Set(['and', 'but', 'or', 'yet', 'so']);
/** After a comma these open a verbless phrase ("…, after a tense session on Wednesday") whose date the main verb does not govern. */
const COMMA_PREPOSITIONS = new Set(['after', 'before', 'following', 'amid', 'despite']);

// ---- Analysis -----------------------------------------------------------------------------------

interface Found {
  tense: Tense;
}

interface Scan {
  toks: Tok[];
  text: string;
  /** Index of the first token after the expression (right scans stop before the expression). */
  exprFirst: number;
  exprLast: number;
  /** Lowercase word that leads into the expression ("until" in "until Monday"), or "". */
  lead: string;
}

function isBoundary(toks: Tok[], i: number): boolean {
  const t = toks[i];
  if (!t) return true;
  if (!t.word) {
    // "4:30 a.m.": a colon between digits is a time, not a clause break.
    if (t.text === ':' && /\d$/.test(toks[i - 1]?.text ?? '') && /^\d/.test(toks[i + 1]?.text ?? '')) return false;
    // A partial quote between words ("had lost “a significant share” of its") is inside the clause.
    if (QUOTE_MARKS.has(t.text) && toks[i - 1]?.word && toks[i + 1]?.word) return false;
    return BOUNDARY_PUNCT.has(t.text);
  }
  if (BOUNDARY_WORDS.has(t.low)) return true;
  return (COORDINATORS.has(t.low) || COMMA_PREPOSITIONS.has(t.low)) && toks[i - 1]?.text === ',';
}

function prevWordIndex(toks: Tok[], i: number, skipAdverbs: boolean): number {
  for (let k = i - 1; k >= 0; k--) {
    const t = toks[k];
    if (!t || !t.word) return -1;
    if (skipAdverbs && isAdverb(t)) continue;
    return k;
  }
  return -1;
}

/** A participle or adjective rather than a finite verb: "the armed men", "Russia's planned visit". */
function adjectival(toks: Tok[], i: number): boolean {
  const p = prevWordIndex(toks, i, true);
  const prev = p >= 0 ? toks[p] : undefined;
  if (!prev) return false;
  if (DETERMINERS.has(prev.low) || PREPOSITIONS.has(prev.low)) return true;
  if (/^\d/.test(prev.low)) return true;
  return /['’]s$|s['’]$/.test(prev.text) && !auxClass(prev);
}

type VerbForm = 'past' | 'schedule-present' | 'report-present' | 'pronoun-present' | null;

function verbForm(toks: Tok[], i: number): VerbForm {
  const t = toks[i];
  if (!t || !t.word || !t.lower || !/^[a-z]/.test(t.low)) return null;
  const low = t.low;
  const p = prevWordIndex(toks, i, true);
  const prev = p >= 0 ? toks[p] : undefined;
  if (prev && SUBJECT_PRONOUNS.has(prev.low) && !ADVERBS.has(low) && !DETERMINERS.has(low) && !PREPOSITIONS.has(low)) {
    if (IRREGULAR_PAST.has(low) || AMBIGUOUS_PAST.has(low) || isRegularPast(low)) return 'past';
    if (REPORT_PRESENT.has(low)) return 'report-present';
    return 'pronoun-present';
  }
  if (IRREGULAR_PAST.has(low) || AMBIGUOUS_PAST.has(low) || isRegularPast(low))
    return adjectival(toks, i) ? null : 'past';
  if (SCHEDULE_PRESENT.has(low) && low.endsWith('s')) return adjectival(toks, i) ? null : 'schedule-present';
  // "talks begin Monday": a base-form timetable verb after a plural subject.
  if (
    SCHEDULE_BASE.has(low) &&
    prev &&
    /s$/.test(prev.low) &&
    !auxClass(prev) &&
    !DETERMINERS.has(prev.low) &&
    !PREPOSITIONS.has(prev.low) &&
    !/['’]s$/.test(prev.text)
  ) {
    return 'schedule-present';
  }
  if (REPORT_PRESENT.has(low)) return adjectival(toks, i) ? null : 'report-present';
  return null;
}

/** Leftmost auxiliary of the group that ends at token i ("was officially announced" from "announced"). */
function groupStart(toks: Tok[], i: number): number {
  let start = i;
  let k = i - 1;
  while (k >= 0) {
    let j = k;
    while (j >= 0 && toks[j] && isAdverb(toks[j]!)) j--;
    const t = toks[j];
    if (j >= 0 && t && auxClass(t)) {
      start = j;
      k = j - 1;
    } else break;
  }
  return start;
}

function nextWord(toks: Tok[], i: number, limit: number): Tok | undefined {
  for (let k = i + 1; k < limit; k++) {
    const t = toks[k];
    if (!t || !t.word) return undefined;
    if (!isAdverb(t)) return t;
  }
  return undefined;
}

function evidence(scan: Scan, from: number, to: number): string {
  const a = scan.toks[from];
  const b = scan.toks[to];
  return a && b ? scan.text.slice(a.start, b.end) : '';
}

function isParticiple(t: Tok | undefined): boolean {
  return (
    !!t &&
    t.lower &&
    (IRREGULAR_PAST.has(t.low) || AMBIGUOUS_PAST.has(t.low) || isRegularPast(t.low) || t.low === 'been')
  );
}

/**
 * Classifies the verb group that starts with the auxiliary at `gs`. `limit` is the first token the group
 * may not reach (the expression, when scanning left).
 */
function classifyGroup(scan: Scan, gs: number, limit: number): Found | undefined {
  const { toks } = scan;
  const first = toks[gs];
  if (!first) return undefined;
  const cls = auxClass(first);
  if (!cls) return undefined;
  // The group: auxiliaries and adverbs, then the main word.
  let k = gs + 1;
  let lastAux = gs;
  const auxes: AuxClass[] = [cls];
  while (k < limit) {
    const t = toks[k];
    if (!t || !t.word) break;
    const c = auxClass(t);
    if (c) {
      auxes.push(c);
      lastAux = k;
    } else if (!isAdverb(t)) break;
    k++;
  }
  const mainTok = k < limit ? toks[k] : undefined;
  // The main verb, if the next word can be one ("is the deadline": the group is "is" alone).
  const main =
    mainTok?.word &&
    mainTok.lower &&
    !DETERMINERS.has(mainTok.low) &&
    !PREPOSITIONS.has(mainTok.low) &&
    !/^\d/.test(mainTok.low)
      ? mainTok
      : undefined;
  const end = main ? k : lastAux;
  const ev = evidence(scan, gs, end);
  const second = auxes[1];
  const mainLow = main?.low ?? '';
  const t = (direction: Direction | null, kind: TenseKind): Found => ({ tense: { direction, kind, evidence: ev } });
  const target = TARGET.has(mainLow) && (scan.lead === 'until' || scan.lead === 'till' || scan.lead === 'to');

  switch (cls) {
    case 'will':
      return t('future', 'future');
    case 'would':
      return second === 'have' ? t(null, 'unclear') : t('future', 'conditional');
    case 'd':
      return isParticiple(main) || second === 'have' || second === 'be'
        ? t('past', 'past')
        : t('future', 'conditional');
    case 'modal':
      if (first.low === 'may' && !first.lower) return undefined;
      return second === 'have' ? t('past', 'past') : t('future', 'modal');
    case 'be-present':
      if (target) return t('future', 'target');
      if (SCHEDULED.has(mainLow)) return t('future', mainLow === 'going' || mainLow === 'to' ? 'future' : 'scheduled');
      if (second === 'be' || mainLow.endsWith('ing')) return t('future', 'progressive');
      return t('future', 'present');
    case 'be-past':
      if (target) return t('future', 'target');
      if (SCHEDULED.has(mainLow) || mainLow === 'meant') return t(null, 'unclear');
      return t('past', 'past');
    case 'have':
      if (first.low === 'having') return t('past', 'perfect');
      if (mainLow === 'to' || mainLow === 'got') return t('future', 'scheduled');
      if (target) return t('future', 'target');
      if (second === 'be') {
        const after = nextWord(toks, lastAux, limit);
        if (after && SCHEDULED.has(after.low)) return t('future', 'scheduled');
        return t('past', 'perfect');
      }
      if (isParticiple(main)) return t('past', 'perfect');
      return t('future', 'present');
    case 'had':
      return t('past', 'past');
    case 'did':
      return t('past', 'past');
    case 'do':
      return t('future', 'present');
    case 'be':
      // "to be held", "being held": not finite; the governing verb is further out.
      return undefined;
  }
}

function classifyMain(scan: Scan, i: number, form: Exclude<VerbForm, null>): Found {
  const { toks } = scan;
  const t = toks[i]!;
  const low = t.low;
  const next = toks[i + 1];
  const nextLow = next?.low ?? '';
  const ev = t.text;
  const found = (direction: Direction | null, kind: TenseKind, text = ev): Found => ({
    tense: { direction, kind, evidence: text },
  });
  if (INTENT.has(low) && nextLow === 'to') return found('future', 'intent', `${t.text} to`);
  if (form === 'past') {
    if (
      SCHEDULED.has(low) &&
      (nextLow === 'for' || nextLow === 'to' || nextLow === 'on' || nextLow === 'until' || i + 1 === scan.exprFirst)
    ) {
      return found('future', 'scheduled');
    }
    if (TARGET.has(low) && (scan.lead === 'until' || scan.lead === 'till' || scan.lead === 'to'))
      return found('future', 'target');
    return found('past', 'past');
  }
  if (form === 'report-present') return found(null, 'report');
  return found('future', 'present');
}

/** The verb group at token i, if any; undefined to keep looking. */
function analyze(scan: Scan, i: number, limit: number, infinitive: boolean): Found | undefined {
  const { toks } = scan;
  const t = toks[i];
  if (!t || !t.word) return undefined;
  if (infinitive && t.lower && INTENT.has(t.low) && !adjectival(toks, i)) {
    const gs = groupStart(toks, i);
    if (gs < i) {
      const g = classifyGroup(scan, gs, limit);
      // "was expected to arrive on Monday" may or may not have happened; "is expected to" lies ahead.
      if (g && g.tense.kind === 'unclear') return g;
    }
    return { tense: { direction: 'future', kind: 'intent', evidence: evidence(scan, gs, i) } };
  }
  if (auxClass(t)) {
    const gs = groupStart(toks, i);
    const g = classifyGroup(scan, gs, limit);
    return g;
  }
  const form = verbForm(toks, i);
  if (!form) return undefined;
  const p = prevWordIndex(toks, i, true);
  if (p >= 0 && toks[p]?.low === 'to') return undefined; // an infinitive: look further
  const gs = groupStart(toks, i);
  if (gs < i) return classifyGroup(scan, gs, limit);
  return classifyMain(scan, i, form);
}

const SCAN_LIMIT = 40;

function scanLeft(scan: Scan): Found | null {
  const { toks } = scan;
  let infinitive = false;
  for (let i = scan.exprFirst - 1, steps = 0; i >= 0 && steps < SCAN_LIMIT; i--, steps++) {
    if (isBoundary(toks, i)) return null;
    const t = toks[i]!;
    if (!t.word) continue;
    if (t.low === 'to') {
      const n = toks[i + 1];
      if (n && n.word && n.lower && !DETERMINERS.has(n.low) && !/^\d/.test(n.low)) infinitive = true;
      continue;
    }
    const f = analyze(scan, i, scan.exprFirst, infinitive);
    if (f) return f;
  }
  return null;
}

function scanRight(scan: Scan): Found | null {
  const { toks } = scan;
  let i = scan.exprLast + 1;
  while (toks[i]?.text === ',') i++;
  for (let steps = 0; i < toks.length && steps < SCAN_LIMIT; i++, steps++) {
    const t = toks[i]!;
    // Skip a non-restrictive relative clause: "On Saturday, Liu, who was appointed in March, is leading…"
    if ((t.low === 'who' || t.low === 'which') && toks[i - 1]?.text === ',') {
      let j = i + 1;
      while (j < toks.length && toks[j]?.text !== ',' && !BOUNDARY_PUNCT.has(toks[j]?.text ?? '')) j++;
      if (toks[j]?.text !== ',') return null;
      i = j;
      continue;
    }
    if (isBoundary(toks, i)) return null;
    if (!t.word) continue;
    const f = analyze(scan, i, toks.length, false);
    if (f) return f;
  }
  return null;
}

/**
 * A tense finder for one sentence. Tokenizes lazily, once, on the first question.
 * `start`/`end` are the expression's offsets; `lead` the preposition that opens it, if any.
 */
export function tenseFinder(
  text: string,
  lowText = text.toLowerCase(),
): (start: number, end: number, lead: string) => Tense {
  let toks: Tok[] | null = null;
  return (start, end, lead) => {
    toks ??= tokenize(text, lowText);
    const all = toks;
    // First token that ends after `start` (binary search: long texts hold many expressions).
    let lo = 0;
    let hi = all.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((all[mid]?.end ?? Infinity) > start) hi = mid;
      else lo = mid + 1;
    }
    const exprFirst = lo;
    let exprLast = exprFirst;
    while (exprLast + 1 < toks.length && (toks[exprLast + 1]?.start ?? Infinity) < end) exprLast++;
    const scan: Scan = { toks, text, exprFirst, exprLast, lead };
    const found = scanLeft(scan) ?? scanRight(scan);
    return found?.tense ?? NO_TENSE;
  };
}
