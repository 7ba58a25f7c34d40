import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Two projects: `unit` (core rules, extension logic and the conventions test, in a fake browser with fake-indexeddb)
// and `server` (the API against PGlite and a real PostgreSQL cluster).
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          include: ['core/**/*.test.ts', 'utils/**/*.test.ts', 'components/**/*.test.{ts,tsx}', 'tests/**/*.test.ts'],
          setupFiles: ['fake-indexeddb/auto'],
        },
      },
      {
        test: {
          name: 'server',
          include: ['server/**/*.test.ts'],
          environment: 'node',
          // Starts one PostgreSQL cluster for the run (or says loudly why the PostgreSQL suites skip).
          globalSetup: ['server/testing/postgresGlobalSetup.ts'],
          // Hang guards only (no timed assertions): generous, because CI machines are shared and noisy.
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // One PostgreSQL cluster and PGlite instances are heavy: run files one at a time.
          fileParallelism: false,
        },
      },
    ],
  },
});
