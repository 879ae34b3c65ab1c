/**
 * The words around a quotation that can attribute it: the tokens of its sentence before the opening mark (back
 * to the previous quotation's closing mark) and after the closing mark (up to the next quotation's opening mark).
 */
import { tokenAt } from '../tokens.ts';
import type { AttributionDoc } from './types.ts';

/** Token indices `first..last` (inclusive); empty when `last < first`. */
export interface TokenRange {
  first: number;
  last: number;
}

/** The tokens before quote `index`'s opening mark, inside its sentence and after any earlier quote there. */
export function before(doc: AttributionDoc, index: number): TokenRange {
  const site = doc.quotes[index]!;
  const { tokens } = doc.paragraphs[site.paragraph]!;
  const floor = Math.max(site.sentence.start, previousClose(doc, index));
  return { first: tokenAt(tokens, floor), last: tokenAt(tokens, site.open) - 1 };
}

/** The tokens after quote `index`'s closing mark, inside its sentence and before any later quote there. */
export function after(doc: AttributionDoc, index: number): TokenRange {
  const site = doc.quotes[index]!;
  const { tokens, text, sentences } = doc.paragraphs[site.paragraph]!;
  const next = doc.quotes[index + 1];
  const nextOpen = next && next.paragraph === site.paragraph ? next.open : text.length;
  // A quotation of several sentences is attributed in the sentence its closing mark ends ("“A. B,” he said.").
  const closing = sentences.find((s) => s.start <= site.close && site.close < s.end) ?? site.sentence;
  const ceiling = Math.min(closing.end, nextOpen);
  let first = tokenAt(tokens, site.close + 1);
  // "…,’’ said Smith": the second half of a closing mark some sites print doubled.
  while (/^[’'”"]+$/.test(tokens[first]?.text ?? '')) first++;
  let last = tokenAt(tokens, ceiling) - 1;
  while (last >= first && tokens[last]!.start >= ceiling) last--;
  return { first, last };
}

function previousClose(doc: AttributionDoc, index: number): number {
  const site = doc.quotes[index]!;
  const previous = doc.quotes[index - 1];
  return previous && previous.paragraph === site.paragraph ? previous.close + 1 : 0;
}

const quotedParagraphs = new WeakMap<AttributionDoc, ReadonlySet<number>>();

/** Whether paragraph `paragraph` holds a quotation (the set is worked out once per document). */
export function hasQuotation(doc: AttributionDoc, paragraph: number): boolean {
  let set = quotedParagraphs.get(doc);
  if (!set) {
    set = new Set(doc.quotes.map((q) => q.paragraph));
    quotedParagraphs.set(doc, set);
  }
  return set.has(paragraph);
}

/** Whether a token of `range` outside every quotation passes `test`. */
export function outsideQuotes(
  doc: AttributionDoc,
  paragraph: number,
  range: TokenRange,
  test: (tokenIndex: number) => boolean,
): boolean {
  const inside = doc.inside[paragraph]!;
  for (let i = range.first; i <= range.last; i++) if (!inside[i] && test(i)) return true;
  return false;
}

/** Marks, per paragraph, the tokens that lie inside a quotation: built once, so that sieves stay linear. */
export function insideQuotations(
  paragraphs: readonly { tokens: readonly { start: number }[] }[],
  quotes: readonly { paragraph: number; open: number; close: number }[],
): Uint8Array[] {
  const inside = paragraphs.map((p) => new Uint8Array(p.tokens.length));
  for (const q of quotes) {
    const tokens = paragraphs[q.paragraph]!.tokens;
    for (let i = tokenAt(tokens as never, q.open); i < tokens.length && tokens[i]!.start <= q.close; i++)
      inside[q.paragraph]![i] = 1;
  }
  return inside;
}
