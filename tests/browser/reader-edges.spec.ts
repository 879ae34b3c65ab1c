import { expect, test } from '@playwright/test';

// Rough edges a new reader hit (issue 14): the 404 page, quote captions, search, entity pages, languages.
const DEMO = `http://localhost:${Number(process.env.DEMO_PORT ?? Number(process.env.PORT ?? 4321) + 1000)}`;
const ARTICLE = '/articles/china-delegation-north-korea/';

test.describe('a missing page', () => {
  test('has the site’s header, its search box and a way back, with a 404 status', async ({ page }) => {
    const response = await page.goto('/no/such/page/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(page.locator('.na-masthead')).toBeVisible();
    await expect(page.getByRole('searchbox', { name: 'Search' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'All articles' })).toHaveAttribute('href', '/');
  });

  test('says a shared link’s article is still there and links to the place it pointed at', async ({ page }) => {
    await page.goto(`${ARTICLE}s/p-a-paragraph-since-removed/`);
    const hint = page.locator('[data-not-found-hint]');
    await expect(hint).toContainText('The article is still here');
    await expect(hint.getByRole('link')).toHaveAttribute('href', `${ARTICLE}#p-a-paragraph-since-removed`);
  });

  test('offers a search for the words of a renamed article’s address, in the header’s box', async ({ page }) => {
    await page.goto('/articles/china-sends-delegation/');
    const hint = page.locator('[data-not-found-hint]');
    await expect(hint.getByRole('link')).toHaveAttribute('href', '/search/?q=china%20sends%20delegation');
    await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('china sends delegation');
  });

  test('without JavaScript still offers the way back', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/articles/china-sends-delegation/');
    await expect(page.getByRole('link', { name: 'All articles' })).toBeVisible();
    await expect(page.locator('[data-not-found-hint]')).toBeHidden();
    await context.close();
  });
});

test('a quote said without a stated channel has no “no channel stated” caption', async ({ page }) => {
  await page.goto(`${DEMO}/articles/china-delegation-wire-copy/`);
  await expect(page.locator('.na-quote-card').first()).toBeVisible();
  expect(await page.locator('body').innerText()).not.toContain('no channel stated');
  // Each caption still names the speaker for screen readers.
  for (const caption of await page.locator('.na-quote-card__caption').all())
    expect((await caption.innerText()).trim()).not.toMatch(/^,|,$/);
});

test.describe('search', () => {
  test('has one search box, the header’s, filled with the query', async ({ page }) => {
    await page.goto(`${DEMO}/search/?q=Ukrainians`);
    await expect(page.locator('.na-search-result').first()).toBeVisible();
    await expect(page.getByRole('searchbox')).toHaveCount(1);
    await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('Ukrainians');
  });

  test('highlights the word without its full stop, and marks a cut excerpt with “…”', async ({ page }) => {
    await page.goto(`${DEMO}/search/?q=Ukrainians`);
    const marks = page.locator('.na-search-result mark');
    await expect(marks.first()).toBeVisible();
    for (const text of await marks.allInnerTexts()) {
      expect(text).toMatch(/^[\p{L}\p{N}]/u);
      expect(text).not.toMatch(/\p{P}$/u);
    }
    // Which paragraph comes first depends on the corpus; a cut one has "…" where it was cut, and only there.
    const excerpts = await page
      .locator('.na-search-result[data-kind="Paragraph"] .na-search-result__excerpt')
      .allInnerTexts();
    const cut = excerpts.filter((text) => text.includes('…'));
    expect(cut.length).toBeGreaterThan(0);
    for (const text of cut) expect(text.replace(/^… /, '').replace(/ ?…$/, '')).not.toContain('…');
  });

  test('reads an entity’s words as sentences, not a list of its names and roles', async ({ page }) => {
    await page.goto(`${DEMO}/search/?q=Putin`);
    const entity = page.locator('.na-search-result[data-kind="Entity"]', { hasText: 'Vladimir Putin' });
    const excerpt = await entity.locator('.na-search-result__excerpt').innerText();
    expect(excerpt).not.toMatch(/Putin\. Putin|President of Russia\. President of Russia/);
  });

  for (const width of [375, 768, 1280]) {
    test(`shows the whole placeholder at ${width} px`, async ({ browser }) => {
      const context = await browser.newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      await page.goto('/');
      const fits = await page.getByRole('searchbox', { name: 'Search' }).evaluate((input: HTMLInputElement) => {
        const style = getComputedStyle(input);
        const context2d = document.createElement('canvas').getContext('2d')!;
        context2d.font = style.font;
        const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        return context2d.measureText(input.placeholder).width <= room;
      });
      expect(fits).toBe(true);
      await context.close();
    });
  }
});

