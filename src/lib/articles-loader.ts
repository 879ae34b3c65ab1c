import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { relative } from 'node:path';
import { articleIdGenerator } from './article-id.ts';
import type { ArticleSource } from './content-paths.ts';
import { ContentError } from './content-error.ts';

/** Options of `articlesLoader`. */
export interface ArticlesLoaderOptions {
  /** Folders of the Markdown copies, each with its glob pattern. */
  readonly sources: readonly ArticleSource[];
  /** Changes whenever something the analysis depends on changes (registry, engine); cached renders are dropped then. */
  readonly analysisDigest: () => string;
}

/**
 * The glob loader for `content/articles/`, made strict: Astro only logs a failed render and publishes the
 * entry anyway, so every entry is checked after loading and a copy whose analysis failed stops the build.
 */
export function articlesLoader(options: Readonly<ArticlesLoaderOptions>): Loader {
  const { base, pattern } = globOf(options.sources);
  const inner = glob({ pattern, base, generateId: articleIdGenerator(base) });
  return {
    name: 'articles-loader',
    load: async (context) => {
      const digest = options.analysisDigest();
      if (context.meta.get('analysis-digest') !== digest) context.store.clear();
      await inner.load(context);
      for (const entry of context.store.values()) checkRendered(entry);
      context.meta.set('analysis-digest', digest);
    },
  };
}

/** One glob over all sources: the glob loader drops entries another run stored, so two loaders cannot share the store. */
function globOf(sources: readonly ArticleSource[]): { base: string; pattern: string | string[] } {
  if (sources.length === 1) return { base: sources[0]!.base, pattern: sources[0]!.pattern };
  return { base: '.', pattern: sources.map((source) => `${relative('.', source.base)}/${source.pattern}`) };
}

type StoredEntry = Parameters<Parameters<Loader['load']>[0]['store']['set']>[0];

function checkRendered(entry: StoredEntry): void {
  const file = entry.filePath ?? entry.id;
  const frontmatter = entry.rendered?.metadata?.frontmatter as Record<string, unknown> | undefined;
  if (!frontmatter) throw new ContentError(file, 'body', 'the copy could not be rendered (the error is printed above)');
  const problem = frontmatter.analysisProblem as { field: string; reason: string } | undefined;
  if (problem) throw new ContentError(file, problem.field, problem.reason);
  if (!frontmatter.analysis) throw new ContentError(file, 'body', 'the analysis did not run on this copy');
}
