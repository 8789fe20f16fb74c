import { defineConfig } from 'vitest/config';

// The archive's tests start real PostgreSQL servers (test/archive/postgres.ts): kept out of the
// main `npm test` so it stays fast; `npm run test:archive` runs them (and CI, after npm test).
export default defineConfig({
  test: {
    include: ['test/archive/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    // One server per file; files one at a time so that two clusters do not fight over two cores.
    fileParallelism: false,
  },
});
