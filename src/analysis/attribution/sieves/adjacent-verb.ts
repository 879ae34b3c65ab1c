/**
 * Sieve: a speech verb right beside the quotation, with its speaker.
 * - After: "“…,” said Sen. Susan Collins", "“…,” Orla Kinsella, a witness, told the Courier", "“…,” he said
 *   quietly", "“…,” Parry added, “…”".
 * - Before: "Sato added: “…”", "Kinsella said, “…”", "Park told reporters outside the court on Monday: “…”".
 */
import { after, before, type TokenRange } from '../clauses.ts';
import { inPhrase, participleSubject, phraseAfter, subjectBefore, type NounPhrase } from '../noun-phrases.ts';
import { isReportingVerbAt, isSpeechVerb, phrasalSpeechVerb } from '../speech-verbs.ts';
import type { AttributionDoc, Finding, Sieve, SpeakerPhrase } from '../types.ts';
import { tokenAt, type Token } from '../../tokens.ts';

/** Words that may stand between a speech verb and the opening mark: a listener, a place, a time, "that". */
const LEADING_GAP = new Set(['ADV', 'ADP', 'DET', 'NOUN', 'PROPN', 'PRON', 'NUM', 'ADJ', 'PART', 'SCONJ']);
/** How many tokens a speaker phrase and its adverbs may take before the verb after a quotation. */
const TRAILING_REACH = 16;

/** The phrase a speech verb after the quotation names, if any. */
export function trailing(doc: AttributionDoc, index: number): SpeakerPhrase | undefined {
  const site = doc.quotes[index]!;
  const { tokens } = doc.paragraphs[site.paragraph]!;
  let range = after(doc, index);
  let first = range.first;
  while (first <= range.last && /^[,;]$/.test(tokens[first]!.text)) first++;
  // "“…finished.” MIT researcher Natalia Guerrero said.": a quotation that closes its sentence is attributed by a
  // short next sentence that is only a speaker and a speech verb.
  if (first > range.last) {
    const next = attributionSentence(doc, index);
    if (!next) return undefined;
    range = next;
    first = next.first;
  }
  const clause = { first, last: range.last };
  // "…,” said Collins" / "…,” went on the chairman": the verb first (never "told": its object is the listener).
  // A finite verb only: "…”, saying other e-fits would be released" is a new clause, not an attribution.
  const phrasal = phrasalSpeechVerb(tokens, first);
  const verb = tokens[first]!;
  if (((isSpeechVerb(verb) && verb.lemma !== 'tell') || phrasal) && !/ing$/.test(verb.lower)) {
    const np = phraseAfter(tokens, first + Math.max(phrasal, 1) - 1, range.last);
    // The phrase must end the clause: "said the minister." but not "said the plan would…".
    const next = np ? tokens[Math.max(np.last, np.descriptor?.last ?? np.last) + 1] : undefined;
    if (np && next && (next.pos === 'VERB' || next.pos === 'AUX')) return undefined;
    return np ? phrase(site.paragraph, np, clause) : undefined;
  }
  // A verb that is not a speech verb attributes only a quotation set off from the sentence ("…,” beamed
  // Dowdall", "…!” he beamed), never one the sentence runs through ("had “never” refused talks").
  const text = doc.paragraphs[site.paragraph]!.text;
  const setOff = /[,!?…]\s*$/.test(text.slice(site.start, site.close)) || tokens[range.first]?.text === ',';
  // "…,” beamed Dowdall.": after a quotation, a verb with its subject and nothing more is a verb of speaking.
  if (setOff && verb.pos === 'VERB' && /ed$/.test(verb.lower)) {
    const np = phraseAfter(tokens, first, range.last);
    if (np && endsClause(tokens, Math.max(np.last, np.descriptor?.last ?? np.last) + 1, range.last))
      return phrase(site.paragraph, np, clause);
  }
  // "…,” Orla Kinsella, a witness, told the Courier" / "…,” he said" / "…,” he beamed.": the subject, then the verb.
  for (let v = first + 1; v <= Math.min(range.last, first + TRAILING_REACH); v++) {
    const t = tokens[v]!;
    // ", who asked not to be named,": a relative clause inside the subject is skipped whole.
    if (t.text === ',' && /^(?:who|which|whose)$/.test(tokens[v + 1]?.lower ?? '')) {
      let close = v + 2;
      while (close <= range.last && tokens[close]!.text !== ',') close++;
      v = close;
      continue;
    }
    const manner = setOff && t.pos === 'VERB' && !/ing$/.test(t.lower) && endsClause(tokens, v + 1, range.last);
    // "…,” the Regional Minister alleged.": a speech verb the tagger read as an adjective, closing the clause.
    const misread = t.pos === 'ADJ' && isReportingVerbAt(tokens, v) && endsClause(tokens, v + 1, range.last);
    if (isSpeechVerb(t) || phrasalSpeechVerb(tokens, v) || manner || misread) {
      const np = subjectBefore(tokens, v, first);
      const start = np && Math.min(np.first, np.descriptor?.first ?? np.first);
      // "“…” for smaller players, Glocer explained.": an attribution that closes the sentence, after a comma.
      const closing = start !== undefined && tokens[start - 1]?.text === ',' && onlyAdjuncts(tokens, v + 1, range.last);
      // "“…,” SIU-Edwardsville physics and astronomy researcher Tom Foster said": a long descriptor before the name.
      const described = start !== undefined && start > first && onlyDescriptors(tokens, first, start - 1);
      if (np && (start === first || closing || described)) return phrase(site.paragraph, np, clause);
      return undefined;
    }
    // "Khin Maung Oo, the lawyer representing Yettaw, said": a participle after a noun modifies it.
    const participle = /(?:ing|ed)$/.test(t.lower) && tokens[v - 1]?.pos === 'NOUN';
    if (
      (t.pos === 'VERB' && !inPhrase(tokens, v) && !participle) ||
      (/^[.;:!?]$/.test(t.text) && !titlePoint(tokens, v))
    )
      return closingAttribution(doc, index, range, clause);
  }
  return closingAttribution(doc, index, range, clause);
}

