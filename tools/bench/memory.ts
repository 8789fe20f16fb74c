import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { generateCorpus } from './corpus';
import { procStatusMb as rss, startServer, type ServerSession } from './server';

/**
 * The server's memory and start times alone (issue 8), without the rest of the bench: a cold
 * index and a warm start of the bench's workspace, the server's resident memory sampled every
 * 100 ms (worker threads included: they are the same process), printed as a timeline with the
 * peak. The workspace is kept in --dir between runs (generated once), the storage folder emptied
 * before the cold start. `--snapshot` sends SIGUSR2 once the cold index is done: run the server
 * with `BENCH_SERVER_NODE_ARGS='--heapsnapshot-signal=SIGUSR2'` to get a heap snapshot of the desk.
 *   npx esbuild tools/bench/memory.ts --bundle --platform=node --outfile=out/tools/bench-memory.js
 *   node out/tools/bench-memory.js [--articles N] [--dir DIR] [--server BUNDLE_DIR] [--snapshot] [--warm-only] [--dump PREFIX] [--json]
 */

const argv = process.argv.slice(2);
const option = (name: string, d: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] ? argv[i + 1]! : d;
};
const flag = (name: string) => argv.includes(`--${name}`);
const N = Number(option('articles', '2000'));
const root = option('dir', path.join(os.tmpdir(), `copydesk-memory-${N}`));
const log = (s: string) => process.stderr.write(`${s}\n`);

/** Starts the server, samples its memory until indexing is done, and reports. */
async function run(label: string, serverJs: string, folder: string, storage: string): Promise<{ seconds: number; peak: number; after: number }> {
  const session: ServerSession = await startServer(serverJs, folder, storage);
  const pid = session.child.pid!;
  const t0 = performance.now();
  const samples: { s: number; mb: number }[] = [];
  const timer = setInterval(() => samples.push({ s: (performance.now() - t0) / 1000, mb: rss(pid, 'VmRSS') }), 100);
  const { seconds } = await session.indexed;
  clearInterval(timer);
  const peak = session.peakRssMb();
  const after = session.rssMb();
  // Ten points of the timeline: where the memory went up.
  const step = Math.max(1, Math.ceil(samples.length / 10));
  log(`${label}: ${samples.filter((_, i) => i % step === 0).map((x) => `${x.s.toFixed(1)}s ${x.mb.toFixed(0)}`).join(', ')}`);
  log(`${label}: ${seconds.toFixed(2)} s, peak RSS ${peak.toFixed(0)} MB, RSS when done ${after.toFixed(0)} MB`);
  // --dump PREFIX: every article's last diagnostics, sorted by URI, to compare two builds' outputs.
  const dump = option('dump', '');
  if (dump) {
    const all = [...session.diagnostics].sort(([a], [b]) => (a < b ? -1 : 1)).map(([uri, d]) => [uri, d.diagnostics]);
    writeFileSync(`${dump}-${label}.json`, JSON.stringify(all).replaceAll(root, 'ROOT'));
  }
  if (label === 'cold' && flag('snapshot')) {
    process.kill(pid, 'SIGUSR2');
    await new Promise((r) => setTimeout(r, Number(option('snapshot-wait', '20')) * 1000));
  }
  await session.stop();
  return { seconds, peak, after };
}

async function main(): Promise<void> {
  const folder = path.join(root, 'articles');
  const storage = path.join(root, 'storage');
  const serverJs = path.join(root, 'server', 'server.js');
  mkdirSync(path.dirname(serverJs), { recursive: true });
  // --server DIR: another build's bundles (a baseline kept aside), compared on the same workspace.
  const from = option('server', path.resolve(__dirname, '../../server/out'));
  for (const f of ['server.js', 'analysis-worker.js']) copyFileSync(path.join(from, f), path.join(root, 'server', f));
  if (!existsSync(path.join(root, 'generated'))) {
    log(`Generating ${N} articles in ${folder}…`);
    for (const f of generateCorpus(N).files) {
      const file = path.join(folder, f.name);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, f.text);
    }
    writeFileSync(path.join(root, 'generated'), '');
  }
  const result: Record<string, number> = { articles: N };
  if (!flag('warm-only')) {
    rmSync(storage, { recursive: true, force: true });
    mkdirSync(storage, { recursive: true });
    const cold = await run('cold', serverJs, folder, storage);
    Object.assign(result, { cold_s: cold.seconds, cold_peak_mb: Math.round(cold.peak), cold_after_mb: Math.round(cold.after) });
  }
  const warm = await run('warm', serverJs, folder, storage);
  Object.assign(result, { warm_s: warm.seconds, warm_peak_mb: Math.round(warm.peak), warm_after_mb: Math.round(warm.after) });
  if (flag('json')) process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((e) => {
  log(`bench-memory: ${e instanceof Error ? e.stack : String(e)}`);
  process.exitCode = 1;
});
