import { existsSync, globSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { articleIdGenerator } from './article-id.ts';
import { articlesDir, type ArticleSource } from './content-paths.ts';
import { ContentError } from './content-error.ts';
import { lockAnchors } from './share/anchor-lock-file.ts';
import {
  copyRefs,
  hasStoredCopy,
  pruneStoredCopies,
  readStoredAnalysis,
  storeBody,
  type CopyRefs,
} from './copy-store.ts';
import { articleSummaryView } from './article-view.ts';
import { drawEarly } from './output/og-prefetch.ts';
import { articleCards } from './share/og-cards.ts';
import { checkCopyText } from './copy-checks.ts';
import { checkFrontmatter, copyFieldLine } from './frontmatter-check.ts';
import { stopOnContentError } from './stop-build.ts';

/** Options of `articlesLoader`. */
export interface ArticlesLoaderOptions {
  /** Folders of the Markdown copies, each with its glob pattern. */
  readonly sources: readonly ArticleSource[];
  /** Changes whenever something a rendered copy depends on changes (registry, engine, plugins, this loader); cached renders are dropped then. */
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
  // The raw Markdown is not kept in the content store: pages show the rendered body and the analysis.
  const inner = glob({ pattern, base, generateId: articleIdGenerator(base), retainBody: false });
  return {
    name: 'articles-loader',
    load: async (context) => {
      try {
        const digest = options.analysisDigest();
        if (context.meta.get('analysis-digest') !== digest) context.store.clear();
        // A copy whose stored analysis or body is gone (the folder was cleaned) is rendered again.
        for (const entry of context.store.values()) {
          const refs = refsOf(entry);
          if (!refs || !hasStoredCopy(refs)) context.store.delete(entry.id);
        }
        checkCopies(options.sources, options.schema);
        // Each copy's preview images start drawing (on another core) as soon as it is analysed.
        await inner.load({ ...context, store: slimming(context.store, (entry) => drawEarly(cardsOf(entry))) });
        const used = new Set<string>();
        for (const entry of context.store.values()) {
          const { refs, lockWritten } = checkRendered(entry);
          used.add(refs.analysisRef).add(refs.bodyRef);
          if (lockWritten) context.logger.warn(lockWritten);
          const file = entry.filePath ?? entry.id;
          // What the engine could not settle (an unbalanced quotation mark): published anyway, but said aloud.
          for (const w of refs.warnings)
            context.logger.warn(`${file}: ${w.span ? `${w.span.paragraph}: ` : ''}${w.message}`);
        }
        pruneStoredCopies(used);
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

type Store = Parameters<Loader['load']>[0]['store'];
type StoredEntry = Parameters<Store['set']>[0];

/**
 * The content store as the glob loader sees it, but a rendered copy is stored slim (and handed to
 * `onRendered`): its body goes to the copy store (its analysis is there already) and the entry keeps the
 * references, its anchors and warnings.
 */
function slimming(store: Store, onRendered: (entry: StoredEntry) => void): Store {
  const set: Store['set'] = (entry) => {
    const frontmatter = entry.rendered?.metadata?.frontmatter as Partial<CopyRefs> & { analysisProblem?: unknown };
    if (!entry.rendered || frontmatter?.analysisRef === undefined) return store.set(entry);
    const { analysisRef, anchors, warnings } = frontmatter as CopyRefs;
    const refs: CopyRefs = { analysisRef, anchors, warnings, bodyRef: storeBody(entry.rendered.html) };
    const slim = { ...entry, rendered: { html: '', metadata: { ...entry.rendered.metadata, frontmatter: refs } } };
    onRendered(slim);
    return store.set(slim);
  };
  return new Proxy(store, { get: (target, key) => (key === 'set' ? set : Reflect.get(target, key)) });
}

const refsOf = (entry: StoredEntry) => copyRefs(entry.rendered?.metadata?.frontmatter);

/** The preview cards of a copy rendered this build (see `drawEarly`). */
function cardsOf(entry: StoredEntry) {
  const refs = refsOf(entry);
  if (!refs) return [];
  const article = articleSummaryView(entry as unknown as Parameters<typeof articleSummaryView>[0]);
  return articleCards(article, readStoredAnalysis(refs.analysisRef).quotes).map(({ card }) => card);
}

/**
 * Stops on a copy whose render or analysis failed; gives its references, and the line to print when its anchor
 * lock was written.
 */
function checkRendered(entry: StoredEntry): { refs: CopyRefs; lockWritten: string | undefined } {
  const file = entry.filePath ?? entry.id;
  const frontmatter = entry.rendered?.metadata?.frontmatter as Record<string, unknown> | undefined;
  if (!frontmatter) throw new ContentError(file, 'body', 'the copy could not be rendered (the error is printed above)');
  const problem = frontmatter.analysisProblem as { field: string; reason: string } | undefined;
  if (problem) {
    const line = problem.field === 'body' ? undefined : copyFieldLine(readFileSync(file, 'utf8'), problem.field);
    throw new ContentError(file, problem.field, problem.reason, line);
  }
  const refs = refsOf(entry);
  if (!refs) throw new ContentError(file, 'body', 'the analysis did not run on this copy');
  // Shared links must survive edits: every published anchor still lands, or the build stops here. Only
  // the real copies publish anchors; the demo corpus (NA_DEMO) keeps no lock files.
  if (!isRealCopy(file)) return { refs, lockWritten: undefined };
  const { path, written } = lockAnchors(entry.id, file, refs.anchors);
  const lockWritten = written
    ? `${path}: ${written === 'created' ? 'new anchor lock written' : 'new anchors recorded'}: commit it with ${relative('.', file)}, so that links to this article keep landing`
    : undefined;
  return { refs, lockWritten };
}

function isRealCopy(file: string): boolean {
  return !relative(resolve(articlesDir()), resolve(file)).startsWith('..');
}
