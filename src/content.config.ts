import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { filesDigest } from './lib/files-digest.ts';
import { articlesLoader } from './lib/articles-loader.ts';
import { articleSources, demoEnabled, registryDirs } from './lib/content-paths.ts';
import { loadMergedRegistry } from './lib/registry.ts';
import { articleSchemaWithRegistry } from './schemas/article.ts';
import { EntitySchema } from './schemas/entity.ts';

// Astro only logs a reference to a missing entry, so the ids are checked against the registry here.
const registry = loadMergedRegistry(registryDirs());
const registryIds = new Set(registry.map((entity) => entity.id));

const articles = defineCollection({
  loader: articlesLoader({
    sources: articleSources(),
    analysisDigest: () =>
      filesDigest([
        ...registryDirs(),
        'src/analysis',
        'src/markdown',
        'src/schemas',
        'src/lib/articles-loader.ts',
        'src/lib/copy-store.ts',
      ]) +
      (demoEnabled() ? '-demo' : ''),
  }),
  schema: articleSchemaWithRegistry(registryIds),
});

// The registry is already read and checked above (merged over several folders with NA_DEMO), so the
// collection stores those entities rather than globbing the files a second time.
const registryLoader: Loader = {
  name: 'registry-loader',
  load: async ({ store, parseData }) => {
    store.clear();
    for (const entity of registry) store.set({ id: entity.id, data: await parseData({ id: entity.id, data: entity }) });
  },
};

const entities = defineCollection({ loader: registryLoader, schema: EntitySchema });

export const collections = { articles, entities };
