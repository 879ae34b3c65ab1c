import { z } from 'astro/zod';
import { closedObject, expected } from './schema-helpers.ts';

/** The kinds of thing the registry knows; each kind has one colour on the site. */
export const EntityKindSchema = z.enum(['person', 'country', 'organization', 'media', 'place', 'event'], {
  error: 'expected one of person, country, organization, media, place, event',
});
export type EntityKind = z.infer<typeof EntityKindSchema>;

/** A registry id: lowercase words joined by hyphens, also used in URLs. */
export const EntityIdSchema = z
  .string({ error: expected('an id such as "jake-sullivan"') })
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'an id is lowercase letters, digits and single hyphens, such as "jake-sullivan"',
  );

/** One file of `content/entities/`: a person, state, organization, place or event. */
export const EntitySchema = closedObject({
  /** Stable slug; the file's name without `.yaml` must match it. */
  id: EntityIdSchema,
  /** Full name as a reader knows it ("Kim Jong Un"). */
  name: z
    .string({ error: expected('the full name as text') })
    .trim()
    .min(1)
    .max(200),
  /** What sort of thing this is. */
  kind: EntityKindSchema,
  /** Other ways the text names it: short forms ("Kim"), demonyms ("North Korean"), other names ("D.P.R.K."). */
  aliases: z.array(z.string().trim().min(1).max(200), { error: expected('a list of names') }).default([]),
  /** Role or title at the time of the articles ("White House National Security Adviser"). */
  role: z
    .string({ error: expected('the role as text') })
    .trim()
    .min(1)
    .max(300)
    .optional(),
  /** Id of the entity this one belongs to (a person's state or organization). */
  affiliation: EntityIdSchema.optional(),
  /** One line that tells a reader who or what this is. */
  description: z
    .string({ error: expected('one line of text') })
    .trim()
    .min(1)
    .max(300),
});
export type EntityInput = z.input<typeof EntitySchema>;
export type Entity = z.output<typeof EntitySchema>;
