// `npm run audit`: Lighthouse (mobile defaults) on an article page of the built site (or the page AUDIT_PATH names,
// such as /stories/<id>/), served by `vite preview`, in the system Chromium. Fails on the deterministic gates of
// scripts/audit-gates.ts (accessibility, best practices and SEO scores, layout shift, page weight, render-blocking
// resources, pass/fail audits); the performance score and its timings are printed as figures: they vary with the
// machine's load.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { auditGates, type LighthouseResult } from './audit-gates.ts';

const PORT = Number(process.env.PORT ?? 4322);
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const chromePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

const slug = existsSync('dist/articles') ? readdirSync('dist/articles').sort()[0] : undefined;
if (!slug) {
  console.error('audit: no article page in dist/: run npm run build first');
  process.exit(1);
}
const origin = `http://localhost:${PORT}`;
const url = `${origin}${process.env.AUDIT_PATH ?? `/articles/${slug}/`}`;

// Vite's static preview: `astro preview` refuses to start while another of this project's preview servers runs.
const server = spawn(
  process.execPath,
  ['node_modules/vite/bin/vite.js', 'preview', '--outDir', 'dist', '--port', String(PORT), '--strictPort'],
  { stdio: 'ignore' },
);
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
    const lhr = result!.lhr;
    console.log(`Lighthouse ${lhr.lighthouseVersion} on ${url}`);
    for (const gate of auditGates(lhr as unknown as LighthouseResult, origin)) {
      console.log(`  ${gate.passed ? 'pass' : 'FAIL'}  ${gate.name.padEnd(30)} ${gate.value}`);
      if (!gate.passed) failed = true;
    }
    const metric = (id: string) => `${Math.round(lhr.audits[id]?.numericValue ?? 0)} ms`;
    console.log(
      `  figure performance score ${(lhr.categories.performance?.score ?? 0).toFixed(2)} (FCP ${metric('first-contentful-paint')}, LCP ${metric('largest-contentful-paint')}, TBT ${metric('total-blocking-time')}): timings vary with the machine's load, so they are reported, not gated`,
    );
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
