import { Client } from 'pg';
import { collectFiles, loadArticles } from '../archive/load';
import { migrate } from '../archive/migrate';
import type { IndexCommand } from './indexArgs';

export interface IndexOptions extends Omit<IndexCommand, 'name'> {
  readonly cwd: string;
  readonly out: (s: string) => void;
  readonly err: (s: string) => void;
}

/** `copydesk index`: returns the exit status (0 loaded, 1 the archive refused, 2 usage or unreadable path). */
export async function runIndex(o: IndexOptions): Promise<number> {
  const { files, unreadable } = await collectFiles({ ...o, err: o.err });
  for (const p of unreadable) o.err(`copydesk: cannot read ${p}: no such file or folder`);
  if (unreadable.length) return 2;
  const client = new Client({ connectionString: o.archive, application_name: 'copydesk index', connectionTimeoutMillis: 15_000 });
  try {
    await client.connect();
  } catch (e) {
    o.err(`copydesk: cannot reach the archive at ${redact(o.archive)}: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
  try {
    const applied = await migrate(client);
    let lastProgress = Date.now();
    if (applied.length) o.err(`copydesk: archive schema migrated to version ${applied[applied.length - 1]}`);
    const t = await loadArticles(client, files, {
      ...o,
      err: o.err,
      // Progress at most every two seconds: a million articles must not mean twenty thousand lines.
      onBatch: (p) => {
        if (Date.now() - lastProgress < 2_000) return;
        lastProgress = Date.now();
        o.err(`copydesk: ${p.added + p.replaced + p.unchanged + p.skipped} of ${p.files} articles`);
      },
    });
    const rate = t.ms > 0 ? Math.round(((t.added + t.replaced) * 1000) / t.ms) : 0;
    o.out(`${t.files} articles: ${t.added} added, ${t.replaced} replaced, ${t.unchanged} unchanged, ${t.skipped} skipped; ${t.quotes} quotations written in ${t.ms} ms (${rate} articles/s).`);
    return 0;
  } catch (e) {
    o.err(`copydesk: the archive refused the load: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** A connection string fit for messages: never print a password. */
export function redact(url: string): string {
  return url.replace(/\/\/([^:/@]*):[^@]*@/, '//$1:***@');
}
