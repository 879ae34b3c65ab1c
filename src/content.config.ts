import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { analysisDigest } from './lib/analysis-digest.ts';
import { articlesLoader } from './lib/articles-loader.ts';
import { articlesDir, entitiesDir } from './lib/content-paths.ts';
import { loadRegistry } from './lib/registry.ts';
import { articleSchemaWithRegistry } from './schemas/article.ts';
import { EntitySchema } from './schemas/entity.ts';

// Astro only logs a reference to a missing entry, so the ids are checked against the registry here.
const registryIds = new Set(loadRegistry(entitiesDir()).map((entity) => entity.id));

const articles = defineCollection({
  loader: articlesLoader({
    base: articlesDir(),
    analysisDigest: () => analysisDigest([entitiesDir(), 'src/analysis', 'src/markdown', 'src/schemas']),
  }),
  schema: articleSchemaWithRegistry(registryIds),
});

const entities = defineCollection({
  loader: glob({ pattern: '*.yaml', base: entitiesDir() }),
  schema: EntitySchema,
});

export const collections = { articles, entities };
