import { percentile } from './random';
import type { ServerSession } from './server';

export interface Latency {
  readonly p50: number;
  readonly p99: number;
  readonly n: number;
}

const latency = (xs: number[]): Latency => ({ p50: percentile(xs, 50), p99: percentile(xs, 99), n: xs.length });

export function positionAt(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length - 1, character: before[before.length - 1]!.length };
}

/**
 * A barrier: a request the server answers only after handling everything sent before it. The
 * server handles a change to an open article at once (its analysis and the re-check run before
 * the next message is read), so every diagnostic that change causes is written before the answer.
 */
async function barrier(s: ServerSession, uri: string): Promise<number> {
  await s.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
  return performance.now();
}

export interface KeystrokeResult {
  /** didChange → the last updated publishDiagnostics among the article and its partners. */
  readonly all: Latency;
  /** didChange → the edited article's own updated diagnostics. */
  readonly own: Latency;
  /** Articles whose diagnostics were re-sent per edit (mean). */
  readonly publishedPerEdit: number;
}

/**
 * 200 edits to the keystroke article, open in the editor: every other edit moves a date so that
 * its conflict with a partner appears or goes (both articles' warnings change), the others type
 * or delete a word in the headline, which moves every span after it (its own warnings, and the
 * related locations the partners' warnings point at).
 */
export async function keystrokes(s: ServerSession, uri: string, text: string, toggle: { from: string; to: string }, partners: readonly string[], edits = 200): Promise<KeystrokeResult> {
  await s.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
  await barrier(s, uri);
  const headlineEnd = text.indexOf('\n', text.indexOf('\n\n') + 2);
  let current = text;
  let dateMoved = false;
  let typed = false;
  const all: number[] = [];
  const own: number[] = [];
  let published = 0;
  const watched = [uri, ...partners];
  for (let i = 0; i < edits; i++) {
    if (i % 2 === 0) {
      dateMoved = !dateMoved;
      current = dateMoved ? current.replace(toggle.from, toggle.to) : current.replace(toggle.to, toggle.from);
    } else {
      typed = !typed;
      current = typed ? `${current.slice(0, headlineEnd)} again${current.slice(headlineEnd)}` : current.replace(' again\n', '\n');
    }
    const before = new Map(watched.map((u) => [u, s.diagnostics.get(u)?.at ?? 0]));
    const t0 = performance.now();
    await s.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: i + 2 }, contentChanges: [{ text: current }] });
    const done = await barrier(s, uri);
    const arrivals = watched.map((u) => s.diagnostics.get(u)?.at ?? 0).filter((at, k) => at > before.get(watched[k]!)!);
    published += arrivals.length;
    const ownAt = (s.diagnostics.get(uri)?.at ?? 0) > before.get(uri)! ? s.diagnostics.get(uri)!.at : done;
    all.push((arrivals.length ? Math.max(...arrivals) : done) - t0);
    own.push(ownAt - t0);
  }
  await s.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  if (process.env['BENCH_VERBOSE']) {
    const slowest = all.map((ms, i) => ({ ms, i })).sort((a, b) => b.ms - a.ms).slice(0, 5);
    process.stderr.write(`bench: slowest keystrokes ${slowest.map((x) => `#${x.i} ${x.ms.toFixed(1)} ms`).join(', ')}\n`);
  }
  return { all: latency(all), own: latency(own), publishedPerEdit: published / edits };
}

/** Latency of one request repeated over several targets, `rounds` times each. */
export async function requests(s: ServerSession, method: string, targets: readonly { uri: string; position: { line: number; character: number } }[], rounds: number, extra: object = {}): Promise<Latency & { results: number }> {
  const xs: number[] = [];
  let results = 0;
  for (let r = 0; r < rounds; r++) {
    for (const t of targets) {
      const t0 = performance.now();
      const answer: unknown = await s.connection.sendRequest(method, { textDocument: { uri: t.uri }, position: t.position, ...extra });
      xs.push(performance.now() - t0);
      if (r === 0) results += Array.isArray(answer) ? answer.length : answer ? 1 : 0;
    }
  }
  if (process.env['BENCH_VERBOSE']) {
    // The slowest answers, by round and target: a first answer (round 0), or one held up (a collection, a slice).
    const slowest = xs.map((t, i) => ({ t, round: Math.floor(i / targets.length), target: i % targets.length })).sort((a, b) => b.t - a.t).slice(0, 5);
    process.stderr.write(`${method} slowest: ${slowest.map((x) => `${x.t.toFixed(2)} ms (round ${x.round}, target ${x.target})`).join(', ')}\n`);
  }
  return { ...latency(xs), results };
}
