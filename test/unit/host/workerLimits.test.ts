import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { afterAll, describe, expect, it } from 'vitest';
import { WorkerPool } from '../../../server/src/host/analysisPool';

/**
 * The server runs with a large young generation (`serverExecArgv`), a process-wide V8 flag that
 * overrides a worker's own limits: each analysis worker had a 128 MB young generation, 256 MB of
 * RSS while indexing a large workspace. The pool's workers get their own, smaller one.
 */
describe('analysis workers under the server flags', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-workers-'));
  afterAll(() => {
    setFlagsFromString('--max-semi-space-size=0');
    rmSync(dir, { recursive: true, force: true });
  });

  it("keep a young generation of their own, not the server's", async () => {
    // A stand-in worker: churns short-lived objects until its young generation has grown as far as
    // it may, then replies with that size where the real one replies with a model.
    const file = path.join(dir, 'churn.js');
    writeFileSync(file, `
      const { parentPort } = require('node:worker_threads');
      const v8 = require('node:v8');
      parentPort.on('message', (job) => {
        let keep = [];
        for (let i = 0; i < 4e6; i++) { keep.push({ i, s: 'w' + i }); if (keep.length > 3e5) keep = []; }
        const young = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size / 1048576;
        parentPort.postMessage({ id: job.id, json: JSON.stringify(young) });
      });`);
    setFlagsFromString('--max-semi-space-size=64');
    const pool = new WorkerPool(1, file);
    try {
      const young = JSON.parse((await pool.analyse('', 0)) as string) as number;
      expect(young).toBeGreaterThan(0);
      // 64 MB: two 32 MB semi-spaces (the server's flag alone gives 128).
      expect(young).toBeLessThanOrEqual(64);
    } finally {
      await pool.close();
    }
  }, 30_000);
});
