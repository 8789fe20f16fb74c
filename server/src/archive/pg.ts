import type { Pool, QueryResultRow } from 'pg';
import type { Archive, ArchivedArticle, ArchivedEntity, ArchivedEvent, ArchivedQuote, ArchivedRange, ArchivedText } from '../corpus/archive';
import type { EntityKind } from '../analysis/model';
import { shingleKeys, shingleQuery } from './shingles';

const ARTICLE = `a.id::text AS a_id, a.path AS a_path, a.hash AS a_hash, to_char(a.published, 'YYYY-MM-DD') AS a_published,
  a.source AS a_source, a.headline AS a_headline`;
const PLACED = 'span_start, span_end, start_line, start_char, end_line, end_char';

/** Something that runs a query: a pool, or a wrapper that adds timeouts and back-off. */
export type Query = <R extends QueryResultRow>(sql: string, params: unknown[]) => Promise<R[]>;

/**
 * Settings of every connection that asks the archive questions (libpq `options`). The lookups
 * are index lookups by design, but the planner misjudges an OR of rare full-text keys: it takes
 * each key it has no statistics for as half as common as the least common one it tracks, so at a
 * million quotations it expects 60,000 rows where there are 20, and picks a parallel sequential
 * scan with JIT compilation (measured: 0.4 ms with the GIN index, 180 ms to 2.5 s without).
 * Read-only too: the server cannot write to the archive even by mistake.
 */
export const LOOKUP_OPTIONS = '-c default_transaction_read_only=on -c enable_seqscan=off -c jit=off -c max_parallel_workers_per_gather=0';

export function poolQuery(pool: Pool): Query {
  return async <R extends QueryResultRow>(sql: string, params: unknown[]) => (await pool.query<R>(sql, params)).rows;
}

/**
 * The archive on PostgreSQL, read-only: each question is one indexed query.
 * - quotations: full-text search over word triples (`shingles.ts`), GIN-indexed, ranked by
 *   the share of triples in common; Copydesk's own word alignment decides what is the same quotation.
 * - entities: the folded full names of each archived entity, a GIN-indexed array (`names @>`).
 * - events: `kind|entity key` postings, GIN-indexed, as the workspace's EventIndex files them.
 */
export class PgArchive implements Archive {
  constructor(private readonly query: Query) {}

  async quotations(words: readonly string[], limit = 20): Promise<ArchivedQuote[]> {
    const keys = shingleKeys(words);
    const query = shingleQuery(words);
    if (!query) return [];
    // Candidates from the GIN index (any key in common), ranked by the share of keys in common
    // (one key in common is chance unless the quotation has hardly more than one); the best few
    // only are then joined to their articles, one index probe each (LATERAL), since the planner
    // expects thousands of candidates and would otherwise walk the whole articles index.
    const rows = await this.query<Row>(
      `SELECT ${ARTICLE}, t.*, a.published
         FROM (SELECT q.article_id, q.quote_id, q.text, q.speaker, ${prefixed('q')},
                      (SELECT count(*) FROM unnest(q.shingles) u WHERE u.lexeme = ANY($2::text[])) AS shared
                 FROM archive_quotes q
                WHERE q.shingles @@ $1::tsquery
                ORDER BY shared DESC
                LIMIT $4 * 3) t
        CROSS JOIN LATERAL (SELECT * FROM archive_articles x WHERE x.id = t.article_id) a
        WHERE t.shared >= least(2, $3::int)
        ORDER BY t.shared DESC, a.published NULLS LAST
        LIMIT $4`,
      [query, keys, keys.length, limit],
    );
    return rows.map((r) => ({
      article: article(r), quoteId: r.quote_id, text: r.text, span: span(r), range: range(r), speaker: r.speaker,
      similarity: Number(r.shared) / keys.length,
    }));
  }

  async entities(key: string, limit = 50): Promise<ArchivedEntity[]> {
    if (!key) return [];
    const rows = await this.query<Row>(
      `SELECT ${ARTICLE}, e.kind, e.name, e.roles, e.mentions, ${prefixed('e')}
         FROM archive_entities e JOIN archive_articles a ON a.id = e.article_id
        WHERE e.names @> ARRAY[$1::text]
        ORDER BY a.published DESC NULLS LAST, a.id
        LIMIT $2`,
      [key, limit],
    );
    return rows.map((r) => ({
      article: article(r), kind: r.kind as EntityKind, name: r.name, roles: r.roles ?? [], span: span(r), range: range(r), mentions: r.mentions,
    }));
  }

  async events(kind: string, keys: readonly string[], limit = 50): Promise<ArchivedEvent[]> {
    if (!keys.length) return [];
    const rows = await this.query<Row>(
      `SELECT ${ARTICLE}, v.kind, v.trigger, v.date_text, v.value, to_char(v.first_day, 'YYYY-MM-DD') AS first_day,
              to_char(v.last_day, 'YYYY-MM-DD') AS last_day, v.resolution, v.terms, v.keys, ${prefixed('v')}
         FROM archive_events v JOIN archive_articles a ON a.id = v.article_id
        WHERE v.postings && $1::text[]
        ORDER BY a.published DESC NULLS LAST, a.id
        LIMIT $2`,
      [keys.map((k) => `${kind}|${k}`), limit],
    );
    return rows.map((r) => ({
      article: article(r), kind: r.kind, trigger: r.trigger, dateText: r.date_text, value: r.value, first: r.first_day, last: r.last_day,
      resolution: r.resolution, terms: r.terms, keys: r.keys, span: span(r), range: range(r),
    }));
  }

  async article(id: string): Promise<ArchivedText | null> {
    if (!/^\d{1,19}$/.test(id)) return null;
    const rows = await this.query<Row>(`SELECT ${ARTICLE}, a.text FROM archive_articles a WHERE a.id = $1::bigint`, [id]);
    const r = rows[0];
    return r ? { article: article(r), text: r.text } : null;
  }
}

// The columns of every query, loosely typed: they are read through the helpers below.
type Row = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function prefixed(t: string): string {
  return PLACED.split(', ').map((c) => `${t}.${c}`).join(', ');
}

function article(r: Row): ArchivedArticle {
  return { id: r.a_id, path: r.a_path, hash: r.a_hash, published: r.a_published ?? null, source: r.a_source ?? null, headline: r.a_headline ?? null };
}

const span = (r: Row) => ({ start: r.span_start as number, end: r.span_end as number });

function range(r: Row): ArchivedRange {
  return { start: { line: r.start_line, character: r.start_char }, end: { line: r.end_line, character: r.end_char } };
}
