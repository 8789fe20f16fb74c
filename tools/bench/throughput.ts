import * as chrono from 'chrono-node';
import nlp from 'compromise';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { analyseArticle } from '../../server/src/analysis';
import { workerLimits } from '../../server/src/host/analysisPool';

export interface Throughput {
  readonly mb: number;
  readonly seconds: number;
  readonly mbPerS: number;
  readonly articles: number;
}

export interface ThroughputResult {
  readonly core: Throughput;
  /** The core's warm-up: its first pass, while V8 still compiles it (what a first index pays). */
  readonly coreFirstPass: Throughput;
  readonly chrono: Throughput;
  readonly compromise: Throughput;
  /** The slowest articles for the core, for profiling. */
  readonly slowest: readonly { readonly index: number; readonly ms: number; readonly kb: number }[];
}

/** MB as the benchmark counts it: UTF-8 bytes of the article text. */
const mbOf = (t: string) => Buffer.byteLength(t, 'utf8') / 1e6;

/**
 * Runs one engine over the same articles twice, from the first article each time: a warm-up for
 * a quarter of the budget, then the measured run. Every engine gets the same warm-up: a first
 * pass measures V8 compiling the engine (2.5x slower for the core) more than the engine, and a
 * language server pays that once per session, not per article.
 */
function run(texts: readonly string[], budgetS: number, fn: (t: string) => void, perArticle?: (i: number, ms: number) => void): { warm: Throughput; firstPass: Throughput } {
  const firstPass = timed(texts, budgetS / 4, fn);
  return { warm: timed(texts, budgetS, fn, perArticle), firstPass };
}

/**
 * One engine over the articles in order for `budgetS` seconds, stopping at an article boundary:
 * compromise is slow enough that a whole sample would take minutes (its rate is steady after the
 * first megabyte), and an engine faster than the sample starts it again from the first article,
 * so that every engine is timed for as long as the others, not for one pass that may still be
 * compiling its later rules.
 */
function timed(texts: readonly string[], budgetS: number, fn: (t: string) => void, perArticle?: (i: number, ms: number) => void): Throughput {
  let mb = 0;
  let n = 0;
  const start = performance.now();
  for (let i = 0; texts.length > 0; i = (i + 1) % texts.length) {
    const t = texts[i]!;
    const t0 = performance.now();
    fn(t);
    if (n < texts.length) perArticle?.(i, performance.now() - t0);
    mb += mbOf(t);
    n++;
    if ((performance.now() - start) / 1000 > budgetS) break;
  }
  const seconds = (performance.now() - start) / 1000;
  return { mb, seconds, mbPerS: mb / seconds, articles: n };
}

/** Copydesk's analysis, chrono-node and compromise on the same articles, one after another on this thread. */
export function measureThroughput(texts: readonly string[], budgetS = 10): ThroughputResult {
  const ref = new Date(Date.UTC(2024, 2, 14));
  const times: { index: number; ms: number; kb: number }[] = [];
  const core = run(texts, budgetS, (t) => void analyseArticle(t), (i, ms) => times.push({ index: i, ms, kb: texts[i]!.length / 1024 }));
  const chronoResult = run(texts, budgetS, (t) => void chrono.parse(t, ref)).warm;
  const compromiseResult = run(texts, budgetS, (t) => {
    const doc = nlp(t);
    doc.people().out('array');
    doc.places().out('array');
    doc.organizations().out('array');
  }).warm;
  times.sort((a, b) => b.ms - a.ms);
  return { core: core.warm, coreFirstPass: core.firstPass, chrono: chronoResult, compromise: compromiseResult, slowest: times.slice(0, 5) };
}

/**
 * `measureThroughput` in a worker thread with the heap limits of the server's analysis workers,
 * which is where the server runs the analysis while indexing: the young generation's size alone
 * moves the figure by a tenth. All three engines run in that worker, one after another.
 */
export function measureThroughputInWorker(texts: readonly string[], budgetS = 10): Promise<ThroughputResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(__filename, { workerData: { throughput: { texts, budgetS } }, resourceLimits: workerLimits() });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the throughput worker exited (${code}) without a result`)));
  });
}

/** In the bench's throughput worker: measures, replies, and says so (the bench's main does nothing else there). */
export function runAsThroughputWorker(): boolean {
  const job = (workerData as { throughput?: { texts: string[]; budgetS: number } } | null)?.throughput;
  if (isMainThread || !job) return false;
  parentPort!.postMessage(measureThroughput(job.texts, job.budgetS));
  return true;
}
