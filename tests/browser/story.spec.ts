import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { ComparisonSchema } from '../../src/schemas/comparison.ts';

const STORY = 'putin-g20-ukraine-tragedy';
const PAGE = `/stories/${STORY}/`;
const comparison = ComparisonSchema.parse(JSON.parse(readFileSync(`dist/stories/${STORY}/comparison.json`, 'utf8')));
const differing = comparison.quoteRows.find((row) => !row.verbatim && row.readings.length > 2)!;
const eventRow = comparison.eventRows.find((row) => row.copies.length > 1)!;

for (const width of [375, 768, 1280]) {
  for (const javaScriptEnabled of [true, false]) {
    test.describe(`the story page at ${width} px, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
      test.use({ viewport: { width, height: 900 }, javaScriptEnabled });

      test('shows every section and row, with no horizontal scroll of the page', async ({ page }) => {
        await page.goto(PAGE);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(comparison.story!.title);
        for (const name of [
          'Coverage',
          'Quotes across copies',
          'Events across copies',
          'Who is named where',
          'Only here',
        ]) {
          await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
        }
        await expect(page.locator('.na-story-coverage > li')).toHaveCount(comparison.copies.length);
        await expect(page.locator('#quotes .na-story-rows > li')).toHaveCount(comparison.quoteRows.length);
        await expect(page.locator('#events .na-story-rows > li')).toHaveCount(comparison.eventRows.length);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
      });

      test('marks differing words like a marked-up copy, heard as inserted and deleted', async ({ page }) => {
        await page.goto(PAGE);
        const row = page.locator(`[id="${differing.id}"]`);
        await expect(row.locator('.na-story-label')).toContainText('Wording differs');
        const ins = row.locator('ins').first();
        await expect(ins).toContainText('inserted:');
        expect(await ins.evaluate((el) => getComputedStyle(el).textDecorationLine)).toContain('underline');
        const del = row.locator('del').first();
        await expect(del).toContainText('deleted:');
        expect(await del.evaluate((el) => getComputedStyle(el).textDecorationLine)).toContain('line-through');
        await expect(row.locator('.na-story-reading__differences').first()).toBeVisible();
      });

      test(
        width < 640 ? 'shows one copy’s wording at a time' : 'shows every copy’s wording at once',
        async ({ page }) => {
          await page.goto(PAGE);
          const readings = page.locator(`[id="${differing.id}"] .na-story-reading`);
          await readings.first().scrollIntoViewIfNeeded();
          await expect(readings.first()).toBeInViewport();
          const [first, second] = [await readings.nth(0).boundingBox(), await readings.nth(1).boundingBox()];
          if (width < 640) {
            expect(second!.y).toBeCloseTo(first!.y, 0);
            await expect(readings.nth(1)).not.toBeInViewport({ ratio: 0.5 });
            // The list of wordings scrolls to the one picked, without JavaScript too.
            await page.locator(`[id="${differing.id}"] .na-story-row__picker a`).nth(1).click();
            await expect(readings.nth(1)).toBeInViewport({ ratio: 0.9 });
          } else {
            expect(second!.y).toBeGreaterThan(first!.y + first!.height - 1);
          }
        },
      );
    });
  }
}

// axe runs as a script in the page, so it runs with JavaScript on; the markup is the same without it.
for (const width of [375, 768, 1280]) {
  test.describe(`the story page at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    for (const colorScheme of ['light', 'dark'] as const) {
      test(`axe finds no violations (${colorScheme})`, async ({ page }) => {
        // A long page: axe takes seconds on it, more on a busy machine.
        test.setTimeout(120_000);
        await page.emulateMedia({ colorScheme });
        await page.goto(PAGE);
        const results = await new AxeBuilder({ page }).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
          [],
        );
      });
    }
  });
}

test.describe('links from and to the story page', () => {
  test('every reading and telling links to its copy’s paragraph', async ({ page }) => {
    await page.goto(PAGE);
    const reading = differing.readings[1]!;
    const link = page.locator(`[id="${differing.id}"] .na-story-reading`).nth(1).locator('.na-story-reading__meta a');
    await expect(link).toHaveAttribute('href', `/articles/${reading.copy}/#${reading.paragraph}`);
    await link.click();
    await expect(page.locator(`[id="${reading.paragraph}"]`)).toBeInViewport();
    await page.goto(PAGE);
    const telling = eventRow.mentions[0]!;
    await expect(page.locator(`[id="${eventRow.id}"] .na-story-tellings a`).first()).toHaveAttribute(
      'href',
      `/articles/${telling.copy}/#${telling.paragraph}`,
    );
  });

  test('an article page links to its story', async ({ page }) => {
    await page.goto(`/articles/${comparison.copies[0]!.slug}/`);
    await page.locator('.na-story-link a').click();
    await expect(page).toHaveURL(new RegExp(`${PAGE}$`));
  });

  test('a row’s share page previews it and goes on to the row, without JavaScript too', async ({ browser }) => {
    for (const javaScriptEnabled of [true, false]) {
      const context = await browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      await page.goto(`${PAGE}s/${differing.id}/`);
      await expect(page).toHaveURL(new RegExp(`${PAGE}#${differing.id}$`));
      await expect(page.locator(`[id="${differing.id}"]`)).toBeInViewport();
      await context.close();
    }
  });

  test('copy link on a quote row and an event row writes its share URL', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(PAGE);
    for (const id of [differing.id, eventRow.id]) {
      await page.locator(`[id="${id}"] .na-story-row__links a[data-copy-link]`).click();
      await expect(page.getByRole('status')).toHaveText('Link copied to the clipboard');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${PAGE}s/${id}/`);
    }
  });
});
