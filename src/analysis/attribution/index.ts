/**
 * Quote attribution as ordered sieves (after Muzny et al., 2017, "A Two-stage Sieve Approach for Quote
 * Attribution"): for each quotation, the most precise sieve that finds a speaker phrase wins, then the phrase is
 * resolved to an entity or an unnamed speaker (resolve.ts). A quotation no sieve attributes stays unattributed: a
 * wrong name is worse than none.
 */
import type { Speaker } from '../../schemas/analysis.ts';
import type { Gender } from '../names/gender.ts';
import { findChannel } from './channel.ts';
import { insideQuotations } from './clauses.ts';
import { resolvePhrase } from './resolve.ts';
import { adjacentVerb } from './sieves/adjacent-verb.ts';
import { colonDash } from './sieves/colon-dash.ts';
import { continuation } from './sieves/continuation.ts';
import { descriptorName } from './sieves/descriptor-name.ts';
import { narrativeSubject } from './sieves/narrative-subject.ts';
import { reportedSpeech } from './sieves/reported-speech.ts';
import type { AttributionDoc, Sieve, SieveName, SpeakerPhrase } from './types.ts';

/** The attribution of one quotation. */
export interface Attribution {
  speaker: Speaker | null;
  /** The sieve that attributed it; undefined when none did. */
  sieve: SieveName | undefined;
  /** Why this speaker, in words ("a speech verb after the quotation"; "“she” is the previous speaker"). */
  reason: string;
  /** How it reached the reporter, from its own attribution clause. */
  channel: string | undefined;
}

const ORDER: readonly [SieveName, Sieve, string][] = [
  ['descriptor-name', descriptorName, 'a name with a descriptor beside a speech verb'],
  ['adjacent-verb', adjacentVerb, 'a speech verb beside the quotation'],
  ['colon-dash', colonDash, 'a colon or a dash before the speaker'],
  ['reported-speech', reportedSpeech, 'the subject of the verb that reports it'],
  ['continuation', continuation, 'it continues an attributed quotation'],
  ['narrative-subject', narrativeSubject, 'the person the sentence before it is about'],
];

/** Attributes every quotation of the document, in reading order. */
export function attribute(input: Omit<AttributionDoc, 'inside'>): Attribution[] {
  const doc: AttributionDoc = { ...input, inside: insideQuotations(input.paragraphs, input.quotes) };
  const settled: (Speaker | null)[] = [];
  const genders = new Map<string, Gender>();
  const out: Attribution[] = [];
  let lastSpoken: number | undefined;
  doc.quotes.forEach((_, index) => {
    let result: Attribution = {
      speaker: null,
      sieve: undefined,
      reason: 'no sieve found a speaker',
      channel: undefined,
    };
    if (doc.quotes[index]!.term) result = { ...result, reason: 'a quoted term, not speech' };
    else
      for (const [name, sieve, what] of ORDER) {
        const finding = sieve(doc, index, settled, lastSpoken);
        if (!finding) continue;
        if ('sameAs' in finding) {
          const speaker = settled[finding.sameAs] ?? null;
          if (!speaker) continue;
          result = { speaker, sieve: name, reason: finding.why, channel: undefined };
          break;
        }
        const resolved = resolvePhrase(doc, index, finding.phrase, settled, genders, lastSpoken);
        const reason = resolved.note ? `${what}; ${resolved.note}` : what;
        if (!resolved.speaker) {
          result = { ...result, reason };
          continue;
        }
        result = { speaker: resolved.speaker, sieve: name, reason, channel: channelOf(doc, finding.phrase) };
        break;
      }
    settled.push(result.speaker);
    if (result.speaker) lastSpoken = index;
    out.push(result);
  });
  backfill(doc, out);
  return out;
}

/** A quotation over paragraphs whose attribution comes only in a later part takes it for its earlier parts. */
function backfill(doc: AttributionDoc, out: Attribution[]): void {
  for (let i = doc.quotes.length - 1; i >= 0; i--) {
    const from = doc.quotes[i]!.continues;
    if (from === undefined || !out[i]!.speaker || out[from]!.speaker) continue;
    out[from] = {
      ...out[i]!,
      sieve: 'continuation',
      reason: 'the quotation goes on in the next paragraph, where it is attributed',
      channel: undefined,
    };
  }
}

function channelOf(doc: AttributionDoc, phrase: SpeakerPhrase): string | undefined {
  const { tokens, text } = doc.paragraphs[phrase.paragraph]!;
  const first = tokens[Math.min(phrase.clause.first, phrase.first)];
  const last = tokens[Math.max(phrase.clause.last, phrase.last)];
  return first && last ? findChannel(text.slice(first.start, last.end)) : undefined;
}
