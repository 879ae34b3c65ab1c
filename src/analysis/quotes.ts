import type { Speaker } from '../schemas/analysis.ts';
import {
  findChannel,
  hasAttributionVerb,
  speakerAfterQuote,
  speakerBeforeQuote,
  type KnownMention,
  type SpeakerGuess,
} from './attribution.ts';
import { opensWithQuote, quoteStyleOf, scanQuoteMarks } from './quote-marks.ts';
import type { SentenceSpan } from './sentences.ts';

/** How far before and after a quotation its attribution is looked for, in characters. */
const CONTEXT = 300;

/** A paragraph as the quote finder needs it. */
export interface QuoteParagraph {
  id: string;
  text: string;
  sentences: readonly SentenceSpan[];
  mentions: readonly KnownMention[];
}

/** A quotation before ids are given. */
export interface FoundQuote {
  paragraph: string;
  start: number;
  end: number;
  sentence: SentenceSpan;
  speaker: Speaker | null;
  channel: string | undefined;
  attribution: 'explicit' | 'previous' | 'none';
  /** Index, in the result, of the segment this one continues. */
  continues: number | undefined;
}

/** Where a quote finder could not pair a mark. */
export interface UnbalancedMark {
  paragraph: string;
  at: number;
}

/** Names and kinds of the entities a speaker may be. */
export type EntityNames = ReadonlyMap<string, { name: string; kind: string; role?: string | undefined }>;

/** Every direct quotation in the paragraphs, with speaker, channel and how the speaker was found. */
export function findQuotes(
  paragraphs: readonly QuoteParagraph[],
  names: EntityNames,
): { quotes: FoundQuote[]; unbalanced: UnbalancedMark[] } {
  const quotes: FoundQuote[] = [];
  const unbalanced: UnbalancedMark[] = [];
  let lastSpeaker: Speaker | null = null;
  let lastChannel: { entity: string | null; channel: string } | undefined;
  let openQuote: number | undefined;
  const style = quoteStyleOf(paragraphs.map((paragraph) => paragraph.text));
  paragraphs.forEach((paragraph, index) => {
    const next = paragraphs[index + 1];
    const scan = scanQuoteMarks(paragraph.text, next !== undefined && opensWithQuote(next.text, style), style);
    for (const at of scan.unbalanced) unbalanced.push({ paragraph: paragraph.id, at });
    for (const range of scan.ranges) {
      const bounds = trimQuote(paragraph.text, range.start, range.end);
      if (!bounds) continue;
      const sentence = sentenceAround(paragraph.sentences, range.start);
      // Attribution sits next to the quotation; a bounded look keeps a run-on paragraph linear.
      const beforeStart = Math.max(sentence.start, range.start - 1 - CONTEXT);
      const before = paragraph.text.slice(beforeStart, range.start - 1);
      const after = paragraph.text.slice(range.end + 1, Math.min(sentence.end, range.end + 1 + CONTEXT));
      const outside = before + after;
      const words = paragraph.text.slice(bounds.start, bounds.end).split(/\s+/).length;
      if (words <= 2 && !hasAttributionVerb(outside)) continue; // scare quotes, titles
      const guess =
        speakerAfterQuote(after, range.end + 1, paragraph.mentions) ??
        speakerBeforeQuote(before, beforeStart, paragraph.mentions);
      const continued =
        openQuote !== undefined && range.start <= 1 + leadingSpace(paragraph.text) ? openQuote : undefined;
      const lastPerson = lastPersonBefore(paragraphs, index, range.start);
      let speaker = resolveSpeaker(guess, lastPerson ?? lastSpeaker, names, quotes);
      let attribution: FoundQuote['attribution'] = speaker ? 'explicit' : 'none';
      if (!speaker && continued !== undefined) speaker = quotes[continued]!.speaker;
      if (!speaker && lastSpeaker && startsSentence(paragraph.text, sentence, range.start)) speaker = lastSpeaker;
      if (speaker && attribution === 'none') attribution = 'previous';
      let channel = findChannel(outside);
      if (!channel && speaker && lastChannel && lastChannel.entity === speaker.entity) channel = lastChannel.channel;
      quotes.push({
        paragraph: paragraph.id,
        ...bounds,
        sentence,
        speaker,
        channel,
        attribution,
        continues: continued,
      });
      if (continued !== undefined) backfillSpeaker(quotes, continued, speaker);
      openQuote = range.open ? quotes.length - 1 : undefined;
      if (speaker) lastSpeaker = speaker;
    }
    lastChannel = channelOfParagraph(paragraph) ?? lastChannel;
    if (scan.ranges.length === 0) openQuote = undefined;
  });
  return { quotes, unbalanced };
}

