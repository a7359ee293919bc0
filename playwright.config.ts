import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chineseFontEnv, resolveChromium } from './tests/helpers/browser';

const PORT = Number(process.env.E2E_PORT ?? 3100);
/** The reporting journey changes data: it gets its own server on its own fresh database. */
const WORKFLOW_PORT = PORT + 1;
const chromium = await resolveChromium();
if (!process.env.PLAYWRIGHT_BROWSER_SHOWN) {
  process.env.PLAYWRIGHT_BROWSER_SHOWN = '1'; // the config loads in every worker; say it once
  console.log(`e2e browser (${chromium.source}): ${chromium.path}`);
}

// With a Chinese font, as an office's computer has: pages lay out and print as they do there.
const launchOptions = { executablePath: chromium.path, args: CHROMIUM_ARGS, env: chineseFontEnv() };

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  // The two projects run side by side, each on its own server and database, each one file at a time:
  // the read-only journeys share the pristine seed, and the reporting journey is serial by design.
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  // Time budgets, not speed checks: generous enough that a loaded machine (two suites at once on two
  // cores) finishes every journey; a hang still fails. Speed is measured by `npm run bench`.
  timeout: 90_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    // A trace records every action's snapshots and a screencast: a fifth of the suite's CPU on a
    // two-core machine, where the suite is CPU-bound. Recorded when asked for (E2E_TRACE=1, kept for
    // failed tests); a failure always leaves its screenshot in test-results.
    trace: process.env.E2E_TRACE ? 'retain-on-failure' : 'off',
    screenshot: 'only-on-failure',
  },
  // The read-only journeys see the pristine seed; the reporting journey changes data on a server
  // and database of its own, so it runs (and fails) independently of them.
  projects: [
    { name: 'read-only', testIgnore: /workflow\.spec\.ts/, workers: 1, use: { ...devices['Desktop Chrome'], launchOptions } },
    {
      name: 'workflow',
      testMatch: /workflow\.spec\.ts/,
      workers: 1,
      use: { ...devices['Desktop Chrome'], launchOptions, baseURL: `http://127.0.0.1:${WORKFLOW_PORT}` },
    },
  ],
  webServer: [PORT, WORKFLOW_PORT].map((port) => ({
    command: `tsx scripts/e2e-server.ts`,
    url: `http://127.0.0.1:${port}/`,
    env: { E2E_PORT: String(port) },
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'pipe' as const,
    stderr: 'pipe' as const,
  })),
});
