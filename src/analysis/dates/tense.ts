/**
 * Which way in time the verb governing a date expression points, read from the sentence's tagged tokens.
 *
 * The governing verb is the nearest verb group to the LEFT of the expression inside its clause ("reported on
 * Monday that Kim will meet…" → "reported"); when the clause has none before the expression ("On Thursday,
 * KCNA announced…"), the first verb group to its RIGHT. A verb group is a chain of auxiliaries and adverbs and
 * its main verb ("will not publish", "has been scheduled"). Parts of speech and lemmas come from the token
 * layer; structure settles what the tagger cannot: a participle right after a determiner, a preposition or
 * another verb and before a noun modifies that noun ("will publish detailed figures", "to announce updated
 * rates"); a verb after "to" is an infinitive, governed by the verb or noun before it ("plans to announce",
 * "voted on Monday to strike"). Clauses end at ; : — ( ) quotation marks and at that / which / who / whether /
 * because / if…, so "He said that on Monday the talks will begin" takes "will begin", not "said".
 */
import { tokenAt, type Token } from '../tokens.ts';
import { clauseBoundary } from './clauses.ts';
import { AUX, INTENT, REPORTING, SCHEDULE, SCHEDULED, TARGET, ZERO_PAST, type AuxClass } from './verb-classes.ts';

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
  | 'result' // Saturday's 3-0 defeat: a result, so already played
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
    case 'result':
      return `a result (${e}), so already over`;
    case 'report':
      return `present-tense reporting (${e}) does not say when`;
    case 'none':
      return 'no verb tense to go by';
  }
}

// ---- Auxiliaries and verb forms -------------------------------------------------------------------

function auxClass(t: Token | undefined): AuxClass | null {
  if (!t || (t.pos !== 'AUX' && t.pos !== 'VERB')) return null;
  return AUX[t.lower] ?? null;
}

function isAdverb(t: Token | undefined): boolean {
  return !!t && (t.pos === 'ADV' || (t.pos === 'PART' && t.lemma === 'not'));
}

const isWord = (t: Token | undefined): t is Token => !!t && t.pos !== 'PUNCT' && t.pos !== 'SYM';

type Form = 'past' | 'ing' | 'present' | 'base';

/** The form of a verb, from its spelling against its lemma ("announced"/"announce" is past or participle). */
function formOf(t: Token): Form {
  const { lower: w, lemma: l } = t;
  if (w === l) return ZERO_PAST.has(w) ? 'past' : 'base';
  if (w.endsWith('ing')) return 'ing';
  if (w === `${l}s` || w === `${l}es` || (l.endsWith('y') && w === `${l.slice(0, -1)}ies`)) return 'present';
  return 'past';
}

const isParticiple = (t: Token | undefined): boolean =>
  !!t && (t.pos === 'VERB' || t.pos === 'AUX') && (t.lower === 'been' || formOf(t) === 'past');

const POSSESSIVE = new Set(['my', 'your', 'his', 'her', 'its', 'our', 'their', 'whose']);
const SUBJECT_PRONOUNS = new Set(['i', 'we', 'they', 'you', 'he', 'she', 'it']);
/** What a participle that modifies a noun can follow ("the armed men", "publish detailed figures"). */
const BEFORE_MODIFIER = new Set(['DET', 'ADJ', 'ADP', 'NUM', 'VERB', 'PART', 'CCONJ', 'SCONJ']);

/** Index of the word before i, adverbs skipped when asked; -1 at a punctuation mark or the start. */
function prevWord(toks: readonly Token[], i: number, skipAdverbs: boolean): number {
  for (let k = i - 1; k >= 0; k--) {
    const t = toks[k]!;
    if (!isWord(t)) return -1;
    if (skipAdverbs && isAdverb(t)) continue;
    return k;
  }
  return -1;
}

/** A participle used as an adjective: "the newly elected mayor", "Russia's planned visit", "detailed figures". */
function isModifier(toks: readonly Token[], i: number): boolean {
  const next = toks[i + 1];
  const p = prevWord(toks, i, true);
  const prev = p >= 0 ? toks[p]! : undefined;
  if (!prev) return next?.pos === 'NOUN' || next?.pos === 'ADJ';
  if (prev.pos === 'DET' || prev.pos === 'ADP' || POSSESSIVE.has(prev.lower) || prev.lower === "'s") return true;
  if (next?.pos !== 'NOUN' && next?.pos !== 'PROPN' && next?.pos !== 'ADJ') return false;
  return BEFORE_MODIFIER.has(prev.pos) && !auxClass(prev);
}

// ---- Clause scan ----------------------------------------------------------------------------------

interface Scan {
  toks: readonly Token[];
  text: string;
  /** First token of the expression, and its last. */
  exprFirst: number;
  exprLast: number;
  /** Lowercase word that leads into the expression ("until" in "until Monday"), or "". */
  lead: string;
  /** The infinitive met on the way left ("strike" in "voted on Monday to strike from April 8"), or -1. */
  infinitive: number;
  /** Whether another date stands between that infinitive and the verb before it ("voted on Monday to strike"). */
  datedBefore: boolean;
  /** Whether token i belongs to another date expression of the sentence. */
  dated: (i: number) => boolean;
}

