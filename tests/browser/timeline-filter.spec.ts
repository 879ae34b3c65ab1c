import { expect, test, type Page } from '@playwright/test';

const PAGE = '/articles/china-delegation-north-korea/';
const DEMO = `http://localhost:${Number(process.env.DEMO_PORT ?? Number(process.env.PORT ?? 4321) + 1000)}`;

/** What a filter option promises: "2 events, 4 quotations". */
function promised(text: string): { events: number; quotes: number } {
  return {
    events: Number(/(\d+) events?/.exec(text)?.[1] ?? 0),
    quotes: Number(/(\d+) quotations?/.exec(text)?.[1] ?? 0),
  };
}

/** What the page shows after filtering: list items by kind, and the lit marks of the visible chart. */
async function shown(page: Page) {
  return page.locator('#timeline').evaluate((root) => {
    const visible = (node: Element) => (node as HTMLElement).offsetParent !== null;
    const items = [...root.querySelectorAll('.na-event')].filter(visible);
    const chart = [...root.querySelectorAll('.na-chart')].find(visible)!;
    const lit = [...chart.querySelectorAll('.na-mark:not([data-dimmed])')].map((mark) => mark.getAttribute('href')!);
    return {
      events: items.filter((item) => !item.classList.contains('na-event--quote')).map((item) => `#${item.id}`),
      // A quotation's item links to its card, as its mark does.
      quotes: items
        .filter((item) => item.classList.contains('na-event--quote'))
        .map((item) => item.querySelector('a')!.getAttribute('href')!),
      lit: [...new Set(lit)],
    };
  });
}

for (const width of [375, 1280])
  test.describe(`the timeline's filter at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test('each option shows as many events and quotations as it says, in the list and on the chart', async ({
      page,
    }) => {
      await page.goto(PAGE);
      const options = page.locator('#timeline a[data-filter]:not([data-filter=""])');
      const count = await options.count();
      expect(count).toBeGreaterThan(5);
      for (let i = 0; i < count; i++) {
        const option = options.nth(i);
        const name = await option.getAttribute('data-filter-name');
        const expected = promised((await option.locator('.na-filter__count').textContent()) ?? '');
        await option.click();
        await expect(option).toHaveAttribute('aria-current', 'true');
        const now = await shown(page);
        expect([now.events.length, now.quotes.length], `${name}: list`).toEqual([expected.events, expected.quotes]);
        expect(now.lit.sort(), `${name}: the chart lights what the list shows`).toEqual(
          [...now.events, ...now.quotes].sort(),
        );
        // The option stays in view in its row.
        const box = (await option.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(width);
      }
    });

    test('a shared filtered link opens with its option in view', async ({ page }) => {
      await page.goto(`${PAGE}?entity=new-york-times`);
      const option = page.locator('#timeline a[data-filter="new-york-times"]');
      await expect(option).toHaveAttribute('aria-current', 'true');
      const box = (await option.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(width);
    });

    test('the heading does not turn highlight-yellow after a filter click, with JavaScript or without', async ({
      page,
      browser,
    }) => {
      const heading = (p: Page) =>
        p.locator('#timeline .na-section-heading').evaluate((node) => getComputedStyle(node).backgroundColor);
      const highlight = (p: Page) =>
        p.evaluate(() => {
          const probe = document.createElement('span');
          probe.style.setProperty('background', 'var(--na-highlight)');
          document.body.append(probe);
          return getComputedStyle(probe).backgroundColor;
        });
      await page.goto(PAGE);
      await page.locator('#timeline a[data-filter="russia"]').click();
      expect(await heading(page)).not.toBe(await highlight(page));
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 900 } });
      const plain = await context.newPage();
      await plain.goto(PAGE);
      await plain.locator('#timeline a[data-filter="russia"]').click();
      await expect(plain).toHaveURL(/entity=russia#timeline-filter$/);
      expect(await heading(plain)).not.toBe(await highlight(page));
      expect(
        await plain.locator('#timeline-filter').evaluate((node) => getComputedStyle(node).backgroundColor),
      ).not.toBe(await highlight(page));
      await context.close();
    });

    test('the intro describes the chart that is shown', async ({ page }) => {
      await page.goto(PAGE);
      await expect(page.locator('#timeline .na-chart:visible')).toHaveCount(1);
      await expect(page.locator('.na-timeline-view__intro')).toContainText(
        'The chart puts each on the row of each actor',
      );
      await expect(page.locator('.na-timeline-view__intro')).not.toContainText('wide enough');
    });
  });

test('the lane of events without an actor is called so, without a kind', async ({ page }) => {
  await page.goto(`${DEMO}/articles/busan-port-strike/`);
  const lane = page.locator('#timeline .na-chart:visible [data-lane=""] .na-lane__head');
  await expect(lane).toHaveText('No actor named');
  await expect(page.locator('#timeline')).not.toContainText(/no actor on the chart/i);
});

test('a paragraph’s date chip says the year when it is not the publication’s', async ({ page }) => {
  await page.goto(`${DEMO}/articles/minister-resigns-over-contract/`);
  await expect(page.locator('.na-para-event').filter({ hasText: '14 Mar 2019' })).toHaveCount(1);
  await expect(page.locator('.na-para-event').filter({ hasText: /^On the timeline: 13 May$/ })).toHaveCount(1);
});
