import { expect, test } from '@playwright/test';
import { builtPages, urlOf } from '../build/built-pages.ts';

// The policy is only worth its name if the site works under it: the browser must report no violation.
for (const path of builtPages().map(urlOf)) {
  test(`no Content Security Policy violation on ${path}`, async ({ page }) => {
    const refused: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`Refused to load: ${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    await page.goto(path, { waitUntil: 'load' });
    // The enhancement scripts ran (they are modules, allowed by hash or by 'self').
    await page.waitForLoadState('networkidle');
    expect(refused).toEqual([]);
  });
}
