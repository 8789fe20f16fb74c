import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { analyseArticle, type ArticleModel } from '../../server/src/analysis';
import { Desk } from '../../server/src/corpus';
import { Positions } from '../../server/src/lsp/convert';
import { toHover } from '../../server/src/lsp/hover';
import { toLocations } from '../../server/src/lsp/navigation';
import { hoverAt } from '../../server/src/service/hover';
import { definitionAt, referencesAt } from '../../server/src/service/navigation';
import { generateCorpus } from './corpus';
import { percentile } from './random';

/**
 * The keystroke benchmark in process, without the server (issue 8): the bench's workspace filed
 * on a desk, every article's findings worked out, then the bench's 200 edits to the keystroke
 * article, each timed as analysis / `Desk.upsert` / findings of the affected articles.
 * `--verify` compares, after some edits, every article's findings with a desk built afresh.
 *   npx esbuild tools/bench/desk.ts --bundle --platform=node --outfile=out/tools/bench-desk.js
 *   node out/tools/bench-desk.js [--articles N] [--edits N] [--models FILE] [--verify]
 */

const argv = process.argv.slice(2);
const option = (name: string, d: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] ? argv[i + 1]! : d;
};
const N = Number(option('articles', '1000'));
const EDITS = Number(option('edits', '200'));
const modelsFile = option('models', '');
const verify = argv.includes('--verify');
const log = (s: string) => process.stderr.write(`${s}\n`);

const corpus = generateCorpus(N);
const uriOf = (i: number) => `file:///bench/${corpus.files[i]!.name}`;
let models: ArticleModel[];
if (modelsFile && existsSync(modelsFile)) {
  models = JSON.parse(readFileSync(modelsFile, 'utf8')) as ArticleModel[];
} else {
  log(`Analysing ${N} articles…`);
  models = corpus.files.map((f) => analyseArticle(f.text));
  if (modelsFile) writeFileSync(modelsFile, JSON.stringify(models));
}

function fill(): Desk {
  const desk = new Desk();
  const t0 = performance.now();
  corpus.files.forEach((f, i) => {
    desk.file(uriOf(i), f.text, models[i]!);
    if (i % 2000 === 1999) log(`  ${i + 1} filed, ${(performance.now() - t0).toFixed(0)} ms`);
  });
  return desk;
}

let t = performance.now();
const desk = fill();
const filed = performance.now() - t;
t = performance.now();
desk.uris().forEach((u, i) => {
  desk.findings(u);
  if (i % 2000 === 1999) log(`  ${i + 1} checked, ${(performance.now() - t).toFixed(0)} ms`);
});
log(`Filed in ${filed.toFixed(0)} ms, findings of all in ${(performance.now() - t).toFixed(0)} ms`);

