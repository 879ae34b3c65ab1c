import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { articleIdGenerator } from './article-id.ts';
import { ContentError } from './content-error.ts';
import { lockAnchors } from './share/anchor-lock-file.ts';
import { AnalysisSchema } from '../schemas/analysis.ts';
import { checkCopyText } from './copy-checks.ts';

/** Options of `articlesLoader`. */
export interface ArticlesLoaderOptions {
  /** Folder of the Markdown copies. */
  readonly base: string;
  /** Changes whenever something the analysis depends on changes (registry, engine); cached renders are dropped then. */
  readonly analysisDigest: () => string;
}

/**
 * The glob loader for `content/articles/`, made strict: Astro only logs a failed render and publishes the
 * entry anyway, so every entry is checked after loading and a copy whose analysis failed stops the build.
 */
export function articlesLoader(options: Readonly<ArticlesLoaderOptions>): Loader {
  const inner = glob({ pattern: '*.md', base: options.base, generateId: articleIdGenerator(options.base) });
  return {
    name: 'articles-loader',
    load: async (context) => {
      const digest = options.analysisDigest();
      if (context.meta.get('analysis-digest') !== digest) context.store.clear();
      checkCopies(options.base);
      await inner.load(context);
      for (const entry of context.store.values()) {
        checkRendered(entry);
        for (const warning of warningsOf(entry)) context.logger.warn(warning);
      }
      context.meta.set('analysis-digest', digest);
    },
  };
}

/** Size, invisible characters and YAML of every copy, before Astro parses them (its messages name no field). */
function checkCopies(base: string): void {
  let names: string[];
  try {
    names = readdirSync(base).filter((name) => name.endsWith('.md'));
  } catch {
    return;
  }
  for (const name of names.sort()) {
    const problem = checkCopyText(join(base, name), readFileSync(join(base, name), 'utf8'));
    if (problem) throw problem;
  }
}

type StoredEntry = Parameters<Parameters<Loader['load']>[0]['store']['set']>[0];

function checkRendered(entry: StoredEntry): void {
  const file = entry.filePath ?? entry.id;
  const frontmatter = entry.rendered?.metadata?.frontmatter as Record<string, unknown> | undefined;
  if (!frontmatter) throw new ContentError(file, 'body', 'the copy could not be rendered (the error is printed above)');
  const problem = frontmatter.analysisProblem as { field: string; reason: string } | undefined;
  if (problem) throw new ContentError(file, problem.field, problem.reason);
  if (!frontmatter.analysis) throw new ContentError(file, 'body', 'the analysis did not run on this copy');
  // Shared links must survive edits: every published anchor still lands, or the build stops here.
  lockAnchors(entry.id, file, AnalysisSchema.parse(frontmatter.analysis));
}

/** What the engine could not settle (an unbalanced quotation mark): published anyway, but said aloud. */
function warningsOf(entry: StoredEntry): string[] {
  const file = entry.filePath ?? entry.id;
  const analysis = entry.rendered?.metadata?.frontmatter?.analysis as
    { warnings: { message: string; span?: { paragraph: string } }[] } | undefined;
  return (analysis?.warnings ?? []).map((w) => `${file}: ${w.span ? `${w.span.paragraph}: ` : ''}${w.message}`);
}
