/** The shapes the attribution sieves share. */
import { SieveSchema, type Sieve as SieveName, type Speaker } from '../../schemas/analysis.ts';
import type { EntityKind } from '../../schemas/entity.ts';
import type { Gender } from '../names/gender.ts';
import type { SentenceSpan } from '../sentences.ts';
import type { Token } from '../tokens.ts';

/** The sieves, most precise first; a quote records the one that attributed it. */
export const SIEVES = SieveSchema.options;
export type { SieveName };

/** An entity mention as attribution reads it. */
export interface KnownMention {
  entity: string;
  kind: EntityKind;
  start: number;
  end: number;
}

/** What attribution knows of an entity. */
export interface EntityFacts {
  name: string;
  kind: EntityKind;
  role?: string | undefined;
  title?: string | undefined;
  gender?: Gender | undefined;
  /** The gender is only a guess from the first name. */
  genderByName?: boolean | undefined;
}

/** A paragraph with its layers. */
export interface AttributionParagraph {
  id: string;
  text: string;
  sentences: readonly SentenceSpan[];
  /** Tokens, with names the names pass found tagged PROPN. */
  tokens: readonly Token[];
  /** Entity mentions, sorted by start. */
  mentions: readonly KnownMention[];
}

/** A quotation before attribution. */
export interface QuoteSite {
  /** Paragraph index. */
  paragraph: number;
  /** The quoted words (trimmed). */
  start: number;
  end: number;
  /** Offset of the opening mark, and of the closing mark (the paragraph's end when the quote goes on). */
  open: number;
  close: number;
  sentence: SentenceSpan;
  /** Index of the quote this one continues (a quotation over paragraphs). */
  continues: number | undefined;
  /** A quoted term, not speech ("its “forward guidance”"): no sieve runs on it. */
  term?: boolean | undefined;
}

/** Who a sieve says speaks: a span of words in a paragraph, to be resolved to an entity or an unnamed speaker. */
export interface SpeakerPhrase {
  paragraph: number;
  /** Token indices of the speaker's words. */
  first: number;
  last: number;
  /** Token indices of a descriptor in apposition ("a witness"), the speaker's role. */
  descriptor?: { first: number; last: number } | undefined;
  /** Token indices of the attribution clause (verb, listener, channel), where the channel is looked for. */
  clause: { first: number; last: number };
}

/** A sieve's finding: a phrase to resolve, or the speaker of another quote (continuation). */
export type Finding = { phrase: SpeakerPhrase } | { sameAs: number; why: string };

/** The document as the sieves see it. */
export interface AttributionDoc {
  paragraphs: readonly AttributionParagraph[];
  entities: ReadonlyMap<string, EntityFacts>;
  quotes: readonly QuoteSite[];
  /** Per paragraph, per token: 1 when the token lies inside a quotation (its marks included). */
  inside: readonly Uint8Array[];
}

/**
 * A sieve: looks at quote `index`, the speakers settled so far, and `lastSpoken`, the index of the last quote
 * before it that has a speaker (kept by the caller, so that no sieve scans back over unattributed quotes).
 */
export type Sieve = (
  doc: AttributionDoc,
  index: number,
  settled: readonly (Speaker | null)[],
  lastSpoken: number | undefined,
) => Finding | undefined;