const uri = uriOf(corpus.keystroke);
const text = corpus.files[corpus.keystroke]!.text;
const headlineEnd = text.indexOf('\n', text.indexOf('\n\n') + 2);
const { from, to } = corpus.toggle;
let current = text;
let dateMoved = false;
let typed = false;
const times = { analysis: [] as number[], upsert: [] as number[], own: [] as number[], findings: [] as number[], total: [] as number[], dated: [] as number[], typed: [] as number[] };
let affectedTotal = 0;
const affectedBy = [0, 0];
let mismatches = 0;
desk.upsert(uri, current);
for (const u of desk.uris()) desk.findings(u);
function edit(i: number): void {
  if (i % 2 === 0) {
    dateMoved = !dateMoved;
    current = dateMoved ? current.replace(from, to) : current.replace(to, from);
  } else {
    typed = !typed;
    current = typed ? `${current.slice(0, headlineEnd)} again${current.slice(headlineEnd)}` : current.replace(' again\n', '\n');
  }
  const t0 = performance.now();
  const model = analyseArticle(current);
  const t1 = performance.now();
  const affected = desk.upsert(uri, current, model);
  const t2 = performance.now();
  desk.findings(uri);
  const t25 = performance.now();
  for (const u of affected) desk.findings(u);
  const t3 = performance.now();
  times.own.push(t25 - t2);
  times.analysis.push(t1 - t0);
  times.upsert.push(t2 - t1);
  times.findings.push(t3 - t2);
  times.total.push(t3 - t0);
  (i % 2 ? times.typed : times.dated).push(t3 - t0);
  affectedTotal += affected.size;
  affectedBy[i % 2]! += affected.size;
  if (verify && (i < 4 || i % 50 === 49)) {
    const fresh = fill();
    fresh.upsert(uri, current, model);
    for (const u of desk.uris()) {
      const a = JSON.stringify(desk.findings(u));
      const b = JSON.stringify(fresh.findings(u));
      if (a !== b) {
        mismatches++;
        let k = 0;
        while (a[k] === b[k]) k++;
        log(`edit ${i}: findings of ${u} differ from a fresh desk's at ${k}:\n  desk:  ${a.slice(k - 200, k + 200)}\n  fresh: ${b.slice(k - 200, k + 200)}`);
      }
    }
  }
}
// Separate frames for profiles (`node --cpu-prof`): a date moved, a word typed.
const dateMoved_ = (i: number) => edit(i);
const wordTyped = (i: number) => edit(i);
for (let i = 0; i < EDITS; i++) (i % 2 ? wordTyped : dateMoved_)(i);
const row = (name: string, xs: number[]) => `${name.padEnd(9)} p50 ${percentile(xs, 50).toFixed(2).padStart(7)} ms  p99 ${percentile(xs, 99).toFixed(2).padStart(7)} ms  sum ${xs.reduce((a, b) => a + b, 0).toFixed(0).padStart(6)} ms`;
const slowest = times.total.map((t, i) => ({ t, i })).sort((a, b) => b.t - a.t).slice(0, 4);
const part = (k: keyof typeof times, i: number) => times[k][i]!.toFixed(1);
log(`slowest edits (total = analysis + upsert + findings): ${slowest.map(({ t, i }) => `#${i} ${t.toFixed(1)} = ${part('analysis', i)} + ${part('upsert', i)} + ${part('findings', i)}`).join(', ')}`);
process.stdout.write(`${Object.entries(times).map(([k, xs]) => row(k, xs)).join('\n')}\naffected per edit ${(affectedTotal / EDITS).toFixed(2)} (date moved ${((2 * affectedBy[0]!) / EDITS).toFixed(1)}, word typed ${((2 * affectedBy[1]!) / EDITS).toFixed(1)})${verify ? `, ${mismatches} mismatches` : ''}\n`);

// Requests after the edits, on the bench's targets (a name, a date and a quotation in the
// keystroke article; the famous speaker and quotation in a carrier): each one's first answer
// and the slowest of the rest.
const positions = new Positions(desk);
const carrier = corpus.files[corpus.famous.carrier]!.text;
const cUri = uriOf(corpus.famous.carrier);
const kQuote = current.indexOf('“') >= 0 ? current.indexOf('“') + 5 : current.indexOf('"') + 5;
const targets = [
  { name: 'name', uri, offset: current.indexOf(' met ') - 3 },
  { name: 'date', uri, offset: current.indexOf(from) + 4 },
  { name: 'quote', uri, offset: kQuote },
  { name: 'famous name', uri: cUri, offset: carrier.indexOf('Helena Marsh') + 3 },
  { name: 'famous quote', uri: cUri, offset: carrier.indexOf(corpus.famous.words) + 10 },
];
const requests = {
  hover: (u: string, o: number) => {
    const info = hoverAt(desk, u, o);
    return info ? toHover(info, u, positions) : null;
  },
  definition: (u: string, o: number) => toLocations(definitionAt(desk, u, o), positions),
  references: (u: string, o: number) => toLocations(referencesAt(desk, u, o, true), positions),
};
for (const [method, run] of Object.entries(requests)) {
  const cells = targets.map((t) => {
    const xs: number[] = [];
    for (let r = 0; r < 40; r++) {
      const t0 = performance.now();
      run(t.uri, t.offset);
      xs.push(performance.now() - t0);
    }
    return `${t.name} ${xs[0]!.toFixed(2)}/${percentile(xs.slice(1), 50).toFixed(2)}/${Math.max(...xs.slice(1)).toFixed(2)}`;
  });
  process.stdout.write(`${method.padEnd(10)} first/median/slowest ms: ${cells.join(', ')}\n`);
}
if (mismatches) process.exitCode = 1;
