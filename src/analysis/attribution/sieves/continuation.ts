/**
 * Sieve: a quotation that goes on from another keeps its speaker.
 * - A quotation over paragraphs: the next paragraph opens with a quotation mark (or, as some sites print it, a
 *   closing one) while the last one was left open.
 * - A later quotation in the same paragraph with no attribution of its own: "“A,” he said. “B.”"
 * - A paragraph that is only a quotation, right after a paragraph whose last quotation has a speaker.
 */
import type { Speaker } from '../../../schemas/analysis.ts';
import { outsideQuotes } from '../clauses.ts';
import { isSpeechVerb } from '../speech-verbs.ts';
import type { AttributionDoc, Finding, Sieve } from '../types.ts';

export const continuation: Sieve = (doc, index, settled): Finding | undefined => {
  const site = doc.quotes[index]!;
  if (site.continues !== undefined) return { sameAs: site.continues, why: 'it goes on from the quotation before it' };
  const paragraph = doc.paragraphs[site.paragraph]!;
  const speaksHere = outsideQuotes(doc, site.paragraph, (i) => isSpeechVerb(paragraph.tokens[i]));
  const earlier = lastSpoken(doc, settled, index, (q) => q.paragraph === site.paragraph);
  if (earlier !== undefined && !speaksInSentence(doc, index)) return { sameAs: earlier, why: 'the quotation before it in the paragraph' };
  const opensParagraph = paragraph.text.slice(0, site.open).trim() === '';
  if (!opensParagraph || speaksHere) return undefined;
  const previous = lastSpoken(doc, settled, index, (q) => q.paragraph === site.paragraph - 1);
  // Only when the previous paragraph's last quotation is the last thing it says: a paragraph that moved on
  // ("…,” she said. The council disagreed.") hands on nothing.
  if (previous === undefined || index - 1 !== previous) return undefined;
  return { sameAs: previous, why: 'a paragraph of quotation right after one by the same speaker' };
};

/** The last quote before `index` that matches and has a speaker. */
function lastSpoken(
  doc: AttributionDoc,
  settled: readonly (Speaker | null)[],
  index: number,
  where: (q: AttributionDoc['quotes'][number]) => boolean,
): number | undefined {
  for (let i = index - 1; i >= 0; i--) {
    const q = doc.quotes[i]!;
    if (!where(q)) continue;
    if (settled[i]) return i;
  }
  return undefined;
}

/** Whether the quote's own sentence has a speech verb outside the quotation. */
function speaksInSentence(doc: AttributionDoc, index: number): boolean {
  const site = doc.quotes[index]!;
  const p = doc.paragraphs[site.paragraph]!;
  return outsideQuotes(doc, site.paragraph, (i) => {
    const t = p.tokens[i]!;
    return t.start >= site.sentence.start && t.start < site.sentence.end && isSpeechVerb(t);
  });
}
