import { diffArrays } from 'diff';
import type { WordChange } from '../../schemas/comparison.ts';
import { isContentWord, type Word } from './words.ts';

/** One run of a word diff: words of the reading (`same`, `inserted`) or of the reference (`dropped`). */
export interface DiffRun {
  kind: 'same' | 'inserted' | 'dropped';
  /** Indexes into the reading's words (`same`, `inserted`) or the reference's (`dropped`). */
  words: number[];
}

/** How a reading words the part of the reference it covers. */
export interface WordingDiff {
  /** The reference words it covers, `[start, end)`; outside it, the reference is not this reading's business. */
  window: { start: number; end: number };
  runs: DiffRun[];
  /** Words only in the reading, not part of a change. */
  inserted: string[];
  /** Words of the window only in the reference, not part of a change. */
  dropped: string[];
  /** A dropped run and an inserted run at the same place. */
  changed: WordChange[];
}

/** A run of words both sides share, at `ref` in the reference and `read` in the reading. */
interface Match {
  ref: number;
  read: number;
  count: number;
}

/** The word diff of two word lists (jsdiff's Myers diff over their comparison forms). */
function matches(reference: readonly Word[], reading: readonly Word[]): Match[] {
  const found: Match[] = [];
  let ref = 0;
  let read = 0;
  for (const change of diffArrays(
    reference.map((w) => w.norm),
    reading.map((w) => w.norm),
  )) {
    const count = change.value.length;
    if (change.added) read += count;
    else if (change.removed) ref += count;
    else {
      found.push({ ref, read, count });
      ref += count;
      read += count;
    }
  }
  return found;
}

/** How many content words two word lists share over their word diff: how alike two quotes are. */
export function sharedContentWords(a: readonly Word[], b: readonly Word[]): number {
  let shared = 0;
  for (const match of matches(a, b)) {
    for (let i = 0; i < match.count; i++) if (isContentWord(a[match.ref + i]!.norm)) shared++;
  }
  return shared;
}

// A run of shared words at one end is dropped from the window when more than this many reference words,
// and more than the run itself, cut it off from the rest: it matched words of another sentence.
const CUT_OFF = 3;

/** The reference words a reading covers: its shared runs, without end runs that another sentence lent it. */
function coveredWindow(reference: readonly Word[], reading: readonly Word[]): { start: number; end: number } {
  const runs = matches(reference, reading);
  if (runs.length === 0) return { start: 0, end: 0 };
  const cutOff = (a: Match, b: Match, end: Match) => {
    const refGap = b.ref - (a.ref + a.count);
    const readGap = b.read - (a.read + a.count);
    return refGap > CUT_OFF && refGap > end.count && refGap > readGap;
  };
  for (;;) {
    if (runs.length >= 2 && cutOff(runs[0]!, runs[1]!, runs[0]!)) runs.shift();
    else if (runs.length >= 2 && cutOff(runs.at(-2)!, runs.at(-1)!, runs.at(-1)!)) runs.pop();
    else break;
  }
  const first = runs[0]!;
  const last = runs.at(-1)!;
  let start = first.ref;
  let end = last.ref + last.count;
  let readStart = first.read;
  let readEnd = last.read + last.count;
  // The diff may have matched a repeated word in the wrong place; take back reference words that the
  // reading's own unmatched ends repeat exactly.
  while (start > 0 && readStart > 0 && reference[start - 1]!.norm === reading[readStart - 1]!.norm) {
    start--;
    readStart--;
  }
  while (end < reference.length && readEnd < reading.length && reference[end]!.norm === reading[readEnd]!.norm) {
    end++;
    readEnd++;
  }
  // Both end differently ("wants peace in the region" / "wants to end this war"): a changed end, when the
  // reference's rest is not much longer than the reading's (else the reading quotes only part of it).
  if (readStart > 0 && start > 0 && start <= 2 * readStart + 1) start = 0;
  const readRest = reading.length - readEnd;
  if (readRest > 0 && end < reference.length && reference.length - end <= 2 * readRest + 1) end = reference.length;
  return { start, end };
}

/**
 * Compares a reading of a quote with the row's reference wording over the part of the reference it
 * covers: its inserted, dropped and changed words, and the runs to mark up.
 */
export function compareWording(reading: readonly Word[], reference: readonly Word[]): WordingDiff {
  const window = coveredWindow(reference, reading);
  const covered = reference.slice(window.start, window.end);
  const runs: DiffRun[] = [];
  let read = 0;
  let ref = window.start;
  for (const change of diffArrays(
    covered.map((w) => w.norm),
    reading.map((w) => w.norm),
  )) {
    const count = change.value.length;
    const kind = change.added ? 'inserted' : change.removed ? 'dropped' : 'same';
    const from = kind === 'dropped' ? ref : read;
    runs.push({ kind, words: Array.from({ length: count }, (_, i) => from + i) });
    if (kind !== 'inserted') ref += count;
    if (kind !== 'dropped') read += count;
  }
  return { window, runs, ...classify(runs, reading, reference) };
}

/** Inserted and dropped words, with each dropped run next to an inserted run counted as one change. */
function classify(
  runs: readonly DiffRun[],
  reading: readonly Word[],
  reference: readonly Word[],
): Pick<WordingDiff, 'inserted' | 'dropped' | 'changed'> {
  const inserted: string[] = [];
  const dropped: string[] = [];
  const changed: WordChange[] = [];
  const norms = (run: DiffRun) => run.words.map((i) => (run.kind === 'dropped' ? reference : reading)[i]!.norm);
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i]!;
    const next = runs[i + 1];
    if (run.kind !== 'same' && next && next.kind !== 'same' && next.kind !== run.kind) {
      const [drop, add] = run.kind === 'dropped' ? [run, next] : [next, run];
      changed.push({ from: norms(drop), to: norms(add) });
      i++;
    } else if (run.kind === 'inserted') inserted.push(...norms(run));
    else if (run.kind === 'dropped') dropped.push(...norms(run));
  }
  return { inserted, dropped, changed };
}
