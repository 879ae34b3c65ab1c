import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Analysis } from '../schemas/analysis.ts';
import { ContentError } from './content-error.ts';
import { articleAnchors } from './share/anchor-lock-file.ts';

/**
 * What the build keeps of each rendered copy, its analysis and its body's HTML, is stored beside Astro's
 * content store rather than in it: the content store goes whole into memory, through the bundler and back
 * to disk on every build, and these were nearly all of it. Each file is named by the digest of its content
 * (`<cacheDir>/copies/<digest>.json|.html`), so a reference never points at another version, and the
 * content store keeps the references (`CopyRefs`).
 */
export function copyStoreDir(): string {
  return join(process.env.NA_CACHE_DIR ?? join('node_modules', '.astro'), 'copies');
}

/** What the content store keeps of a rendered copy: references to its analysis and body, and what the loader checks. */
export interface CopyRefs {
  /** The digest the analysis is stored under. */
  analysisRef: string;
  /** The digest the body's HTML is stored under. */
  bodyRef: string;
  /** Every anchor a share link can point at: paragraphs, quotes and events. */
  anchors: string[];
  /** What the engine could not settle, as the loader prints it. */
  warnings: Analysis['warnings'];
}

/** The references a rendered copy's frontmatter in the content store holds, if it was analysed and stored. */
export function copyRefs(frontmatter: Record<string, unknown> | undefined): CopyRefs | undefined {
  return typeof frontmatter?.bodyRef === 'string' ? (frontmatter as unknown as CopyRefs) : undefined;
}

const file = (ref: string, kind: 'json' | 'html') => join(copyStoreDir(), `${ref}.${kind}`);

const digest = (text: string) => createHash('sha256').update(text).digest('base64url').slice(0, 32);

/** Stores a text under the digest of its content (once), and returns the digest. */
function store(text: string, kind: 'json' | 'html'): string {
  const ref = digest(text);
  const path = file(ref, kind);
  if (!existsSync(path)) {
    mkdirSync(copyStoreDir(), { recursive: true });
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, text);
    renameSync(temporary, path);
  }
  return ref;
}

/** Stores a validated analysis; returns its reference with the anchors and warnings the loader checks. */
export function storeAnalysis(analysis: Analysis): Omit<CopyRefs, 'bodyRef'> {
  return {
    analysisRef: store(JSON.stringify(analysis), 'json'),
    anchors: articleAnchors(analysis),
    warnings: analysis.warnings,
  };
}

/** Stores a rendered body; returns its reference. */
export function storeBody(html: string): string {
  return store(html, 'html');
}

/** The file of a stored analysis: its JSON, validated before it was stored (published as `analysis.json`). */
export function storedAnalysisFile(ref: string): string {
  return file(ref, 'json');
}

/** Whether both files a copy refers to are stored. */
export function hasStoredCopy(refs: Pick<CopyRefs, 'analysisRef' | 'bodyRef'>): boolean {
  return existsSync(file(refs.analysisRef, 'json')) && existsSync(file(refs.bodyRef, 'html'));
}

/**
 * The stored analysis of a reference. It was validated by the Analysis schema before it was stored (and
 * the store is dropped when the schema changes); the file must still be the very text that was validated,
 * which its digest proves for a fraction of the cost of validating it again.
 */
export function readStoredAnalysis(ref: string): Analysis {
  const text = readStored(ref, 'json');
  if (digest(text) !== ref)
    throw new ContentError(
      join(copyStoreDir(), `${ref}.json`),
      '(file)',
      'the stored analysis was altered: build again',
    );
  return JSON.parse(text) as Analysis;
}

/** The stored body HTML of a reference (sanitized when it was rendered). */
export function readStoredBody(ref: string): string {
  return readStored(ref, 'html');
}

function readStored(ref: string, kind: 'json' | 'html'): string {
  const path = file(ref, kind);
  if (!existsSync(path)) throw new ContentError(path, '(file)', 'the stored copy is gone: build again');
  return readFileSync(path, 'utf8');
}

/** Removes the stored files no copy refers to any more (older versions of edited copies). */
export function pruneStoredCopies(used: ReadonlySet<string>): void {
  const dir = copyStoreDir();
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    if (!used.has(name.replace(/\.(?:json|html)$/, ''))) rmSync(join(dir, name), { force: true });
  }
}
