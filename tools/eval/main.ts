import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { Desk } from '../../server/src/corpus';
import { readArticle } from '../../server/src/host/files';
import { readGold } from './gold';
import { scoreCorpus, type CorpusScore } from './score';
import { combine, figures, renderTable } from './table';

// `npm run eval [-- FOLDER... --check --json --verbose]`: scores the analysis against every
// gold-annotated corpus, prints precision/recall per category, and with --check fails when a
// figure drops below the floor recorded in tools/eval/thresholds.json.

const repo = path.resolve(__dirname, '../..');
const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith('--')));
const folders = args.filter((a) => !a.startsWith('--'));

/** The shared gold corpora the issues are measured on. */
function sharedCorpora(): string[] {
  const root = process.env['COPYDESK_CORPUS'] ?? path.resolve(repo, '..', 'shared', 'corpus');
  if (!existsSync(root)) {
    process.stderr.write(`eval: no corpus folder at ${root} (set COPYDESK_CORPUS or pass folders)\n`);
    process.exit(2);
  }
  return readdirSync(root).map((d) => path.join(root, d)).filter((d) => existsSync(path.join(d, 'gold.json'))).sort();
}

/**
 * The project's own gold corpora (`test/heldout*`) of articles written by someone who never read
 * the analysis, each scored in its own column so that how the analysis does on articles it was
 * not built on stays visible.
 */
function heldOutCorpora(): string[] {
  const dir = path.join(repo, 'test');
  return readdirSync(dir).filter((d) => /^heldout/.test(d) && existsSync(path.join(dir, d, 'gold.json'))).sort().map((d) => path.join(dir, d));
}

async function scoreFolder(folder: string): Promise<CorpusScore> {
  const gold = readGold(path.join(folder, 'gold.json'));
  const desk = new Desk();
  for (const name of readdirSync(folder).sort()) {
    const file = path.join(folder, name);
    if (name === 'gold.json' || !statSync(file).isFile()) continue;
    const read = await readArticle(file);
    if (read.ok) desk.upsert(name, read.text);
  }
  return scoreCorpus(desk, gold);
}

async function main(): Promise<number> {
  const shared = folders.length ? folders.map((f) => path.resolve(f)) : sharedCorpora();
  const scores: CorpusScore[] = [];
  for (const folder of shared) scores.push(await scoreFolder(folder));
  const all = combine('all', scores);
  const heldOut: CorpusScore[] = [];
  if (!folders.length) for (const folder of heldOutCorpora()) heldOut.push(await scoreFolder(folder));
  const columns = [...scores, all, ...heldOut];
  const table = renderTable(columns);
  if (flags.has('--json')) {
    const json = { corpora: [...scores, ...heldOut].map((s) => ({ corpus: s.corpus, ...figures(s) })), all: figures(all) };
    process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  } else {
    const apart = heldOut.length ? `; ${heldOut.map((s) => s.corpus).join(', ')}: the project's own held-out corpora, scored apart` : '';
    process.stdout.write(`Copydesk evaluation (all = ${scores.map((s) => s.corpus).join(' + ')}${apart})\n\n${table}\n`);
  }
  if (flags.has('--verbose')) for (const s of columns) for (const n of s.notes) process.stdout.write(`[${s.corpus}] ${n}\n`);
  if (!flags.has('--check')) return 0;
  const floors = JSON.parse(readFileSync(path.join(repo, 'tools', 'eval', 'thresholds.json'), 'utf8')) as Record<string, number>;
  // `dates.f1` is a floor for all shared corpora together; `heldout:dates.f1` for one held-out corpus.
  const figuresOf = (key: string) => {
    const [corpus, metric] = key.includes(':') ? key.split(':') : ['all', key];
    const score = corpus === 'all' ? all : heldOut.find((s) => s.corpus === corpus);
    return score ? figures(score)[metric!] : undefined;
  };
  const failed = Object.entries(floors).filter(([k, min]) => {
    const v = figuresOf(k);
    if (v === undefined) return true;
    // Counts of false alarms are ceilings, every other figure a floor.
    return /unexpected_raised|other_raised|scare_taken/.test(k) ? v > min : v < min - 1e-9;
  });
  for (const [k, min] of failed) process.stderr.write(`eval: ${k} is ${figuresOf(k)?.toFixed(3)}, ${/unexpected|other|scare/.test(k) ? 'above the ceiling' : 'below the floor'} ${min}\n`);
  if (!failed.length) process.stdout.write(`\nAll ${Object.keys(floors).length} thresholds met.\n`);
  return failed.length ? 1 : 0;
}

main().then((code) => (process.exitCode = code), (e) => {
  process.stderr.write(`eval: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 2;
});
