import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { analyseArticle, type AnalysisOptions, type ArticleModel } from '../analysis';

export interface AnalysisJob {
  readonly id: number;
  readonly text: string;
  readonly maxLength: number;
  readonly fallbackDate?: AnalysisOptions['fallbackDate'];
}

/** The model as JSON (see `SharedJson`). */
export type AnalysisReply = { readonly id: number; readonly json: string } | { readonly id: number; readonly error: string };

/** Analyses articles: in worker threads when the worker bundle is there, else on this thread. */
export interface Analyser {
  /** How many analyses are worth keeping in flight (a small queue per worker keeps them busy). */
  readonly parallel: number;
  /** The model, or its JSON (from a worker thread: the caller parses it, see `SharedJson`). */
  analyse(text: string, maxLength: number, fallbackDate?: AnalysisOptions['fallbackDate']): Promise<ArticleModel | string>;
  close(): Promise<void>;
}

/** The worker bundle beside the server bundle (`server/out/`); absent when running from sources (tests). */
export const WORKER_FILE = path.join(__dirname, 'analysis-worker.js');

/**
 * A pool of analysis worker threads, so indexing a workspace uses every core and never blocks the
 * language server's own thread, which keeps answering requests and filing models on the desk.
 * One worker per core (at most 4: past that, filing on the main thread is the limit). Workers
 * are started when first needed and stopped when the pool is closed after indexing.
 */
export class WorkerPool implements Analyser {
  private readonly workers: { worker: Worker; busy: number }[] = [];
  private readonly pending = new Map<number, { worker: Worker; resolve: (json: string) => void; reject: (e: Error) => void }>();
  private nextId = 0;
  readonly parallel: number;

  constructor(private readonly size = Math.max(1, Math.min(4, availableParallelism())), private readonly file = WORKER_FILE) {
    this.parallel = size * 3;
  }

  analyse(text: string, maxLength: number, fallbackDate?: AnalysisOptions['fallbackDate']): Promise<string> {
    if (this.workers.length < this.size) this.spawn();
    // The least busy worker: long articles do not hold up a queue behind them.
    const slot = this.workers.reduce((a, b) => (b.busy < a.busy ? b : a));
    const id = this.nextId++;
    slot.busy++;
    return new Promise<string>((resolve, reject) => {
      this.pending.set(id, { worker: slot.worker, resolve, reject });
      slot.worker.postMessage({ id, text, maxLength, ...(fallbackDate ? { fallbackDate } : {}) } satisfies AnalysisJob);
    }).finally(() => slot.busy--);
  }

  private spawn(): void {
    const worker = new Worker(this.file, { resourceLimits: workerLimits() });
    worker.on('message', (reply: AnalysisReply) => {
      const p = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if ('json' in reply) p?.resolve(reply.json);
      else p?.reject(new Error(reply.error));
    });
    worker.on('error', (e) => {
      // A worker that dies fails what it held; the next analysis starts a fresh one.
      for (const [id, p] of this.pending) {
        if (p.worker !== worker) continue;
        this.pending.delete(id);
        p.reject(e);
      }
      const i = this.workers.findIndex((w) => w.worker === worker);
      if (i >= 0) this.workers.splice(i, 1);
    });
    worker.unref();
    this.workers.push({ worker, busy: 0 });
  }

  async close(): Promise<void> {
    const all = this.workers.splice(0);
    await Promise.all(all.map((w) => w.worker.terminate()));
  }
}

/**
 * A worker's heap limits. The server runs with a large young generation (`serverExecArgv`): it
 * pays off in a heap holding a workspace. That flag is process-wide, so every worker had one too
 * (128 MB each, most of it garbage, 256 MB of RSS while indexing), and it overrides a worker's
 * `resourceLimits`. The main thread's heap was sized when it started, so the flag is cleared
 * before a worker starts; the worker then gets the young generation given here, the smallest at
 * which the analysis runs as fast as with the server's (32 MB semi-spaces: 4.4-4.7 MB/s in
 * process, against 3.8-4.0 with Node's default of 16).
 */
export function workerLimits(): ResourceLimits {
  setFlagsFromString('--max-semi-space-size=0');
  return { maxYoungGenerationSizeMb: WORKER_YOUNG_MB };
}

/** V8 sizes the young generation as three semi-spaces: 32 MB each. */
const WORKER_YOUNG_MB = 96;

/** On this thread, yielding between articles (from sources, where there is no worker bundle). */
export const INLINE_ANALYSER: Analyser = {
  parallel: 1,
  analyse: async (text, maxLength, fallbackDate) => {
    await new Promise((r) => setImmediate(r));
    return analyseArticle(text, { maxLength, ...(fallbackDate ? { fallbackDate } : {}) });
  },
  close: async () => undefined,
};

/** Worker threads when the worker bundle is there, else this thread. */
export function defaultAnalyser(): Analyser {
  return existsSync(WORKER_FILE) ? new WorkerPool() : INLINE_ANALYSER;
}
