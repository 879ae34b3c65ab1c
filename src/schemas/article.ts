import { z } from 'astro/zod';
import { CorrectionsSchema } from './corrections.ts';
import { EntityIdSchema } from './entity.ts';
import { closedObject, expected } from './schema-helpers.ts';
import { StoryIdSchema } from './story.ts';

/** ISO 8601 date-time with an explicit offset; YAML must get it quoted so that it stays a string. */
export const PublishedSchema = z.iso.datetime({
  offset: true,
  error: (issue) =>
    issue.input === undefined
      ? 'required: the publication date-time, such as "2023-09-08T09:00:00-04:00"'
      : 'expected an ISO 8601 date-time with an offset, in quotes, such as "2023-09-08T09:00:00-04:00"',
});

/** Frontmatter of `content/articles/<slug>.md`; unknown keys are rejected. */
export const ArticleSchema = closedObject({
  /** Headline exactly as the outlet printed it. */
  title: z
    .string({ error: expected('the headline as text') })
    .trim()
    .min(1, 'the title is empty')
    .max(300, 'a title has at most 300 characters'),
  /** Who published the copy ("The Daily Dispatch"). */
  outlet: z
    .string({ error: expected('the outlet’s name as text') })
    .trim()
    .min(1)
    .max(120),
  /** Where the original lives, when it is online. */
  url: z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' }).optional(),
  /** Publication time with its offset; relative dates in the text are resolved against its day. */
  published: PublishedSchema,
  /** True when the copy itself states its date; otherwise `publishedNote` must say how it was inferred. */
  dateStated: z.boolean({ error: expected('true or false') }).default(false),
  /** How the publication date was inferred, for copies that do not state it. */
  publishedNote: z
    .string({ error: expected('a sentence or two as text') })
    .trim()
    .min(1)
    .max(1000)
    .optional(),
  /** Who wrote it, as printed. */
  byline: z
    .string({ error: expected('the byline as text') })
    .trim()
    .min(1)
    .max(200)
    .optional(),
  /** BCP 47 language tag of the copy ("en", "en-GB"). */
  language: z
    .string({ error: expected('a language tag such as "en"') })
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'expected a language tag such as "en" or "en-GB"'),
  /** One or two sentences by the editor, shown on the index and in previews. */
  summary: z
    .string({ error: expected('one or two sentences of text') })
    .trim()
    .min(1)
    .max(400, 'a summary is one or two sentences, at most 400 characters'),
  /** Topic tags. */
  tags: z.array(z.string().trim().min(1).max(60), { error: expected('a list of tags') }).default([]),
  /** Registry ids of the entities the article is about (checked against `content/entities/`). */
  entities: z.array(EntityIdSchema, { error: expected('a list of entity ids') }).default([]),
  /** Id of the story this copy tells (`content/stories/<id>.yaml`), when other outlets' copies tell it too. */
  story: StoryIdSchema.optional(),
  /** Editor corrections to the analysis. */
  corrections: CorrectionsSchema.default({ pinDates: [], quoteSpeakers: [], addEvents: [], hide: [] }),
}).refine((article) => article.dateStated || article.publishedNote !== undefined, {
  path: ['publishedNote'],
  message: 'required when the copy does not state its date (dateStated is false): say how the date was inferred',
});
export type ArticleInput = z.input<typeof ArticleSchema>;
export type Article = z.output<typeof ArticleSchema>;

/**
 * `ArticleSchema` that also checks every `entities` id against the registry and the `story` against the
 * stories (Astro only logs a missing reference).
 */
export function articleSchemaWithRegistry(registryIds: ReadonlySet<string>, storyIds: ReadonlySet<string> = new Set()) {
  return ArticleSchema.superRefine((article, ctx) => {
    if (article.story !== undefined && !storyIds.has(article.story)) {
      ctx.addIssue({
        code: 'custom',
        path: ['story'],
        message: `unknown story "${article.story}": expected the id of a file in content/stories/`,
      });
    }
    article.entities.forEach((id, index) => {
      if (!registryIds.has(id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['entities', index],
          message: `unknown entity "${id}": expected the id of a file in content/entities/`,
        });
      }
    });
  });
}
