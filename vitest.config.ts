import { defineConfig } from 'vitest/config';

// The suite: pure units, the integration tests twice (embedded PGlite and the PostgreSQL server), the browser
// end-to-end tests (npm test runs these four), and the fault and fuzz suites with their own scripts.
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      { test: { name: 'pglite', include: ['test/integration/**/*.test.ts'], env: { TEST_DB: 'pglite' }, testTimeout: 30_000, hookTimeout: 60_000 } },
      { test: { name: 'postgres', include: ['test/integration/**/*.test.ts'], env: { TEST_DB: 'postgres' }, testTimeout: 30_000, hookTimeout: 60_000 } },
      // Heavy suites with their own scripts (npm run test:faults / test:fuzz); CI runs them after npm test.
      { test: { name: 'faults', include: ['test/faults/**/*.test.ts'], testTimeout: 900_000, hookTimeout: 300_000, fileParallelism: false } },
      { test: { name: 'fuzz', include: ['test/fuzz/**/*.test.ts'], testTimeout: 900_000, hookTimeout: 120_000 } },
      { test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 120_000, fileParallelism: false } },
    ],
  },
});
