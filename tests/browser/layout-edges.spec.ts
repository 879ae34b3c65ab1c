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
