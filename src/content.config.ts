import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { ArticleSchema } from './schemas/article.ts';
import { EntitySchema } from './schemas/entity.ts';
import { loadRegistry } from './lib/registry.ts';

const ENTITIES_DIR = './content/entities';

// Astro only logs a reference to a missing entry, so the ids are checked against the registry here.
const registryIds = new Set(loadRegistry(ENTITIES_DIR).map((entity) => entity.id));

const articles = defineCollection({
  loader: glob({ pattern: '**/*.md', base: './content/articles' }),
  schema: ArticleSchema.superRefine((article, ctx) => {
    article.entities.forEach((id, index) => {
      if (!registryIds.has(id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['entities', index],
          message: `unknown entity "${id}": expected the id of a file in content/entities/`,
        });
      }
    });
  }),
});

const entities = defineCollection({
  loader: glob({ pattern: '**/*.yaml', base: ENTITIES_DIR }),
  schema: EntitySchema,
});

export const collections = { articles, entities };
