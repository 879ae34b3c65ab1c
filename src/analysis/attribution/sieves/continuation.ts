/**
 * Sieve: a quotation that goes on from another keeps its speaker.
 * - A quotation over paragraphs: the next paragraph opens with a quotation mark (or, as some sites print it, a
 *   closing one) while the last one was left open.
 * - A later quotation in the same paragraph with no attribution of its own: "“A,” he said. “B.”"
 * - A paragraph that is only a quotation, right after a paragraph whose last quotation has a speaker, or after one
 *   paragraph that quotes, names and reports no one else.
 */
import { hasQuotation, outsideQuotes } from '../clauses.ts';
import { tokenAt } from '../../tokens.ts';
import { isSpeechVerb } from '../speech-verbs.ts';
import type { Speaker } from '../../../schemas/analysis.ts';
import type { AttributionDoc, Finding, Sieve, SpeakerPhrase } from '../types.ts';
import { subjectBefore } from '../noun-phrases.ts';
import { phrase } from './adjacent-verb.ts';

export const continuation: Sieve = (doc, index, settled, lastSpoken): Finding | undefined => {
  const site = doc.quotes[index]!;
  if (site.continues !== undefined) return { sameAs: site.continues, why: 'it goes on from the quotation before it' };
  const paragraph = doc.paragraphs[site.paragraph]!;
  const speaksHere = speechOutsideQuotes(doc, site.paragraph);
  const last = lastSpoken === undefined ? undefined : doc.quotes[lastSpoken]!;
  if (last?.paragraph === site.paragraph && !speaksInSentence(doc, index))
    return { sameAs: lastSpoken!, why: 'the quotation before it in the paragraph' };
  const opensParagraph = /^[\s‘’“”"']*$/.test(paragraph.text.slice(0, site.open));
  if (!opensParagraph || speaksHere) return undefined;
  // Only when the previous paragraph's last quotation has the speaker: a paragraph that moved on ("…,” she
  // said. The council disagreed.") hands on nothing.
  if (lastSpoken !== undefined && lastSpoken === index - 1 && last!.paragraph === site.paragraph - 1)
    return { sameAs: lastSpoken, why: 'a paragraph of quotation right after one by the same speaker' };
  const reported = reportedBefore(doc, index);
  if (reported) return { phrase: reported };
  if (lastSpoken !== undefined && resumes(doc, index, lastSpoken, settled))
    return { sameAs: lastSpoken, why: 'a paragraph of quotation after a paragraph about the same speaker' };
  return undefined;
};

/**
 * "“…unwarranted.” / Draghi left open the door to more cuts. Other central banks have cut rates. / “We haven't
 * reached the zero bound.”": a paragraph of quotation resumes the last speaker when the one paragraph between
 * them quotes and names no one else, and does not report anyone's words.
 */
function resumes(
  doc: AttributionDoc,
  index: number,
  lastSpoken: number,
  settled: readonly (Speaker | null)[],
): boolean {
  const site = doc.quotes[index]!;
  const between = site.paragraph - 1;
  if (doc.quotes[lastSpoken]!.paragraph !== between - 1) return false;
  if (hasQuotation(doc, between) || speechOutsideQuotes(doc, between)) return false;
  const speaker = settled[lastSpoken];
  return doc.paragraphs[between]!.mentions.every((m) => m.kind !== 'person' || m.entity === speaker?.entity);
}

/**
 * "Fenz spokesman Riwai Grace said it had been a busy day. / “They've been really busy…”": a paragraph of
 * quotation right after a paragraph that ends by reporting someone's words goes on with that speaker.
 */
function reportedBefore(doc: AttributionDoc, index: number): SpeakerPhrase | undefined {
  const site = doc.quotes[index]!;
  const previous = doc.paragraphs[site.paragraph - 1];
  if (!previous || hasQuotation(doc, site.paragraph - 1)) return undefined;
  const sentence = previous.sentences.at(-1);
  if (!sentence) return undefined;
  const { tokens } = previous;
  const first = tokenAt(tokens, sentence.start);
  for (let v = first; v < tokens.length; v++) {
    if (!isSpeechVerb(tokens[v])) continue;
    const np = subjectBefore(tokens, v, first);
    return np ? phrase(site.paragraph - 1, np, { first, last: tokens.length - 1 }) : undefined;
  }
  return undefined;
}

const speaking = new WeakMap<AttributionDoc, Map<number, boolean>>();

/** Whether a paragraph has a speech verb outside its quotations (worked out once per paragraph). */
function speechOutsideQuotes(doc: AttributionDoc, paragraph: number): boolean {
  const known = speaking.get(doc) ?? new Map<number, boolean>();
  speaking.set(doc, known);
  let answer = known.get(paragraph);
  if (answer === undefined) {
    const { tokens } = doc.paragraphs[paragraph]!;
    answer = outsideQuotes(doc, paragraph, { first: 0, last: tokens.length - 1 }, (i) => isSpeechVerb(tokens[i]));
    known.set(paragraph, answer);
  }
  return answer;
}

/** Whether the quote's own sentence has a speech verb outside the quotation. */
function speaksInSentence(doc: AttributionDoc, index: number): boolean {
  const site = doc.quotes[index]!;
  const { tokens } = doc.paragraphs[site.paragraph]!;
  const range = { first: tokenAt(tokens, site.sentence.start), last: tokenAt(tokens, site.sentence.end) - 1 };
  return outsideQuotes(doc, site.paragraph, range, (i) => isSpeechVerb(tokens[i]));
}
