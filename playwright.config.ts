import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, resolveChromium } from './tests/helpers/browser';

const PORT = Number(process.env.E2E_PORT ?? 3100);
const chromium = await resolveChromium();
if (!process.env.PLAYWRIGHT_BROWSER_SHOWN) {
  process.env.PLAYWRIGHT_BROWSER_SHOWN = '1'; // the config loads in every worker; say it once
  console.log(`e2e browser (${chromium.source}): ${chromium.path}`);
}

const launchOptions = { executablePath: chromium.path, args: CHROMIUM_ARGS };

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    trace: 'retain-on-failure',
  },
  // The read-only journeys run first on the pristine seed; the reporting journey changes the data.
  projects: [
    { name: 'read-only', testIgnore: /workflow\.spec\.ts/, use: { ...devices['Desktop Chrome'], launchOptions } },
    { name: 'workflow', testMatch: /workflow\.spec\.ts/, dependencies: ['read-only'], use: { ...devices['Desktop Chrome'], launchOptions } },
  ],
  webServer: {
    command: `tsx scripts/e2e-server.ts`,
    url: `http://127.0.0.1:${PORT}/`,
    env: { E2E_PORT: String(PORT) },
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
