/**
 * The archive's schema, as numbered migrations. `migrate()` applies the ones a database has not
 * seen, in order, each in its own transaction, and records them in `archive_migrations`; a
 * migration once released is never edited (add a new one instead), so every database that says
 * it is at version N has exactly the same tables.
 *
 * Design notes (the README's "Archive" section says more):
 * - `archive_articles.id` is derived from the article's path (first 63 bits of its SHA-256), not
 *   a sequence: any indexer, on any machine, computes the same id with no round trip, and the
 *   same column can be the distribution column on Citus (every child table carries it).
 * - Every child row belongs to exactly one article and goes with it (`ON DELETE CASCADE`), so
 *   replacing an article is "delete the article, insert it again" inside one transaction.
 * - `archive_quotes.norm` is the quotation as `quoteTokens` folds it, words joined by one space;
 *   `shingles` holds its word triples as full-text lexemes, GIN-indexed: the fuzzy lookup
 *   (`shingles.ts` says why word triples and not pg_trgm's character trigrams).
 * - `archive_entities.name_key` is `foldKey` of the name (btree); `names` holds every full
 *   spelling the article uses, folded the same way (GIN), so a lookup by any spelling finds it.
 * - Nothing needs an extension: the schema installs with plain CREATE privileges.
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'articles, quotations, entities, events',
    sql: `
      CREATE TABLE archive_articles (
        id          bigint PRIMARY KEY,
        path        text NOT NULL,
        hash        text NOT NULL,
        analysed_by text NOT NULL,
        published   date,
        source      text,
        headline    text,
        byline      text,
        text        text NOT NULL,
        n_quotes    integer NOT NULL,
        n_entities  integer NOT NULL,
        n_events    integer NOT NULL,
        indexed_at  timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE archive_quotes (
        article_id  bigint NOT NULL REFERENCES archive_articles (id) ON DELETE CASCADE,
        quote_id    text NOT NULL,
        text        text NOT NULL,
        norm        text NOT NULL,
        shingles    tsvector NOT NULL,
        n_words     integer NOT NULL,
        speaker     text,
        span_start  integer NOT NULL,
        span_end    integer NOT NULL,
        start_line  integer NOT NULL,
        start_char  integer NOT NULL,
        end_line    integer NOT NULL,
        end_char    integer NOT NULL,
        PRIMARY KEY (article_id, quote_id)
      );
      CREATE INDEX archive_quotes_shingles ON archive_quotes USING gin (shingles);

      CREATE TABLE archive_entities (
        article_id  bigint NOT NULL REFERENCES archive_articles (id) ON DELETE CASCADE,
        entity_id   text NOT NULL,
        kind        text NOT NULL,
        name        text NOT NULL,
        name_key    text NOT NULL,
        names       text[] NOT NULL,
        roles       jsonb NOT NULL,
        mentions    integer NOT NULL,
        span_start  integer NOT NULL,
        span_end    integer NOT NULL,
        start_line  integer NOT NULL,
        start_char  integer NOT NULL,
        end_line    integer NOT NULL,
        end_char    integer NOT NULL,
        PRIMARY KEY (article_id, entity_id)
      );
      CREATE INDEX archive_entities_name_key ON archive_entities (name_key);
      CREATE INDEX archive_entities_names ON archive_entities USING gin (names);

      CREATE TABLE archive_events (
        article_id  bigint NOT NULL REFERENCES archive_articles (id) ON DELETE CASCADE,
        event_id    text NOT NULL,
        kind        text NOT NULL,
        trigger     text NOT NULL,
        date_text   text NOT NULL,
        value       text,
        first_day   date NOT NULL,
        last_day    date NOT NULL,
        resolution  text NOT NULL,
        terms       text[] NOT NULL,
        keys        text[] NOT NULL,
        postings    text[] NOT NULL,
        span_start  integer NOT NULL,
        span_end    integer NOT NULL,
        start_line  integer NOT NULL,
        start_char  integer NOT NULL,
        end_line    integer NOT NULL,
        end_char    integer NOT NULL,
        PRIMARY KEY (article_id, event_id)
      );
      CREATE INDEX archive_events_postings ON archive_events USING gin (postings);
    `,
  },
];

/** The newest schema version this build knows. */
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
