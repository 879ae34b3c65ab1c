import { describe, expect, it } from 'vitest';
import { buildPhases, formatPhases } from '../../scripts/build-log.ts';

// Shaped like a build's log: Astro 7's (one article, one cached entity page), then the output step's lines.
const LOG = `05:53:07 [content] Syncing content
05:53:10 [content] Synced content
05:53:10 [build] ✓ Completed in 3.84s.
05:53:10 [build] Building static entrypoints...
05:53:11 [vite] ✓ built in 1.02s

 generating static routes 
05:53:11   ├─ /articles/a/analysis.json (+18ms) 
05:53:11   ├─ /build-data/articles/a.json (+4ms) 
05:53:12   ├─ /articles/a/index.html (+9ms) 
05:53:12   ├─ /entities/china/index.html (cached)
05:53:12   ├─ /entities/china/page/2/index.html (restored)
05:53:12   ├─ /timeline/2023/09/index.html (+1.20s) 
05:53:12   └─ /index.html (+3ms) 
05:53:30 ✓ Completed in 18.98s.

05:53:30 [build] ✓ Completed in 20.10s.
05:53:34 [build] 7432 page(s) built in 27.59s
[output] Astro's files: 3 staged, 0 removed (40 in all) in 0.1 s
[output] articles: 1 of 1 changed, 32 share pages made; preview images 5 rendered, 0 reused; 37 files new or changed, 0 removed in 2.7 s
[output] search, beside the articles: 2 of 2 shards indexed (36 records), 9 files new or changed, 0 removed in 1.4 s
[output] published 49 files, removed 0 (moved in file by file) in 0.1 s
`;

describe('buildPhases', () => {
  const phases = buildPhases(LOG);

  it('reads the setup and page times', () => {
    expect(phases.setup).toBe(3.84);
    expect(phases.pages).toBe(18.98);
  });

  it('sums render times by kind of route and counts the copied ones', () => {
    expect(phases.routes).toEqual([
      { kind: 'timeline pages', rendered: 1, reused: 0, ms: 1200 },
      { kind: 'analysis JSON', rendered: 1, reused: 0, ms: 18 },
      { kind: 'article pages', rendered: 1, reused: 0, ms: 9 },
      { kind: 'build data', rendered: 1, reused: 0, ms: 4 },
      { kind: 'other pages', rendered: 1, reused: 0, ms: 3 },
      { kind: 'entity pages', rendered: 0, reused: 2, ms: 0 },
    ]);
  });

  it('reads each part of the output step', () => {
    expect(phases.output.map(({ part, seconds }) => [part, seconds])).toEqual([
      ["Astro's files", 0.1],
      ['articles', 2.7],
      ['search, beside the articles', 1.4],
      ['publish', 0.1],
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
    expect(buildPhases('nothing here')).toEqual({ routes: [], output: [] });
  });
});

describe('formatPhases', () => {
  it('puts each kind of route with its count and time per path, then the output step', () => {
    expect(
      formatPhases({
        setup: 3.84,
        pages: 18.98,
        routes: [
          { kind: 'article pages', rendered: 2, reused: 1, ms: 6 },
          { kind: 'entity pages', rendered: 0, reused: 4, ms: 0 },
        ],
        output: [{ part: 'search', seconds: 1.42, line: '' }],
      }),
    ).toBe(
      'setup and content 3.8 s · pages 19.0 s (article pages 2 × 3.0 ms, 1 copied; entity pages 4 copied) · search 1.4 s',
    );
  });
});
