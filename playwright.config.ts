import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// Playwright's own browser download cannot reach its host here: use the system Chromium when present.
const SYSTEM_CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const executablePath = existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined;
const PORT = Number(process.env.PORT ?? 4321);
// The demo build (npm run build:demo) is served beside the published one; tests/browser/search.spec.ts reads it.
const DEMO_PORT = Number(process.env.DEMO_PORT ?? PORT + 1000);
// The archive build (npm run build:archive, 400 copies) too; tests/browser/paging.spec.ts reads it.
const ARCHIVE_PORT = Number(process.env.ARCHIVE_PORT ?? PORT + 2000);

export default defineConfig({
  testDir: 'tests/browser',
  outputDir: 'test-output/playwright',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  workers: 2,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    ...devices['Desktop Chrome'],
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: [
    {
      command: `npm run preview -- --port ${PORT}`,
      url: `http://localhost:${PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `npx vite preview --outDir test-output/demo-site --port ${DEMO_PORT} --strictPort`,
      url: `http://localhost:${DEMO_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `npx vite preview --outDir test-output/archive-site --port ${ARCHIVE_PORT} --strictPort`,
      url: `http://localhost:${ARCHIVE_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
