import type { ResolvedDate } from '../schemas/analysis.ts';
import type { KnownMention } from './attribution.ts';
import type { SentenceSpan } from './sentences.ts';
import { DATELINE } from './unregistered-entities.ts';

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

/**
 * The event a dated sentence states: who acts (the reporter when the date belongs to the reporting verb,
 * as in "KCNA announced on Thursday", else the entities of the sentence), who reports it, and a summary
 * made of the sentence's own words.
 */
export function eventOfSentence(
  paragraph: { id: string; text: string },
  sentence: SentenceSpan,
  phrase: { start: number; end: number; text: string; date: ResolvedDate },
  mentions: readonly KnownMention[],
): FoundEvent {
  const inSentence = mentions.filter(
    (m) => m.start >= sentence.start && m.end <= sentence.end && ACTOR_KINDS.has(m.kind),
  );
  const text = paragraph.text.slice(sentence.start, sentence.end);
  const reporting = REPORTING.exec(text);
  const verbAt = reporting ? sentence.start + reporting.index : -1;
  // "was announced" is passive: whoever stands before it did not report anything.
  const passive = reporting !== null && /\b(?:was|were|been|be|is|are)\s+$/.test(text.slice(0, reporting.index));
  // The reporter is the verb's subject, right before it ("KCNA announced"), not any name earlier in the
  // sentence ("…sanctions against Russia, diplomats said").
  const reporter =
    reporting && !passive
      ? inSentence.filter((m) => m.end <= verbAt && SUBJECT_GAP.test(paragraph.text.slice(m.end, verbAt))).at(-1)
      : undefined;
  const thatAt = reporting ? paragraph.text.indexOf(' that ', verbAt) : -1;
  const dateBelongsToReport = reporter !== undefined && (thatAt === -1 || phrase.start < thatAt);
  const actors = dateBelongsToReport ? [reporter.entity] : unique(inSentence.map((m) => m.entity));
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
  const before = text.slice(0, start).replace(/\s(?:on|in|at|from|by|until|since|for|during|between)\s*$/i, '');
  const words = (keepsClause ? text : `${before} ${text.slice(end)}`)
    .replace(DATELINE, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,]+/, '')
    .replace(/\s+([,.])/g, '$1')
    .replace(/[.\s]+$/, '')
    .trim();
  if (words.length === 0) return text.trim();
  const sentence = words.charAt(0).toUpperCase() + words.slice(1);
  if (sentence.length <= SUMMARY_LENGTH) return sentence;
  const cut = sentence.slice(0, SUMMARY_LENGTH);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[,;:]$/, '')}…`;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
