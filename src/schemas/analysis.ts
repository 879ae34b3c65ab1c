import { z } from 'astro/zod';
import { EntityKindSchema } from './entity.ts';

/** A character range inside one paragraph's text: `text.slice(start, end)`. */
export const SpanSchema = z
  .object({
    /** Stable id of the paragraph (`p-…`). */
    paragraph: z.string().min(1),
    /** Offset of the first character, in UTF-16 code units from the paragraph's start. */
    start: z.int().nonnegative(),
    /** Offset just past the last character. */
    end: z.int().nonnegative(),
  })
  .refine((s) => s.end >= s.start, { message: 'a span ends before it starts' });
export type Span = z.infer<typeof SpanSchema>;

/** How precise a resolved date is. */
export const PrecisionSchema = z.enum(['day', 'range', 'week', 'month', 'year', 'vague']);
export type Precision = z.infer<typeof PrecisionSchema>;

const DaySchema = z.iso.date();

/** A temporal expression resolved against the publication day. */
export const ResolvedDateSchema = z.object({
  /** First day, `YYYY-MM-DD`. */
  start: DaySchema,
  /** Last day, `YYYY-MM-DD` (equal to `start` for a single day). */
  end: DaySchema,
  /** How precise the resolution is. */
  precision: PrecisionSchema,
  /** Why this date, in words a reader can check. */
  reason: z.string().min(1),
});
export type ResolvedDate = z.infer<typeof ResolvedDateSchema>;

/** One paragraph of the body, the unit every span points into. */
export const ParagraphSchema = z.object({
  /** Stable id derived from the paragraph's words (`p-…`). */
  id: z.string().min(1),
  /** The paragraph's text, verbatim. */
  text: z.string(),
  /** Sentence boundaries inside the paragraph. */
  sentences: z.array(z.object({ start: z.int().nonnegative(), end: z.int().nonnegative() })),
});
export type Paragraph = z.infer<typeof ParagraphSchema>;

/** An entity the article mentions: from the registry, or found by the engine alone. */
export const AnalysisEntitySchema = z.object({
  /** Registry id, or a slug of the name for an unregistered entity. */
  id: z.string().min(1),
  /** Display name. */
  name: z.string().min(1),
  /** Kind; for an unregistered entity, weighed from the evidence of the text. */
  kind: EntityKindSchema,
  /** True when the evidence did not decide an unregistered entity's kind: `kind` is then a guess. */
  kindUncertain: z.boolean().optional(),
  /** The strongest evidence for an unregistered entity's kind ("a title (Sgt)", "the gazetteer: a country"). */
  kindReason: z.string().optional(),
  /** Whether the registry knows it. */
  registered: z.boolean(),
  /** Role from the registry, or for an unregistered person the title the copy gives them ("Senator"). */
  role: z.string().optional(),
  /** Registry id of its affiliation. */
  affiliation: z.string().optional(),
  /** One-line description from the registry. */
  description: z.string().optional(),
  /** How many times the body mentions it. */
  mentions: z.int().nonnegative(),
});
export type AnalysisEntity = z.infer<typeof AnalysisEntitySchema>;

/** One mention of an entity in the body. */
export const MentionSchema = z.object({
  /** Id of the entity mentioned. */
  entity: z.string().min(1),
  /** The words as they stand in the body ("Russia's" gives "Russia"). */
  text: z.string().min(1),
  /** Where. */
  span: SpanSchema,
});
export type Mention = z.infer<typeof MentionSchema>;

/** A temporal expression found in the body, with its resolution. */
export const DateMentionSchema = ResolvedDateSchema.extend({
  /** The phrase as it stands in the body ("On Thursday"). */
  phrase: z.string().min(1),
  /** Where. */
  span: SpanSchema,
});
export type DateMention = z.infer<typeof DateMentionSchema>;

