import { existsSync, globSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { articleIdGenerator } from './article-id.ts';
import { articlesDir, type ArticleSource } from './content-paths.ts';
import { ContentError } from './content-error.ts';
import { lockAnchors } from './share/anchor-lock-file.ts';
import { AnalysisSchema } from '../schemas/analysis.ts';
import { checkCopyText } from './copy-checks.ts';
import { checkFrontmatter, copyFieldLine } from './frontmatter-check.ts';
import { stopOnContentError } from './stop-build.ts';

/** Options of `articlesLoader`. */
export interface ArticlesLoaderOptions {
  /** Folders of the Markdown copies, each with its glob pattern. */
  readonly sources: readonly ArticleSource[];
  /** Changes whenever something the analysis depends on changes (registry, engine); cached renders are dropped then. */
  readonly analysisDigest: () => string;
  /** The collection's schema: each copy's frontmatter is checked with it first, so errors carry their line. */
  readonly schema: z.ZodType;
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
      try {
        const digest = options.analysisDigest();
        if (context.meta.get('analysis-digest') !== digest) context.store.clear();
        checkCopies(options.sources, options.schema);
        await inner.load(context);
        for (const entry of context.store.values()) {
          const lockWritten = checkRendered(entry);
          if (lockWritten) context.logger.warn(lockWritten);
          for (const warning of warningsOf(entry)) context.logger.warn(warning);
        }
        context.meta.set('analysis-digest', digest);
      } catch (error) {
        stopOnContentError(error);
      }
    },
  };
}

/** Size, invisible characters, YAML and frontmatter of every copy, before Astro parses them (its messages give no line). */
function checkCopies(sources: readonly ArticleSource[], schema: z.ZodType): void {
  const files = sources
    .filter((source) => existsSync(source.base))
    .flatMap((source) => globSync(source.pattern, { cwd: source.base }).map((name) => join(source.base, name)));
  for (const file of files.sort()) {
    const text = readFileSync(file, 'utf8');
    const problem = checkCopyText(file, text) ?? checkFrontmatter(file, text, schema);
    if (problem) throw problem;
  }
}

/** One glob over all sources: the glob loader drops entries another run stored, so two loaders cannot share the store. */
function globOf(sources: readonly ArticleSource[]): { base: string; pattern: string | string[] } {
  if (sources.length === 1) return { base: sources[0]!.base, pattern: sources[0]!.pattern };
  return { base: '.', pattern: sources.map((source) => `${relative('.', source.base)}/${source.pattern}`) };
}

type StoredEntry = Parameters<Parameters<Loader['load']>[0]['store']['set']>[0];

/** Stops on a copy whose render or analysis failed; returns the line to print when its anchor lock was written. */
function checkRendered(entry: StoredEntry): string | undefined {
  const file = entry.filePath ?? entry.id;
  const frontmatter = entry.rendered?.metadata?.frontmatter as Record<string, unknown> | undefined;
  if (!frontmatter) throw new ContentError(file, 'body', 'the copy could not be rendered (the error is printed above)');
  const problem = frontmatter.analysisProblem as { field: string; reason: string } | undefined;
  if (problem) {
    const line = problem.field === 'body' ? undefined : copyFieldLine(readFileSync(file, 'utf8'), problem.field);
    throw new ContentError(file, problem.field, problem.reason, line);
  }
  if (!frontmatter.analysis) throw new ContentError(file, 'body', 'the analysis did not run on this copy');
  // Shared links must survive edits: every published anchor still lands, or the build stops here. Only
  // the real copies publish anchors; the demo corpus (NA_DEMO) keeps no lock files.
  if (!isRealCopy(file)) return undefined;
  const { path, written } = lockAnchors(entry.id, file, AnalysisSchema.parse(frontmatter.analysis));
  if (!written) return undefined;
  return `${path}: ${written === 'created' ? 'new anchor lock written' : 'new anchors recorded'}: commit it with ${relative('.', file)}, so that links to this article keep landing`;
}

function isRealCopy(file: string): boolean {
  return !relative(resolve(articlesDir()), resolve(file)).startsWith('..');
}

/** What the engine could not settle (an unbalanced quotation mark): published anyway, but said aloud. */
function warningsOf(entry: StoredEntry): string[] {
  const file = entry.filePath ?? entry.id;
  const analysis = entry.rendered?.metadata?.frontmatter?.analysis as
    { warnings: { message: string; span?: { paragraph: string } }[] } | undefined;
  return (analysis?.warnings ?? []).map((w) => `${file}: ${w.span ? `${w.span.paragraph}: ` : ''}${w.message}`);
}
