import { Pool, type QueryResultRow } from 'pg';
import type { Archive } from '../corpus/archive';
import { schemaVersion } from './migrate';
import { LOOKUP_OPTIONS, PgArchive, type Query } from './pg';

/** What the server tells the client about the archive (`copydesk/archiveStatus`). */
export interface ArchiveStatus {
  readonly state: 'off' | 'connecting' | 'ready' | 'unreachable' | 'error';
  readonly message: string;
  /** When the next attempt is due, for a status bar that counts down; absent when none is planned. */
  readonly retryInMs?: number;
}

export interface SessionOptions {
  readonly url: string;
  readonly password?: string;
  /** Longest a question may take before it is given up on (the desk answers alone meanwhile). */
  readonly timeoutMs?: number;
  readonly onStatus: (s: ArchiveStatus) => void;
  /** The archive came back after being unreachable: results worked out without it may be stale. */
  readonly onRecover?: () => void;
}

export class ArchiveUnavailable extends Error {}

const CACHE_MS = 60_000;
const CACHE_SIZE = 2_000;
const FIRST_BACKOFF = 1_000;
const MAX_BACKOFF = 60_000;

/**
 * The server's read-only, failure-tolerant connection to the archive. Every question has a time
 * limit (client- and server-side); when the database cannot be reached, questions fail at once
 * (they never wait on a dead socket) until a probe, retried with exponential back-off from 1 s to
 * a minute, finds it again. Transactions are read-only by the session's own default
 * (`LOOKUP_OPTIONS`): the server cannot write to the archive even by mistake.
 */
export class ArchiveSession implements Archive {
  private pool: Pool;
  private readonly archive: PgArchive;
  private status: ArchiveStatus = { state: 'connecting', message: 'Connecting to the archive…' };
  private downUntil = 0;
  private backoff = FIRST_BACKOFF;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private closed = false;
  private readonly timeoutMs: number;

  constructor(private readonly o: SessionOptions) {
    this.timeoutMs = o.timeoutMs ?? 1_500;
    this.pool = this.makePool();
    this.archive = new PgArchive(this.query);
    o.onStatus(this.status);
    void this.probe();
  }

  get state(): ArchiveStatus {
    return this.status;
  }

  private makePool(): Pool {
    const pool = new Pool({
      connectionString: withPassword(this.o.url, this.o.password),
      max: 4,
      idleTimeoutMillis: 30_000,
      // Idle connections never keep the process alive: no shutdown hook is needed to let it exit.
      allowExitOnIdle: true,
      connectionTimeoutMillis: this.timeoutMs,
      query_timeout: this.timeoutMs,
      statement_timeout: this.timeoutMs,
      application_name: 'copydesk language server',
      options: LOOKUP_OPTIONS,
    });
    // An idle connection dropped by a dying server must not take the language server down with it.
    pool.on('error', (e) => this.down(e));
    return pool;
  }

  private readonly query: Query = async <R extends QueryResultRow>(sql: string, params: unknown[]) => {
    if (this.closed || Date.now() < this.downUntil || this.status.state === 'error') throw new ArchiveUnavailable(this.status.message);
    try {
      const r = await this.pool.query<R>(sql, params);
      return r.rows;
    } catch (e) {
      if (isConnectionError(e)) this.down(e);
      throw e;
    }
  };

  // Answers are kept a little while: after each pause in typing an open article's quotations are
  // looked up again, and most of them have not changed; hovers ask what the warnings just asked.
  quotations: Archive['quotations'] = (words, limit) => this.memo(['q', words, limit], () => this.archive.quotations(words, limit));
  entities: Archive['entities'] = (key, limit) => this.memo(['e', key, limit], () => this.archive.entities(key, limit));
  events: Archive['events'] = (kind, keys, limit) => this.memo(['v', kind, keys, limit], () => this.archive.events(kind, keys, limit));
  article: Archive['article'] = (id) => this.archive.article(id);

  private readonly cache = new Map<string, { at: number; value: Promise<unknown> }>();

  private memo<T>(key: unknown[], ask: () => Promise<T>): Promise<T> {
    const k = JSON.stringify(key);
    const hit = this.cache.get(k);
    if (hit && Date.now() - hit.at < CACHE_MS) return hit.value as Promise<T>;
    const value = ask();
    this.cache.set(k, { at: Date.now(), value });
    // Failures are not remembered; the oldest entries go first when the cache is full.
    value.catch(() => this.cache.delete(k));
    if (this.cache.size > CACHE_SIZE) this.cache.delete(this.cache.keys().next().value!);
    return value;
  }

  /** Checks the database is there and holds an archive; on failure, schedules the next try. */
  private async probe(): Promise<void> {
    this.timer = undefined;
    if (this.closed) return;
    const wasDown = this.status.state !== 'ready' && this.status.state !== 'connecting';
    try {
      const version = await schemaVersion(this.pool);
      if (version === 0) {
        this.setStatus({ state: 'error', message: 'The database holds no Copydesk archive yet: load one with `copydesk index --archive URL PATH...`.' });
        this.retry(MAX_BACKOFF);
        return;
      }
      this.downUntil = 0;
      this.backoff = FIRST_BACKOFF;
      this.cache.clear();
      this.setStatus({ state: 'ready', message: `Archive connected (schema version ${version}).` });
      if (wasDown) this.o.onRecover?.();
    } catch (e) {
      const auth = (e as { code?: string }).code === '28P01' || (e as { code?: string }).code === '28000';
      if (auth) this.setStatus({ state: 'error', message: `The archive refused the password: set it with "Copydesk: Set Archive Password" (${message(e)}).` });
      this.down(e);
    }
  }

  private down(e: unknown): void {
    if (this.closed) return;
    this.downUntil = Date.now() + this.backoff;
    if (this.status.state !== 'error') this.setStatus({ state: 'unreachable', message: `Archive unreachable: ${message(e)}`, retryInMs: this.backoff });
    this.retry(this.backoff);
    this.backoff = Math.min(MAX_BACKOFF, this.backoff * 2);
  }

  private retry(ms: number): void {
    if (this.timer || this.closed) return;
    this.timer = setTimeout(() => {
      // A fresh pool: the old one's connections may point at a server that is gone.
      const old = this.pool;
      this.pool = this.makePool();
      void old.end().catch(() => undefined);
      if (this.status.state === 'error') this.status = { state: 'connecting', message: 'Connecting to the archive…' };
      void this.probe();
    }, ms);
    this.timer.unref?.();
  }

  private setStatus(s: ArchiveStatus): void {
    const same = s.state === this.status.state && s.message === this.status.message;
    this.status = s;
    if (!same) this.o.onStatus(s);
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    await this.pool.end().catch(() => undefined);
  }
}

/**
 * The URL with the password put in. (node-postgres lets a connection string's fields override the
 * separate ones, a missing password included, so a separate `password` would be lost.)
 */
export function withPassword(url: string, password: string | undefined): string {
  if (password === undefined) return url;
  try {
    const u = new URL(url);
    u.password = encodeURIComponent(password);
    return u.toString();
  } catch {
    return url;
  }
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Errors that say the database is not there (as opposed to a bad query): refused, reset, timed out. */
function isConnectionError(e: unknown): boolean {
  const code = (e as { code?: string }).code ?? '';
  const text = message(e);
  return /^(?:ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENOTFOUND|EPIPE|57P0[1-3]|08\w\w|53300)$/.test(code) ||
    /timeout|terminat|Connection ended|connect/i.test(text);
}
