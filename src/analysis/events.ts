import type { ResolvedDate } from '../schemas/analysis.ts';
import type { KnownMention } from './attribution/types.ts';
import type { SentenceSpan } from './sentences.ts';
import { itemsWithin } from './spans-between.ts';
import { summarise, type NamedSpan, type SummaryCache } from './event-summary.ts';
import type { Token } from './tokens.ts';

/** An event before ids are given. */
export interface FoundEvent {
  paragraph: string;
  sentence: SentenceSpan;
  phrase: string;
  date: ResolvedDate;
  actors: string[];
  source: string | undefined;
  summary: string;
}

const REPORTING =
  /\b(?:reported|reports|report|announced|announces|said|says|claimed|claims|confirmed|according to)\b/i;
const ACTOR_KINDS = new Set(['person', 'country', 'organization', 'media', 'event']);
/** Between a subject and its verb: a few words at most, no clause break ("The White House", "KCNA's spokesman"). */
const SUBJECT_GAP = /^[^,;:.!?]{0,30}$/;

/** Who a sentence names as acting and as reporting, worked out once for all of its dates. */
export interface SentenceReport {
  /** Mentions of the sentence that can act. */
  actors: readonly KnownMention[];
  /** The subject of its reporting verb ("KCNA announced"), if it has one. */
  reporter: KnownMention | undefined;
  /** Where "that" after the reporting verb starts the reported clause; -1 when it does not. */
  thatAt: number;
}

/** `mentions` must be sorted by start, as a paragraph's are. */
export function sentenceReport(
  paragraph: { text: string },
  sentence: SentenceSpan,
  mentions: readonly KnownMention[],
): SentenceReport {
  const actors = itemsWithin(mentions, sentence.start, sentence.end).filter((m) => ACTOR_KINDS.has(m.kind));
  const text = paragraph.text.slice(sentence.start, sentence.end);
  const reporting = REPORTING.exec(text);
  if (!reporting) return { actors, reporter: undefined, thatAt: -1 };
  const verbAt = sentence.start + reporting.index;
  // "was announced" is passive: whoever stands before it did not report anything.
  const passive = /\b(?:was|were|been|be|is|are)\s+$/.test(
    text.slice(Math.max(0, reporting.index - 12), reporting.index),
  );
  // The reporter is the verb's subject, right before it ("KCNA announced"), not any name earlier in the
  // sentence ("…sanctions against Russia, diplomats said").
  const reporter = passive
    ? undefined
    : actors.filter((m) => m.end <= verbAt && SUBJECT_GAP.test(paragraph.text.slice(m.end, verbAt))).at(-1);
  return { actors, reporter, thatAt: paragraph.text.indexOf(' that ', verbAt) };
}

/** What a summary reads besides the sentence: its tokens and the names the text has given. */
export interface SummaryContext {
  /** The sentence's tokens, offsets relative to the sentence. */
  tokens: readonly Token[];
  /** Where the paragraph's dateline ends (paragraph offset), 0 when it has none. */
  datelineEnd: number;
  /** Names mentioned in the sentence, offsets relative to the sentence. */
  names: readonly NamedSpan[];
  /** Names mentioned before the sentence, most recent last. */
  earlier: readonly string[];
  /** Shared by the summaries of one sentence. */
  cache: SummaryCache;
}

/**
 * The event a dated sentence states: who acts (the reporter when the date belongs to the reporting verb,
 * as in "KCNA announced on Thursday", else the entities of the sentence), who reports it, and a summary
 * made of the sentence's own words.
 */
export function eventOfSentence(
  paragraph: { id: string; text: string },
  sentence: SentenceSpan,
  phrase: { start: number; end: number; text: string; date: ResolvedDate },
  { actors: inSentence, reporter, thatAt }: SentenceReport,
  context: SummaryContext,
): FoundEvent {
  const dateBelongsToReport = reporter !== undefined && (thatAt === -1 || phrase.start < thatAt);
  const actors = dateBelongsToReport ? [reporter.entity] : unique(inSentence.map((m) => m.entity));
  return {
    paragraph: paragraph.id,
    sentence,
    phrase: phrase.text,
    date: phrase.date,
    actors,
    source: reporter?.entity,
    summary: summarise(
      {
        text: paragraph.text.slice(sentence.start, sentence.end),
        tokens: context.tokens,
        phrase: { start: phrase.start - sentence.start, end: phrase.end - sentence.start },
        datelineEnd: Math.max(0, context.datelineEnd - sentence.start),
        names: context.names,
        earlier: context.earlier,
      },
      context.cache,
    ),
  };
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
