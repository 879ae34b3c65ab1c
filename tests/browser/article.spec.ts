import { readFileSync } from 'node:fs';
import { expect, test, type ConsoleMessage } from '@playwright/test';

const SLUG = 'china-delegation-north-korea';
const PAGE = `/articles/${SLUG}/`;
const seed = readFileSync('tests/fixtures/seed/000_f8e2bbba568a91aa.txt', 'utf8');
const [seedTitle, ...seedLines] = seed.split('\n');
const seedParagraphs = seedLines.map((line) => line.trim()).filter((line) => line.length > 0);

test.describe('article page', () => {
  const consoleErrors: string[] = [];
  test.beforeEach(({ page }) => {
    consoleErrors.length = 0;
    page.on('console', (message: ConsoleMessage) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
  });
  test.afterEach(() => {
    expect(consoleErrors).toEqual([]);
  });

  test('shows the title and every paragraph of the seed verbatim', async ({ page }) => {
    await page.goto(PAGE);
    await expect(page.locator('h1')).toHaveText(seedTitle!.trim());
    const paragraphs = await page.locator('#article .na-body p').allTextContents();
    expect(paragraphs).toEqual(seedParagraphs);
  });

  test('gives every paragraph a unique id', async ({ page }) => {
    await page.goto(PAGE);
    const ids = await page.locator('#article .na-body p').evaluateAll((nodes) => nodes.map((node) => node.id));
    expect(ids).toHaveLength(seedParagraphs.length);
    for (const id of ids) expect(id).toMatch(/^p-[a-z0-9-]+$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('has the named sections', async ({ page }) => {
    await page.goto(PAGE);
    for (const id of ['article', 'timeline', 'quotes', 'entities']) {
      await expect(page.locator(`#${id}`)).toHaveCount(1);
    }
  });

  test('highlights the paragraph a link points to', async ({ page }) => {
    await page.goto(PAGE);
    const id = await page.locator('#article .na-body p').nth(3).getAttribute('id');
    await page.goto(`${PAGE}#${id}`);
    const target = page.locator(`[id="${id}"]`);
    await expect(target).toBeInViewport();
    const background = await target.evaluate((node) => getComputedStyle(node).backgroundColor);
    const plain = await page
      .locator('#article .na-body p')
      .first()
      .evaluate((node) => getComputedStyle(node).backgroundColor);
    expect(background).not.toBe(plain);
  });

  test('the link control copies the URL of its paragraph’s share page', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(PAGE);
    const paragraph = page.locator('#article .na-body .na-para').nth(5);
    const id = await paragraph.locator('p').getAttribute('id');
    await paragraph.hover();
    await paragraph.locator('.na-pilcrow').click();
    await expect(page.getByRole('status')).toHaveText('Link copied to the clipboard');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${baseURL}${PAGE}s/${id}/`);
  });
});

test('the index lists the article with its date and summary', async ({ page }) => {
  await page.goto('/');
  const card = page.locator('.na-card').filter({ hasText: seedTitle!.trim() });
  await expect(card).toHaveCount(1);
  await expect(card.locator('time')).toHaveAttribute('datetime', '2023-09-08');
  await card.locator('a').click();
  await expect(page).toHaveURL(new RegExp(`${PAGE}$`));
});
