/**
 * The clause of a sentence that a date phrase dates, when the sentence joins several: "Harbour Tramways extended
 * the line in 1979 and survived a council vote to close it in 1989" dates two events, "Harbour Tramways extended
 * the line" and "Harbour Tramways survived a council vote to close it"; "fifty years after the line opened in
 * 1973" dates "the line opened". Read from the tagged tokens: "and"/"but" between two clauses with finite verbs,
 * and a subordinating conjunction ("after", "when", "because") that opens a clause with its own subject and verb.
 */
import type { Token } from './tokens.ts';

/** Token indices (inclusive) of the clause, and of the subject it shares with the first clause, if it lacks one. */
export interface DateClause {
  first: number;
  last: number;
  subject?: { first: number; last: number };
}

const SUBORDINATORS = /^(?:after|before|when|while|because|although|though|since|until|once|whereas)$/;

/** Whether token `i` is a finite verb: a verb or auxiliary that is not a participle or an infinitive. */
function finite(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.pos !== 'VERB' && t.pos !== 'AUX') return false;
  return !/ing$/.test(t.lower) && tokens[i - 1]?.lower !== 'to';
}

function hasFinite(tokens: readonly Token[], first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (finite(tokens, i)) return true;
  return false;
}

/**
 * The clause that holds the date phrase at tokens `date.first..date.last`, from `start` (after any dateline) to the
 * sentence's end; undefined when the date's clause is the whole sentence.
 */
export function dateClause(
  tokens: readonly Token[],
  date: { first: number; last: number },
  start: number,
): DateClause | undefined {
  const end = tokens.length - 1;
  // Coordinated clauses: "X did A in 1979 and did B in 1989", "A happened in 1997, and B happened in 2008".
  const cuts: number[] = [];
  let from = start;
  for (let i = start + 1; i < end; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'CCONJ' || !/^(?:and|but)$/.test(t.lower)) continue;
    if (i > date.first && i < date.last) continue;
    if (hasFinite(tokens, from, i - 1) && hasFinite(tokens, i + 1, nextCut(tokens, i + 1, end))) {
      cuts.push(i);
      from = i + 1;
    }
  }
  if (cuts.length === 0) return subordinate(tokens, date, start, end);
  const bounds = [start - 1, ...cuts, end + 1];
  const k = bounds.findIndex((b, n) => n > 0 && date.first < b) - 1;
  const first = bounds[k]! + 1;
  let last = bounds[k + 1]! - 1;
  while (last > first && /^[,;]$/.test(tokens[last]!.text)) last--;
  const inner = subordinate(tokens, date, first, last);
  if (inner) return inner;
  // "… and survived a vote": a clause that opens with its verb shares the first clause's subject.
  let subject: DateClause['subject'];
  if (k > 0 && (tokens[first]!.pos === 'VERB' || tokens[first]!.pos === 'AUX' || tokens[first]!.pos === 'ADV')) {
    let verb = start;
    while (verb < cuts[0]! && !finite(tokens, verb)) verb++;
    while (verb - 1 >= start && tokens[verb - 1]!.pos === 'AUX') verb--;
    if (verb > start) subject = { first: start, last: verb - 1 };
  }
  return { first, last, ...(subject ? { subject } : {}) };
}

/** The end of the clause that starts at `from`: before the next "and"/"but", or the sentence's end. */
function nextCut(tokens: readonly Token[], from: number, end: number): number {
  for (let i = from; i <= end; i++) if (tokens[i]!.pos === 'CCONJ') return i - 1;
  return end;
}

/** "… fifty years after the line opened in 1973": a subordinate clause with its own subject and verb. */
function subordinate(
  tokens: readonly Token[],
  date: { first: number; last: number },
  first: number,
  last: number,
): DateClause | undefined {
  for (let s = date.first - 1; s > first; s--) {
    const t = tokens[s]!;
    if (/^[,;:]$/.test(t.text)) return undefined;
    if (!SUBORDINATORS.test(t.lower) || (t.pos !== 'SCONJ' && t.pos !== 'ADP')) continue;
    // Its own subject: a noun phrase before a finite verb that comes before the date.
    let verb = s + 1;
    while (verb < date.first && !finite(tokens, verb)) verb++;
    if (verb >= date.first || verb === s + 1) return undefined;
    if (!tokens.slice(s + 1, verb).some((w) => /^(?:NOUN|PROPN|PRON)$/.test(w.pos))) return undefined;
    let end = date.last + 1;
    while (end <= last && !/^[,;:.]$/.test(tokens[end]!.text)) end++;
    // "a week after a storm closed it": a clause that needs the main one to say what "it" is stays in it.
    if (
      tokens
        .slice(s + 1, end)
        .some((w) => w.pos === 'PRON' && /^(?:it|they|them|he|she|him|her|this|that)$/.test(w.lower))
    )
      return undefined;
    return { first: s + 1, last: end - 1 };
  }
  return undefined;
}
