import type { ResolvedDate } from '../schemas/analysis.ts';
import type { KnownMention } from './attribution/types.ts';
import type { SentenceSpan } from './sentences.ts';
import { itemsWithin } from './spans-between.ts';
import { DATELINE } from './names/dateline.ts';

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
const SUMMARY_LENGTH = 90;
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
): FoundEvent {
  const dateBelongsToReport = reporter !== undefined && (thatAt === -1 || phrase.start < thatAt);
  const actors = dateBelongsToReport ? [reporter.entity] : unique(inSentence.map((m) => m.entity));
  const text = paragraph.text.slice(sentence.start, Math.min(sentence.end, phrase.end + SUMMARY_LENGTH * 4));
  return {
    paragraph: paragraph.id,
    sentence,
    phrase: phrase.text,
    date: phrase.date,
    actors,
    source: reporter?.entity,
    summary: summarise(text, phrase.start - sentence.start, phrase.end - sentence.start),
  };
}

/** The sentence without its date phrase, cut at a word boundary. */
function summarise(text: string, start: number, end: number): string {
  // "only days after North Korea claimed…": a phrase that ends in a preposition holds the clause together.
  const keepsClause = /\b(?:after|before|since|until|following)$/i.test(text.slice(start, end));
  // "…would run normally from Monday 18 March": the preposition goes with its date.
  // Only the opening words can reach the summary: a long sentence costs no more than a short one.
  const window = SUMMARY_LENGTH * 4;
  const preposition = /\s(?:on|in|at|from|by|until|since|for|during|between)\s*$/i.exec(
    text.slice(Math.max(0, start - 12), start),
  );
  const before = text.slice(0, preposition ? start - preposition[0].length : start);
  const words = (keepsClause || start > window ? text.slice(0, window) : `${before} ${text.slice(end, end + window)}`)
    .replace(DATELINE, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,]+/, '')
    .replace(/\s+([,.])/g, '$1')
    .replace(/[.\s]+$/, '')
    .trim();
  if (words.length === 0) return text.slice(0, window).trim();
  const sentence = words.charAt(0).toUpperCase() + words.slice(1);
  if (sentence.length <= SUMMARY_LENGTH) return sentence;
  const cut = sentence.slice(0, SUMMARY_LENGTH);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[,;:]$/, '')}…`;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
