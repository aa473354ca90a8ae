import { defineConfig } from 'vitest/config';

// Every API and module test runs on embedded PostgreSQL (PGlite) and, when TEST_DATABASE_URL is set,
// once more on the PostgreSQL server. Browser tests run once.
const apiTests = ['src/**/*.test.ts', 'test/**/*.test.ts'];
const browserTests = ['test/e2e/**/*.test.ts'];

const databaseProject = (name: 'pglite' | 'postgres') => ({
  test: {
    name,
    include: apiTests,
    exclude: browserTests,
    globalSetup: ['test/helpers/global-setup.ts'],
    env: { TEST_DB_KIND: name },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

export default defineConfig({
  test: {
    projects: [
      databaseProject('pglite'),
      ...(process.env.TEST_DATABASE_URL ? [databaseProject('postgres')] : []),
      {
        test: {
          name: 'browser',
          include: browserTests,
          globalSetup: ['test/helpers/global-setup.ts'],
          env: { TEST_DB_KIND: 'pglite' },
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
    pool: 'forks',
    maxWorkers: 2,
  },
});
