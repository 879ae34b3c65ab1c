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
  const first = tokenAt(tokens, site.close + 1);
  let last = tokenAt(tokens, ceiling) - 1;
  while (last >= first && tokens[last]!.start >= ceiling) last--;
  return { first, last };
}

function previousClose(doc: AttributionDoc, index: number): number {
  const site = doc.quotes[index]!;
  const previous = doc.quotes[index - 1];
  return previous && previous.paragraph === site.paragraph ? previous.close + 1 : 0;
}

/** The paragraph's tokens outside any quotation: whether one of them passes `test`. */
export function outsideQuotes(
  doc: AttributionDoc,
  paragraph: number,
  test: (tokenIndex: number) => boolean,
): boolean {
  const { tokens } = doc.paragraphs[paragraph]!;
  const inside = doc.quotes.filter((q) => q.paragraph === paragraph);
  for (let i = 0; i < tokens.length; i++) {
    const at = tokens[i]!.start;
    if (inside.some((q) => at >= q.open && at <= q.close)) continue;
    if (test(i)) return true;
  }
  return false;
}
