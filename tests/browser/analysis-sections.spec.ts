import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { AnalysisSchema } from '../../src/schemas/analysis.ts';

const PAGE = '/articles/china-delegation-north-korea/';
const analysis = AnalysisSchema.parse(
  JSON.parse(readFileSync('dist/articles/china-delegation-north-korea/analysis.json', 'utf8')),
);

for (const width of [375, 768, 1280]) {
  test(`timeline, quotes and who's who at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(PAGE);
    const events = page.locator('#timeline .na-event');
    await expect(events).toHaveCount(analysis.events.length);
    const sorted = [...analysis.events].sort(
      (a, b) => a.date.start.localeCompare(b.date.start) || a.date.end.localeCompare(b.date.end),
    );
    expect(await events.evaluateAll((nodes) => nodes.map((n) => n.id))).toEqual(sorted.map((e) => e.id));
    await expect(page.locator('#quotes .na-quote-card')).toHaveCount(4);
    await expect(page.locator('#quotes')).toContainText('Jake Sullivan, White House National Security Adviser');
    await expect(page.locator('#entities #entity-kcna')).toContainText('Korean Central News Agency');
    await page.screenshot({ path: `test-output/screenshots/article-${width}.png`, fullPage: true });
  });
}

test('a quote’s link lands on its words in the article', async ({ page }) => {
  await page.goto(PAGE);
  const quote = analysis.quotes[2]!;
  await page.locator(`#${quote.id} .na-quote-card__link`).click();
  await expect(page).toHaveURL(new RegExp(`#${quote.id}-text$`));
  await expect(page.locator(`[id="${quote.id}-text"]`)).toHaveText(quote.text);
  await expect(page.locator(`[id="${quote.id}-text"]`)).toBeInViewport();
});

test('the entity filter dims the other events and keeps the choice in the URL', async ({ page }) => {
  await page.goto(PAGE);
  await page.locator('.na-filter a[data-entity="kcna"]').click();
  await expect(page).toHaveURL(/\?entity=kcna/);
  const kcnaEvents = analysis.events.filter((e) => e.actors.includes('kcna')).length;
  await expect(page.locator('.na-event:not(.na-event--dimmed)')).toHaveCount(kcnaEvents);
  await page.reload();
  await expect(page.locator('.na-event:not(.na-event--dimmed)')).toHaveCount(kcnaEvents);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('every event shows, even with a filter in the URL', async ({ page }) => {
    await page.goto(`${PAGE}?entity=kcna`);
    await expect(page.locator('.na-event:not(.na-event--dimmed)')).toHaveCount(analysis.events.length);
  });
});
