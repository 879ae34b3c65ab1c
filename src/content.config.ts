import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { cacheKey } from './lib/cache-key.ts';
import { filesDigest } from './lib/files-digest.ts';
import { articlesLoader } from './lib/articles-loader.ts';
import { articleSources, demoEnabled, registryDirs, storiesDir } from './lib/content-paths.ts';
import { loadMergedRegistry } from './lib/registry.ts';
import { stopOnContentError } from './lib/stop-build.ts';
import { loadStories } from './lib/stories/story-files.ts';
import { articleSchemaWithRegistry } from './schemas/article.ts';
import { EntitySchema } from './schemas/entity.ts';
import { StorySchema } from './schemas/story.ts';

// Astro only logs a reference to a missing entry, so the ids are checked against the registry here. A broken
// registry or story file stops the build with its one line (Astro would blame this file).
const registry = readOrStop(() => loadMergedRegistry(registryDirs()));
const registryIds = new Set(registry.map((entity) => entity.id));
// Stories are checked the same way: an article's `story` must name one of these files.
const stories = readOrStop(() => loadStories(storiesDir(), registryIds));
const storyIds = new Set(stories.map((story) => story.id));
const articleSchema = articleSchemaWithRegistry(registryIds, storyIds);

const articles = defineCollection({
  loader: articlesLoader({
    sources: articleSources(),
    // The story ids too: cached entries are not validated again, so a removed story must drop them.
    analysisDigest: () =>
      filesDigest([
        ...registryDirs(),
        'src/analysis',
        'src/markdown',
        'src/schemas',
        'src/lib/articles-loader.ts',
        'src/lib/copy-store.ts',
      ]) +
      (demoEnabled() ? '-demo' : '') +
      `-stories:${cacheKey([...storyIds])}`,
    schema: articleSchema,
  }),
  schema: articleSchema,
});

function readOrStop<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    return stopOnContentError(error);
  }
}

// The registry and the stories are already read and checked above (the registry merged over several folders
// with NA_DEMO), so the collections store those records rather than globbing the files a second time.
function recordsLoader(name: string, records: readonly { id: string }[]): Loader {
  return {
    name,
    load: async ({ store, parseData }) => {
      store.clear();
      for (const record of records)
        store.set({ id: record.id, data: await parseData({ id: record.id, data: record }) });
    },
  };
}

const entities = defineCollection({ loader: recordsLoader('registry-loader', registry), schema: EntitySchema });

const storyCollection = defineCollection({ loader: recordsLoader('stories-loader', stories), schema: StorySchema });

export const collections = { articles, entities, stories: storyCollection };