function evidence(scan: Scan, from: number, to: number): string {
  const a = scan.toks[from];
  const b = scan.toks[to];
  return a && b ? scan.text.slice(a.start, b.end) : '';
}

const tense = (direction: Direction | null, kind: TenseKind, text: string): Tense => ({
  direction,
  kind,
  evidence: text,
});

/** Leftmost auxiliary of the group that ends at token i ("was officially announced" from "announced"). */
function groupStart(toks: readonly Token[], i: number): number {
  let start = i;
  for (let k = i - 1; k >= 0; k--) {
    let j = k;
    while (j >= 0 && isAdverb(toks[j])) j--;
    if (j >= 0 && auxClass(toks[j])) {
      start = j;
      k = j;
    } else break;
  }
  return start;
}

const endsAtTarget = (scan: Scan) => scan.lead === 'until' || scan.lead === 'till' || scan.lead === 'to';

/** The tense of the verb group that starts with the auxiliary at `gs`; `limit` is the first token it may not reach. */
function classifyGroup(scan: Scan, gs: number, limit: number): Tense | undefined {
  const { toks } = scan;
  const cls = auxClass(toks[gs]);
  if (!cls) return undefined;
  const auxes: AuxClass[] = [cls];
  let k = gs + 1;
  let lastAux = gs;
  for (; k < limit; k++) {
    const c = auxClass(toks[k]);
    if (c && !(c === 'have' && toks[k]!.pos === 'VERB' && !isParticiple(toks[k + 1]))) {
      auxes.push(c);
      lastAux = k;
    } else if (!isAdverb(toks[k])) break;
  }
  const next = k < limit ? toks[k] : undefined;
  // The main verb, if the next word can be one ("is the deadline": the group is "is" alone).
  const main = next && (next.pos === 'VERB' || next.pos === 'ADJ' || next.lower === 'to') ? next : undefined;
  const ev = evidence(scan, gs, main ? k : lastAux);
  const second = auxes[1];
  const mainLemma = main ? (main.lower === 'to' || main.pos === 'ADJ' ? main.lower : main.lemma) : '';
  const target = TARGET.has(mainLemma) && endsAtTarget(scan);
  const t = (direction: Direction | null, kind: TenseKind) => tense(direction, kind, ev);
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
      return second === 'have' ? t('past', 'past') : t('future', 'modal');
    case 'be-present':
      if (target) return t('future', 'target');
      if (SCHEDULED.has(mainLemma) || SCHEDULED.has(main?.lower ?? ''))
        return t('future', mainLemma === 'go' || mainLemma === 'to' ? 'future' : 'scheduled');
      if (second === 'be' || main?.lower.endsWith('ing')) return t('future', 'progressive');
      return t('future', 'present');
    case 'be-past':
      if (target) return t('future', 'target');
      if (SCHEDULED.has(mainLemma) || SCHEDULED.has(main?.lower ?? '') || mainLemma === 'mean')
        return t(null, 'unclear');
      return t('past', 'past');
    case 'have':
      if (toks[gs]!.lower === 'having') return t('past', 'perfect');
      if (mainLemma === 'to' || mainLemma === 'get') return t('future', 'scheduled');
      if (target) return t('future', 'target');
      if (second === 'be') return SCHEDULED.has(mainLemma) ? t('future', 'scheduled') : t('past', 'perfect');
      if (isParticiple(main)) return t('past', 'perfect');
      return t('future', 'present');
    case 'had':
    case 'did':
      return t('past', 'past');
    case 'do':
      return t('future', 'present');
    case 'be':
      // "to be held", "being held": not finite; the governing verb is further out.
      return undefined;
  }
}

/** A main verb with no auxiliary: past, a timetable present ("opens Monday"), or present-tense reporting. */
function classifyMain(scan: Scan, i: number, form: Form): Tense | undefined {
  const { toks } = scan;
  const t = toks[i]!;
  const p = prevWord(toks, i, true);
  const prev = p >= 0 ? toks[p] : undefined;
  const pronounSubject = !!prev && SUBJECT_PRONOUNS.has(prev.lower);
  const next = toks[i + 1]?.lower ?? '';
  if (form === 'past') {
    if (isModifier(toks, i) && !pronounSubject) return undefined;
    // "a vote scheduled for Wednesday": a participle of scheduling points ahead.
    if (
      SCHEDULED.has(t.lemma) &&
      (next === 'for' || next === 'to' || next === 'on' || next === 'until' || i + 1 === scan.exprFirst)
    )
      return tense('future', 'scheduled', t.text);
    if (TARGET.has(t.lemma) && endsAtTarget(scan)) return tense('future', 'target', t.text);
    return tense('past', 'past', t.text);
  }
  if (form === 'present') {
    if (REPORTING.has(t.lemma)) return tense(null, 'report', t.text);
    if (SCHEDULE.has(t.lemma) || pronounSubject) return tense('future', 'present', t.text);
    return undefined;
  }
  // A base form: "they meet Monday", "talks begin Monday" (a plural subject).
  if (
    form === 'base' &&
    prev &&
    (pronounSubject ||
      ((prev.pos === 'NOUN' || prev.pos === 'PROPN') && prev.lower.endsWith('s') && SCHEDULE.has(t.lemma)))
  )
    return tense('future', 'present', t.text);
  return undefined;
}

