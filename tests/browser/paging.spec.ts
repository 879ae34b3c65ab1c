import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// Against the archive build (npm run build:archive: 400 copies), served on ARCHIVE_PORT by playwright.config.ts.
const PORT = Number(process.env.PORT ?? 4321);
const ARCHIVE = `http://localhost:${Number(process.env.ARCHIVE_PORT ?? PORT + 2000)}`;
const SITE = 'test-output/archive-site';

/** Folders of the archive that hold a second page (`page/2/`): the entity pages and timeline months that are paged. */
function pagedFolders(under: string, depth: number): string[] {
  const walk = (dir: string, left: number): string[] =>
    left === 0
      ? [dir]
      : readdirSync(join(SITE, dir), { withFileTypes: true })
          .filter((entry) => entry.isDirectory() && entry.name !== 'page')
          .flatMap((entry) => walk(`${dir}/${entry.name}`, left - 1));
  return walk(under, depth).filter((dir) => existsSync(join(SITE, dir, 'page', '2', 'index.html')));
}

const entity = pagedFolders('entities', 1)[0]!;
const month = pagedFolders('timeline', 2)[0]!;
/** An event on the second part of a busy month. */
const event = /<li id="(event-[^"]+)" class="na-event"/.exec(
  readFileSync(join(SITE, month, 'page', '2', 'index.html'), 'utf8'),
)![1]!;

async function rel(page: Page, kind: 'prev' | 'next'): Promise<string | null> {
  const link = page.locator(`head link[rel="${kind}"]`);
  return (await link.count()) === 0 ? null : link.getAttribute('href');
}

