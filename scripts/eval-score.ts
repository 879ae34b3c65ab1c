import type { Analysis } from '../src/schemas/analysis.ts';

/** Hand-written expectations for one copy (`expected.json`). */
export interface Expected {
  published: string;
  entities: ({ id: string } | { name: string; kind: string })[];
  quotes: { text: string; speaker: string | { name: string; affiliation: string | null } | null; channel?: string }[];
  dates: { phrase: string; start: string; end: string; precision: string }[];
}

/** True and false positives and false negatives of one category. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Precision, recall and F1 of counts (1 where there was nothing to find and nothing was found). */
export function scores({ tp, fp, fn }: Counts): { precision: number; recall: number; f1: number } {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Adds counts up. */
export function add(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

const norm = (text: string) => text.trim().replace(/,$/, '').trim().toLowerCase();
const bare = (name: string) => norm(name).replace(/^(?:a|an|the)\s+/, '');
const contains = (a: string, b: string) => a.includes(b) || b.includes(a);

/** Counts greedy one-to-one matches between expected and found items. */
function matchCounts<E, F>(
  expected: readonly E[],
  found: readonly F[],
  same: (e: E, f: F) => boolean,
): Counts & { pairs: [E, F][] } {
  const left = [...found];
  const pairs: [E, F][] = [];
  for (const e of expected) {
    const i = left.findIndex((f) => same(e, f));
    if (i !== -1) pairs.push([e, left.splice(i, 1)[0]!]);
  }
  return { tp: pairs.length, fp: left.length, fn: expected.length - pairs.length, pairs };
}

/** Scores one analysis against its expectations, per category. */
export function evaluate(
  expected: Expected,
  analysis: Analysis,
): Record<'entities' | 'quotes' | 'speakers' | 'dates', Counts> {
  const entities = matchCounts(expected.entities, analysis.entities, (e, f) =>
    'id' in e ? f.registered && f.id === e.id : !f.registered && contains(norm(f.name), norm(e.name)),
  );
  const quotes = matchCounts(expected.quotes, analysis.quotes, (e, f) => norm(e.text) === norm(f.text));
  const speakerRight = (e: Expected['quotes'][number], f: Analysis['quotes'][number]) =>
    typeof e.speaker === 'string'
      ? f.speaker?.entity === e.speaker
      : e.speaker !== null && f.speaker !== null && contains(bare(f.speaker.name), bare(e.speaker.name));
  const correct = quotes.pairs.filter(([e, f]) => speakerRight(e, f)).length;
  const attributed = quotes.pairs.filter(([, f]) => f.speaker !== null).length;
  const speakers = {
    tp: correct,
    fp: attributed - correct,
    fn: expected.quotes.filter((q) => q.speaker !== null).length - correct,
  };
  const dates = matchCounts(
    expected.dates,
    analysis.dates,
    (e, f) =>
      contains(norm(e.phrase), norm(f.phrase)) &&
      e.precision === f.precision &&
      (e.precision === 'vague' || (e.start === f.start && e.end === f.end)),
  );
  const strip = ({ tp, fp, fn }: Counts) => ({ tp, fp, fn });
  return { entities: strip(entities), quotes: strip(quotes), speakers, dates: strip(dates) };
}