/** "plans to announce", "voted on Monday to strike": a verb or noun of intent before the infinitive. */
function intent(scan: Scan, i: number, limit: number): Tense {
  const gs = groupStart(scan.toks, i);
  if (gs < i) {
    // "was expected to arrive on Monday" may or may not have happened; "is expected to" lies ahead.
    const g = classifyGroup(scan, gs, limit);
    if (g?.kind === 'unclear') return g;
  }
  const to = scan.infinitive;
  const head = evidence(scan, gs, i);
  const chain = to === i + 2 ? evidence(scan, gs, to) : `${head} … to ${scan.toks[to]!.text}`;
  return tense('future', 'intent', chain);
}

/** The verb group at token i, if it is one; undefined to keep looking. */
function verbGroupAt(scan: Scan, i: number, limit: number): Tense | undefined {
  const { toks } = scan;
  const t = toks[i]!;
  if (scan.infinitive >= 0) {
    // "plans to announce", "a plan to meet", "urged members to vote": a verb or noun of intent. "Voted on Monday to
    // strike from April 8": the infinitive has a date of its own, later than the verb's.
    const ofIntent =
      (INTENT.has(t.lemma) && (t.pos === 'VERB' || toks[i + 1]?.lower === 'to')) ||
      (scan.datedBefore && t.pos === 'VERB' && formOf(t) === 'past');
    if (
      ofIntent &&
      (t.pos === 'NOUN' || t.pos === 'VERB' || t.pos === 'ADJ') &&
      !(t.pos === 'VERB' && isModifier(toks, i))
    )
      return intent(scan, i, limit);
  }
  if (auxClass(t) && t.pos === 'AUX') return classifyGroup(scan, groupStart(toks, i), limit);
  if (t.pos !== 'VERB') return undefined;
  const p = prevWord(toks, i, true);
  if (p >= 0 && toks[p]!.lower === 'to') return undefined; // an infinitive: its governing verb is further out
  const gs = groupStart(toks, i);
  if (gs < i) return classifyGroup(scan, gs, limit);
  return classifyMain(scan, i, formOf(t));
}

const SCAN_LIMIT = 40;

function scanLeft(scan: Scan): Tense | null {
  const { toks } = scan;
  for (let i = scan.exprFirst - 1, steps = 0; i >= 0 && steps < SCAN_LIMIT; i--, steps++) {
    if (clauseBoundary(toks, i)) return null;
    const t = toks[i]!;
    if (!isWord(t)) continue;
    if (t.lower === 'to' && toks[i + 1]?.pos === 'VERB') {
      if (scan.infinitive < 0) scan.infinitive = i + 1;
      continue;
    }
    if (scan.infinitive >= 0 && scan.dated(i)) scan.datedBefore = true;
    const found = verbGroupAt(scan, i, scan.exprFirst);
    if (found) return found;
  }
  return null;
}

function scanRight(scan: Scan): Tense | null {
  const { toks } = scan;
  scan.infinitive = -1;
  scan.datedBefore = false;
  let i = scan.exprLast + 1;
  while (toks[i]?.text === ',') i++;
  for (let steps = 0; i < toks.length && steps < SCAN_LIMIT; i++, steps++) {
    const t = toks[i]!;
    // Skip a non-restrictive relative clause: "On Saturday, Liu, who was appointed in March, is leading…"
    if ((t.lower === 'who' || t.lower === 'which') && toks[i - 1]?.text === ',') {
      let j = i + 1;
      while (j < toks.length && toks[j]!.text !== ',' && !clauseBoundary(toks, j)) j++;
      if (toks[j]?.text !== ',') return null;
      i = j;
      continue;
    }
    if (clauseBoundary(toks, i)) return null;
    if (!isWord(t)) continue;
    const found = verbGroupAt(scan, i, toks.length);
    if (found) return found;
  }
  return null;
}

/**
 * The tense that governs the expression at `start..end` of a sentence, from the sentence's tokens (offsets
 * relative to the sentence). `lead` is the preposition that opens the expression, if any; `dated` says whether
 * an offset lies in another date expression of the sentence.
 */
export function tenseAt(
  text: string,
  toks: readonly Token[],
  expression: { start: number; end: number; lead: string },
  dated: (offset: number) => boolean = () => false,
): Tense {
  const exprFirst = tokenAt(toks, expression.start);
  let exprLast = exprFirst;
  while (exprLast + 1 < toks.length && toks[exprLast + 1]!.start < expression.end) exprLast++;
  const scan: Scan = {
    toks,
    text,
    exprFirst,
    exprLast,
    lead: expression.lead,
    infinitive: -1,
    datedBefore: false,
    dated: (i) => dated(toks[i]!.start),
  };
  return scanLeft(scan) ?? scanRight(scan) ?? NO_TENSE;
}
