/**
 * Node flags for the language server process. `copydesk.server.maxMemory` (MB) raises V8's heap
 * limit, which Node sets at about a quarter of the machine's memory and at most 4 GB: a
 * workspace of tens of thousands of articles needs more, and past the limit the server stops
 * indexing rather than crash (`INDEX_CEILING`). 0 or anything malformed: Node's default.
 */
export function serverExecArgv(maxMemory: unknown): string[] {
  if (typeof maxMemory !== 'number' || !Number.isFinite(maxMemory) || maxMemory <= 0) return [];
  return [`--max-old-space-size=${Math.max(MIN_MEMORY_MB, Math.round(maxMemory))}`];
}

/** Below this the server cannot hold even a small workspace and its analysis data. */
const MIN_MEMORY_MB = 512;