test.describe('entity pages', () => {
  for (const path of ['/entities/', '/entities/united-states/', '/search/?q=x']) {
    test(`${path} starts at the header’s edge at 1280 px`, async ({ browser }) => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.goto(path);
      const brand = await page.locator('.na-brand').boundingBox();
      const heading = await page.locator('main h1').first().boundingBox();
      expect(Math.abs(heading!.x - brand!.x)).toBeLessThanOrEqual(2);
      await context.close();
    });
  }

  test('an entity the editor lists but the text never names belongs to the article, and says so', async ({ page }) => {
    await page.goto('/entities/united-states/');
    await expect(page.locator('#articles')).toContainText('listed by the editor; the text does not name it');
    await expect(page.locator('#articles a', { hasText: 'China Sends Delegation' })).toHaveAttribute('href', ARTICLE);
    await expect(page.locator('.na-entity-profile')).not.toContainText('0 mentions in 0 articles');
    await page.goto('/entities/');
    await expect(page.locator('li', { hasText: 'United States' })).toContainText('listed by the editor in 1 article');
    await page.goto(ARTICLE);
    await expect(page.locator('.na-listed-only')).toContainText('United States');
  });

  test('“Part of” on a who’s-who card links even to an entity the article has no card for', async ({ page }) => {
    await page.goto(ARTICLE);
    const card = page.locator('#entity-us-intelligence');
    await expect(card.getByRole('link', { name: 'United States' })).toHaveAttribute('href', '/entities/united-states/');
  });
});

test.describe('a copy in another language', () => {
  test('an Arabic copy reads right to left, with or without JavaScript', async ({ browser }) => {
    for (const javaScriptEnabled of [true, false]) {
      const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.goto(`${DEMO}/articles/15-article-language-ignored/`);
      for (const selector of ['h1', '.na-summary', '.na-body']) {
        const element = page.locator(selector).first();
        await expect(element).toHaveAttribute('lang', 'ar');
        expect(await element.evaluate((node) => getComputedStyle(node).direction)).toBe('rtl');
      }
      // The first line ends at the right edge of its column: the text is laid out from the right.
      const edges = await page
        .locator('.na-body p')
        .first()
        .evaluate((node) => {
          const range = document.createRange();
          range.selectNodeContents(node);
          return { text: range.getClientRects()[0]!.right, box: node.getBoundingClientRect().right };
        });
      expect(edges.box - edges.text).toBeLessThan(12);
      await context.close();
    }
  });
});

test.describe('footnotes in a copy', () => {
  test('the marker leads to the note and the note’s ↩ leads back', async ({ page }) => {
    await page.goto(`${DEMO}/articles/14-footnote-anchors/`);
    await page.locator('[data-footnote-ref]').click();
    await expect(page).toHaveURL(/#user-content-fn-1$/);
    await expect(page.locator('#user-content-fn-1')).toBeInViewport();
    expect(await page.locator('#user-content-fn-1').evaluate((node) => node.matches(':target'))).toBe(true);
    await page.locator('[data-footnote-backref]').click();
    await expect(page).toHaveURL(/#user-content-fnref-1$/);
    await expect(page.locator('.na-footnotes h2')).toHaveText('Notes');
    await expect(page.locator('.na-footnotes .na-pilcrow')).toHaveCount(0);
  });
});