/**
 * "“It’s very rare” to recover a meteorite, Lunsford said.": a sentence the quotation opens, closed by ", X said."
 * with no other quotation after it, is X's.
 */
function closingAttribution(
  doc: AttributionDoc,
  index: number,
  range: TokenRange,
  clause: TokenRange,
): SpeakerPhrase | undefined {
  const site = doc.quotes[index]!;
  const { tokens } = doc.paragraphs[site.paragraph]!;
  let v = range.last;
  while (v > range.first && /^[.!?]$/.test(tokens[v]!.text)) v--;
  while (v > range.first && tokens[v]!.pos === 'ADV') v--;
  if (!isSpeechVerb(tokens[v]) || /ing$/.test(tokens[v]!.lower)) return undefined;
  const found = subjectBefore(tokens, v, range.first);
  // The phrase right before the verb: what comes before its comma is the sentence's own words, not an apposition.
  const np = found?.descriptor && tokens[found.descriptor.first - 1]?.text === ',' ? found.descriptor : found;
  if (!np || tokens[np.first - 1]?.text !== ',') return undefined;
  return phrase(site.paragraph, { first: np.first, last: np.last }, { first: np.first, last: clause.last });
}

/** "Coun. Chris Moslin": the point after a short capitalised abbreviation before a name ends no sentence. */
function titlePoint(tokens: readonly Token[], v: number): boolean {
  const before = tokens[v - 1];
  return (
    tokens[v]!.text === '.' &&
    before !== undefined &&
    before.end === tokens[v]!.start &&
    /^\p{Lu}\p{Ll}{0,4}$/u.test(before.text) &&
    /^\p{Lu}/u.test(tokens[v + 1]?.text ?? '')
  );
}

/** Whether tokens `from..to` only describe a name after them: nouns, adjectives, names, "and", hyphens, "Coun.". */
function onlyDescriptors(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i <= to; i++) {
    const t = tokens[i]!;
    if (!/^(?:NOUN|ADJ|PROPN|NUM)$/.test(t.pos) && t.lower !== 'and' && t.text !== '-' && !titlePoint(tokens, i))
      return false;
  }
  return true;
}

/** The phrase a speech verb before the quotation names ("Sato added: “"), if any. */
export function leading(doc: AttributionDoc, index: number): SpeakerPhrase | undefined {
  const site = doc.quotes[index]!;
  const { tokens } = doc.paragraphs[site.paragraph]!;
  const range = before(doc, index);
  // "responded to the ‘unprecedented’ civil unrest": quoted words followed by the noun they modify are part of a
  // noun phrase, not words a speech verb before them introduces.
  if (modifiesNoun(doc, index)) return undefined;
  let last = range.last;
  // The quotation follows a colon, a comma, "that" or nothing: "said: “", "said, “", "said “".
  if (last >= range.first && /^[:,]$/.test(tokens[last]!.text)) last--;
  for (let v = last; v >= range.first && v >= last - 10; v--) {
    const t = tokens[v]!;
    if (isSpeechVerb(t) || phrasalSpeechVerb(tokens, v) === 2 || issuesDocument(tokens, v, last)) {
      if (!onlyGap(tokens, { first: v + 1 + (phrasalSpeechVerb(tokens, v) ? 1 : 0), last })) return undefined;
      // "a letter of thanks to the authorities who say, “…”": the relative pronoun stands for the phrase before it.
      const relative = /^(?:who|that)$/.test(tokens[v - 1]?.lower ?? '') && tokens[v - 2]?.text !== ',';
      // "President Ines Cole said the deal was “a win,” adding, “We fought hard.”": the participle's main clause may
      // lie before an earlier quotation of the sentence.
      const sentenceStart = tokenAt(tokens, site.sentence.start);
      const np = relative
        ? subjectBefore(tokens, v - 1, range.first)
        : (participleSubject(tokens, v, range.first) ??
          participleSubject(tokens, v, sentenceStart, doc.inside[site.paragraph]) ??
          subjectBefore(tokens, v, range.first));
      return np ? phrase(site.paragraph, np, { first: range.first, last: range.last }) : undefined;
    }
    if (!LEADING_GAP.has(t.pos) && t.text !== ',') return undefined;
  }
  return undefined;
}

