/**
 * Where an event summary may end: clause boundaries first (before ", which", "and" + verb, "after" + clause, a
 * purpose "to", "by holding", a closing ", officials said"), then, when no whole clause fits, before an adjunct
 * phrase ("in a cyberattack on…"). A summary never ends inside a phrase.
 */
import type { Token } from './tokens.ts';
import { SUBORDINATORS } from './dates/clauses.ts';
import { INTENT, REPORTING } from './dates/verb-classes.ts';

/** A kept token of the sentence, or a word put in for it ("the" for "last Friday's"). */
export interface Piece {
  /** Index of the token in the sentence. */
  index: number;
  text: string;
}

const CLAUSE_AFTER_COMMA = new Set([
  ...SUBORDINATORS,
  ...['and', 'but', 'or', 'as', 'according', 'including', 'after', 'before', 'following', 'amid', 'despite'],
]);
/** Words that open a verb's complement ("said that…", "will decide whether…"): no clause ends before them. */
const COMPLEMENTS = new Set(['that', 'whether']);
/** Nouns and adverbs that make "after" part of a date phrase ("days after", "shortly after"), not a clause's start. */
const COUNTS_TIME = new Set([
  'hour',
  'day',
  'week',
  'month',
  'year',
  'decade',
  'shortly',
  'soon',
  'long',
  'just',
  'right',
]);
const CLAUSE_OPENERS = new Set(['after', 'before', 'since', 'until', 'till', 'once', 'because', 'as']);
const ADJUNCTS = new Set(
  'in on at for with from after before during under over amid against since into through across near outside inside until despite following including without via'.split(
    ' ',
  ),
);
const ENDS_PHRASE = new Set(['NOUN', 'PROPN', 'NUM', 'VERB', 'ADV', 'PRON']);
const CLOSING = new Set(['”', '’', ')', '"']);

type At = (k: number) => Token | undefined;

/** Whether a clause (a verb before the next punctuation or subordinator) starts at piece k. */
function clauseAt(at: At, k: number): boolean {
  for (let j = k; j < k + 7; j++) {
    const t = at(j);
    if (!t || t.pos === 'PUNCT' || (j > k && SUBORDINATORS.has(t.lower))) return false;
    if (t.pos === 'VERB' || t.pos === 'AUX') return true;
  }
  return false;
}

/** ", officials said." at the end: the attribution, which the event keeps as its source. */
function reportingTail(at: At, k: number, length: number): boolean {
  if (length - k > 9) return false;
  for (let j = k + 1; j < length; j++) if (REPORTING.has(at(j)!.lemma) && at(j)!.pos === 'VERB') return true;
  return false;
}

/** ", days before a board meeting": a counted time phrase after the comma. */
function countedAhead(at: At, k: number): boolean {
  for (let j = k; j < k + 4 && at(j); j++)
    if (['after', 'before', 'later', 'earlier'].includes(at(j)!.lower)) return true;
  return false;
}

/** "agreed on Monday to extend": the infinitive completes a verb of intent, so no clause ends before it. */
function intentBefore(at: At, k: number): boolean {
  for (let j = k - 1; j >= 0; j--) {
    const t = at(j)!;
    if (t.pos === 'VERB' || t.pos === 'AUX') return INTENT.has(t.lemma);
  }
  return false;
}

function hasVerb(at: At, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (at(j)!.pos === 'VERB' || at(j)!.pos === 'AUX') return true;
  return false;
}

/** Whether a verb follows from piece k on (adverbs and auxiliaries skipped): "and likely established". */
function verbAhead(at: At, k: number): boolean {
  for (let j = k; at(j); j++) {
    const t = at(j)!;
    if (t.pos === 'VERB' || t.pos === 'AUX') return true;
    if (t.pos !== 'ADV') return false;
  }
  return false;
}

/** Clause boundaries: before piece k, for each k returned. `joinsAt` is the token of a kept "only days after". */
function clauseEnds(pieces: readonly Piece[], at: At, joinsAt: number): number[] {
  const out: number[] = [];
  for (let k = 1; k < pieces.length; k++) {
    const t = at(k)!;
    const next = at(k + 1);
    const prev = at(k - 1)!;
    const comma = t.text === ',' && next;
    if (comma && (CLAUSE_AFTER_COMMA.has(next.lower) || (next.pos === 'VERB' && next.lower.endsWith('ing'))))
      out.push(k);
    else if (comma && (reportingTail(at, k, pieces.length) || countedAhead(at, k + 1))) out.push(k);
    else if ([';', ':', '—', '–', '('].includes(t.text)) out.push(k);
    // "a board meeting at which…": the preposition goes with the relative clause.
    else if (SUBORDINATORS.has(t.lower) && !COMPLEMENTS.has(t.lower) && prev.text !== ',')
      out.push(prev.pos === 'ADP' ? k - 1 : k);
    else if (CLAUSE_OPENERS.has(t.lower) && prev.text !== ',' && !COUNTS_TIME.has(prev.lemma) && clauseAt(at, k + 1))
      out.push(k);
    else if ((t.lower === 'and' || t.lower === 'but') && (verbAhead(at, k + 1) || SUBORDINATORS.has(next?.lower ?? '')))
      out.push(k);
    else if (
      t.lower === 'to' &&
      next?.pos === 'VERB' &&
      ['NOUN', 'PROPN', 'NUM', 'ADV'].includes(prev.pos) &&
      !intentBefore(at, k)
    )
      out.push(k);
    else if (t.lower === 'by' && next?.pos === 'VERB' && next.lower.endsWith('ing')) out.push(k);
    else if (pieces[k]!.index === joinsAt) out.push(k);
  }
  return out;
}

