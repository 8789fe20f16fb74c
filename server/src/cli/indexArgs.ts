import { UsageError } from './args';

/** `copydesk index --archive URL [--include GLOB]... [--exclude GLOB]... [--batch N] PATH...` */
export interface IndexCommand {
  readonly name: 'index';
  readonly archive: string;
  readonly paths: string[];
  readonly include?: string[];
  readonly exclude?: string[];
  readonly batch?: number;
}

export const INDEX_USAGE = `  copydesk index --archive postgres://USER@HOST/DB [PATH...] [--include GLOB]... [--exclude GLOB]... [--batch N]
      Load every article under the paths into the newsroom archive (PostgreSQL): creates or
      migrates the schema, adds new articles, replaces changed ones (by content hash, one
      transaction per batch of N, default 50) and leaves unchanged ones alone. The password comes
      from PGPASSWORD or ~/.pgpass, or the URL; COPYDESK_ARCHIVE_URL may stand for --archive.`;

export function parseIndexArgs(rest: readonly string[], env: Readonly<Record<string, string | undefined>> = {}): IndexCommand {
  const paths: string[] = [];
  const include: string[] = [];
  const exclude: string[] = [];
  let archive = env['COPYDESK_ARCHIVE_URL'] ?? '';
  let batch: number | undefined;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    const value = (flag: string) => {
      const eq = a.indexOf('=');
      if (eq >= 0) return a.slice(eq + 1);
      const v = rest[++i];
      if (v === undefined) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    if (a === '--archive' || a.startsWith('--archive=')) archive = value('--archive');
    else if (a === '--include' || a.startsWith('--include=')) include.push(value('--include'));
    else if (a === '--exclude' || a.startsWith('--exclude=')) exclude.push(value('--exclude'));
    else if (a === '--batch' || a.startsWith('--batch=')) {
      const v = value('--batch');
      batch = Number(v);
      if (!Number.isInteger(batch) || batch < 1) throw new UsageError(`--batch must be a positive whole number, not "${v}"`);
    } else if (a === '--') {
      paths.push(...rest.slice(i + 1));
      break;
    } else if (a.startsWith('-')) throw new UsageError(`unknown option ${a}`);
    else paths.push(a);
  }
  if (!archive) throw new UsageError('copydesk index needs --archive postgres://... (or COPYDESK_ARCHIVE_URL)');
  if (!/^postgres(?:ql)?:\/\//.test(archive)) throw new UsageError(`--archive must be a postgres:// URL, not "${archive}"`);
  return {
    name: 'index', archive, paths: paths.length ? paths : ['.'],
    ...(include.length ? { include } : {}), ...(exclude.length ? { exclude } : {}), ...(batch ? { batch } : {}),
  };
}
