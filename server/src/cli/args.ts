import { INDEX_USAGE, parseIndexArgs, type IndexCommand } from './indexArgs';

/** Parsed command line of `copydesk`. */
export type Command =
  | IndexCommand
  | { readonly name: 'check'; readonly paths: string[]; readonly format: 'text' | 'json'; readonly include?: string[]; readonly exclude?: string[]; readonly desk?: string; readonly traceQuotes?: boolean; readonly undatedFromFileDate?: boolean }
  | { readonly name: 'lsp' }
  | { readonly name: 'help' }
  | { readonly name: 'version' };

export class UsageError extends Error {}

export const USAGE = `Usage:
  copydesk check [PATH...] [--format text|json] [--include GLOB]... [--exclude GLOB]... [--desk FILE] [--trace-quotes]
                 [--undated file-date]
      Analyse every article under the paths together, as one desk, and print its findings.
      Pinned facts are read from FILE, else from .copydesk/desk.json in the current folder
      and in each folder given. --trace-quotes also lists each quotation found in another
      article with its source (the earliest article carrying it). --undated file-date
      resolves an undated article's relative dates against its file's modification day,
      saying so in every resolution (the default leaves them unresolved).
      Exit status: 0 when there is no warning or error, 1 when there is, 2 on a usage error
      or an unreadable path.
${INDEX_USAGE}
  copydesk lsp --stdio
      Run the Copydesk language server over stdin/stdout (for Neovim, Helix, Zed, Emacs...).
  copydesk --help | --version`;

export function parseArgs(argv: readonly string[]): Command {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') return { name: 'help' };
  if (name === '--version' || name === '-v') return { name: 'version' };
  if (name === 'lsp') {
    const unknown = rest.filter((a) => a !== '--stdio');
    if (unknown.length) throw new UsageError(`copydesk lsp: unknown option ${unknown[0]} (only --stdio is supported)`);
    return { name: 'lsp' };
  }
  if (name === 'index') return parseIndexArgs(rest, process.env);
  if (name !== 'check') throw new UsageError(`unknown command "${name}"`);
  const paths: string[] = [];
  const include: string[] = [];
  const exclude: string[] = [];
  let format: 'text' | 'json' = 'text';
  let desk: string | undefined;
  let traceQuotes = false;
  let undatedFromFileDate = false;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    const value = (flag: string) => {
      const eq = a.indexOf('=');
      if (eq >= 0) return a.slice(eq + 1);
      const v = rest[++i];
      if (v === undefined) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    if (a === '--format' || a.startsWith('--format=')) {
      const f = value('--format');
      if (f !== 'text' && f !== 'json') throw new UsageError(`--format must be text or json, not "${f}"`);
      format = f;
    } else if (a === '--include' || a.startsWith('--include=')) include.push(value('--include'));
    else if (a === '--exclude' || a.startsWith('--exclude=')) exclude.push(value('--exclude'));
    else if (a === '--desk' || a.startsWith('--desk=')) desk = value('--desk');
    else if (a === '--trace-quotes') traceQuotes = true;
    else if (a === '--undated' || a.startsWith('--undated=')) {
      const u = value('--undated');
      if (u !== 'file-date' && u !== 'leave') throw new UsageError(`--undated must be file-date or leave, not "${u}"`);
      undatedFromFileDate = u === 'file-date';
    }
    else if (a === '--') {
      paths.push(...rest.slice(i + 1));
      break;
    }
    else if (a.startsWith('-')) throw new UsageError(`unknown option ${a}`);
    else paths.push(a);
  }
  return {
    name: 'check', paths: paths.length ? paths : ['.'], format,
    ...(include.length ? { include } : {}), ...(exclude.length ? { exclude } : {}), ...(desk ? { desk } : {}),
    ...(traceQuotes ? { traceQuotes } : {}), ...(undatedFromFileDate ? { undatedFromFileDate } : {}),
  };
}
