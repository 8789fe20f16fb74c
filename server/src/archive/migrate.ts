import type { ClientBase } from 'pg';
import { MIGRATIONS, SCHEMA_VERSION } from './schema';

/** Advisory lock held while migrating, so two indexers starting together do not both migrate. */
const MIGRATION_LOCK = 0x636f7079; // "copy"

export class SchemaTooNewError extends Error {}

/**
 * Brings the database to the newest schema this build knows; returns the versions it applied.
 * Safe to run concurrently (a session-level advisory lock serialises migrators) and repeatedly.
 */
export async function migrate(client: ClientBase): Promise<number[]> {
  await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
  try {
    await client.query(`CREATE TABLE IF NOT EXISTS archive_migrations (
      version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const done = new Set((await client.query<{ version: number }>('SELECT version FROM archive_migrations')).rows.map((r) => r.version));
    const newest = Math.max(0, ...done);
    if (newest > SCHEMA_VERSION) {
      throw new SchemaTooNewError(`the archive's schema is at version ${newest}, newer than this copydesk knows (${SCHEMA_VERSION}): upgrade copydesk`);
    }
    const applied: number[] = [];
    for (const m of MIGRATIONS) {
      if (done.has(m.version)) continue;
      await client.query('BEGIN');
      try {
        await client.query(m.sql);
        await client.query('INSERT INTO archive_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
        await client.query('COMMIT');
      } catch (e) {
        await client.query('ROLLBACK');
        throw e;
      }
      applied.push(m.version);
    }
    return applied;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
  }
}

/** The schema version a database is at (0 when it has never been migrated), for the read-only server. */
export async function schemaVersion(client: Pick<ClientBase, 'query'>): Promise<number> {
  const r = await client.query<{ v: number | null }>(
    `SELECT CASE WHEN to_regclass('archive_migrations') IS NULL THEN 0 ELSE (SELECT max(version) FROM archive_migrations) END AS v`,
  );
  return r.rows[0]?.v ?? 0;
}
