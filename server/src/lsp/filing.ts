import type { ServerContext } from './context';

/** How long one slice of filing persisted articles may hold the thread. */
const FILING_SLICE_MS = 15;

/**
 * Puts the articles waiting on the desk (a warm start's persisted models) into its indexes, a
 * slice at a time so that requests and keystrokes are answered meanwhile.
 */
export async function fileWaiting(ctx: ServerContext): Promise<void> {
  const { desk } = ctx;
  const started = Date.now();
  const count = desk.unfiled;
  if (!count) return;
  for (;;) {
    try {
      if (desk.fileSome(FILING_SLICE_MS) === 0) break;
    } catch (e) {
      // That article stays out of the indexes; its findings, when asked for, log why.
      ctx.log(`Copydesk could not file an article: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
  ctx.log(`Filed ${count} articles in the desk's indexes in ${Date.now() - started} ms.`);
}
