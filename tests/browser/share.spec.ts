import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { AnalysisSchema } from '../../src/schemas/analysis.ts';

const SLUG = 'china-delegation-north-korea';
const PAGE = `/articles/${SLUG}/`;
const analysis = AnalysisSchema.parse(JSON.parse(readFileSync(`dist/articles/${SLUG}/analysis.json`, 'utf8')));
const lastParagraph = analysis.paragraphs.at(-1)!;
const quote = analysis.quotes.find((item) => item.speaker?.name === 'Jake Sullivan')!;
const event = analysis.events.at(-1)!;

/** The element is the page's :target, on screen, with the highlight's background. */
async function expectLandedOn(page: Page, id: string) {
  const element = page.locator(`[id="${id}"]`);
  await expect(element).toBeInViewport();
  expect(await element.evaluate((node) => node.matches(':target'))).toBe(true);
  const background = await element.evaluate((node) => getComputedStyle(node).backgroundColor);
  expect(background).not.toBe('rgba(0, 0, 0, 0)');
}

test.describe('share URLs land on their element, highlighted', () => {
  for (const [kind, id] of [
    ['paragraph', lastParagraph.id],
    ['quote', quote.id],
    ['event', event.id],
  ] as const) {
    test(`a ${kind}`, async ({ page }) => {
      await page.goto(`${PAGE}s/${id}/`);
      await expect(page).toHaveURL(new RegExp(`${PAGE}#${id}$`));
      await expectLandedOn(page, id);
    });
  }

  test('without JavaScript, through the meta refresh', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${PAGE}s/${quote.id}/`);
    await expect(page).toHaveURL(new RegExp(`${PAGE}#${quote.id}$`));
    await expectLandedOn(page, quote.id);
    await context.close();
  });

  test('an old anchor the lock maps elsewhere goes on to its new place, on the page and by its share page', async ({
    page,
  }) => {
    // The seed's lock maps the event anchors of an earlier id scheme to the current ones.
    const lock = JSON.parse(readFileSync(`content/anchors/${SLUG}.json`, 'utf8')) as { moved: Record<string, string> };
    const [old, now] = Object.entries(lock.moved)[0]!;
    await page.goto(`${PAGE}#${old}`);
    await expect(page).toHaveURL(new RegExp(`${PAGE}#${now}$`));
    await expectLandedOn(page, now);
    await page.goto(`${PAGE}s/${old}/`);
    await expect(page).toHaveURL(new RegExp(`${PAGE}#${now}$`));
    await expectLandedOn(page, now);
  });
});

test('without JavaScript, an old anchor the lock maps elsewhere lands on its new place, highlighted', async ({
  browser,
}) => {
  const lock = JSON.parse(readFileSync(`content/anchors/${SLUG}.json`, 'utf8')) as { moved: Record<string, string> };
  const context = await browser.newContext({ javaScriptEnabled: false, reducedMotion: 'reduce' });
  const page = await context.newPage();
  for (const [old, now] of Object.entries(lock.moved)) {
    await page.goto(`${PAGE}#${old}`);
    const element = page.locator(`[id="${now}"]`);
    await expect(element).toBeInViewport();
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await expect
      .poll(() => element.evaluate((node) => getComputedStyle(node).backgroundColor))
      .not.toBe('rgba(0, 0, 0, 0)');
  }
  await context.close();
});

