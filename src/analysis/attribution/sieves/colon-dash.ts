/**
 * Sieve: a colon or a dash ties the quotation to its speaker without a verb beside it.
 * - A dash after the quotation: "“…” —Commissioner Tomas Eberle".
 * - A name and a colon before it: "Prendiville: “…”".
 * - A paragraph that ends in a colon, with the quotation opening the next: "And from Chairwoman Linnea Sato:",
 *   "A council statement said:", "She went on:".
 * - A name that is said to be something before the colon: "Smith was blunt:", "Smith's message was clear:".
 */
import { after, before } from '../clauses.ts';
import { subjectBefore } from '../noun-phrases.ts';
import { isSpeechVerb, phrasalSpeechVerb } from '../speech-verbs.ts';
import type { AttributionDoc, Finding, Sieve, SpeakerPhrase } from '../types.ts';
import type { Token } from '../../tokens.ts';
import { phrase } from './adjacent-verb.ts';

const DASH = /^(?:—|–|-|--)$/;
const COPULAS = /^(?:be|remain|sound|seem|appear)$/;

export const colonDash: Sieve = (doc, index): Finding | undefined => {
  const found = dash(doc, index) ?? colonBefore(doc, index) ?? colonParagraph(doc, index);
  return found ? { phrase: found } : undefined;
};

function dash(doc: AttributionDoc, index: number): SpeakerPhrase | undefined {
  const site = doc.quotes[index]!;
  const { tokens } = doc.paragraphs[site.paragraph]!;
  const range = after(doc, index);
  let first = range.first;
  // "—Commissioner": the tokeniser may keep the dash on the word.
  if (first <= range.last && DASH.test(tokens[first]!.text)) first++;
  else if (!(first <= range.last && /^[—–]\p{Lu}/u.test(tokens[first]!.text))) return undefined;
  const last = nameEnd(tokens, first, range.last);
  return last === undefined ? undefined : phrase(site.paragraph, { first, last }, { first, last: range.last });
}

function colonBefore(doc: AttributionDoc, index: number): SpeakerPhrase | undefined {
  const site = doc.quotes[index]!;
  const { tokens } = doc.paragraphs[site.paragraph]!;
  const range = before(doc, index);
  if (range.last < range.first || tokens[range.last]!.text !== ':') return undefined;
  return speakerOfIntroduction(tokens, range.first, range.last - 1, site.paragraph);
}

function colonParagraph(doc: AttributionDoc, index: number): SpeakerPhrase | undefined {
  const site = doc.quotes[index]!;
  const previous = doc.paragraphs[site.paragraph - 1];
  if (!previous || before(doc, index).last >= before(doc, index).first) return undefined;
  const { tokens } = previous;
  const last = tokens.length - 1;
  if (last < 0 || tokens[last]!.text !== ':') return undefined;
  const sentence = previous.sentences.at(-1);
  const first = tokens.findIndex((t) => t.start >= (sentence?.start ?? 0));
  return speakerOfIntroduction(tokens, first, last - 1, site.paragraph - 1);
}

/** The speaker an introduction ending at `last` names: "X said", "X went on", "from Chairwoman Y", "Y". */
function speakerOfIntroduction(
  tokens: readonly Token[],
  first: number,
  last: number,
  paragraph: number,
): SpeakerPhrase | undefined {
  // ":“…" with nothing before the colon introduces no one.
  if (first < 0 || last < first) return undefined;
  const clause = { first, last };
  for (let v = last; v >= first; v--) {
    if (isSpeechVerb(tokens[v]) || phrasalSpeechVerb(tokens, v) === 2) {
      const np = subjectBefore(tokens, v, first);
      return np ? phrase(paragraph, np, clause) : undefined;
    }
  }
  // "Jane Smith was blunt:", "Smith's message was clear:": a name, a copula and an adjective before the colon.
  // ("blunt" after "was" is an adjective whatever the tagger says.)
  const adjective =
    tokens[last]!.pos === 'ADJ' ||
    (tokens[last]!.pos === 'VERB' && !/(?:ing|ed)$/.test(tokens[last]!.lower) && tokens[last - 1]?.lemma === 'be');
  const copula = last - 1 - (tokens[last - 1]?.pos === 'ADV' ? 1 : 0);
  if (adjective && copula > first && COPULAS.test(tokens[copula]!.lemma) && last - first <= 10) {
    const np = subjectBefore(tokens, copula, first);
    const named =
      np && tokens.slice(np.first, np.last + 1).some((t) => t.pos === 'PROPN' || /^(?:he|she|they)$/i.test(t.text));
    return named ? phrase(paragraph, np, clause) : undefined;
  }
  // "And from Chairwoman Linnea Sato:" / "Prendiville:": the name right before the colon.
  let start = last;
  while (start - 1 >= first && /^(?:PROPN|NOUN|ADJ|DET|PART)$/.test(tokens[start - 1]!.pos)) start--;
  if (start > last || tokens[last]!.pos !== 'PROPN') return undefined;
  return phrase(paragraph, { first: start, last }, clause);
}

/** The last token of a name (with its title) starting at `first`, if a name starts there. */
function nameEnd(tokens: readonly Token[], first: number, ceiling: number): number | undefined {
  let last = first - 1;
  while (last + 1 <= ceiling && (tokens[last + 1]!.pos === 'PROPN' || /^\p{Lu}/u.test(tokens[last + 1]!.text))) last++;
  return last >= first ? last : undefined;
}
