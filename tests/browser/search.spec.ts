import { expect, test } from '@playwright/test';

// Against the demo build (npm run build:demo), served on DEMO_PORT by playwright.config.ts.
const DEMO = `http://localhost:${Number(process.env.DEMO_PORT ?? Number(process.env.PORT ?? 4321) + 1000)}`;

test('a word of a quotation finds the quotation, and its link lands on the quote card', async ({ page }) => {
  await page.goto(`${DEMO}/search/?q=Ukrainians`);
  const quote = page.locator('.na-search-result[data-kind="Quote"] a').first();
  await expect(quote).toHaveAttribute(
    'href',
    '/articles/china-delegation-north-korea/#quote-we-will-continue-calling-on',
  );
  await quote.click();
  await expect(page.locator('#quote-we-will-continue-calling-on')).toBeVisible();
});

test('a phrase of a paragraph finds the paragraph', async ({ page }) => {
  await page.goto(`${DEMO}/`);
  await page.getByRole('searchbox', { name: 'Search' }).fill('nine-day strike');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=nine-day\+strike/);
  const paragraph = page.locator('.na-search-result[data-kind="Paragraph"] a').first();
  await expect(paragraph).toHaveAttribute('href', '/articles/busan-port-strike/#p-busan-jan-2-dockworkers-at');
});

test('an entity is found by its name', async ({ page }) => {
  await page.goto(`${DEMO}/search/?q=Reuters`);
  await expect(page.locator('.na-search-result[data-kind="Entity"] a', { hasText: 'Reuters' })).toHaveAttribute(
    'href',
    '/entities/reuters/',
  );
});
