// End-to-end tests. `chromium`: the built renderer in Chromium, served with the real services by
// e2e/host.ts. `electron`: the packaged app through Playwright's _electron (skipped, saying why,
// where the Electron binary is not installed).

import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e/browser';

const port = Number(process.env['COPYDESK_E2E_PORT'] ?? 4317);

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  forbidOnly: !!process.env['CI'],
  retries: process.env['CI'] ? 1 : 0,
  reporter: process.env['CI'] ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      testMatch: '*.spec.ts',
      testIgnore: 'electron/**',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: chromiumLaunchOptions(),
      },
    },
    {
      name: 'electron',
      testMatch: 'electron/*.spec.ts',
    },
  ],
  webServer: {
    // Build first so the suite always runs the current renderer (about a second).
    command: `npm run --silent build && npm run --silent e2e:host -- --port ${port} --data .tmp/e2e-data`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