for (const width of [375, 1280]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test('the home page lists 30 articles a page, newest first, with rel=prev/next and a pager', async ({ page }) => {
      await page.goto(`${ARCHIVE}/`);
      await expect(page.locator('.na-article-list > li')).toHaveCount(30);
      expect(await rel(page, 'prev')).toBeNull();
      expect(await rel(page, 'next')).toBe('/page/2/');
      await page.getByRole('navigation', { name: 'Pages of articles' }).getByRole('link', { name: 'Older' }).click();
      await expect(page).toHaveURL(`${ARCHIVE}/page/2/`);
      await expect(page.getByRole('heading', { level: 1 })).toContainText('page 2 of 14');
      expect(await rel(page, 'prev')).toBe('/');
      expect(await rel(page, 'next')).toBe('/page/3/');
      await page.screenshot({ path: `test-output/paging/home-2-${width}.png`, fullPage: true });
      await page.goto(`${ARCHIVE}/page/14/`);
      expect(await rel(page, 'next')).toBeNull();
      await expect(page.locator('.na-pager [aria-current="page"]')).toHaveText('14');
    });

    test('/entities/ is paged, every entity on one page', async ({ page }) => {
      await page.goto(`${ARCHIVE}/entities/`);
      const first = await page.locator('.na-entity-index__list > li').count();
      expect(first).toBe(100);
      expect(await rel(page, 'next')).toBe('/entities/page/2/');
      await page.goto(`${ARCHIVE}/entities/page/2/`);
      expect(await page.locator('.na-entity-index__list > li').count()).toBeGreaterThan(0);
      expect(await rel(page, 'prev')).toBe('/entities/');
    });

    test('an entity page lists 50 articles a page with the quotations and events of those articles', async ({
      page,
    }) => {
      await page.goto(`${ARCHIVE}/${entity}/`);
      await expect(page.locator('.na-entity-articles > li')).toHaveCount(50);
      await expect(page.locator('#co-mentions')).toBeVisible();
      const listed = await page
        .locator('.na-entity-articles > li > a:first-child')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      for (const href of await page
        .locator('.na-quote-card__links a')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href')!.split('#')[0])))
        expect(listed).toContain(href);
      expect(await rel(page, 'next')).toBe(`/${entity}/page/2/`);
      await page.screenshot({ path: `test-output/paging/entity-${width}.png`, fullPage: true });
      await page
        .getByRole('navigation', { name: /^Pages of articles that name/ })
        .getByRole('link', { name: 'Page 2' })
        .click();
      await expect(page).toHaveURL(`${ARCHIVE}/${entity}/page/2/`);
      await expect(page.locator('.na-entity-articles > li').first()).toBeVisible();
      await expect(page.locator('#co-mentions')).toHaveCount(0);
      const second = await page.locator('.na-entity-articles > li > a:first-child').first().getAttribute('href');
      expect(listed).not.toContain(second);
    });

    test('the timeline overview links each month, and a busy month is in parts with steps between them', async ({
      page,
    }) => {
      await page.goto(`${ARCHIVE}/timeline/`);
      const [, year, mm] = month.split('/');
      const cell = page.locator(`.na-years a[href="/${month}/"]`);
      await expect(cell).toHaveAccessibleName(new RegExp(`^\\w+ ${year}: \\d+ events$`));
      await cell.click();
      await expect(page).toHaveURL(`${ARCHIVE}/timeline/${year}/${mm}/`);
      await expect(page.locator('.na-event').first()).toBeVisible();
      expect(await rel(page, 'next')).toBe(`/${month}/page/2/`);
      await page.screenshot({ path: `test-output/paging/month-${width}.png` });
      await page
        .getByRole('navigation', { name: /^Parts of / })
        .getByRole('link', { name: /Later days/ })
        .click();
      await expect(page).toHaveURL(`${ARCHIVE}/${month}/page/2/`);
      expect(await rel(page, 'prev')).toBe(`/${month}/`);
      await page.getByRole('navigation', { name: 'Other months' }).getByRole('link', { name: 'All months' }).click();
      await expect(page).toHaveURL(`${ARCHIVE}/timeline/`);
    });

    test('a link to an event of the one-page timeline lands on the page that holds it', async ({ page }) => {
      await page.goto(`${ARCHIVE}/timeline/#${event}`);
      await expect(page).toHaveURL(`${ARCHIVE}/${month}/page/2/#${event}`);
      await expect(page.locator(`#${event}`)).toBeVisible();
      // The script sends the reader on with location.replace: the new page may still be loading when its URL shows.
      await expect.poll(() => page.evaluate(() => document.querySelector(':target')?.id)).toBe(event);
    });

    test('the ?entity= filter goes along to the next page', async ({ page }) => {
      await page.goto(`${ARCHIVE}/${month}/`);
      const filter = page.locator('a[data-filter]:not([data-filter=""])').first();
      const id = (await filter.getAttribute('data-filter'))!;
      await filter.click();
      await expect(page).toHaveURL(new RegExp(`\\?entity=${id}`));
      await expect(page.locator('[data-filter-status]')).toContainText('Showing');
      // The steps to other pages were written when the page loaded: load it with the filter, as a shared link would.
      await page.reload();
      const later = page.getByRole('navigation', { name: /^Parts of / }).getByRole('link', { name: /Later days/ });
      await expect(later).toHaveAttribute('href', new RegExp(`/${month}/page/2/\\?entity=${id}$`));
      await later.click();
      await expect(page).toHaveURL(new RegExp(`/${month}/page/2/\\?entity=${id}$`));
      const chosen = page.locator(`a[data-filter="${id}"]`);
      if ((await chosen.count()) > 0) await expect(chosen).toHaveAttribute('aria-current', 'true');
      await expect(page.getByRole('link', { name: 'All months' })).toHaveAttribute('href', `/timeline/?entity=${id}`);
    });

    for (const path of [
      '/',
      '/page/2/',
      '/entities/',
      '/entities/page/2/',
      `/${entity}/`,
      `/${entity}/page/2/`,
      '/timeline/',
      `/${month}/`,
      `/${month}/page/2/`,
    ]) {
      test(`axe finds no violations on ${path}`, async ({ page }) => {
        // A month of the timeline is a long page (a chart and 120 events): axe takes its time on a busy machine.
        test.setTimeout(180_000);
        for (const colorScheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme });
          await page.goto(`${ARCHIVE}${path}`);
          const results = await new AxeBuilder({ page }).analyze();
          expect(
            results.violations.map(
              (v) => `${colorScheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
            ),
          ).toEqual([]);
        }
      });
    }
  });
}
