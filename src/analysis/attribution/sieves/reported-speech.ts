/**
 * Sieve: a quotation inside reported speech belongs to the subject of the verb that reports it. "The senator said
 * the bill would let agencies “spend without limit”", "Another resident, Rosa Mendel, called the situation “a slow
 * emergency”", "described the plan as “…”", "according to X", "X was quoted by a weekly magazine as saying “…”".
 */
import { before } from '../clauses.ts';
import { tokenAt } from '../../tokens.ts';
import { participleSubject, phraseAfter, subjectBefore } from '../noun-phrases.ts';
import { isReportingVerbAt } from '../speech-verbs.ts';
import type { AttributionDoc, Finding, Sieve, SpeakerPhrase } from '../types.ts';
import type { Token } from '../../tokens.ts';
import { phrase } from './adjacent-verb.ts';

/**
 * Verbs that report an act more than words ("the union would inform employers it was prepared to take action
 * “…”"): inside a sentence another verb reports, they never take its partial quotation from the outer speaker.
 */
const EMBEDDED = /^(?:inform|advise|remind|instruct|order|recommend|propose|remember|relate|read|wonder|question)$/;

/** How many tokens from the quotation a reporting verb or "according to" is looked for. */
const REACH = 60;

export const reportedSpeech: Sieve = (doc, index): Finding | undefined => {
  const found = quotedAs(doc, index) ?? reportingVerb(doc, index) ?? accordingTo(doc, index);
  return found ? { phrase: found } : undefined;
};

/**
 * The nearest reporting verb before the quotation in its sentence (earlier quotations of the sentence skipped:
 * "told Reuters the plan was “nearly complete” and would be filed “well before the deadline”"), and its subject.
 */
function reportingVerb(doc: AttributionDoc, index: number): SpeakerPhrase | undefined {
  const site = doc.quotes[index]!;
  const { tokens } = doc.paragraphs[site.paragraph]!;
  const inside = doc.inside[site.paragraph]!;
  const last = tokenAt(tokens, site.open) - 1;
  // A reporting verb governs words near it: a bounded look keeps a run-on paragraph linear.
  const range = { first: Math.max(tokenAt(tokens, site.sentence.start), last - REACH), last };
  for (let v = range.last; v >= range.first; v--) {
    const t = tokens[v]!;
    if (inside[v]) continue;
    if (/^[;:]$/.test(t.text)) return undefined;
    if (!isReportingVerbAt(tokens, v) || passive(tokens, v) || EMBEDDED.test(t.lemma)) continue;
    const clause = { first: range.first, last: range.last };
    // The verb's subject is never inside an earlier quotation: "“… we must think …,” Putin said, adding that
    // Russia has “never” refused" is Putin's, not the quotation's "we".
    let floor = v;
    while (floor - 1 >= range.first && !inside[floor - 1]) floor--;
    // "Harper welcomed the news, saying passengers would be 'relieved'": the main clause's subject says it (its
    // verb may come before an earlier quotation of the sentence, never inside one).
    const participle = participleSubject(tokens, v, range.first, inside);
    if (participle) return phrase(site.paragraph, participle, clause);
    // "Jones, who called the plan “a disaster”": the relative pronoun stands for the phrase before it.
    if (/^(?:who|which)$/.test(tokens[v - 1]?.lower ?? '') && tokens[v - 2]?.text === ',') {
      const np = subjectBefore(tokens, v - 2, floor) ?? subjectBefore(tokens, v - 1, floor);
      return np ? phrase(site.paragraph, np, clause) : undefined;
    }
    const np = subjectBefore(tokens, v, floor);
    return np ? phrase(site.paragraph, np, clause) : undefined;
  }
  return undefined;
}

/** "according to X" or "in the words of X" before or after the quotation in its sentence. */
function accordingTo(doc: AttributionDoc, index: number): SpeakerPhrase | undefined {
  const site = doc.quotes[index]!;
  const { tokens, sentences } = doc.paragraphs[site.paragraph]!;
  const closing = sentences.find((s) => s.start <= site.close && site.close < s.end) ?? site.sentence;
  const inside = doc.inside[site.paragraph]!;
  const last = Math.min(tokens.length - 2, tokenAt(tokens, closing.end), tokenAt(tokens, site.close) + REACH);
  for (let i = Math.max(tokenAt(tokens, site.sentence.start), tokenAt(tokens, site.open) - REACH); i < last; i++) {
    const t = tokens[i]!;
    if (inside[i]) continue;
    if (t.lower === 'according' && tokens[i + 1]!.lower === 'to') {
      const np = phraseAfter(tokens, i + 1, tokens.length - 1);
      return np ? phrase(site.paragraph, np, { first: i, last: np.last }) : undefined;
    }
    // "In the words of Jane Smith, “…”".
    if (t.lower === 'words' && tokens[i + 1]?.lower === 'of' && tokens[i - 1]?.lower === 'the') {
      const np = phraseAfter(tokens, i + 1, tokens.length - 1);
      return np ? phrase(site.paragraph, np, { first: i, last: np.last }) : undefined;
    }
  }
  return undefined;
}

/** "X was quoted by a weekly magazine as saying": X speaks, the magazine is the channel. */
function quotedAs(doc: AttributionDoc, index: number): SpeakerPhrase | undefined {
  const site = doc.quotes[index]!;
  const { tokens } = doc.paragraphs[site.paragraph]!;
  const range = before(doc, index);
  for (let v = range.last; v >= range.first; v--) {
    if (tokens[v]!.lower !== 'quoted' || !passive(tokens, v)) continue;
    const np = subjectBefore(tokens, v - 1, range.first);
    return np ? phrase(site.paragraph, np, { first: v, last: range.last }) : undefined;
  }
  return undefined;
}

/** "was described as", "has been called": a passive has no speaker in its subject. */
function passive(tokens: readonly Token[], verb: number): boolean {
  const aux = tokens[verb - 1]?.lower ?? '';
  return /^(?:was|were|is|are|be|been|being)$/.test(aux) && /(?:ed|en|wn|lt)$/.test(tokens[verb]!.lower);
}
