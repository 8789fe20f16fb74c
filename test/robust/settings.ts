/**
 * One seed and one budget for every property test, so a failure is reproducible: fast-check
 * prints the seed and the path of the shrunk counterexample, and `FUZZ_SEED=... FUZZ_RUNS=...`
 * replays it. The default budget keeps `npm test` short; the fuzz run in CI raises it
 * (`vitest.fuzz.config.mts`).
 */
export const SEED = Number(process.env['FUZZ_SEED'] ?? 20261123);
export const RUNS = Number(process.env['FUZZ_RUNS'] ?? 120);
/** Time limit of one fast-check property, in ms (the fuzz run gives more). */
export const BUDGET_MS = Number(process.env['FUZZ_BUDGET_MS'] ?? 30_000);

export const fcParams = (runs = RUNS) => ({ seed: SEED, numRuns: runs, interruptAfterTimeLimit: BUDGET_MS, markInterruptAsFailure: false, endOnFailure: true });
