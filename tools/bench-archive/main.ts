import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Client, Pool } from 'pg';
import { collectFiles, loadArticles } from '../../server/src/archive/load';
import { migrate } from '../../server/src/archive/migrate';
import { LOOKUP_OPTIONS, PgArchive, poolQuery } from '../../server/src/archive/pg';
import { shingleKeys } from '../../server/src/archive/shingles';
import { startPostgres, type TestPostgres } from '../../test/archive/postgres';
import { article, rng, variant, Vocabulary } from './generate';

/**
 * `npm run bench:archive [-- --quotes-of N] [--articles N] [--lookups N] [--url postgres://...]`
 *
 * 1. The real indexer (`copydesk index`'s code) on generated article files: articles per second.
 * 2. Generated quotations of N articles (default 1,000,000; 1-3 each) bulk-loaded into the same
 *    schema, index in place: quotations per second.
 * 3. Fuzzy lookups (exact copies, one word changed, a run of words cut out) through the server's
 *    own query: latency p50/p99 and how often the archived original came back.
 * Without --url it starts its own PostgreSQL in a temporary folder and removes it after.
 */
const arg = (name: string, d: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : d;
};
const small = process.argv.includes('--small');
const N = arg('quotes-of', small ? 20_000 : 1_000_000);
const ARTICLES = arg('articles', small ? 200 : 2_000);
const LOOKUPS = arg('lookups', small ? 300 : 1_000);
const urlArg = process.argv.includes('--url') ? process.argv[process.argv.indexOf('--url') + 1] : undefined;
// Against an archive a previous run loaded (with --url): lookups only, sampled from what is there.
const lookupsOnly = process.argv.includes('--lookups-only');

async function main(): Promise<void> {
  let pg: TestPostgres | undefined;
  let url = urlArg;
  if (!url) {
    pg = await startPostgres({ durable: true });
    pg.createDatabase('bench');
    url = pg.urlWithPassword('bench');
  }
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    if (lookupsOnly) {
      const rows = (await client.query<{ norm: string; id: string }>(
        `SELECT norm, article_id::text AS id FROM archive_quotes TABLESAMPLE SYSTEM (1) WHERE n_words >= 8 AND quote_id = 'q0' LIMIT $1`, [LOOKUPS])).rows;
      await lookupPhase(url, rows);
      return;
    }
    await client.query('DROP TABLE IF EXISTS archive_quotes, archive_entities, archive_events, archive_articles, archive_migrations');
    await migrate(client);
    await indexerPhase(client);
    const sample = await bulkPhase(client);
    await lookupPhase(url, sample);
  } finally {
    await client.end();
    pg?.destroy();
  }
}

async function indexerPhase(client: Client): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-bench-'));
  const vocab = new Vocabulary();
  const r = rng(11);
  for (let i = 0; i < ARTICLES; i++) writeFileSync(path.join(dir, `a${i}.txt`), article(i, r, vocab));
  const o = { paths: [dir], cwd: dir };
  const { files } = await collectFiles(o);
  const first = await loadArticles(client, files, o);
  const again = await loadArticles(client, files, o);
  rmSync(dir, { recursive: true, force: true });
  report('indexer: articles analysed and written', `${first.added} in ${first.ms} ms = ${rate(first.added, first.ms)} articles/s (${first.quotes} quotations)`);
  report('indexer: re-run, nothing changed', `${again.unchanged} unchanged in ${again.ms} ms = ${rate(again.unchanged, again.ms)} articles/s`);
}

interface Sample { readonly norm: string; readonly id: string }

