import { z } from 'astro/zod';
import { closedObject } from './schema-helpers.ts';
import { EntityIdSchema } from './entity.ts';

/** A calendar day, `YYYY-MM-DD`, that exists (2023-02-30 is rejected). */
export const IsoDaySchema = z.iso.date({ error: 'expected a calendar day written YYYY-MM-DD' });

/** Pin an extracted event to the date the editor knows is right. */
const PinDateSchema = closedObject({
  /** Id of the event as the engine publishes it (`event-…`). */
  event: z.string().min(1),
  /** First day. */
  start: IsoDaySchema,
  /** Last day, for a range; defaults to `start`. */
  end: IsoDaySchema.optional(),
  /** Why this date is right, shown to readers. */
  reason: z.string().min(1),
});

/** Set who said a quotation; the text must be verbatim in the body. */
const QuoteSpeakerSchema = closedObject({
  /** The quoted words exactly as they stand in the body (or a verbatim part of them). */
  quote: z.string().min(1),
  /** Registry id of the speaker. */
  speaker: EntityIdSchema,
  /** How it was said ("in a statement"), when the engine missed it. */
  channel: z.string().min(1).optional(),
});

/** An event the engine missed, anchored to verbatim words of the body. */
const AddEventSchema = closedObject({
  /** Words of the body that state the event, verbatim; they locate its paragraph. */
  text: z.string().min(1),
  /** Short summary shown on the timeline. */
  summary: z.string().min(1).max(200),
  /** First day. */
  start: IsoDaySchema,
  /** Last day, for a range; defaults to `start`. */
  end: IsoDaySchema.optional(),
  /** Registry ids of who acts. */
  actors: z.array(EntityIdSchema).min(1),
  /** Registry id of who reports it. */
  source: EntityIdSchema.optional(),
  /** Why this date, shown to readers. */
  reason: z.string().min(1),
});

/** Editor corrections to the engine's output; each is checked against the text at build time. */
export const CorrectionsSchema = closedObject({
  /** Events whose date the editor pins. */
  pinDates: z.array(PinDateSchema).default([]),
  /** Quotations whose speaker the editor sets. */
  quoteSpeakers: z.array(QuoteSpeakerSchema).default([]),
  /** Events the engine missed. */
  addEvents: z.array(AddEventSchema).default([]),
  /** Ids of events, quotes or unregistered entities that are false positives. */
  hide: z.array(z.string().min(1)).default([]),
});
export type CorrectionsInput = z.input<typeof CorrectionsSchema>;
export type Corrections = z.output<typeof CorrectionsSchema>;
