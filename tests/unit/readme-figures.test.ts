import { describe, expect, it } from 'vitest';
import { gatesBlock, parseTestRun, replaceBlock } from '../../scripts/readme-figures.ts';

// The lines of an `npm test` run the figures are read from, as the tools print them.
const OUTPUT = `
 \u001b[2m      Tests \u001b[22m \u001b[1m\u001b[32m842 passed\u001b[39m\u001b[22m\u001b[90m (842)\u001b[39m
  html    71.9 KB raw    11.7 KB gzip     9.4 KB brotli
  css     17.3 KB raw     4.9 KB gzip     4.1 KB brotli
  js       3.8 KB raw     2.0 KB gzip     1.7 KB brotli
  total: 18.5 KB gzip, 15.3 KB brotli (budget 60.0 KB gzip)
total                     1.00/1.00/1.00    1.00/1.00/1.00    1.00/1.00/1.00    0.98/0.98/0.98
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
    expect(figures.evalTotal).toBe('1.00/1.00/1.00, 1.00/1.00/1.00, 1.00/1.00/1.00, 0.98/0.98/0.98');
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