test.describe('share controls', () => {
  test.beforeEach(async ({ context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });

  test('copy link on a quote and an event writes its share URL, announced', async ({ page, baseURL }) => {
    await page.goto(PAGE);
    for (const id of [quote.id, event.id]) {
      await page.locator(`[id="${id}"] a[data-copy-link]`).click();
      await expect(page.getByRole('status')).toHaveText('Link copied to the clipboard');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${PAGE}s/${id}/`);
    }
  });

  test('a section heading’s link writes the article URL with the section', async ({ page, baseURL }) => {
    await page.goto(PAGE);
    await page.locator('#timeline-heading .na-pilcrow').click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${PAGE}#timeline`);
  });

  test('selected words get a text-fragment link that lands on them', async ({ page, baseURL }) => {
    await page.goto(PAGE);
    // The whole paragraph: longer than eight words, so the link gives its first and last four.
    await page.locator(`[id="${lastParagraph.id}"]`).evaluate((node) => {
      const range = document.createRange();
      range.selectNodeContents(node);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
    });
    const words = lastParagraph.text.trim().split(/\s+/);
    const encode = (part: string[]) => encodeURIComponent(part.join(' ')).replace(/-/g, '%2D');
    const button = page.getByRole('button', { name: 'Copy link to selection' });
    await button.click();
    await expect(page.getByRole('status')).toHaveText('Link copied to the clipboard');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(`${baseURL}${PAGE}#:~:text=${encode(words.slice(0, 4))},${encode(words.slice(-4))}`);

    const reader = await page.context().newPage();
    await reader.goto(link);
    await expect(reader.locator(`[id="${lastParagraph.id}"]`)).toBeInViewport();
    expect(await reader.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await reader.close();
  });

  /** Selects characters [from, to) of a paragraph's text, as a mouse drag that starts and ends mid-word would. */
  async function selectChars(page: Page, id: string, from: number, to: number) {
    await page.locator(`[id="${id}"]`).evaluate(
      (node, [start, end]) => {
        const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
        const range = document.createRange();
        let seen = 0;
        for (let text = walker.nextNode(); text; text = walker.nextNode()) {
          const length = text.textContent!.length;
          if (seen <= start! && start! < seen + length) range.setStart(text, start! - seen);
          if (seen < end! && end! <= seen + length) range.setEnd(text, end! - seen);
          seen += length;
        }
        window.getSelection()!.removeAllRanges();
        window.getSelection()!.addRange(range);
      },
      [from, to],
    );
  }

  /** Opens a link in a short window (so that landing means scrolling) and returns where the words are. */
  async function openAndLocate(page: Page, link: string, id: string, words: string, occurrence = 0) {
    const reader = await page
      .context()
      .browser()!
      .newContext({ viewport: { width: 375, height: 400 }, reducedMotion: 'reduce' });
    const tab = await reader.newPage();
    await tab.goto(link);
    await expect.poll(() => tab.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    const box = await tab.locator(`[id="${id}"]`).evaluate(
      (node, [wanted, nth]) => {
        const text = node.textContent!;
        let at = -1;
        for (let i = 0; i <= Number(nth); i++) at = text.indexOf(String(wanted), at + 1);
        const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
        const range = document.createRange();
        let seen = 0;
        const end = at + String(wanted).length;
        for (let t = walker.nextNode(); t; t = walker.nextNode()) {
          const length = t.textContent!.length;
          if (seen <= at && at < seen + length) range.setStart(t, at - seen);
          if (seen < end && end <= seen + length) range.setEnd(t, end - seen);
          seen += length;
        }
        const rect = range.getBoundingClientRect();
        return { top: rect.top, bottom: rect.bottom, height: window.innerHeight };
      },
      [words, occurrence] as const,
    );
    await reader.close();
    return box;
  }

  test('a selection that starts and ends mid-word links its whole words, and the link lands on them', async ({
    page,
  }) => {
    await page.goto(PAGE);
    const id = 'p-north-korea-will-mark-its';
    const text = analysis.paragraphs.find((paragraph) => paragraph.id === id)!.text;
    // "…on Saturday by h": the drag ends inside "holding".
    await selectChars(page, id, text.indexOf('n Saturday'), text.indexOf('holding') + 1);
    await page.getByRole('button', { name: 'Copy link to selection' }).click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/#:~:text=on%20Saturday%20by%20holding$/);
    const box = await openAndLocate(page, link, id, 'on Saturday by holding');
    // Chromium scrolls a matched text fragment to the middle of the window.
    expect(box.top).toBeGreaterThan(0);
    expect(box.bottom).toBeLessThan(box.height);
    expect(Math.abs((box.top + box.bottom) / 2 - box.height / 2)).toBeLessThan(box.height / 4);
  });

  test('words that occur earlier on the page get a prefix, and the link lands on this occurrence', async ({ page }) => {
    await page.goto(PAGE);
    const id = 'p-sullivan-stated-that-this-is';
    const text = analysis.paragraphs.find((paragraph) => paragraph.id === id)!.text;
    const at = text.indexOf('North Korea');
    await selectChars(page, id, at + 1, at + 'North Kor'.length);
    await page.getByRole('button', { name: 'Copy link to selection' }).click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/#:~:text=[^,]+-,North%20Korea$/);
    const box = await openAndLocate(page, link, id, 'North Korea');
    expect(box.top).toBeGreaterThan(0);
    expect(box.bottom).toBeLessThan(box.height);
    expect(Math.abs((box.top + box.bottom) / 2 - box.height / 2)).toBeLessThan(box.height / 4);
  });
});
