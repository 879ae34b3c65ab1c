import { describe, expect, it } from 'vitest';
import { evalBlock, gatesBlock, parseTestRun, replaceBlock } from '../../scripts/readme-figures.ts';

// The lines of an `npm test` run the figures are read from, as the tools print them.
const OUTPUT = `
 \u001b[2m      Tests \u001b[22m \u001b[1m\u001b[32m842 passed\u001b[39m\u001b[22m\u001b[90m (842)\u001b[39m
  html    71.9 KB raw    11.7 KB gzip     9.4 KB brotli
  css     17.3 KB raw     4.9 KB gzip     4.1 KB brotli
  js       3.8 KB raw     2.0 KB gzip     1.7 KB brotli
  total: 18.5 KB gzip, 15.3 KB brotli (budget 60.0 KB gzip)

blind set
copy                                  entities P/R/F1 quotes P/R/F1   speakers P/R/F1 dates P/R/F1    spk    misatt kinds
a-one                                 0.80/0.90/0.85  1.00/1.00/1.00  0.90/0.80/0.85  0.95/0.90/0.92  0.80   0.05   0.90
total (42 copies)                     0.88/0.93/0.91  0.98/0.96/0.97  0.94/0.84/0.88  0.95/0.90/0.93  0.87   0.06   0.90

holdout-2 set
copy                                  entities P/R/F1 quotes P/R/F1   speakers P/R/F1 dates P/R/F1    spk    misatt kinds
total (16 copies)                     0.79/0.83/0.81  0.99/0.86/0.92  0.83/0.64/0.72  0.83/0.74/0.78  0.73   0.15   0.82

the blind sets (74 copies) against issue 12's targets and the regression floors:
  quoteF1          0.949  target ≥ 0.95: MISSED  floor ≥ 0.93: held
  misattribution   0.111  target ≤ 0.02: MISSED  floor ≤ 0.13: held
  kindAccuracy     0.905  target ≥ 0.9: met  floor ≥ 0.85: held
  250 passed (6.1m)
Lighthouse 13.5.0 on http://localhost:4322/articles/x/
  pass  accessibility score            1.00
  pass  best-practices score           1.00
  pass  seo score                      1.00
  figure performance score 0.97 (FCP 1100 ms, LCP 1300 ms, TBT 40 ms): timings vary
`;

describe('README figures', () => {
  it('are read from the output of npm test', () => {
    const figures = parseTestRun(OUTPUT, 1260);
    expect(figures).toMatchObject({
      vitestTests: 842,
      playwrightTests: 250,
      minutes: 21,
      pageWeight: { totalGzip: '18.5 KB', totalBrotli: '15.3 KB', html: '11.7 KB', css: '4.9 KB', js: '2.0 KB' },
      lighthouse: { version: '13.5.0', performance: '0.97 (FCP 1100 ms, LCP 1300 ms, TBT 40 ms)' },
    });
    expect(figures.eval).toEqual({
      sets: [
        {
          name: 'blind (42 copies)',
          total: '0.88/0.93/0.91  0.98/0.96/0.97  0.94/0.84/0.88  0.95/0.90/0.93  0.87   0.06   0.90',
        },
        {
          name: 'holdout-2 (16 copies)',
          total: '0.79/0.83/0.81  0.99/0.86/0.92  0.83/0.64/0.72  0.83/0.74/0.78  0.73   0.15   0.82',
        },
      ],
      targets: [
        'quoteF1 0.949 (target ≥ 0.95: missed)',
        'misattribution 0.111 (target ≤ 0.02: missed)',
        'kindAccuracy 0.905 (target ≥ 0.9: met)',
      ],
    });
    expect(evalBlock(figures, 'Nov 2026')).toContain(
      '| holdout-2 (16 copies) | 0.79/0.83/0.81 | 0.99/0.86/0.92 | 0.83/0.64/0.72 | 0.83/0.74/0.78 | 0.73 | 0.15 | 0.82 |',
    );
    expect(gatesBlock(figures, 'Nov 2026')).toContain(
      '| whole `npm test` | `npm test` on a clean clone, timed by `npm run figures` | 21 min: 842 Vitest tests, 250 Playwright tests',
    );
  });

  it('replace only their marked block, and say so when the markers are missing', () => {
    const readme = 'a\n<!-- figures:gates -->\nold\n<!-- /figures:gates -->\nb\n';
    expect(replaceBlock(readme, 'gates', 'new')).toBe('a\n<!-- figures:gates -->\nnew\n<!-- /figures:gates -->\nb\n');
    expect(() => replaceBlock('a', 'gates', 'new')).toThrow('README.md has no block <!-- figures:gates -->');
  });

  it('stop with the missing figure named', () => {
    expect(() => parseTestRun('nothing', 1)).toThrow('figures: the npm test output has no page weight total');
  });
});
