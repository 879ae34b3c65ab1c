import { z } from 'astro/zod';
import { EntityIdSchema } from './entity.ts';
import { closedObject, expected } from './schema-helpers.ts';

/** A story id: lowercase words joined by hyphens, the file name of `content/stories/<id>.yaml` and its URL. */
export const StoryIdSchema = z
  .string({ error: expected('a story id such as "putin-g20-ukraine-tragedy"') })
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'a story id is lowercase letters, digits and single hyphens, such as "putin-g20-ukraine-tragedy"',
  );

/** One file of `content/stories/`: one news event, told by the copies whose frontmatter names it. */
export const StorySchema = closedObject({
  /** Stable slug; the file's name without `.yaml` must match it. */
  id: StoryIdSchema,
  /** The event in a line, in the editor's words. */
  title: z
    .string({ error: expected('the story’s title as text') })
    .trim()
    .min(1, 'the title is empty')
    .max(200, 'a story title has at most 200 characters'),
  /** What happened, in two or three sentences by the editor. */
  summary: z
    .string({ error: expected('two or three sentences of text') })
    .trim()
    .min(1)
    .max(600, 'a story summary is two or three sentences, at most 600 characters'),
  /** Registry ids of the entities the story is about (checked against `content/entities/`). */
  entities: z.array(EntityIdSchema, { error: expected('a list of entity ids') }).default([]),
});
export type StoryInput = z.input<typeof StorySchema>;
export type Story = z.output<typeof StorySchema>;
