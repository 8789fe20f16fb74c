import { rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { Client, Pool } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../server/src/archive/migrate';
import { PgArchive, poolQuery } from '../../server/src/archive/pg';
import { runIndex } from '../../server/src/cli/archiveIndex';
import { quoteTokens } from '../../server/src/corpus/quotes/normalise';
import { analyseArticle } from '../../server/src/analysis';
import { ARCHIVED, DESK, writeArticles } from './fixtures';
import { startPostgres, type TestPostgres } from './postgres';

describe('copydesk index: loading the archive', () => {
  let pg: TestPostgres;
  let dir: string;
  let client: Client;
  const logs: string[] = [];
  const index = (...paths: string[]) =>
    runIndex({ archive: pg.url('news'), paths, cwd: dir, out: (s) => logs.push(s), err: (s) => logs.push(s) });
  const count = async (table: string) => Number((await client.query(`SELECT count(*) AS n FROM ${table}`)).rows[0].n);

  beforeAll(async () => {
    pg = await startPostgres();
    pg.createDatabase('news');
    process.env['PGPASSWORD'] = pg.password;
    dir = writeArticles(ARCHIVED);
    client = new Client({ connectionString: pg.urlWithPassword('news') });
    await client.connect();
  });
  afterAll(async () => {
    await client?.end();
    pg?.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it('creates the schema, records its version, and loads every article with its quotations, entities and events', async () => {
    expect(await index('2019')).toBe(0);
    expect(await schemaVersion(client)).toBe(1);
    expect((await client.query('SELECT version FROM archive_migrations')).rows).toEqual([{ version: 1 }]);
    expect(await count('archive_articles')).toBe(2);
    expect(await count('archive_quotes')).toBe(2);
    expect(await count('archive_entities')).toBeGreaterThan(2);
    expect(await count('archive_events')).toBeGreaterThanOrEqual(1);
    const a = (await client.query(`SELECT path, published::text, source FROM archive_articles ORDER BY path`)).rows;
    expect(a[0]).toEqual({ path: '2019/2019-03-12-gazette-bridge.txt', published: '2019-03-12', source: 'Harbour Gazette' });
    expect(logs.at(-1)).toMatch(/2 articles: 2 added, 0 replaced, 0 unchanged/);
  });

  it('re-running changes nothing: no row is rewritten', async () => {
    const before = (await client.query(`SELECT id, xmin::text, indexed_at FROM archive_articles ORDER BY id`)).rows;
    const quotes = (await client.query(`SELECT article_id, quote_id, xmin::text FROM archive_quotes ORDER BY 1, 2`)).rows;
    expect(await index('2019')).toBe(0);
    expect(logs.at(-1)).toMatch(/2 articles: 0 added, 0 replaced, 2 unchanged/);
    expect((await client.query(`SELECT id, xmin::text, indexed_at FROM archive_articles ORDER BY id`)).rows).toEqual(before);
    expect((await client.query(`SELECT article_id, quote_id, xmin::text FROM archive_quotes ORDER BY 1, 2`)).rows).toEqual(quotes);
  });

  it('a changed article replaces its own rows, in one transaction, and leaves the others alone', async () => {
    const other = (await client.query(`SELECT xmin::text FROM archive_articles WHERE path LIKE '%courier%'`)).rows[0];
    const file = path.join(dir, '2019/2019-03-12-gazette-bridge.txt');
    writeFileSync(file, `${ARCHIVED['2019/2019-03-12-gazette-bridge.txt']}\n"It is the right decision," said Mayor Tom Hale.\n`);
    expect(await index('2019')).toBe(0);
    expect(logs.at(-1)).toMatch(/1 replaced, 1 unchanged/);
    const rows = (await client.query(`SELECT q.text, a.n_quotes FROM archive_quotes q JOIN archive_articles a ON a.id = q.article_id WHERE a.path LIKE '%gazette%' ORDER BY q.span_start`)).rows;
    expect(rows.map((r) => r.text)).toEqual([expect.stringContaining('We cannot gamble'), 'It is the right decision,']);
    expect(rows[0].n_quotes).toBe(2);
    expect((await client.query(`SELECT xmin::text FROM archive_articles WHERE path LIKE '%courier%'`)).rows[0]).toEqual(other);
  });

  it('rows another Copydesk version analysed are analysed again, though the text is the same', async () => {
    await client.query(`UPDATE archive_articles SET analysed_by = '0.0.1' WHERE path LIKE '%courier%'`);
    expect(await index('2019')).toBe(0);
    expect(logs.at(-1)).toMatch(/0 added, 1 replaced, 1 unchanged/);
    expect((await client.query(`SELECT DISTINCT analysed_by FROM archive_articles`)).rows).toEqual([{ analysed_by: 'dev' }]);
  });

  it('migrating again, or from two clients at once, is a no-op', async () => {
    const other = new Client({ connectionString: pg.urlWithPassword('news') });
    await other.connect();
    expect(await Promise.all([migrate(client), migrate(other)])).toEqual([[], []]);
    await other.end();
  });

  it('reports an unreachable archive and an unreadable path with their exit statuses', async () => {
    expect(await runIndex({ archive: 'postgres://nobody@127.0.0.1:1/none', paths: ['2019'], cwd: dir, out: () => undefined, err: (s) => logs.push(s) })).toBe(1);
    expect(logs.at(-1)).toMatch(/cannot reach the archive at postgres:\/\/nobody@127\.0\.0\.1:1\/none/);
    expect(await index('no-such-folder')).toBe(2);
  });

  describe('lookups', () => {
    let pool: Pool;
    let archive: PgArchive;
    beforeAll(() => {
      pool = new Pool({ connectionString: pg.urlWithPassword('news') });
      archive = new PgArchive(poolQuery(pool));
    });
    afterAll(() => pool.end());

    const wordsOf = (text: string) => {
      const m = analyseArticle(text);
      return quoteTokens(text, m.quotes[0]!).map((t) => t.word);
    };

    it('finds a quotation by its normalised words, misquoted words too, oldest source first among equals', async () => {
      const hits = await archive.quotations(wordsOf(DESK['2025-10-03-wire-bridge.txt']));
      expect(hits.map((h) => h.article.path)).toEqual(['2019/2019-03-12-gazette-bridge.txt', '2019/2019-03-13-courier-bridge.txt']);
      expect(hits[0]!.range.start.line).toBe(6);
      expect(hits[0]!.similarity).toBeGreaterThan(0.5);
    });

    it('finds nothing for words the archive never printed', async () => {
      expect(await archive.quotations(['entirely', 'different', 'words', 'about', 'something', 'else'])).toEqual([]);
    });

    it('finds an entity by its folded name, with its roles and where it is first named', async () => {
      const hits = await archive.entities('rhiannon tate');
      expect(hits.length).toBe(2);
      expect(hits.flatMap((h) => h.roles.map((r) => r.text))).toContain('chief structural engineer');
      expect(await archive.entities('nobody at all')).toEqual([]);
    });

    it('finds the dated happening by kind and participant, and an article by id', async () => {
      const events = await archive.events('vote', ['n:oldmillbridge', 'n:omb']);
      expect(events.map((e) => e.first)).toContain('2019-03-12');
      const text = await archive.article(events[0]!.article.id);
      expect(text?.text).toContain('Old Mill Bridge');
      expect(await archive.article('12345')).toBeNull();
    });
  });
});
