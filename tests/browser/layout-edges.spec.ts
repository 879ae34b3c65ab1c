import { expect, test } from '@playwright/test';

const PAGE = '/articles/china-delegation-north-korea/';
/** The focus ring drawn outside a control: 3px outline, 2px offset (global.css). */
const RING = 5;

for (const [width, touch] of [
  [375, true],
  [768, false],
  [1280, false],
] as const) {
  test(`every ¶ and its focus ring are inside the window at ${width} px${touch ? ' on touch' : ''}, clear of the words`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport: { width, height: 800 }, hasTouch: touch, isMobile: touch });
    const page = await context.newPage();
    await page.goto(PAGE);
    const controls = page.locator('.na-body .na-pilcrow');
    const count = await controls.count();
    expect(count).toBeGreaterThan(5);
    for (let i = 0; i < count; i++) {
      const placement = await controls.nth(i).evaluate((control) => {
        control.scrollIntoView({ block: 'center' });
        const box = control.getBoundingClientRect();
        const words = document.createRange();
        words.selectNodeContents(control.previousElementSibling!);
        const lines = [...words.getClientRects()].filter((line) => line.bottom > box.top && line.top < box.bottom);
        const gap = Math.min(...lines.map((line) => Math.max(box.left - line.right, line.left - box.right)));
        return { left: box.left, right: box.right, width: window.innerWidth, gap };
      });
      expect(placement.left - RING).toBeGreaterThanOrEqual(0);
      expect(placement.right + RING).toBeLessThanOrEqual(placement.width);
      // At least a few pixels between the control and the last word of a line beside it.
      expect(placement.gap).toBeGreaterThanOrEqual(4);
    }
    await context.close();
  });
}

for (const width of [768, 1280]) {
  test(`every timeline row keeps its date beside its summary at ${width} px, moved anchors included`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.goto(PAGE);
    const rows = page.locator('li.na-event');
    const count = await rows.count();
    expect(count).toBeGreaterThan(5);
    // The seed's events carry old ids as empty spans (moved anchors); they must not take a cell of the row's grid.
    expect(await page.locator('li.na-event > .na-moved-anchor').count()).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const row = await rows.nth(i).evaluate((li) => {
        const when = li.querySelector('.na-event__when')!.getBoundingClientRect();
        const body = li.querySelector('.na-event__body')!.getBoundingClientRect();
        return { whenTop: when.top, bodyTop: body.top, whenRight: when.right, bodyLeft: body.left };
      });
      expect(Math.abs(row.whenTop - row.bodyTop)).toBeLessThan(4);
      expect(row.whenRight).toBeLessThanOrEqual(row.bodyLeft);
    }
    await context.close();
  });
}

test('no demo article scrolls sideways at 375 px, whatever its names (a long filter chip wraps)', async ({
  browser,
}) => {
  const demo = `http://localhost:${Number(process.env.DEMO_PORT ?? Number(process.env.PORT ?? 4321) + 1000)}`;
  const context = await browser.newContext({ viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto(`${demo}/`);
  const articles = await page
    .locator('a[href^="/articles/"]')
    .evaluateAll((links) => [...new Set(links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))]);
  expect(articles.length).toBeGreaterThan(10);
  const wide: string[] = [];
  for (const path of articles) {
    await page.goto(`${demo}${path}`);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 375) wide.push(`${path}: ${width} px`);
  }
  expect(wide).toEqual([]);
  await context.close();
});
