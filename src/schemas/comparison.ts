import { z } from 'astro/zod';
import { EntityKindSchema } from './entity.ts';
import { PrecisionSchema } from './analysis.ts';

const DaySchema = z.iso.date();

/** One copy of the story: who published it, when, how long it is, and whether it was aligned. */
export const CoverageCopySchema = z.object({
  /** Article slug (`/articles/<slug>/`). */
  slug: z.string().min(1),
  /** Who published it. */
  outlet: z.string().min(1),
  /** Headline as printed. */
  title: z.string().min(1),
  /** Publication day. */
  published: DaySchema,
  /** BCP 47 language tag of the copy. */
  language: z.string().min(1),
  /** Words in the body. */
  words: z.int().nonnegative(),
  /** Paragraphs in the body. */
  paragraphs: z.int().nonnegative(),
  /** The copy's page on this site, when it has one. */
  href: z.string().optional(),
  /** Where the original lives. */
  url: z.string().optional(),
  /** False for a copy in another language than the story's: listed, not aligned. */
  aligned: z.boolean(),
});
export type CoverageCopy = z.infer<typeof CoverageCopySchema>;

/** A run of a quote's wording: the same as the reference, inserted by this copy, or dropped from the reference. */
export const WordingSegmentSchema = z.object({
  /** `same` and `inserted` text is the copy's own; `dropped` text is the reference's. */
  kind: z.enum(['same', 'inserted', 'dropped']),
  /** The text, verbatim (with the punctuation that follows its words). */
  text: z.string().min(1),
});
export type WordingSegment = z.infer<typeof WordingSegmentSchema>;

/** A dropped run and an inserted run at the same place: a changed wording. */
export const WordChangeSchema = z.object({
  /** The reference's words. */
  from: z.array(z.string().min(1)).min(1),
  /** This copy's words. */
  to: z.array(z.string().min(1)).min(1),
});
export type WordChange = z.infer<typeof WordChangeSchema>;

/** How one quote of one copy words a row's utterance, against the row's reference wording. */
export const QuoteReadingSchema = z.object({
  /** Article slug. */
  copy: z.string().min(1),
  /** The quote's id in that article's analysis (`quote-…`), also its anchor there. */
  quote: z.string().min(1),
  /** Paragraph id (the article's anchor). */
  paragraph: z.string().min(1),
  /** The paragraph's place in the copy, from 1. */
  paragraphNumber: z.int().positive(),
  /** The quoted words, verbatim. */
  text: z.string().min(1),
  /** The speaker this copy gives, as it names them; null when the engine could not tell. */
  speaker: z.string().min(1).nullable(),
  /** The row's reference wording (the longest quote of the row). */
  reference: z.boolean(),
  /** A partial quote of one to three words: no word differences, only whether it stands in the reference. */
  fragment: z.boolean(),
  /** For a fragment: its words stand unbroken in the reference. */
  contained: z.boolean().optional(),
  /** The wording marked up against the reference (the reference and fragments: one `same` run). */
  segments: z.array(WordingSegmentSchema),
  /** Words only in this quote (lower case), not part of a change. */
  inserted: z.array(z.string()),
  /** Words of the covered reference only there, not part of a change. */
  dropped: z.array(z.string()),
  /** Changed wordings. */
  changed: z.array(WordChangeSchema),
});
export type QuoteReading = z.infer<typeof QuoteReadingSchema>;

/** One utterance as the copies quote it. */
export const QuoteRowSchema = z.object({
  /** Stable id derived from the reference wording (`quote-row-…`); the row's anchor and share page. */
  id: z.string().regex(/^quote-row-[a-z0-9-]+$/),
  /** Who said it: the speaker the copies agree on, null when none named one. */
  speaker: z.object({ name: z.string().min(1), entity: z.string().nullable() }).nullable(),
  /** Slugs of the copies that carry it, in story order. */
  copies: z.array(z.string().min(1)).min(1),
  /** True when no copy's words differ from the reference (punctuation and case aside). */
  verbatim: z.boolean(),
  /** Every quote in the row, the reference first, then by copy and reading order. */
  readings: z.array(QuoteReadingSchema).min(1),
});
export type QuoteRow = z.infer<typeof QuoteRowSchema>;

