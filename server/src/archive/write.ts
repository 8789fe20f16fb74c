import type { ClientBase } from 'pg';
import type { ArticleRows } from './rows';

export type WriteOutcome = 'added' | 'replaced' | 'unchanged';

const QUOTE_COLUMNS = `quote_id text, text text, norm text, shingles text[], n_words integer, speaker text, ${placed()}`;
const ENTITY_COLUMNS = `entity_id text, kind text, name text, name_key text, names text[], roles jsonb, mentions integer, ${placed()}`;
const EVENT_COLUMNS = `event_id text, kind text, trigger text, date_text text, value text, first_day date, last_day date,
  resolution text, terms text[], keys text[], postings text[], ${placed()}`;

function placed(): string {
  return 'span_start integer, span_end integer, start_line integer, start_char integer, end_line integer, end_char integer';
}

const names = (columns: string) => columns.split(',').map((c) => c.trim().split(/\s+/)[0]).join(', ');

/**
 * Writes a batch of articles in ONE transaction: each is skipped when the archive already holds
 * the same text (same content hash) analysed by the same Copydesk, otherwise its old rows are deleted and the new ones inserted.
 * A transaction-level advisory lock per article id serialises two indexers writing the same
 * article; the hash is read under that lock, so the second one sees the first's work and skips.
 * If the process dies mid-batch, PostgreSQL rolls the whole batch back: never half an article.
 */
export async function writeArticles(client: ClientBase, batch: readonly ArticleRows[]): Promise<WriteOutcome[]> {
  // Lock in id order so that two indexers with overlapping batches cannot deadlock.
  const order = [...batch].sort((a, b) => (BigInt(a.article.id) < BigInt(b.article.id) ? -1 : 1));
  const outcomes = new Map<ArticleRows, WriteOutcome>();
  await client.query('BEGIN');
  try {
    for (const rows of order) outcomes.set(rows, await writeOne(client, rows));
    await client.query('COMMIT');
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  }
  return batch.map((r) => outcomes.get(r)!);
}

async function writeOne(client: ClientBase, rows: ArticleRows): Promise<WriteOutcome> {
  const a = rows.article;
  await client.query('SELECT pg_advisory_xact_lock($1::bigint)', [a.id]);
  const existing = await client.query<{ hash: string; path: string; analysed_by: string }>('SELECT hash, path, analysed_by FROM archive_articles WHERE id = $1', [a.id]);
  const old = existing.rows[0];
  if (old && old.path !== a.path) throw new Error(`archive id collision between ${old.path} and ${a.path}`);
  if (old?.hash === a.hash && old.analysed_by === a.analysed_by) return 'unchanged';
  if (old) await client.query('DELETE FROM archive_articles WHERE id = $1', [a.id]);
  await client.query(
    `INSERT INTO archive_articles (id, path, hash, analysed_by, published, source, headline, byline, text, n_quotes, n_entities, n_events)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
    [a.id, a.path, a.hash, a.analysed_by, a.published, a.source, a.headline, a.byline, a.text, rows.quotes.length, rows.entities.length, rows.events.length],
  );
  await insertChildren(client, 'archive_quotes', QUOTE_COLUMNS, a.id, rows.quotes);
  await insertChildren(client, 'archive_entities', ENTITY_COLUMNS, a.id, rows.entities);
  await insertChildren(client, 'archive_events', EVENT_COLUMNS, a.id, rows.events);
  return old ? 'replaced' : 'added';
}

/** All of one article's rows of a table in one statement: the rows travel as one JSON array. */
export async function insertChildren(client: ClientBase, table: string, columns: string, articleId: string, rows: readonly object[]): Promise<void> {
  if (!rows.length) return;
  // Word-triple keys arrive as text[] and become the lexemes of a tsvector as they are (no parsing).
  const select = names(columns).replace('shingles', 'array_to_tsvector(r.shingles)');
  await client.query(
    `INSERT INTO ${table} (article_id, ${names(columns)}) SELECT $1::bigint, ${select} FROM jsonb_to_recordset($2::jsonb) AS r(${columns})`,
    [articleId, JSON.stringify(rows)],
  );
}

export const COLUMNS = { quotes: QUOTE_COLUMNS, entities: ENTITY_COLUMNS, events: EVENT_COLUMNS, names };
