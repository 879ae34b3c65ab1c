/** Shared helpers for the engine's tests: a copy given as paragraphs, analysed as of Friday 15 March 2024. */
import { analyze, type AnalyzeInput } from '../../../src/analysis/index.ts';

/** The analysis of paragraphs `texts` (ids p-0, p-1, …), with no registry unless `options` gives one. */
export function analysed(texts: readonly string[], options: Partial<AnalyzeInput> = {}) {
  const paragraphs = texts.map((text, i) => ({ id: `p-${i}`, text }));
  return analyze({ paragraphs, published: '2024-03-15', registry: [], ...options });
}

/** The speaker of each quotation, by name; null when none is given. */
export function speakers(...texts: string[]): (string | null)[] {
  return analysed(texts).quotes.map((q) => q.speaker?.name ?? null);
}

/** Each entity as "name: kind", sorted. */
export function kinds(...texts: string[]): string[] {
  return analysed(texts)
    .entities.map((e) => `${e.name}: ${e.kind}`)
    .sort();
}
