import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runCheck } from '../../../server/src/cli/check';

/**
 * `copydesk check --format json` on a temporary folder of hostile files, in process (or, for a
 * file only another user cannot read, as that user): what an editor's desk sees of each file.
 */
export interface Checked {
  readonly code: number;
  readonly err: readonly string[];
  /** Text output (`--format text`) or the JSON report. */
  readonly out: readonly string[];
  readonly report: Report | null;
  readonly ms: number;
  readonly dir: string;
}

export interface Report {
  documents: { path: string; published: string | null; headline: string | null }[];
  quotes: { path: string; start: number; end: number; text: string }[];
  entities: { name: string; mentions: { path: string; start: number; end: number; text: string }[] }[];
  dates: { path: string; start: number; end: number; text: string }[];
  diagnostics: { path: string; start: number; end: number; code: string; message: string; severity: string }[];
}

export type Files = Record<string, string | Buffer | ((dir: string) => void)>;

export function makeFolder(files: Files): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-hostile-'));
  chmodSync(dir, 0o755);
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    if (typeof content === 'function') content(dir);
    else writeFileSync(file, content);
  }
  return dir;
}

export async function check(files: Files, format: 'json' | 'text' = 'json'): Promise<Checked> {
  const dir = makeFolder(files);
  const out: string[] = [];
  const err: string[] = [];
  const t0 = performance.now();
  const code = await runCheck({ paths: ['.'], format, cwd: dir, out: (s) => out.push(s), err: (s) => err.push(s) });
  const ms = performance.now() - t0;
  const report = format === 'json' ? (JSON.parse(out.filter((l) => l.startsWith('{')).join('\n') || 'null') as Report | null) : null;
  return { code, err, out, report, ms, dir };
}

/** `copydesk check` run by the unprivileged user `nobody` (as root, every file is readable). */
export function checkAsNobody(files: Files, cli: string): { code: number; err: string; out: string } | null {
  if (!existsSync(cli)) return null;
  const dir = makeFolder(files);
  try {
    const asRoot = process.getuid?.() === 0;
    const r = spawnSync(process.execPath, [cli, 'check', '.'], { cwd: dir, encoding: 'utf8', timeout: 60_000, ...(asRoot ? { uid: 65534, gid: 65534 } : {}) });
    return { code: r.status ?? -1, err: r.stderr, out: r.stdout };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const cleanup = (c: Checked) => rmSync(c.dir, { recursive: true, force: true });

/** A real article (sample 02) and its neighbour, for cases that need findings to come out. */
export const ARTICLE = [
  'Ferry crossing closes as surveyors wait',
  'Published: 6 March 2024',
  'By Mallory Evans',
  '',
  'The harbour master, Annika Solberg, said on Monday the ferry crossing would close after the council voted on Thursday.',
  '',
  '"We will not reopen the crossing until the surveyor has inspected every mooring on the pier," Ms Solberg said.',
  '',
].join('\n');