function resolveSpeaker(
  guess: SpeakerGuess | undefined,
  last: Speaker | null,
  names: EntityNames,
  earlier: readonly FoundQuote[],
): Speaker | null {
  if (!guess) return null;
  if (guess.type === 'pronoun') return last?.entity ? entitySpeaker(last.entity, names) : last;
  if (guess.type === 'unnamed') {
    // "the diplomat" is the "senior Western diplomat" quoted before.
    const noun = /^the\s+(.+)$/i.exec(guess.name)?.[1]?.toLowerCase();
    const before = noun
      ? earlier.map((q) => q.speaker).findLast((s) => s?.entity === null && s.name.toLowerCase().endsWith(noun))
      : undefined;
    if (before) return before;
    return { name: guess.name, entity: null, ...(guess.affiliation ? { affiliation: guess.affiliation } : {}) };
  }
  return entitySpeaker(guess.entity, names);
}

function entitySpeaker(entity: string, names: EntityNames): Speaker {
  const known = names.get(entity);
  return { name: known?.name ?? entity, entity, ...(known?.role ? { role: known.role } : {}) };
}

// A later segment may carry the attribution of a quotation that began paragraphs earlier.
function backfillSpeaker(quotes: FoundQuote[], from: number, speaker: Speaker | null): void {
  for (let i: number | undefined = from; i !== undefined && speaker; i = quotes[i]!.continues) {
    if (!quotes[i]!.speaker) {
      quotes[i]!.speaker = speaker;
      quotes[i]!.attribution = 'previous';
    }
  }
}

/** The person a "he" or "she" most likely means: the last person named before `at`, this paragraph or earlier. */
function lastPersonBefore(paragraphs: readonly QuoteParagraph[], index: number, at: number): Speaker | null {
  for (let i = index; i >= 0; i--) {
    const person = paragraphs[i]!.mentions.filter((m) => m.kind === 'person' && (i < index || m.end <= at)).at(-1);
    if (person) return { name: person.entity, entity: person.entity };
  }
  return null;
}

/** A channel stated in a paragraph with the person it belongs to, for quotes that follow it. */
function channelOfParagraph(paragraph: QuoteParagraph): { entity: string | null; channel: string } | undefined {
  const channel = findChannel(paragraph.text);
  if (!channel) return undefined;
  const person = paragraph.mentions.find((m) => m.kind === 'person');
  return { entity: person?.entity ?? null, channel };
}

/** The quoted words without surrounding spaces and a trailing comma; undefined when nothing is left. */
function trimQuote(text: string, start: number, end: number): { start: number; end: number } | undefined {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /[\s,]/.test(text[e - 1]!)) e--;
  return e > s ? { start: s, end: e } : undefined;
}

function sentenceAround(sentences: readonly SentenceSpan[], at: number): SentenceSpan {
  return sentences.find((s) => at >= s.start && at < s.end) ?? sentences.at(-1) ?? { start: 0, end: at };
}

function startsSentence(text: string, sentence: SentenceSpan, quoteStart: number): boolean {
  return text.slice(sentence.start, quoteStart - 1).trim() === '';
}

function leadingSpace(text: string): number {
  return text.length - text.trimStart().length;
}
