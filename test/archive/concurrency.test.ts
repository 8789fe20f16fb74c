import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectFiles, loadArticles } from '../../server/src/archive/load';
import { migrate } from '../../server/src/archive/migrate';
import { article, rng, Vocabulary } from '../../tools/bench-archive/generate';
import { startPostgres, type TestPostgres } from './postgres';

const CLI = path.resolve(__dirname, '..', '..', 'server', 'out', 'cli.js');

/** Every article's rows are all there: the counts it was written with match the rows that exist. */
async function halfWritten(client: Client): Promise<string[]> {
  const r = await client.query(`
    SELECT a.path FROM archive_articles a
     WHERE a.n_quotes <> (SELECT count(*) FROM archive_quotes q WHERE q.article_id = a.id)
        OR a.n_entities <> (SELECT count(*) FROM archive_entities e WHERE e.article_id = a.id)
        OR a.n_events <> (SELECT count(*) FROM archive_events v WHERE v.article_id = a.id)`);
  return r.rows.map((x) => x.path);
}

function generated(n: number, seed: number): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-gen-'));
  const vocab = new Vocabulary(5_000, seed);
  const r = rng(seed);
  for (let i = 0; i < n; i++) writeFileSync(path.join(dir, `a${String(i).padStart(4, '0')}.txt`), article(i, r, vocab));
  return dir;
}

describe('indexers at the same time, and an indexer killed mid-load', () => {
  let pg: TestPostgres;
  const dirs: string[] = [];
  const connect = async (db: string) => {
    const c = new Client({ connectionString: pg.urlWithPassword(db) });
    await c.connect();
    return c;
  };

  beforeAll(async () => {
    pg = await startPostgres();
  });
  afterAll(() => {
    pg?.destroy();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('three indexers over the same articles, in different orders: each article written once, whole', async () => {
    pg.createDatabase('together');
    const dir = generated(240, 3);
    dirs.push(dir);
    const clients = await Promise.all([connect('together'), connect('together'), connect('together')]);
    const { files } = await collectFiles({ paths: [dir], cwd: dir });
    const orders = [files, [...files].reverse(), [...files.slice(120), ...files.slice(0, 120)]];
    const totals = await Promise.all(clients.map(async (c, k) => {
      await migrate(c);
      return loadArticles(c, orders[k]!, { paths: [dir], cwd: dir, batch: 20 });
    }));
    expect(totals.reduce((n, t) => n + t.added, 0)).toBe(240);
    expect(totals.reduce((n, t) => n + t.replaced, 0)).toBe(0);
    expect(Number((await clients[0]!.query('SELECT count(*) AS n FROM archive_articles')).rows[0].n)).toBe(240);
    expect(await halfWritten(clients[0]!)).toEqual([]);
    expect((await clients[0]!.query('SELECT version FROM archive_migrations')).rows).toEqual([{ version: 1 }]);
    await Promise.all(clients.map((c) => c.end()));
  });

  it('killed (SIGKILL) inside a transaction: whole batches or nothing, and the next run finishes the job', async () => {
    pg.createDatabase('killed');
    const dir = generated(600, 9);
    dirs.push(dir);
    const client = await connect('killed');
    const child = spawn(process.execPath, [CLI, 'index', '--archive', pg.url('killed'), '--batch', '50', '.'], {
      cwd: dir, env: { ...process.env, PGPASSWORD: pg.password }, stdio: ['ignore', 'ignore', 'pipe'],
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.stderr.resume();
    // Wait until it has committed two batches and is inside the next transaction, with rows
    // written but not committed (the backend holds a transaction id), then kill it.
    const deadline = Date.now() + 60_000;
    let inTransaction = false;
    while (Date.now() < deadline && !inTransaction) {
      await new Promise((r) => setTimeout(r, 5));
      const r = await client.query(`SELECT (SELECT count(*) FROM pg_stat_activity WHERE application_name = 'copydesk index' AND backend_xid IS NOT NULL AND datname = 'killed') AS open,
        (SELECT count(*) FROM archive_articles) AS loaded`).catch(() => null);
      inTransaction = !!r && Number(r.rows[0].loaded) >= 100 && Number(r.rows[0].open) > 0;
    }
    expect(inTransaction).toBe(true);
    child.kill('SIGKILL');
    expect(await exited).toBeNull();
    // The server notices the dead connection and rolls its transaction back.
    for (let i = 0; i < 100; i++) {
      const r = await client.query(`SELECT count(*) AS n FROM pg_stat_activity WHERE application_name = 'copydesk index'`);
      if (Number(r.rows[0].n) === 0) break;
      await new Promise((res) => setTimeout(res, 50));
    }
    const loaded = Number((await client.query('SELECT count(*) AS n FROM archive_articles')).rows[0].n);
    expect(loaded).toBeGreaterThanOrEqual(100);
    expect(loaded).toBeLessThan(600);
    expect(loaded % 50).toBe(0);
    expect(await halfWritten(client)).toEqual([]);

    // The same copydesk again (the same version: rows another version analysed would be redone).
    const again = spawn(process.execPath, [CLI, 'index', '--archive', pg.url('killed'), '.'], { cwd: dir, env: { ...process.env, PGPASSWORD: pg.password }, stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    again.stdout.on('data', (b: Buffer) => (out += b.toString()));
    expect(await new Promise((resolve) => again.on('exit', resolve))).toBe(0);
    expect(out).toContain(`600 articles: ${600 - loaded} added, 0 replaced, ${loaded} unchanged`);
    expect(Number((await client.query('SELECT count(*) AS n FROM archive_articles')).rows[0].n)).toBe(600);
    expect(await halfWritten(client)).toEqual([]);
    await client.end();
  });
});
