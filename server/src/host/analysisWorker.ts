import { parentPort } from 'node:worker_threads';
import { analyseArticle } from '../analysis';
import type { AnalysisJob, AnalysisReply } from './analysisPool';

/**
 * An analysis worker thread (bundled alone as `server/out/analysis-worker.js`): article text in,
 * article model out. The model is plain data, so it crosses back by structured clone as it is.
 */
parentPort?.on('message', (job: AnalysisJob) => {
  let reply: AnalysisReply;
  try {
    reply = { id: job.id, model: analyseArticle(job.text, { maxLength: job.maxLength, ...(job.fallbackDate ? { fallbackDate: job.fallbackDate } : {}) }) };
  } catch (e) {
    reply = { id: job.id, error: e instanceof Error ? e.stack ?? e.message : String(e) };
  }
  parentPort!.postMessage(reply);
});
