/**
 * Node flags for the language server process.
 *
 * A larger young generation: the server's heap holds a whole workspace (a gigabyte at 10,000
 * articles), and each young-generation collection costs time in proportion to it, not to the
 * garbage — 7 ms each, one every two keystrokes with the default 16 MB. At 64 MB there are a
 * quarter as many (in process at 10k: 663 → 192 ms of collections over 200 keystrokes, p50
 * 17.8 → 15.1 ms), for up to about 100 MB more memory.
 *
 * `copydesk.server.maxMemory` (MB) raises V8's heap limit, which Node sets at about a quarter of
 * the machine's memory and at most 4 GB: a workspace of tens of thousands of articles needs
 * more, and past the limit the server stops indexing rather than crash (`INDEX_CEILING`).
 * 0 or anything malformed: Node's default.
 */
export function serverExecArgv(maxMemory: unknown): string[] {
  const young = `--max-semi-space-size=${SEMI_SPACE_MB}`;
  if (typeof maxMemory !== 'number' || !Number.isFinite(maxMemory) || maxMemory <= 0) return [young];
  return [young, `--max-old-space-size=${Math.max(MIN_MEMORY_MB, Math.round(maxMemory))}`];
}

const SEMI_SPACE_MB = 64;
/** Below this the server cannot hold even a small workspace and its analysis data. */
const MIN_MEMORY_MB = 512;