/** One copy's telling of an event. */
export const EventMentionSchema = z.object({
  /** Article slug. */
  copy: z.string().min(1),
  /** The event's id in that article's analysis (its anchor there). */
  event: z.string().min(1),
  /** Paragraph id. */
  paragraph: z.string().min(1),
  /** The paragraph's place in the copy, from 1. */
  paragraphNumber: z.int().positive(),
  /** The date phrase as printed. */
  phrase: z.string().min(1),
  /** The date the copy gives, resolved. */
  start: DaySchema,
  end: DaySchema,
  precision: PrecisionSchema,
  /** The engine's summary of the sentence. */
  summary: z.string().min(1),
  /** Entity ids of who acts. */
  actors: z.array(z.string()),
});
export type EventMention = z.infer<typeof EventMentionSchema>;

/** One event as the copies tell it. */
export const EventRowSchema = z.object({
  /** Stable id from the first telling (`event-row-…`); the row's anchor and share page. */
  id: z.string().regex(/^event-row-[a-z0-9-]+$/),
  /** Slugs of the copies that tell it, in story order. */
  copies: z.array(z.string().min(1)).min(1),
  /** Actors the tellings share (all actors when one copy tells it). */
  actors: z.array(z.string()),
  /** True when two copies give dates that do not overlap for the same event. */
  dateDisagreement: z.boolean(),
  /** Every telling, in story order. */
  mentions: z.array(EventMentionSchema).min(1),
});
export type EventRow = z.infer<typeof EventRowSchema>;

/** One entity and the copies that name it. */
export const EntityRowSchema = z.object({
  /** Registry or engine id. */
  id: z.string().min(1),
  name: z.string().min(1),
  kind: EntityKindSchema,
  /** Whether the registry knows it. */
  registered: z.boolean(),
  /** One of the story's own entities (its YAML `entities`). */
  key: z.boolean(),
  /** Per copy that names it: how often, and the paragraph of the first mention (its id and place, from 1). */
  copies: z.array(
    z.object({
      copy: z.string().min(1),
      mentions: z.int().positive(),
      paragraph: z.string().min(1),
      paragraphNumber: z.int().positive(),
    }),
  ),
});
export type EntityRow = z.infer<typeof EntityRowSchema>;

/** What one copy alone reports: row ids and entity ids. */
export const OnlyHereSchema = z.object({
  copy: z.string().min(1),
  quoteRows: z.array(z.string()),
  eventRows: z.array(z.string()),
  entities: z.array(z.string()),
});
export type OnlyHere = z.infer<typeof OnlyHereSchema>;

/** How several copies of one story compare: published as `/stories/<id>/comparison.json`. */
export const ComparisonSchema = z.object({
  /** Format version. */
  version: z.literal(1),
  /** The story, when the copies belong to one (`npm run compare` on loose copies has none). */
  story: z
    .object({
      id: z.string().min(1),
      title: z.string().min(1),
      summary: z.string().min(1),
      entities: z.array(z.string()),
    })
    .optional(),
  /** The language the aligned copies share (primary subtag); other copies are listed, not aligned. */
  language: z.string().nullable(),
  /** Every copy, in story order (oldest first, then by outlet). */
  copies: z.array(CoverageCopySchema),
  /** Quotations across copies, most copies first. */
  quoteRows: z.array(QuoteRowSchema),
  /** Events across copies, in date order. */
  eventRows: z.array(EventRowSchema),
  /** Who is named where, most copies first. */
  entities: z.array(EntityRowSchema),
  /** Per aligned copy, what no other copy reports. */
  onlyHere: z.array(OnlyHereSchema),
});
export type Comparison = z.infer<typeof ComparisonSchema>;
