import { describe, expect, it } from 'vitest';
import { buildPhases, formatPhases } from '../../scripts/build-log.ts';

// Shaped like Astro 7's build log (one article, one cached share page).
const LOG = `05:53:07 [content] Syncing content
05:53:10 [content] Synced content
05:53:10 [build] ✓ Completed in 3.84s.
05:53:10 [build] Building static entrypoints...
05:53:11 [vite] ✓ built in 1.02s

 generating static routes 
05:53:11   ├─ /articles/a/analysis.json (+18ms) 
05:53:11   ├─ /articles/a/og.png (+35ms) 
05:53:11   ├─ /articles/a/s/p-one/og.png (+31ms) 
05:53:11   ├─ /articles/a/s/p-one/index.html (+2ms) 
05:53:11   ├─ /articles/a/s/p-two/index.html (restored)
05:53:11   ├─ /articles/a/s/p-three/index.html (+4ms) 
05:53:12   ├─ /articles/a/index.html (+9ms) 
05:53:12   ├─ /entities/china/index.html (cached)
05:53:12   └─ /timeline/index.html (+1.20s) 
05:53:12   └─ /index.html (+3ms) 
05:53:30 ✓ Completed in 18.98s.

05:53:30 [build] ✓ Completed in 20.10s.
05:53:34 [search-index] indexed 4510 records for search in 1.4 s
05:53:34 [build] 7432 page(s) built in 27.59s
`;

describe('buildPhases', () => {
  const phases = buildPhases(LOG);

  it('reads the setup, page and search times', () => {
    expect(phases.setup).toBe(3.84);
    expect(phases.pages).toBe(18.98);
    expect(phases.search).toBe(1.4);
  });

  it('sums render times by kind of route and counts the copied ones', () => {
    expect(phases.routes).toEqual([
      { kind: 'other pages', rendered: 2, reused: 0, ms: 1203 },
      { kind: 'preview images', rendered: 2, reused: 0, ms: 66 },
      { kind: 'analysis JSON', rendered: 1, reused: 0, ms: 18 },
      { kind: 'article pages', rendered: 1, reused: 0, ms: 9 },
      { kind: 'share pages', rendered: 2, reused: 1, ms: 6 },
      { kind: 'entity pages', rendered: 0, reused: 1, ms: 0 },
    ]);
  });

  it('reads durations over a minute and under a second', () => {
    const long = LOG.replace('✓ Completed in 18.98s.', '✓ Completed in 1m 33s.').replace(
      '[build] ✓ Completed in 3.84s.',
      '[build] ✓ Completed in 812ms.',
    );
    expect(buildPhases(long)).toMatchObject({ setup: 0.812, pages: 93 });
  });

  it('says so when the log lacks a phase', () => {
    expect(buildPhases('nothing here')).toEqual({ routes: [] });
  });
});

describe('formatPhases', () => {
  it('puts each kind of route with its count and time per path', () => {
    expect(
      formatPhases({
        setup: 3.84,
        pages: 18.98,
        routes: [
          { kind: 'share pages', rendered: 2, reused: 1, ms: 6 },
          { kind: 'entity pages', rendered: 0, reused: 4, ms: 0 },
        ],
      }),
    ).toBe(
      'setup and content 3.8 s · pages 19.0 s (share pages 2 × 3.0 ms, 1 copied; entity pages 4 copied) · search index ?',
    );
  });
});