async function bulkPhase(client: Client): Promise<Sample[]> {
  const vocab = new Vocabulary();
  const r = rng(42);
  const sample: Sample[] = [];
  const every = Math.max(1, Math.floor(N / (LOOKUPS * 3)));
  const started = Date.now();
  let quotes = 0;
  const BATCH = 5_000;
  for (let from = 0; from < N; from += BATCH) {
    const articles: object[] = [];
    const qs: object[] = [];
    for (let i = from; i < Math.min(N, from + BATCH); i++) {
      const id = String(1_000_000_000 + i);
      const n = 1 + Math.floor(r() * 3);
      const day = new Date(Date.UTC(2005, 0, 1) + Math.floor(r() * 7300) * 86400000).toISOString().slice(0, 10);
      articles.push({ id, path: `bench/${i}.txt`, hash: id, analysed_by: 'bench', published: day, text: '', n_quotes: n, n_entities: 0, n_events: 0 });
      for (let k = 0; k < n; k++) {
        const norm = vocab.quotation(r);
        qs.push({ article_id: id, quote_id: `q${k}`, text: norm, norm, shingles: shingleKeys(norm.split(' ')), n_words: norm.split(' ').length, speaker: null, span_start: 0, span_end: norm.length, start_line: 0, start_char: 0, end_line: 0, end_char: norm.length });
        if (i % every === 0 && k === 0 && norm.split(' ').length >= 8) sample.push({ norm, id });
      }
    }
    await client.query('BEGIN');
    await client.query(
      `INSERT INTO archive_articles (id, path, hash, analysed_by, published, text, n_quotes, n_entities, n_events)
       SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(id bigint, path text, hash text, analysed_by text, published date, text text, n_quotes int, n_entities int, n_events int)`,
      [JSON.stringify(articles)],
    );
    await client.query(
      `INSERT INTO archive_quotes (article_id, quote_id, text, norm, shingles, n_words, speaker, span_start, span_end, start_line, start_char, end_line, end_char)
       SELECT article_id, quote_id, text, norm, array_to_tsvector(shingles), n_words, speaker, span_start, span_end, start_line, start_char, end_line, end_char
         FROM jsonb_to_recordset($1::jsonb) AS r(article_id bigint, quote_id text, text text, norm text, shingles text[], n_words int,
         speaker text, span_start int, span_end int, start_line int, start_char int, end_line int, end_char int)`,
      [JSON.stringify(qs)],
    );
    await client.query('COMMIT');
    quotes += qs.length;
    if ((from / BATCH) % 20 === 0) process.stderr.write(`  ${from + articles.length} articles, ${quotes} quotations, ${Math.round((Date.now() - started) / 1000)} s\n`);
  }
  const ms = Date.now() - started;
  await client.query('VACUUM ANALYZE archive_quotes');
  await client.query('VACUUM ANALYZE archive_articles');
  const size = (await client.query<{ s: string }>(`SELECT pg_size_pretty(pg_total_relation_size('archive_quotes')) AS s`)).rows[0]!.s;
  report(`bulk load: ${N} articles' quotations (full-text word-triple index in place)`, `${quotes} quotations in ${ms} ms = ${rate(quotes, ms)} quotations/s; archive_quotes ${size}`);
  return sample;
}

async function lookupPhase(url: string, sample: readonly Sample[]): Promise<void> {
  const pool = new Pool({ connectionString: url, max: 1, options: LOOKUP_OPTIONS });
  const archive = new PgArchive(poolQuery(pool));
  const vocab = new Vocabulary();
  const r = rng(5);
  const kinds = ['exact', 'changed', 'partial'] as const;
  for (const kind of kinds) {
    const times: number[] = [];
    let found = 0;
    for (const s of sample.slice(0, LOOKUPS)) {
      const words = variant(s.norm, r, vocab, kind).split(' ');
      const t = process.hrtime.bigint();
      const hits = await archive.quotations(words, 20);
      times.push(Number(process.hrtime.bigint() - t) / 1e6);
      if (hits.some((h) => h.article.id === s.id)) found++;
    }
    times.sort((a, b) => a - b);
    const p = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(1);
    report(`lookup (${kind}), ${times.length} queries`, `p50 ${p(0.5)} ms, p99 ${p(0.99)} ms, max ${times[times.length - 1]!.toFixed(1)} ms; original found ${found}/${times.length}`);
  }
  await pool.end();
}

const rate = (n: number, ms: number) => (ms > 0 ? Math.round((n * 1000) / ms) : n);
function report(what: string, figures: string): void {
  process.stdout.write(`${what}: ${figures}\n`);
}

main().catch((e) => {
  process.stderr.write(`bench-archive: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
