import { expect, test, type Page } from '@playwright/test';

const PAGE = '/articles/china-delegation-north-korea/';

/** Presses Tab until the focused element matches, at most `limit` times; returns how many it took. */
async function tabTo(page: Page, matches: string, limit: number): Promise<number> {
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((selector) => document.activeElement?.matches(selector) ?? false, matches)) return presses;
  }
  throw new Error(`no element matching ${matches} within ${limit} presses of Tab`);
}

async function focusRingOf(page: Page): Promise<string> {
  return page.evaluate(() => {
    const style = getComputedStyle(document.activeElement!);
    return `${style.outlineStyle} ${style.outlineWidth}`;
  });
}

test.describe('keyboard', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('the jump links come right after the site navigation and move to their section', async ({ page }) => {
    await page.goto(PAGE);
    expect(await tabTo(page, '.na-jump a[href="#timeline"]', 12)).toBeLessThanOrEqual(12);
    expect(await focusRingOf(page)).not.toMatch(/^none/);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#timeline$/);
  });

  test('from the timeline heading, the filter is reached and worked with the keyboard alone', async ({ page }) => {
    await page.goto(`${PAGE}#timeline`);
    await page.locator('#timeline-heading .na-pilcrow').focus();
    await tabTo(page, '#timeline a[data-filter="russia"]', 12);
    expect(await focusRingOf(page)).not.toMatch(/^none/);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/[?&]entity=russia\b/);
  });

  test('an event’s reason opens from the keyboard', async ({ page }) => {
    await page.goto(PAGE);
    const why = page.locator('#timeline .na-why').first();
    await why.locator('summary').focus();
    expect(await focusRingOf(page)).not.toMatch(/^none/);
    await page.keyboard.press('Enter');
    await expect(why).toHaveAttribute('open', '');
  });

  test('a mention shows its name and role on focus', async ({ page }) => {
    await page.goto(PAGE);
    const mention = page.locator('.na-body .na-mention[data-entity="jake-sullivan"]').first();
    await mention.focus();
    const label = await mention.evaluate((node) => getComputedStyle(node, '::after').content);
    expect(label).toContain('Jake Sullivan');
  });
});
