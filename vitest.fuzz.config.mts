import { defineConfig } from 'vitest/config';

/**
 * The fuzz run (issue 9, `npm run test:fuzz`, in CI after `npm test`): the property tests of
 * test/robust with a budget ten times `npm test`'s, on the same fixed seed, so a failure found
 * here replays with `FUZZ_SEED=20261123 FUZZ_RUNS=1200 npx vitest run test/robust/...`.
 */
export default defineConfig({
  test: {
    include: ['test/robust/**/*.property.test.ts'],
    testTimeout: 300_000,
    env: {
      FUZZ_RUNS: process.env['FUZZ_RUNS'] ?? '1200',
      FUZZ_BUDGET_MS: process.env['FUZZ_BUDGET_MS'] ?? '120000',
    },
  },
});