/** Whether the verb before piece k still waits for its complement ("said in a statement | that…"). */
function needsMore(at: At, k: number): boolean {
  for (let j = k - 1; j >= 0; j--) {
    const t = at(j)!;
    if (t.pos === 'VERB' || t.pos === 'AUX') return REPORTING.has(t.lemma) || INTENT.has(t.lemma);
  }
  return false;
}

/** Phrase boundaries: before an adjunct ("… had been exposed | in a cyberattack"). */
function adjunctEnds(pieces: readonly Piece[], at: At): number[] {
  const out: number[] = [];
  for (let k = 1; k < pieces.length; k++) {
    const t = at(k)!;
    const prev = at(k - 1)!;
    if (
      t.pos === 'ADP' &&
      ADJUNCTS.has(t.lower) &&
      !needsMore(at, k) &&
      (ENDS_PHRASE.has(prev.pos) || CLOSING.has(prev.text))
    )
      out.push(k);
  }
  return out;
}

/**
 * Without the asides that can go whole: a relative clause between commas before the verb ("Tomás Fuentes, who
 * leads the council in Peine, said…"), an appositive after a name, and words in brackets ("(GRSA)").
 */
function withoutAsides(pieces: readonly Piece[], at: At): Piece[] {
  const drop = new Set<number>();
  for (let k = 1; k < pieces.length - 1; k++) {
    if (at(k)!.text === '(') {
      let close = k + 1;
      while (close < pieces.length && at(close)!.text !== ')') close++;
      if (close < pieces.length) for (let j = k; j <= close; j++) drop.add(j);
      continue;
    }
    if (at(k)!.text !== ',') continue;
    let close = k + 1;
    // To the next comma; a hyphen inside a word ("second-largest") is not one.
    while (close < pieces.length && (at(close)!.pos !== 'PUNCT' || at(close)!.text === '-')) close++;
    if (at(close)?.text !== ',') continue;
    const opener = at(k + 1)!;
    if (['who', 'which', 'whose', 'where'].includes(opener.lower) && verbAhead(at, close + 1))
      for (let j = k; j <= close; j++) drop.add(j);
    // "Andes Lithium, the country's second-largest producer of the battery metal, …": an appositive noun phrase.
    else if (at(k - 1)!.pos === 'PROPN' && opener.pos === 'DET' && !hasVerb(at, k + 1, close))
      for (let j = k; j < close; j++) drop.add(j);
  }
  return pieces.filter((_, k) => !drop.has(k));
}

/** Where `run` may end (before piece k, for each k): clause ends, and adjunct ends when asked. */
function endsOf(run: readonly Piece[], tokens: readonly Token[], joinsAt: number, adjuncts: boolean): number[] {
  const at: At = (k) => (run[k] ? tokens[run[k]!.index] : undefined);
  const firstVerb = run.findIndex((p) => tokens[p.index]!.pos === 'VERB' || tokens[p.index]!.pos === 'AUX');
  const ends = [...clauseEnds(run, at, joinsAt), ...(adjuncts ? adjunctEnds(run, at) : [])];
  // A summary holds the verb of its clause: no cut before it.
  return ends.filter((k) => firstVerb >= 0 && k > firstVerb);
}

/**
 * The longest run of whole clauses within the first limit; failing that, the same without its asides, then
 * the longest run that ends before an adjunct; then all of it again within the next limit; failing all, the
 * first whole clause, however long. `lengths(run)[k]` is the rendered length of the first k pieces of a run.
 */
export function shorten(
  pieces: readonly Piece[],
  tokens: readonly Token[],
  lengths: (run: readonly Piece[]) => number[],
  limits: readonly number[],
  joinsAt: number,
): Piece[] {
  const whole = lengths(pieces);
  if (whole[pieces.length]! <= limits[0]!) return [...pieces];
  const at: At = (k) => (pieces[k] ? tokens[pieces[k]!.index] : undefined);
  const clauses = endsOf(pieces, tokens, joinsAt, false);
  // Each plan is worked out only if the ones before it found nothing.
  let asides: Piece[] | undefined;
  const plan = (i: number): { run: readonly Piece[]; sizes: number[]; ends: number[] } => {
    if (i === 0) return { run: pieces, sizes: whole, ends: clauses };
    if (i === 3) return { run: pieces, sizes: whole, ends: endsOf(pieces, tokens, joinsAt, true) };
    asides ??= withoutAsides(pieces, at);
    return { run: asides, sizes: lengths(asides), ends: endsOf(asides, tokens, joinsAt, i === 2) };
  };
  for (const limit of limits) {
    for (let i = 0; i < 4; i++) {
      const { run, sizes, ends } = plan(i);
      if (sizes[run.length]! <= limit) return [...run];
      const best = Math.max(-1, ...ends.filter((k) => sizes[k]! <= limit));
      if (best > 0) return run.slice(0, best);
    }
  }
  return clauses.length > 0 ? pieces.slice(0, Math.min(...clauses)) : [...pieces];
}
