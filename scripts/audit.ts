// `npm run audit`: Lighthouse (mobile defaults) on an article page of the built site, served by `astro preview`,
// in the system Chromium. Fails when performance, accessibility, best practices or SEO scores under 0.95.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const PORT = Number(process.env.PORT ?? 4322);
const BAR = 0.95;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const chromePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

const slug = existsSync('dist/articles') ? readdirSync('dist/articles').sort()[0] : undefined;
if (!slug) {
  console.error('audit: no article page in dist/: run npm run build first');
  process.exit(1);
}
const url = `http://localhost:${PORT}/articles/${slug}/`;

const server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'preview', '--port', String(PORT)], {
  stdio: 'ignore',
});
let failed = false;
try {
  await waitFor(url);
  const chrome = await chromeLauncher.launch({
    ...(chromePath ? { chromePath } : {}),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      onlyCategories: CATEGORIES,
      output: 'json',
      logLevel: 'error',
    });
    const categories = result!.lhr.categories;
    console.log(`Lighthouse ${result!.lhr.lighthouseVersion} on ${url}`);
    for (const id of CATEGORIES) {
      const score = categories[id]?.score ?? 0;
      console.log(`  ${id.padEnd(15)} ${score.toFixed(2)}${score < BAR ? `  (under ${BAR})` : ''}`);
      if (score < BAR) failed = true;
    }
  } finally {
    chrome.kill();
  }
} finally {
  server.kill();
}
process.exit(failed ? 1 : 0);

async function waitFor(address: string): Promise<void> {
  for (let attempt = 0; attempt < 60; attempt++) {
    try {
      if ((await fetch(address)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`audit: ${address} did not answer`);
}
