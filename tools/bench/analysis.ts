import * as chrono from 'chrono-node';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyseArticle } from '../../server/src/analysis';
import { extractDates } from '../../server/src/analysis/dates';
import { extractEntities } from '../../server/src/analysis/entities';
import { attachEvents } from '../../server/src/analysis/events';
import { readFrontMatter } from '../../server/src/analysis/header/frontMatter';
import { readHeader } from '../../server/src/analysis/header/header';
import { extractQuotes } from '../../server/src/analysis/quotes';
import { looksLikeMarkdown, splitLines, splitParagraphs } from '../../server/src/analysis/text/paragraphs';
import { splitSentences } from '../../server/src/analysis/text/sentences';
import { generateCorpus } from './corpus';
import { measureThroughputInWorker, runAsThroughputWorker } from './throughput';

/**
 * The analysis alone, for optimising it (issue 8). Build and run:
 *   npx esbuild tools/bench/analysis.ts --bundle --platform=node --outfile=out/tools/bench-analysis.js
 *   node out/tools/bench-analysis.js time [--rounds N] [--chrono]   (MB/s over the bench's articles)
 *   node out/tools/bench-analysis.js snapshot FILE                  (every model, one JSON a line)
 * `node --cpu-prof` on `time` profiles the core.
 */

// In the throughput worker `bench` starts (this same file), only that worker's job runs.
const argv = runAsThroughputWorker() ? ['worker'] : process.argv.slice(2);
const option = (name: string, d: number) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] ? Number(argv[i + 1]) : d;
};
const root = path.resolve(__dirname, '../..');

function filesUnder(dir: string): string[] {
  let out: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return out;
  }
  for (const n of names) {
    const p = path.join(dir, n);
    if (statSync(p).isDirectory()) out = out.concat(filesUnder(p));
    else if (/\.(txt|md|story|article)$/.test(n)) out.push(p);
  }
  return out;
}

const generated = () => generateCorpus(option('articles', 1000)).files.slice(0, 400).map((f) => f.text);

function snapshot(file: string): void {
  const dirs = ['../shared/corpus/seeds', '../shared/corpus/desk', 'test/heldout', 'test/heldout2', 'samples'];
  const lines: string[] = [];
  for (const d of dirs) {
    for (const f of filesUnder(path.resolve(root, d))) {
      const text = readFileSync(f, 'utf8');
      lines.push(`${path.relative(root, f)}\t${JSON.stringify(analyseArticle(text))}`);
      lines.push(`${path.relative(root, f)}#fallback\t${JSON.stringify(analyseArticle(text, { fallbackDate: { value: '2024-03-12', how: 'test' } }))}`);
    }
  }
  generateCorpus(1000).files.slice(0, 400).forEach((f, i) => lines.push(`generated/${i}\t${JSON.stringify(analyseArticle(f.text))}`));
  generateCorpus(300, 7).files.forEach((f, i) => lines.push(`generated7/${i}\t${JSON.stringify(analyseArticle(f.text))}`));
  writeFileSync(file, lines.join('\n') + '\n');
  process.stderr.write(`${lines.length} models written to ${file}\n`);
}

function time(): void {
  const texts = generated();
  const mb = texts.reduce((s, t) => s + Buffer.byteLength(t, 'utf8'), 0) / 1e6;
  const ref = new Date(Date.UTC(2024, 2, 14));
  const engines: [string, (t: string) => void][] = [['core', (t) => void analyseArticle(t)]];
  if (argv.includes('--chrono')) engines.push(['chrono', (t) => void chrono.parse(t, ref)]);
  for (const [name, fn] of engines) {
    for (const t of texts.slice(0, 3)) fn(t);
    const rates: number[] = [];
    for (let r = 0; r < option('rounds', 5); r++) {
      // CPU time, not wall time: the machine is shared, and a descheduled process is not slower.
      const t0 = process.cpuUsage();
      for (const t of texts) fn(t);
      const used = process.cpuUsage(t0);
      rates.push(mb / ((used.user + used.system) / 1e6));
    }
    const first = rates[0]!;
    rates.sort((a, b) => b - a);
    process.stdout.write(`${name}: best ${rates[0]!.toFixed(2)} MB/s, median ${rates[Math.floor(rates.length / 2)]!.toFixed(2)} MB/s, first round ${first.toFixed(2)} MB/s over ${mb.toFixed(2)} MB x ${rates.length}\n`);
  }
}

