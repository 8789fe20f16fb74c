import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';
import type { ServerContext } from './context';

/**
 * Cancellation for long requests (workspace symbols on a large desk, references to a quotation
 * a thousand articles carry). The core is synchronous and pure, so long answers are produced
 * lazily (generators) or converted in slices here: between slices the server yields to the event
 * loop, which is when a `$/cancelRequest` (or an edit) gets read, and stops if it was cancelled.
 */

const SLICE_MS = 8;

export const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export function cancelledError(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled');
}

/** Waits for the index, lets pending messages through, and throws if the request was cancelled meanwhile. */
export async function whenReady(ctx: ServerContext, token: CancellationToken | undefined): Promise<void> {
  await ctx.ready();
  await nextTurn();
  if (token?.isCancellationRequested) throw cancelledError();
}

/** Takes up to `limit` items from a lazy sequence, a time slice at a time, honouring cancellation. */
export async function collect<T>(items: Iterable<T>, token: CancellationToken | undefined, limit = Number.POSITIVE_INFINITY): Promise<T[]> {
  const out: T[] = [];
  let sliceStart = Date.now();
  for (const item of items) {
    if (out.length >= limit) break;
    out.push(item);
    if (Date.now() - sliceStart >= SLICE_MS) {
      await nextTurn();
      if (token?.isCancellationRequested) throw cancelledError();
      sliceStart = Date.now();
    }
  }
  return out;
}

/** Maps lazily, for `collect`. */
export function* mapLazy<T, U>(items: Iterable<T>, f: (t: T) => U): Generator<U> {
  for (const t of items) yield f(t);
}
