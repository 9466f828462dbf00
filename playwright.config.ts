import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './e2e/support/browser-path.mjs';

// A developer running two suites at once can give each its own port and build folder.
const PORT = Number(process.env.E2E_PORT ?? 4317);
const DIST = process.env.E2E_DIST ?? 'dist';
const executablePath = chromiumPath();

export default defineConfig({
  testDir: './e2e',
  testMatch: '*.spec.ts',
  // Two cores and a CPU renderer: scenes render slowly, so tests run one at a time.
  workers: 1,
  fullyParallel: false,
  timeout: 90_000,
  expect: { timeout: 20_000 },
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  outputDir: process.env.E2E_OUTPUT ?? 'test-results',
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://localhost:${PORT}`,
    // Small enough for a CPU renderer to keep up; tests of budgets and frames set their own size.
    viewport: { width: 800, height: 500 },
    launchOptions: {
      executablePath,
      args: CHROMIUM_ARGS,
    },
    // A trace records every action (DOM snapshots, a screencast) and doubles the time each takes:
    // kept for a retried test's second run only. Locally, `--trace on` records one when needed.
    trace: 'on-first-retry',
    // The built app registers a service worker. It would answer requests before `page.route()`
    // sees them and keep its cache across a spec's pages; only the offline spec lets it run.
    serviceWorkers: 'block',
  },
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort --outDir ${DIST}`,
    url: `http://localhost:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
