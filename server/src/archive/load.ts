import * as path from 'node:path';
import { promises as fs } from 'node:fs';
import type { ClientBase } from 'pg';
import { DEFAULT_EXCLUDE, DEFAULT_INCLUDE, findArticles, readArticle } from '../host/files';
import { ANALYSED_BY, articleId, articleRows, contentHash, type ArticleRows } from './rows';
import { writeArticles } from './write';

export interface LoadOptions {
  readonly paths: readonly string[];
  readonly cwd: string;
  readonly include?: readonly string[];
  readonly exclude?: readonly string[];
  /** Articles per transaction: bigger is faster, and a crash loses at most one batch (never half of one). */
  readonly batch?: number;
  readonly err?: (s: string) => void;
  /** Called after each committed batch (progress, and the tests' hook for killing an indexer mid-load). */
  readonly onBatch?: (done: LoadTotals) => void;
}

export interface LoadTotals {
  files: number;
  added: number;
  replaced: number;
  unchanged: number;
  skipped: number;
  quotes: number;
  ms: number;
}

/** Article files under the paths, as absolute paths, with the unreadable paths reported. */
export async function collectFiles(o: LoadOptions): Promise<{ files: string[]; unreadable: string[] }> {
  const files = new Set<string>();
  const unreadable: string[] = [];
  for (const p of o.paths) {
    const abs = path.resolve(o.cwd, p);
    const stat = await fs.stat(abs).catch(() => null);
    if (!stat) {
      unreadable.push(p);
      continue;
    }
    if (!stat.isDirectory()) {
      files.add(abs);
      continue;
    }
    const found = await findArticles(abs, o.include ? [...o.include] : DEFAULT_INCLUDE, o.exclude ? [...o.exclude] : DEFAULT_EXCLUDE);
    for (const e of found.errors) o.err?.(`copydesk: cannot read ${e.path}: ${e.reason}`);
    found.files.forEach((f) => files.add(f));
  }
  return { files: [...files].sort(), unreadable };
}

/**
 * Loads articles into the archive, incrementally: a file whose text hashes to what the archive
 * already holds, analysed by this same Copydesk version, is not even analysed; a new or changed one is analysed and written, a batch of
 * articles per transaction. Articles are named by their path relative to `cwd`, with `/`.
 */
export async function loadArticles(client: ClientBase, files: readonly string[], o: LoadOptions): Promise<LoadTotals> {
  const started = Date.now();
  const totals: LoadTotals = { files: files.length, added: 0, replaced: 0, unchanged: 0, skipped: 0, quotes: 0, ms: 0 };
  const size = Math.max(1, o.batch ?? 50);
  const rel = (abs: string) => path.relative(o.cwd, abs).split(path.sep).join('/') || path.basename(abs);
  for (let i = 0; i < files.length; i += size) {
    const chunk = files.slice(i, i + size);
    const read: { path: string; text: string }[] = [];
    for (const file of chunk) {
      const r = await readArticle(file);
      if (!r.ok) {
        o.err?.(`copydesk: skipped ${rel(file)}: ${r.reason}`);
        totals.skipped++;
        continue;
      }
      // PostgreSQL text cannot hold NUL; the desk never shows one either.
      read.push({ path: rel(file), text: r.text.replace(/\u0000/g, '\uFFFD') });
    }
    const known = await knownHashes(client, read.map((r) => articleId(r.path)));
    const batch: ArticleRows[] = [];
    for (const r of read) {
      if (known.get(articleId(r.path)) === `${contentHash(r.text)} ${ANALYSED_BY}`) {
        totals.unchanged++;
        continue;
      }
      try {
        batch.push(articleRows(r.path, r.text));
      } catch (e) {
        o.err?.(`copydesk: could not analyse ${r.path}: ${e instanceof Error ? e.message : String(e)}`);
        totals.skipped++;
      }
    }
    const outcomes = batch.length ? await writeArticles(client, batch) : [];
    outcomes.forEach((w, k) => {
      totals[w]++;
      if (w !== 'unchanged') totals.quotes += batch[k]!.quotes.length;
    });
    totals.ms = Date.now() - started;
    o.onBatch?.({ ...totals });
  }
  totals.ms = Date.now() - started;
  return totals;
}

async function knownHashes(client: ClientBase, ids: readonly string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const r = await client.query<{ id: string; key: string }>(
    'SELECT id::text AS id, hash || \' \' || analysed_by AS key FROM archive_articles WHERE id = ANY($1::bigint[])', [ids]);
  return new Map(r.rows.map((x) => [x.id, x.key]));
}
