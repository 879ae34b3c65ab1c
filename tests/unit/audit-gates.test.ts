import { describe, expect, it } from 'vitest';
import { auditGates, type LighthouseResult } from '../../scripts/audit-gates.ts';

const ORIGIN = 'http://localhost:4322';
function lhr(overrides: { performance?: number; shift?: number; blocking?: string[]; bytes?: number; seo?: number }) {
  const { performance = 1, shift = 0, blocking = [`${ORIGIN}/_astro/a.css`], bytes = 20_000, seo = 1 } = overrides;
  return {
    categories: {
      performance: {
        score: performance,
        auditRefs: [
          { id: 'bf-cache', weight: 0 },
          { id: 'speed-index', weight: 10 },
        ],
      },
      accessibility: { score: 1, auditRefs: [] },
      'best-practices': { score: 1, auditRefs: [] },
      seo: { score: seo, auditRefs: [] },
    },
    audits: {
      'cumulative-layout-shift': { score: 1, scoreDisplayMode: 'numeric', numericValue: shift },
      'total-byte-weight': { score: 1, scoreDisplayMode: 'metricSavings', numericValue: bytes },
      'render-blocking-insight': {
        score: 0.5,
        scoreDisplayMode: 'metricSavings',
        details: { items: blocking.map((url) => ({ url, totalBytes: 3000 })) },
      },
      'bf-cache': { score: 1, scoreDisplayMode: 'binary' },
      'speed-index': { score: 0.3, scoreDisplayMode: 'numeric', numericValue: 9000 },
    },
  } satisfies LighthouseResult;
}
const failing = (result: LighthouseResult) =>
  auditGates(result, ORIGIN)
    .filter((gate) => !gate.passed)
    .map((gate) => gate.name);

describe('the audit’s gates', () => {
  it('pass a slow run: the performance score and timings are not gated', () => {
    expect(failing(lhr({ performance: 0.5 }))).toEqual([]);
  });

  it('fail on layout shift, page weight, a render-blocking script and a category score', () => {
    expect(failing(lhr({ shift: 0.25 }))).toEqual(['cumulative layout shift']);
    expect(failing(lhr({ bytes: 500_000 }))).toEqual(['page weight (transferred)']);
    expect(failing(lhr({ blocking: ['https://cdn.example/x.js'] }))).toEqual(['render-blocking resources']);
    expect(failing(lhr({ seo: 0.9 }))).toEqual(['seo score']);
  });
});
