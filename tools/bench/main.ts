import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import { generateCorpus } from './corpus';
import { keystrokes, positionAt, requests } from './interact';
import { round } from './random';
import { startServer } from './server';
import { measureThroughputInWorker, runAsThroughputWorker } from './throughput';

/**
 * `npm run bench [-- --articles N] [--large] [--index-only] [--json] [--keep] [--budget S]`: Copydesk's speed on a
 * generated workspace (10,000 articles by default, 100,000 with --large), measured in one run —
 * the analysis beside chrono-node and compromise, cold indexing through the real server, a
 * keystroke, hover/definition/references, a warm start. Prints a table; with --json, one JSON
 * object as the last line. Asserts nothing: the targets are printed beside the figures.
 */

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(`--${name}`);
const option = (name: string, d: number) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] ? Number(argv[i + 1]) : d;
};
const N = option('articles', flag('large') ? 100_000 : 10_000);
const budget = option('budget', N <= 2000 ? 4 : 10);
const log = (s: string) => process.stderr.write(`${s}\n`);

async function main(): Promise<void> {
  if (flag('help')) {
    process.stdout.write('npm run bench [-- --articles N] [--large] [--index-only] [--json] [--keep] [--budget SECONDS] [--timeout MINUTES]\n');
    return;
  }
  // A benchmark that hangs proves nothing: give up after --timeout minutes (CI runs it unattended).
  setTimeout(() => {
    log(`bench: no result after ${option('timeout', 30)} minutes, giving up`);
    process.exit(1);
  }, option('timeout', 30) * 60_000).unref();
  const root = path.join(os.tmpdir(), `copydesk-bench-${N}-${process.pid}`);
  // The server as built now, copied: a rebuild during the run (a shared checkout) must not change
  // the analysis version between the cold and the warm start.
  const serverJs = path.join(root, 'server', 'server.js');
  mkdirSync(path.dirname(serverJs), { recursive: true });
  for (const f of ['server.js', 'analysis-worker.js']) copyFileSync(path.resolve(__dirname, '../../server/out', f), path.join(root, 'server', f));
  const folder = path.join(root, 'articles');
  const storage = path.join(root, 'storage');
  log(`Generating ${N.toLocaleString('en')} articles in ${folder}…`);
  const corpus = generateCorpus(N);
  let bytes = 0;
  for (const f of corpus.files) {
    const file = path.join(folder, f.name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, f.text);
    bytes += Buffer.byteLength(f.text);
  }
  mkdirSync(storage, { recursive: true });
  const uriOf = (i: number) => URI.file(path.join(folder, corpus.files[i]!.name)).toString();

  log(`Analysis throughput (${budget} s per engine at most)…`);
  const tp = flag('index-only') ? undefined : await measureThroughputInWorker(corpus.files.slice(0, 400).map((f) => f.text), budget);

  log('Cold start through the server…');
  const cold = await startServer(serverJs, folder, storage);
  const { seconds: indexS, articles } = await cold.indexed;
  log(`Indexed ${articles} articles in ${indexS.toFixed(1)} s; every article checked…`);
  if (flag('index-only')) {
    // The cold index alone (a 100k workspace takes far longer to check than to index). Past the
    // server's memory limit, `articles` counts those it indexed before it stopped reading.
    const peak = cold.peakRssMb();
    await cold.stop();
    if (!flag('keep')) rmSync(root, { recursive: true, force: true });
    const result = { articles: N, articles_indexed: articles, corpus_mb: round(bytes / 1e6, 1), index_s: round(indexS, 2), index_peak_rss_mb: round(peak, 0), server_node_args: process.env['BENCH_SERVER_NODE_ARGS'] ?? '', load_average: round(os.loadavg()[0]!, 2) };
    process.stdout.write(`cold index: ${articles.toLocaleString('en')} of ${N.toLocaleString('en')} articles in ${result.index_s} s, peak RSS ${result.index_peak_rss_mb} MB\n`);
    if (flag('json')) process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  // Keystrokes and requests are measured once the background check is over (steady state).
  const { seconds: checkedS } = await cold.checked;
  const indexPeak = cold.peakRssMb();
  const indexRss = cold.rssMb();
  log(`Checked in ${checkedS.toFixed(1)} s; keystrokes…`);
  const k = corpus.files[corpus.keystroke]!.text;
  const keys = await keystrokes(cold, uriOf(corpus.keystroke), k, corpus.toggle, corpus.partners.map(uriOf));
  // Targets: a name, a date and a quotation in the keystroke article; the famous quotation in a carrier.
  const carrier = corpus.files[corpus.famous.carrier]!.text;
  const famousAt = positionAt(carrier, carrier.indexOf(corpus.famous.words) + 10);
  const kUri = uriOf(corpus.keystroke);
  const cUri = uriOf(corpus.famous.carrier);
  const kQuote = k.indexOf('“') >= 0 ? k.indexOf('“') + 5 : k.indexOf('"') + 5;
  const targets = [
    { uri: kUri, position: positionAt(k, k.indexOf(' met ') - 3) },
    { uri: kUri, position: positionAt(k, k.indexOf(corpus.toggle.from) + 4) },
    { uri: kUri, position: positionAt(k, kQuote) },
    { uri: cUri, position: positionAt(carrier, carrier.indexOf('Helena Marsh') + 3) },
    { uri: cUri, position: famousAt },
  ];
  log('Hover, definition, references…');
  const hover = await requests(cold, 'textDocument/hover', targets, 40);
  const definition = await requests(cold, 'textDocument/definition', targets, 40);
  const references = await requests(cold, 'textDocument/references', [{ uri: cUri, position: famousAt }], 50, { context: { includeDeclaration: true } });
  if (articles !== N) throw new Error(`the server indexed ${articles} articles of ${N}`);
  if (references.results < corpus.famous.carriers) log(`bench: references found ${references.results} of the ${corpus.famous.carriers} carriers of the famous quotation`);
  const afterRss = cold.rssMb();
  const peakAll = cold.peakRssMb();
  await cold.stop();

  log('Warm start from the persisted index…');
  const warm = await startServer(serverJs, folder, storage);
  const { seconds: warmS } = await warm.indexed;
  // A hover on a name (Helena Marsh, in a thousand articles) as soon as the index is complete: the persisted models are filed in the
  // desk's indexes after it, and a request needing them waits for the rest to be filed.
  const hoverSent = performance.now();
  await warm.connection.sendRequest('textDocument/hover', { textDocument: { uri: targets[3]!.uri }, position: targets[3]!.position });
  const warmHoverS = warmS + (performance.now() - hoverSent) / 1000;
  const { seconds: warmCheckedS } = await warm.checked;
  const warmPeak = warm.peakRssMb();
  await warm.stop();
  if (!flag('keep')) rmSync(root, { recursive: true, force: true });

  const r = (x: number, d = 2) => round(x, d);
  if (!tp) throw new Error('unreachable: throughput is measured unless --index-only');
  const result = {
    articles: N,
    corpus_mb: r(bytes / 1e6, 1),
    core_mb_s: r(tp.core.mbPerS, 3),
    core_first_pass_mb_s: r(tp.coreFirstPass.mbPerS, 3),
    chrono_mb_s: r(tp.chrono.mbPerS, 3),
    compromise_mb_s: r(tp.compromise.mbPerS, 3),
    core_vs_chrono: r(tp.core.mbPerS / tp.chrono.mbPerS),
    core_vs_compromise: r(tp.core.mbPerS / tp.compromise.mbPerS),
    index_s: r(indexS),
    checked_s: r(checkedS),
    index_peak_rss_mb: r(indexPeak, 0),
    index_rss_mb: r(indexRss, 0),
    peak_rss_mb: r(peakAll, 0),
    rss_after_requests_mb: r(afterRss, 0),
    keystroke_p50_ms: r(keys.all.p50),
    keystroke_p99_ms: r(keys.all.p99),
    keystroke_own_p50_ms: r(keys.own.p50),
    keystroke_own_p99_ms: r(keys.own.p99),
    keystroke_published_per_edit: r(keys.publishedPerEdit),
    hover_p50_ms: r(hover.p50),
    hover_p99_ms: r(hover.p99),
    definition_p50_ms: r(definition.p50),
    definition_p99_ms: r(definition.p99),
    references_p50_ms: r(references.p50),
    references_p99_ms: r(references.p99),
    references_results: references.results,
    references_carriers: corpus.famous.carriers,
    warm_start_s: r(warmS),
    warm_hover_s: r(warmHoverS),
    warm_checked_s: r(warmCheckedS),
    warm_peak_rss_mb: r(warmPeak, 0),
    load_average: r(os.loadavg()[0]!),
  };
  const rows: [string, string, string][] = [
    ['corpus', `${N.toLocaleString('en')} articles, ${result.corpus_mb} MB`, ''],
    ['core analysis (after a warm-up)', `${result.core_mb_s} MB/s (first pass ${result.core_first_pass_mb_s} MB/s)`, '>= 4 MB/s'],
    ['chrono-node (chrono.parse)', `${result.chrono_mb_s} MB/s (core ${result.core_vs_chrono}x)`, 'core >= 2x'],
    ['compromise (people/places/orgs)', `${result.compromise_mb_s} MB/s (core ${result.core_vs_compromise}x)`, 'core >= 40x'],
    ['cold index', `${result.index_s} s, peak RSS ${result.index_peak_rss_mb} MB`, N >= 100_000 ? '<= 200 s, <= 2.5 GB' : '10k: <= 20 s, <= 700 MB'],
    ['  every article checked (background)', `${result.checked_s} s`, ''],
    ['keystroke → diagnostics (article + partners)', `p50 ${result.keystroke_p50_ms} ms, p99 ${result.keystroke_p99_ms} ms`, '<= 15 ms p50, <= 50 ms p99'],
    ['keystroke → own diagnostics', `p50 ${result.keystroke_own_p50_ms} ms, p99 ${result.keystroke_own_p99_ms} ms`, ''],
    ['hover', `p50 ${result.hover_p50_ms} ms, p99 ${result.hover_p99_ms} ms`, '<= 2 ms p99'],
    ['definition', `p50 ${result.definition_p50_ms} ms, p99 ${result.definition_p99_ms} ms`, '<= 2 ms p99'],
    [`references (quotation in ${corpus.famous.carriers} articles)`, `p50 ${result.references_p50_ms} ms, p99 ${result.references_p99_ms} ms, ${references.results} found`, '<= 20 ms'],
    ['warm start', `${result.warm_start_s} s, peak RSS ${result.warm_peak_rss_mb} MB`, '10k: <= 3 s'],
    ['  first hover on a name, sent at index complete', `${result.warm_hover_s} s`, ''],
    ['  every article published (background)', `${result.warm_checked_s} s`, ''],
  ];
  const w = Math.max(...rows.map((x) => x[0].length));
  const v = Math.max(...rows.map((x) => x[1].length));
  process.stdout.write(`${rows.map(([a, b, c]) => `${a.padEnd(w)}  ${b.padEnd(v)}  ${c}`).join('\n')}\n`);
  process.stdout.write(`slowest articles for the core: ${tp.slowest.map((s) => `#${s.index} ${s.kb.toFixed(0)} KB ${s.ms.toFixed(0)} ms`).join(', ')}\n`);
  if (flag('json')) process.stdout.write(`${JSON.stringify(result)}\n`);
}

if (!runAsThroughputWorker()) main().catch((e) => {
  process.stderr.write(`bench: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
