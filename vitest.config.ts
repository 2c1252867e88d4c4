import { defineConfig } from 'vitest/config';

// Two projects: fast unit tests, and the checks that need a built site (dist/) and a real browser.
// The second builds the site once (global setup), runs its files one at a time (the CI machine has
// two cores, and Chromium plus the Nu checker's JVM are heavy) and gives each test a minute.
const builtSiteTests = ['tests/browser/**/*.test.ts', 'tests/site/**/*.test.ts', 'tests/robustness/site-hardening.test.ts'];

export default defineConfig({
  test: {
    reporters: ['default', './tests/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['**/node_modules/**', ...builtSiteTests],
        },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: builtSiteTests,
          globalSetup: ['tests/browser/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
