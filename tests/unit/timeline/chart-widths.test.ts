import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHART_WIDTHS } from '../../../src/lib/timeline/chart.ts';

// The chart is laid out in TypeScript for each width and shown by CSS: both must use the same numbers.
const css = readFileSync('src/styles/timeline.css', 'utf8');
const LANE_HEAD_REM = 10;
const rule = (selector: string) => css.slice(css.indexOf(`${selector} {`)).split('}')[0]!;

describe('CHART_WIDTHS and timeline.css', () => {
  it('never lets a chart get narrower than it was laid out for', () => {
    const [narrow, medium, wide] = CHART_WIDTHS;
    expect(rule('.na-chart--narrow .na-chart__body')).toContain(`min-width: ${narrow.minRem}rem`);
    expect(rule('.na-chart--medium .na-chart__body')).toContain(`min-width: ${medium.minRem + LANE_HEAD_REM}rem`);
    expect(rule('.na-chart--wide .na-chart__body')).toContain(`min-width: ${wide.minRem + LANE_HEAD_REM}rem`);
    expect(rule('.na-lane')).toContain(`grid-template-columns: ${LANE_HEAD_REM}rem`);
  });

  it('shows each chart from the container width its plot needs', () => {
    const [, medium, wide] = CHART_WIDTHS;
    expect(css).toContain(`@container (max-width: ${medium.minRem + LANE_HEAD_REM - 0.01}rem)`);
    expect(css).toContain(
      `@container (min-width: ${medium.minRem + LANE_HEAD_REM}rem) and (max-width: ${wide.minRem + LANE_HEAD_REM - 0.01}rem)`,
    );
    expect(css).toContain(`@container (min-width: ${wide.minRem + LANE_HEAD_REM}rem)`);
  });
});