if (argv[0] === 'snapshot') snapshot(argv[1] ?? 'snapshot.jsonl');
else if (!['phases', 'only', 'bench', 'worker'].includes(argv[0] ?? '')) time();

/** Time per step of analyseArticle (the same calls, in the same order). */
export function phases(texts: readonly string[]): void {
  const t: Record<string, number> = {};
  const lap = <T>(name: string, f: () => T): T => {
    const t0 = performance.now();
    const r = f();
    t[name] = (t[name] ?? 0) + performance.now() - t0;
    return r;
  };
  for (let round = 0; round < 3; round++) {
    for (const text of texts) {
      lap('splitLines', () => splitLines(text, 0));
      const header = lap('header', () => readHeader(text));
      const frontMatter = lap('frontMatter', () => readFrontMatter(text));
      const paragraphs = lap('paragraphs', () => splitParagraphs(text, frontMatter?.span.end ?? 0, text.length, { markdown: looksLikeMarkdown(text), headerEnd: header.bodyStart }));
      const sentences = lap('sentences', () => splitSentences(text, paragraphs));
      const entities = lap('entities', () => extractEntities(text, sentences, header));
      const found = lap('dates', () => extractDates(text, sentences, header, []));
      lap('quotes', () => extractQuotes(text, paragraphs, sentences, entities, header.headline));
      lap('events', () => attachEvents(text, sentences, entities, found));
    }
  }
  const total = Object.values(t).reduce((a, b) => a + b, 0);
  for (const [k, v] of Object.entries(t)) process.stdout.write(`${k.padEnd(12)} ${(v / 3).toFixed(0).padStart(6)} ms ${((100 * v) / total).toFixed(1).padStart(5)}%\n`);
}
if (argv[0] === 'phases') phases(generated());

/** One step alone, many times over (its inputs computed once), for `node --cpu-prof`: `only header|entities|dates|quotes|events`. */
function only(step: string, texts: readonly string[]): void {
  const inputs = texts.map((text) => {
    const header = readHeader(text);
    const frontMatter = readFrontMatter(text);
    const paragraphs = splitParagraphs(text, frontMatter?.span.end ?? 0, text.length, { markdown: looksLikeMarkdown(text), headerEnd: header.bodyStart });
    const sentences = splitSentences(text, paragraphs);
    const entities = extractEntities(text, sentences, header);
    const found = extractDates(text, sentences, header, []);
    return { text, header, paragraphs, sentences, entities, found };
  });
  const t0 = process.cpuUsage();
  for (let round = 0; round < option('rounds', 5); round++) {
    for (const { text, header, paragraphs, sentences, entities, found } of inputs) {
      if (step === 'header') readHeader(text);
      else if (step === 'entities') extractEntities(text, sentences, header);
      else if (step === 'dates') extractDates(text, sentences, header, []);
      else if (step === 'quotes') extractQuotes(text, paragraphs, sentences, entities, header.headline);
      else if (step === 'events') attachEvents(text, sentences, entities, found);
    }
  }
  const used = process.cpuUsage(t0);
  process.stdout.write(`${step}: ${((used.user + used.system) / 1000 / option('rounds', 5)).toFixed(0)} ms a round\n`);
}
if (argv[0] === 'only') only(argv[1] ?? 'header', generated());

/** The bench's own throughput measure (tools/bench/throughput.ts, in a worker as the bench runs it) on the same 400 articles, alone: `bench [--budget S]`. */
if (argv[0] === 'bench') {
  void measureThroughputInWorker(generated(), option('budget', 4)).then((r) => {
    const f = (x: number) => x.toFixed(3);
    process.stdout.write(`core ${f(r.core.mbPerS)} MB/s, chrono ${f(r.chrono.mbPerS)} MB/s, compromise ${f(r.compromise.mbPerS)} MB/s, core/chrono ${(r.core.mbPerS / r.chrono.mbPerS).toFixed(2)}, core/compromise ${(r.core.mbPerS / r.compromise.mbPerS).toFixed(1)}\n`);
  });
}
