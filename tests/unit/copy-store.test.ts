import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/schemas/analysis.ts';

const analysis: Analysis = {
  version: 1,
  published: '2023-09-08',
  paragraphs: [{ id: 'p-one', text: 'One.', sentences: [{ start: 0, end: 4 }] }],
  entities: [],
  mentions: [],
  dates: [],
  quotes: [],
  events: [],
  warnings: [],
};

describe('the copy store', () => {
  const before = process.env.NA_CACHE_DIR;
  let store: typeof import('../../src/lib/copy-store.ts');
  beforeAll(async () => {
    process.env.NA_CACHE_DIR = mkdtempSync(join(tmpdir(), 'na-copy-store-'));
    store = await import('../../src/lib/copy-store.ts');
  });
  afterAll(() => {
    if (before === undefined) delete process.env.NA_CACHE_DIR;
    else process.env.NA_CACHE_DIR = before;
  });

  it('keeps an analysis and a body under the digests of their content, once', () => {
    const { analysisRef, anchors } = store.storeAnalysis(analysis);
    expect(store.storeAnalysis(analysis).analysisRef).toBe(analysisRef);
    expect(anchors).toEqual(['p-one']);
    const bodyRef = store.storeBody('<p id="p-one">One.</p>');
    expect(store.readStoredAnalysis(analysisRef)).toEqual(analysis);
    expect(store.readStoredBody(bodyRef)).toBe('<p id="p-one">One.</p>');
    expect(store.hasStoredCopy({ analysisRef, bodyRef })).toBe(true);
    expect(readdirSync(store.copyStoreDir()).sort()).toEqual([`${analysisRef}.json`, `${bodyRef}.html`].sort());
  });

  it('refuses an analysis altered after it was validated, and a missing one', () => {
    const { analysisRef } = store.storeAnalysis({ ...analysis, published: '2023-09-09' });
    writeFileSync(join(store.copyStoreDir(), `${analysisRef}.json`), JSON.stringify({ ...analysis, version: 2 }));
    expect(() => store.readStoredAnalysis(analysisRef)).toThrow(/altered: build again/);
    expect(() => store.readStoredAnalysis('missing')).toThrow(/gone: build again/);
  });

  it('prunes what no copy refers to', () => {
    const { analysisRef } = store.storeAnalysis(analysis);
    store.pruneStoredCopies(new Set([analysisRef]));
    expect(readdirSync(store.copyStoreDir())).toEqual([`${analysisRef}.json`]);
  });
});
