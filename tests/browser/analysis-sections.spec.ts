import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { AnalysisSchema, type Event } from '../../src/schemas/analysis.ts';

const SLUG = 'china-delegation-north-korea';
const PAGE = `/articles/${SLUG}/`;
// The analysis the page was built from (published next to it), or the hand-written one before the build has it.
const published = `dist/articles/${SLUG}/analysis.json`;
const analysis = AnalysisSchema.parse(
  JSON.parse(readFileSync(existsSync(published) ? published : 'tests/fixtures/analysis/seed-analysis.json', 'utf8')),
);
/** Events by start day, then end day, then reading order. */
const chronological: Event[] = analysis.events
  .map((event, reading) => ({ event, reading }))
  .sort(
    (a, b) =>
      a.event.date.start.localeCompare(b.event.date.start) ||
      a.event.date.end.localeCompare(b.event.date.end) ||
      a.reading - b.reading,
  )
  .map(({ event }) => event);
const SHOTS = 'test-output/screenshots';

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const width of [375, 768, 1280]) {
  test.describe(`analysis sections at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });
    const errors: string[] = [];
    test.beforeEach(({ page }) => {
      errors.length = 0;
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
    });
    test.afterEach(() => expect(errors).toEqual([]));

    test('the timeline lists every event in date order with its phrase and resolved dates', async ({ page }) => {
      await page.goto(PAGE);
      const items = page.locator('#timeline .na-event:not(.na-event--quote)');
      await expect(items).toHaveCount(chronological.length);
      expect(await items.evaluateAll((nodes) => nodes.map((node) => node.id))).toEqual(chronological.map((e) => e.id));
      for (const event of chronological) {
        const item = page.locator(`[id="${event.id}"]`);
        await expect(item).toBeVisible();
        const days = await item
          .locator('.na-event__when time')
          .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('datetime')));
        expect(days).toEqual(
          event.date.start === event.date.end ? [event.date.start] : [event.date.start, event.date.end],
        );
        await expect(item.locator('summary')).toContainText(`“${event.phrase}”`);
        await expect(item.locator(`a[href="#${event.paragraph}"]`)).toHaveCount(1);
        await item.locator('summary').click();
        await expect(item.locator('details p')).toHaveText(event.date.reason);
      }
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth),
        'no sideways scrolling',
      ).toBeLessThanOrEqual(width);
      // The chart is shown at every width (laid out for it), each event on it.
      const chart = page.locator('#timeline .na-chart:visible');
      await expect(chart).toHaveCount(1);
      for (const event of chronological)
        expect(await chart.locator(`a[href="#${event.id}"]`).count()).toBeGreaterThan(0);
    });

    test('the sidebar shows each quotation with its speaker, and its link lands on the quoted words', async ({
      page,
    }) => {
      await page.goto(PAGE);
      for (const quote of analysis.quotes) {
        const card = page.locator(`#quotes [id="${quote.id}"]`);
        await expect(card.locator('blockquote')).toContainText(quote.text);
        const group = page.locator('#quotes .na-speaker').filter({ has: page.locator(`[id="${quote.id}"]`) });
        await expect(group.locator('h3')).toHaveText(quote.speaker?.name ?? 'Speaker not stated');
        if (quote.speaker?.role) await expect(group).toContainText(quote.speaker.role);
      }
      for (const quote of analysis.quotes) {
        await page.locator(`[id="${quote.id}"] a[href="#${quote.id}-text"]`).click();
        await expect(page).toHaveURL(new RegExp(`#${quote.id}-text$`));
        const words = page.locator(`[id="${quote.id}-text"]`);
        await expect(words).toHaveText(quote.text);
        await expect(words).toBeInViewport();
        expect(await words.evaluate((node) => node.closest('p')?.id)).toBe(quote.paragraph);
        // The page scrolls smoothly: the next link is clicked once it has stopped moving, not while it passes by.
        await expect
          .poll(() =>
            page.evaluate(async () => {
              const before = scrollY;
              await new Promise((done) => setTimeout(done, 100));
              return scrollY === before;
            }),
          )
          .toBe(true);
      }
    });

    test('who’s who has a card per entity with its kind in words and a link to its first mention', async ({ page }) => {
      await page.goto(PAGE);
      await expect(page.locator('#entities .na-entity-card')).toHaveCount(analysis.entities.length);
      for (const entity of analysis.entities) {
        const card = page.locator(`#entities [id="entity-${entity.id}"]`);
        await expect(card.locator('h3')).toHaveText(entity.name);
        await expect(card.locator('.na-entity-card__kind')).toContainText(new RegExp(entity.kind, 'i'));
        if (entity.mentions > 0) await expect(page.locator(`[id="mention-${entity.id}"]`)).toHaveCount(1);
      }
    });

    test('the filter keeps one entity’s events, puts it in the URL, and clears', async ({ page }) => {
      await page.goto(PAGE);
      const option = page.locator('#timeline a[data-filter="russia"]');
      await option.click();
      await expect(page).toHaveURL(/[?&]entity=russia\b/);
      await expect(option).toHaveAttribute('aria-current', 'true');
      const shown = page.locator('#timeline .na-event:not(.na-event--quote):visible');
      const kept = await shown.evaluateAll((nodes) =>
        nodes.map((node) => (node as HTMLElement).dataset.entities ?? ''),
      );
      expect(kept.length).toBeGreaterThan(0);
      expect(kept.length).toBeLessThan(chronological.length);
      for (const entities of kept) expect(entities.split(' ')).toContain('russia');
      await expect(page.locator('#timeline [data-filter-status]')).toHaveText(
        `Showing ${kept.length} of ${chronological.length} events and 0 of ${analysis.quotes.length} quotations that involve Russia.`,
      );
      await page.locator('#timeline a[data-filter=""]').click();
      await expect(page).not.toHaveURL(/entity=/);
      await expect(shown).toHaveCount(chronological.length);
    });

    test('a shared filtered URL opens filtered, and without JavaScript shows every event', async ({
      page,
      browser,
    }) => {
      await page.goto(`${PAGE}?entity=russia#timeline`);
      await expect(page.locator('#timeline a[data-filter="russia"]')).toHaveAttribute('aria-current', 'true');
      expect(await page.locator('#timeline .na-event:not(.na-event--quote):visible').count()).toBeLessThan(
        chronological.length,
      );
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 900 } });
      const plain = await context.newPage();
      await plain.goto(`${PAGE}?entity=russia#timeline`);
      await expect(plain.locator('#timeline .na-event:not(.na-event--quote):visible')).toHaveCount(
        chronological.length,
      );
      await context.close();
    });

    for (const colorScheme of ['light', 'dark'] as const) {
      test(`axe finds no violations (${colorScheme}), filtered or not; a screenshot`, async ({ page }) => {
        test.setTimeout(60_000);
        await page.emulateMedia({ colorScheme });
        await page.goto(PAGE);
        expect(await axeViolations(page)).toEqual([]);
        mkdirSync(SHOTS, { recursive: true });
        await page.screenshot({ path: `${SHOTS}/article-${width}-${colorScheme}.png`, fullPage: true });
        await page.goto(`${PAGE}?entity=north-korea#timeline`);
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  });
}
