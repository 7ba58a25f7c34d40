import { defineConfig } from '@playwright/test';

// End-to-end: Debian's Chromium loads the built extension (.output/chrome-mv3) and talks to a real
// server process started per test file. Never `playwright install`: the browser is /usr/bin/chromium.
const results = process.env.SIDEDESK_E2E_RESULTS ?? 'test-results/e2e';

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: results,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['html', { open: 'never', outputFolder: `${results}-report` }]],
  use: { trace: 'retain-on-failure', screenshot: 'only-on-failure' },
});
