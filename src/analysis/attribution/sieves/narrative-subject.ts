/**
 * Sieve: a quotation that stands as a sentence of its own, with no attribution, right after a sentence about one
 * person: "Price disagreed. “This budget abandons the town centre.”", "Asked whether she would resign, Berg
 * laughed. “Not a chance.”", or a paragraph of quotation after a paragraph that ends so. The person that sentence
 * is about speaks. The least precise sieve, so the last.
 */
import { findToken, tokenAt, type Token } from '../../tokens.ts';
import { hasQuotation } from '../clauses.ts';
import { subjectBefore } from '../noun-phrases.ts';
import { isFiniteSpeechVerb } from '../speech-verbs.ts';
import type { AttributionDoc, Finding, Sieve } from '../types.ts';
import { phrase } from './adjacent-verb.ts';

const PERSONAL = /^(?:he|she)$/;
const BE = /^(?:is|are|was|were|been|being|be)$/;

export const narrativeSubject: Sieve = (doc, index): Finding | undefined => {
  const site = doc.quotes[index]!;
  if (site.continues !== undefined || !standsAlone(doc, index)) return undefined;
  const p = doc.paragraphs[site.paragraph]!;
  const own = sentenceIndex(p.sentences, site.sentence.start);
  // The sentence before: in this paragraph, or the last of the paragraph before when that one quotes no one.
  let at = site.paragraph;
  let sentence = own > 0 ? p.sentences[own - 1] : undefined;
  if (!sentence) {
    at = site.paragraph - 1;
    if (at < 0 || hasQuotation(doc, at)) return undefined;
    sentence = doc.paragraphs[at]!.sentences.at(-1);
  }
  if (!sentence) return undefined;
  const { tokens, mentions } = doc.paragraphs[at]!;
  const inside = doc.inside[at]!;
  let first = tokenAt(tokens, sentence.start);
  const last = tokenAt(tokens, sentence.end) - 1;
  for (let i = first; i <= last; i++) if (inside[i]) return undefined;
  // "Asked whether she would resign, Berg laughed": the main clause comes after an opening participle's comma.
  if (/^(?:VERB|SCONJ|ADP)$/.test(tokens[first]?.pos ?? '')) {
    const comma = findToken(tokens, first + 1, last, (t) => t.text === ',');
    if (comma === -1) return undefined;
    first = comma + 1;
  }
  // "Alofa referred questions to Bates, who said it was too soon. “…”": the one whose words the sentence reports.
  const speech = findToken(tokens, first + 1, last, isFiniteSpeechVerb);
  const relative = speech > 1 && /^(?:who|which)$/.test(tokens[speech - 1]!.lower) && tokens[speech - 2]!.text === ',';
  const verb = speech !== -1 ? speech : findToken(tokens, first + 1, last, (t) => t.pos === 'VERB' || t.pos === 'AUX');
  if (verb === -1 || passive(tokens, verb)) return undefined;
  const np = relative ? subjectBefore(tokens, verb - 2, first) : subjectBefore(tokens, verb, first);
  if (!np || (np.first !== first && speech === -1)) return undefined;
  const person =
    (np.first === np.last && PERSONAL.test(tokens[np.first]!.lower)) ||
    mentions.some((m) => m.kind === 'person' && m.start >= tokens[np.first]!.start && m.end <= tokens[np.last]!.end);
  return person ? { phrase: phrase(at, np, { first: verb, last: verb }) } : undefined;
};

/** Index of the sentence that starts at `start` (sentences are sorted), or -1. */
function sentenceIndex(sentences: readonly { start: number }[], start: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!.start;
    if (s === start) return mid;
    if (s < start) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The quotation is its sentence: no words outside its marks there (scanned from the marks outward, so that a
 * run-on sentence costs only the distance to its nearest letter). */
function standsAlone(doc: AttributionDoc, index: number): boolean {
  const site = doc.quotes[index]!;
  const text = doc.paragraphs[site.paragraph]!.text;
  for (let i = site.open - 1; i >= site.sentence.start; i--) if (/\p{L}/u.test(text[i]!)) return false;
  for (let i = site.close + 1; i < site.sentence.end; i++) if (/\p{L}/u.test(text[i]!)) return false;
  return true;
}

/** "Smith was arrested": the subject of a passive did not act, so says nothing here. */
function passive(tokens: readonly Token[], verb: number): boolean {
  const next = tokens[verb + 1];
  return BE.test(tokens[verb]!.lower) && next?.pos === 'VERB' && /(?:ed|en|wn)$/.test(next.lower);
}
