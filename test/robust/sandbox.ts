import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ArticleModel } from '../../server/src/analysis/model';

/**
 * The analysis, from the current sources, in a worker thread that can be stopped. A property test
 * that called `analyseArticle` directly could not tell a hang from a slow case: the test runner
 * cannot interrupt synchronous code. Here each call has a time limit; past it the worker is
 * terminated (and replaced) and the call reports a timeout. Times are measured inside the worker,
 * around the analysis alone.
 */
export type Outcome =
  | { readonly kind: 'ok'; readonly ms: number; readonly model: ArticleModel }
  | { readonly kind: 'threw'; readonly ms: number; readonly error: string }
  | { readonly kind: 'timeout'; readonly ms: number };

const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { analyseArticle } = require(workerData.bundle);
parentPort.on('message', ({ text, keep }) => {
  const t0 = performance.now();
  try {
    const model = analyseArticle(text);
    parentPort.postMessage({ kind: 'ok', ms: performance.now() - t0, model: keep ? model : null });
  } catch (e) {
    parentPort.postMessage({ kind: 'threw', ms: performance.now() - t0, error: String((e && e.stack) || e) });
  }
});`;

export class AnalysisSandbox {
  private worker: Worker | undefined;

  private constructor(private readonly bundle: string, private readonly dir: string) {}

  /** Bundles `server/src/analysis` (as the server's own bundles are made) into a temporary folder. */
  static async start(): Promise<AnalysisSandbox> {
    const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-robust-'));
    const bundle = path.join(dir, 'analysis.js');
    await build({
      entryPoints: [path.resolve(__dirname, '../../server/src/analysis/index.ts')],
      outfile: bundle, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'error',
      mainFields: ['module', 'main'],
      define: { 'import.meta.url': '__importMetaUrl' },
      banner: { js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
    });
    return new AnalysisSandbox(bundle, dir);
  }

  /** Analyses `text`, giving up after `limitMs`; `keep` returns the model (else only the time). */
  analyse(text: string, limitMs: number, keep = true): Promise<Outcome> {
    const worker = (this.worker ??= new Worker(WORKER, { eval: true, workerData: { bundle: this.bundle } }));
    const started = performance.now();
    return new Promise<Outcome>((resolve) => {
      const done = (o: Outcome) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        resolve(o);
      };
      const onMessage = (o: Outcome) => done(o);
      const onError = (e: Error) => {
        this.worker = undefined;
        done({ kind: 'threw', ms: performance.now() - started, error: `worker died: ${e.message}` });
      };
      const timer = setTimeout(() => {
        this.worker = undefined;
        void worker.terminate();
        done({ kind: 'timeout', ms: performance.now() - started });
      }, limitMs);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.postMessage({ text, keep });
    });
  }

  async stop(): Promise<void> {
    await this.worker?.terminate();
    this.worker = undefined;
    rmSync(this.dir, { recursive: true, force: true });
  }
}
