import type { WordingSegment } from '../../schemas/comparison.ts';
import type { DiffRun } from './word-diff.ts';
import type { Word } from './words.ts';

/** A quote's text and its words. */
export interface WordedText {
  text: string;
  words: readonly Word[];
}

/**
 * The runs of a word diff as text to mark up. `same` and `inserted` runs are slices of the reading's own
 * text (each with the punctuation and space that follow its words, the first with what precedes them), so
 * they join up to the reading verbatim; `dropped` runs are the reference's words. No runs: the whole text.
 */
export function wordingSegments(
  text: string,
  words: readonly Word[],
  runs: readonly DiffRun[],
  reference?: WordedText,
): WordingSegment[] {
  if (runs.length === 0 || words.length === 0) return text ? [{ kind: 'same', text }] : [];
  const segments: WordingSegment[] = [];
  const push = (kind: WordingSegment['kind'], slice: string) => {
    if (!slice) return;
    const last = segments.at(-1);
    if (last?.kind === kind) last.text += slice;
    else segments.push({ kind, text: slice });
  };
  for (const run of runs) {
    if (run.words.length === 0) continue;
    const first = run.words[0]!;
    const last = run.words.at(-1)!;
    if (run.kind === 'dropped') {
      const ref = reference!;
      push('dropped', ref.text.slice(ref.words[first]!.start, ref.words[last]!.end));
      continue;
    }
    const start = first === 0 ? 0 : words[first]!.start;
    const end = last === words.length - 1 ? text.length : words[last + 1]!.start;
    push(run.kind, text.slice(start, end));
  }
  return segments;
}
