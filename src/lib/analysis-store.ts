import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AnalysisSchema, type Analysis } from '../schemas/analysis.ts';
import { ContentError } from './content-error.ts';
import { articleAnchors } from './share/anchor-lock-file.ts';

/**
 * The analyses of the copies, kept between builds beside Astro's content store rather than in it: the store
 * goes whole through the bundler and into memory, and the analyses were most of it. Each file is named by
 * the digest of its content (`<cacheDir>/analyses/<digest>.json`), so a reference never points at another
 * analysis, and a file is never written twice.
 */
export function analysisStoreDir(): string {
  return join(process.env.NA_CACHE_DIR ?? join('node_modules', '.astro'), 'analyses');
}

/** What a rendered copy keeps of its analysis in the content store: the reference and what the loader checks. */
export interface AnalysisSummary {
  /** The digest the analysis is stored under. */
  analysisRef: string;
  /** Every anchor a share link can point at: paragraphs, quotes and events. */
  anchors: string[];
  /** What the engine could not settle, as the loader prints it. */
  warnings: Analysis['warnings'];
}

/** Stores a validated analysis and returns what the content store keeps of it. */
export function storeAnalysis(analysis: Analysis): AnalysisSummary {
  const json = JSON.stringify(analysis);
  const analysisRef = createHash('sha256').update(json).digest('base64url').slice(0, 32);
  const file = join(analysisStoreDir(), `${analysisRef}.json`);
  if (!existsSync(file)) {
    mkdirSync(analysisStoreDir(), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, json);
    renameSync(temporary, file);
  }
  return { analysisRef, anchors: articleAnchors(analysis), warnings: analysis.warnings };
}

/** Whether the analysis of a reference is stored. */
export function hasStoredAnalysis(ref: string): boolean {
  return existsSync(join(analysisStoreDir(), `${ref}.json`));
}

/** The analysis of a reference, validated by the Analysis schema. */
export function readStoredAnalysis(ref: string): Analysis {
  const file = join(analysisStoreDir(), `${ref}.json`);
  if (!existsSync(file)) throw new ContentError(file, '(file)', 'the stored analysis is gone: build again');
  return AnalysisSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

/** Removes the stored analyses no copy refers to any more (older versions of edited copies). */
export function pruneStoredAnalyses(used: ReadonlySet<string>): void {
  const dir = analysisStoreDir();
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    if (!used.has(name.replace(/\.json$/, ''))) rmSync(join(dir, name), { force: true });
  }
}