/** Whether the quotation is followed, in lower case, by the noun it modifies ("the ‘unprecedented’ civil unrest"). */
function modifiesNoun(doc: AttributionDoc, index: number): boolean {
  const site = doc.quotes[index]!;
  const { tokens, text } = doc.paragraphs[site.paragraph]!;
  if (!/^\s+\p{Ll}/u.test(text.slice(site.close + 1, site.close + 3))) return false;
  let k = tokenAt(tokens, site.close + 1);
  while (tokens[k] && tokens[k]!.end <= site.close + 1) k++;
  for (let n = 0; n < 3 && tokens[k + n]; n++) {
    const t = tokens[k + n]!;
    if (t.pos === 'NOUN') return true;
    if (t.pos !== 'ADJ') return false;
  }
  return false;
}

/** The sentence right after the quotation's closing mark when it is short and ends with its speech verb. */
function attributionSentence(doc: AttributionDoc, index: number): TokenRange | undefined {
  const site = doc.quotes[index]!;
  const { tokens, sentences } = doc.paragraphs[site.paragraph]!;
  const next = sentences.find((s) => s.start > site.close && s.start <= site.close + 3);
  const following = doc.quotes[index + 1];
  if (!next || (following && following.paragraph === site.paragraph && following.open < next.end)) return undefined;
  const range = { first: tokenAt(tokens, next.start), last: tokenAt(tokens, next.end) - 1 };
  if (range.last - range.first > 12) return undefined;
  for (let v = range.first; v <= range.last; v++) {
    if (isSpeechVerb(tokens[v]) && endsClause(tokens, v + 1, range.last)) return range;
  }
  return undefined;
}

/** Whether only adverbs and the sentence's end come from `from` to `last` ("he beamed.", "she said quietly."). */
function endsClause(tokens: readonly Token[], from: number, last: number): boolean {
  for (let i = from; i <= last; i++) if (tokens[i]!.pos !== 'ADV' && !/^[.!?]$/.test(tokens[i]!.text)) return false;
  return true;
}

/**
 * "CIDCO issued a statement, “…”", "the club posted a message: “…”", "prompting Edwards to issue a rebuttal: “…”":
 * a verb that puts out words, then the words.
 */
function issuesDocument(tokens: readonly Token[], verb: number, last: number): boolean {
  if (!/^(?:issue|release|publish|post|send|share|put|give|deliver|offer|make)$/.test(tokens[verb]!.lemma))
    return false;
  for (let i = verb + 1; i <= last; i++)
    if (
      /^(?:statement|message|post|tweet|letter|note|notice|reply|response|rebuttal|retort|warning|plea|appeal|apology|reminder)$/.test(
        tokens[i]!.lower,
      )
    )
      return true;
  return false;
}

/** Whether the tokens from `from` to `last` are only a place, a time or a manner ("on Tuesday.", "quietly."). */
function onlyAdjuncts(tokens: readonly Token[], from: number, last: number): boolean {
  for (let i = from; i <= last; i++) {
    const t = tokens[i]!;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PRON' || /^[,;:“”"]$/.test(t.text)) return false;
  }
  return true;
}

/** Whether the tokens between a speech verb and the quotation are only a listener, a place or a time. */
function onlyGap(tokens: readonly Token[], range: TokenRange): boolean {
  for (let i = range.first; i <= range.last; i++) {
    const t = tokens[i]!;
    // "said the bill would let agencies “…”" is reported speech, not an introduction.
    if (t.pos === 'VERB' || t.pos === 'AUX') return false;
  }
  return true;
}

export function phrase(paragraph: number, np: NounPhrase, clause: TokenRange): SpeakerPhrase {
  return { paragraph, first: np.first, last: np.last, descriptor: np.descriptor, clause };
}

/** The sieve: a speech verb after the quotation first, then one before it. */
export const adjacentVerb: Sieve = (doc, index): Finding | undefined => {
  const found = trailing(doc, index) ?? leading(doc, index);
  return found ? { phrase: found } : undefined;
};
