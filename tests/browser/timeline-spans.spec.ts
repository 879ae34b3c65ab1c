import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

// Against the demo build (npm run build:demo), served on DEMO_PORT by playwright.config.ts: a copy for each span
// the timeline must draw, and the merged timeline and an entity page of the whole demo corpus.
const DEMO = `http://localhost:${Number(process.env.DEMO_PORT ?? Number(process.env.PORT ?? 4321) + 1000)}`;
const SPANS: Record<string, string> = {
  'one-afternoon': '/articles/lisbon-metro-power-cut/',
  'one-week': '/articles/china-delegation-north-korea/',
  'three-months': '/articles/bristol-bus-lane-trial/',
  '18-months': '/articles/northgate-hospital-wing-reopens/',
  'outlier-5-years-earlier': '/articles/minister-resigns-over-contract/',
  '1970s-to-2020s': '/articles/harbour-tram-last-run/',
  // The merged timeline's busiest month: the seed's week, a second outlet's copy of it and the fixtures.
  'merged-timeline': '/timeline/2023/09/',
  'entity-page': '/entities/russia/',
};
const SHOTS = 'test-output/timeline';

interface Box {
  what: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The boxes of the visible chart: the chart, its axis labels, its marks and the texts of its marks. */
async function chartBoxes(page: Page) {
  return page.locator('#timeline .na-chart:visible').evaluate((chart) => {
    const box = (node: Element, what: string) => {
      const r = node.getBoundingClientRect();
      return { what, left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    };
    const plot = chart.querySelector('.na-lanes__grid')!;
    return {
      chart: box(chart, 'chart'),
      plot: box(plot, 'plot'),
      scroll: [chart.scrollWidth, chart.clientWidth],
      axisLabels: [...chart.querySelectorAll('.na-axis text')].map((node) => box(node, `axis "${node.textContent}"`)),
      marks: [...chart.querySelectorAll('.na-mark')].map((node) => box(node, `mark ${node.getAttribute('href')}`)),
      markTexts: [...chart.querySelectorAll('.na-mark text')].map((node) => box(node, `text "${node.textContent}"`)),
    };
  });
}

/** Pairs of boxes that overlap by more than half a pixel each way (touching is fine). */
function overlaps(boxes: readonly Box[]): string[] {
  const found: string[] = [];
  const sorted = [...boxes].sort((a, b) => a.left - b.left);
  for (let i = 0; i < sorted.length; i++)
    for (let j = i + 1; j < sorted.length && sorted[j]!.left < sorted[i]!.right - 0.5; j++) {
      const [a, b] = [sorted[i]!, sorted[j]!];
      if (Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5) found.push(`${a.what} × ${b.what}`);
    }
  return found;
}

/** Boxes that leave the container by more than half a pixel. */
function outside(boxes: readonly Box[], container: Box): string[] {
  return boxes
    .filter(
      (b) =>
        b.left < container.left - 0.5 ||
        b.right > container.right + 0.5 ||
        b.top < container.top - 0.5 ||
        b.bottom > container.bottom + 0.5,
    )
    .map((b) => b.what);
}

for (const width of [375, 768, 1280])
  test.describe(`the timeline's chart at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    for (const [name, path] of Object.entries(SPANS))
      test(`${name}: labels and marks apart and inside the chart, no sideways scrolling`, async ({ page }) => {
        await page.goto(`${DEMO}${path}`);
        await expect(page.locator('#timeline .na-chart:visible')).toHaveCount(1);
        const { chart, plot, scroll, axisLabels, marks, markTexts } = await chartBoxes(page);
        expect(marks.length).toBeGreaterThan(0);
        expect(overlaps(axisLabels), 'axis labels that overlap').toEqual([]);
        expect(overlaps(marks), 'marks that overlap').toEqual([]);
        expect(outside(axisLabels, chart), 'axis labels outside the chart').toEqual([]);
        expect(outside(markTexts, chart), 'mark labels outside the chart').toEqual([]);
        // No mark leaves the plot sideways (it may not be drawn left of the axis).
        expect(outside(marks, { ...plot, top: chart.top, bottom: chart.bottom }), 'marks outside the axis').toEqual([]);
        expect(scroll[0], 'the chart does not scroll at this width').toBeLessThanOrEqual(scroll[1]! + 1);
        expect(
          await page.evaluate(() => document.documentElement.scrollWidth),
          'no sideways scrolling',
        ).toBeLessThanOrEqual(width);
        mkdirSync(SHOTS, { recursive: true });
        await page.locator('#timeline .na-charts').screenshot({ path: `${SHOTS}/${name}-${width}.png` });
      });

    test('the broken axis says what it leaves out', async ({ page }) => {
      await page.goto(`${DEMO}${SPANS['outlier-5-years-earlier']}`);
      const breaks = page.locator('#timeline .na-chart:visible .na-scale__break');
      await expect(breaks).toHaveCount(1);
      await expect(breaks).toHaveText(/5 years/);
    });
  });

// Zooming to 200% halves the width in CSS pixels (the site's pages are at least 320 px wide, so a phone is not halved).
for (const width of [768, 1280])
  test(`at 200% zoom of ${width} px (${width / 2} CSS px) the chart still fits`, async ({ page }) => {
    await page.setViewportSize({ width: width / 2, height: 900 });
    await page.goto(`${DEMO}${SPANS['one-week']}`);
    const { axisLabels, marks } = await chartBoxes(page);
    expect(overlaps(axisLabels)).toEqual([]);
    expect(overlaps(marks)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width / 2);
  });

test('the chart’s text follows the reader’s font size (rem), and its layout holds at a larger size', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${DEMO}${SPANS['one-week']}`);
  const size = () =>
    page
      .locator('#timeline .na-chart:visible .na-axis text')
      .first()
      .evaluate((node) => getComputedStyle(node).fontSize);
  const normal = parseFloat(await size());
  // As a reader's larger default font does (through the CSSOM: the policy forbids inline style sheets).
  await page.evaluate(() => document.documentElement.style.setProperty('font-size', '150%', 'important'));
  expect(parseFloat(await size())).toBeGreaterThan(normal * 1.2);
  const { axisLabels, marks } = await chartBoxes(page);
  expect(overlaps(axisLabels)).toEqual([]);
  expect(overlaps(marks)).toEqual([]);
  await context.close();
});
