import { parentPort } from 'node:worker_threads';
import { analyseArticle } from '../analysis';
import type { AnalysisJob, AnalysisReply } from './analysisPool';

/**
 * An analysis worker thread (bundled alone as `server/out/analysis-worker.js`): article text in,
 * article model out, as JSON: the store keeps that very JSON, and the server parses it with the
 * short strings of all models shared (see `SharedJson`), which a structured clone would not do.
 */
parentPort?.on('message', (job: AnalysisJob) => {
  let reply: AnalysisReply;
  try {
    reply = { id: job.id, json: JSON.stringify(analyseArticle(job.text, { maxLength: job.maxLength, ...(job.fallbackDate ? { fallbackDate: job.fallbackDate } : {}) })) };
  } catch (e) {
    reply = { id: job.id, error: e instanceof Error ? e.stack ?? e.message : String(e) };
  }
  parentPort!.postMessage(reply);
});
