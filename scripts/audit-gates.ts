// What `npm run audit` gates on: only what a busy machine cannot change. Lighthouse's performance score
// weighs timings (first paint, blocking time) that grow with the machine's load, so it is reported, not gated.

/** The parts of a Lighthouse result (LHR) the gates read. */
export interface LighthouseResult {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] } | undefined>;
  audits: Record<
    string,
    | {
        score: number | null;
        scoreDisplayMode: string;
        numericValue?: number;
        details?: { items?: { url?: string; totalBytes?: number }[] };
      }
    | undefined
  >;
}

/** One gate's outcome: what it checks, the value measured, and whether it passed. */
export interface GateResult {
  name: string;
  value: string;
  passed: boolean;
}

/** Categories made of pass/fail audits only: their scores do not depend on timing. */
export const SCORED_CATEGORIES = ['accessibility', 'best-practices', 'seo'] as const;
export const CATEGORY_BAR = 0.95;
/** Layout shift a reader would notice (web.dev's "good" limit). */
export const MAX_LAYOUT_SHIFT = 0.1;
/** Bytes the article page may transfer in all (HTML, CSS, JS, images, fonts). */
export const MAX_PAGE_BYTES = 100 * 1024;
/** Bytes of the stylesheets that hold the first paint (the site's own CSS files; no script may block it). */
export const MAX_RENDER_BLOCKING_BYTES = 16 * 1024;

/** The deterministic gates over one Lighthouse run. */
export function auditGates(lhr: LighthouseResult, origin: string): GateResult[] {
  const gates: GateResult[] = SCORED_CATEGORIES.map((id) => {
    const score = lhr.categories[id]?.score ?? 0;
    return { name: `${id} score`, value: score.toFixed(2), passed: score >= CATEGORY_BAR };
  });
  const shift = lhr.audits['cumulative-layout-shift']?.numericValue ?? Number.POSITIVE_INFINITY;
  gates.push({ name: 'cumulative layout shift', value: shift.toFixed(3), passed: shift <= MAX_LAYOUT_SHIFT });
  const bytes = lhr.audits['total-byte-weight']?.numericValue ?? Number.POSITIVE_INFINITY;
  gates.push({ name: 'page weight (transferred)', value: kilobytes(bytes), passed: bytes <= MAX_PAGE_BYTES });
  const blocking = lhr.audits['render-blocking-insight']?.details?.items ?? [];
  const foreignOrScript = blocking.filter((item) => !item.url?.startsWith(origin) || !item.url.endsWith('.css'));
  const blockingBytes = blocking.reduce((sum, item) => sum + (item.totalBytes ?? 0), 0);
  gates.push({
    name: 'render-blocking resources',
    value: `${blocking.length} of the site's stylesheets, ${kilobytes(blockingBytes)}${foreignOrScript.length ? `; also ${foreignOrScript.map((item) => item.url).join(', ')}` : ''}`,
    passed: foreignOrScript.length === 0 && blockingBytes <= MAX_RENDER_BLOCKING_BYTES,
  });
  const binary = (lhr.categories.performance?.auditRefs ?? [])
    .map((ref) => [ref.id, lhr.audits[ref.id]] as const)
    .filter(([, audit]) => audit?.scoreDisplayMode === 'binary');
  const failed = binary.filter(([, audit]) => audit!.score !== 1).map(([id]) => id);
  gates.push({
    name: 'performance pass/fail audits',
    value: failed.length ? `failed: ${failed.join(', ')}` : `${binary.length} passed`,
    passed: failed.length === 0,
  });
  return gates;
}

function kilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