/** Who said a quotation. */
export const SpeakerSchema = z.object({
  /** As the article names them (the registry name when known; "an NSC spokeswoman" for an unnamed one). */
  name: z.string().min(1),
  /** Registry or engine id of the speaker, null when unnamed. */
  entity: z.string().min(1).nullable(),
  /** Role from the registry, or the descriptor the copy gives the speaker ("a witness"). */
  role: z.string().optional(),
  /** Entity id of the organization an unnamed speaker speaks for. */
  affiliation: z.string().optional(),
});
export type Speaker = z.infer<typeof SpeakerSchema>;

/** The attribution sieves, most precise first (src/analysis/attribution/). */
export const SieveSchema = z.enum([
  'descriptor-name',
  'adjacent-verb',
  'colon-dash',
  'reported-speech',
  'continuation',
  'narrative-subject',
]);
export type Sieve = z.infer<typeof SieveSchema>;

/** A direct quotation; `text` is always `paragraph.text.slice(span.start, span.end)`. */
export const QuoteSchema = z.object({
  /** Stable id (`quote-…`). */
  id: z.string().regex(/^quote-[a-z0-9-]+$/),
  /** The quoted words, verbatim, without the quotation marks. */
  text: z.string().min(1),
  /** Who said it; null when the engine could not tell. */
  speaker: SpeakerSchema.nullable(),
  /** How it was said ("told the Times", "in a statement"). */
  channel: z.string().optional(),
  /** Paragraph id. */
  paragraph: z.string().min(1),
  /** Where the quoted words are. */
  span: SpanSchema,
  /** The sentence holding the quotation. */
  sentence: SpanSchema,
  /** When it was said, if the text says so. */
  date: ResolvedDateSchema.optional(),
  /** Id of the quote this one continues (a quotation running over paragraphs). */
  continues: z.string().optional(),
  /** Where the attribution came from. */
  attribution: z.enum(['explicit', 'previous', 'editor', 'none']),
  /** The sieve that attributed the quotation, when one did. */
  sieve: SieveSchema.optional(),
  /** Why this speaker (or none), in words a reader can check. */
  reason: z.string().optional(),
});
export type Quote = z.infer<typeof QuoteSchema>;

/** A statement that places actors in time. */
export const EventSchema = z.object({
  /** Stable id (`event-…`). */
  id: z.string().regex(/^event-[a-z0-9-]+$/),
  /** Short summary taken from the sentence. */
  summary: z.string().min(1),
  /** The date phrase as it stands in the body. */
  phrase: z.string().min(1),
  /** The resolved date. */
  date: ResolvedDateSchema,
  /** Entity ids of who acts. */
  actors: z.array(z.string().min(1)),
  /** Entity id of who reports it, when the text says so. */
  source: z.string().min(1).optional(),
  /** Paragraph id. */
  paragraph: z.string().min(1),
  /** The sentence stating the event. */
  span: SpanSchema,
  /** Whether the editor added or pinned it. */
  origin: z.enum(['engine', 'editor']),
});
export type Event = z.infer<typeof EventSchema>;

/** Something the engine noticed and could not settle, with its place. */
export const WarningSchema = z.object({
  /** What is wrong, in a sentence. */
  message: z.string().min(1),
  /** Where, when it has a place. */
  span: SpanSchema.optional(),
});
export type Warning = z.infer<typeof WarningSchema>;

/** The engine's whole output for one article, published as `analysis.json`. */
export const AnalysisSchema = z.object({
  /** Format version. */
  version: z.literal(1),
  /** Publication day the relative dates were resolved against. */
  published: DaySchema,
  /** The body's paragraphs. */
  paragraphs: z.array(ParagraphSchema),
  /** Entities mentioned, most mentioned first. */
  entities: z.array(AnalysisEntitySchema),
  /** Every mention, in reading order. */
  mentions: z.array(MentionSchema),
  /** Every temporal expression, in reading order. */
  dates: z.array(DateMentionSchema),
  /** Every quotation, in reading order. */
  quotes: z.array(QuoteSchema),
  /** Dated events, in reading order. */
  events: z.array(EventSchema),
  /** What the engine could not settle. */
  warnings: z.array(WarningSchema),
});
export type Analysis = z.infer<typeof AnalysisSchema>;
