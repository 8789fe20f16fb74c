import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { Desk, describeArticle, mergePins, parseDeskFile, sourceOf, type Finding, type Pins } from '../corpus';
import { analyseArticle } from '../analysis';
import { DEFAULT_EXCLUDE, DEFAULT_INCLUDE, findArticles, readArticle } from '../host/files';
import { LineIndex } from '../service/lines';
import { buildReport } from '../service/report';

export interface CheckOptions {
  readonly paths: readonly string[];
  readonly format: 'text' | 'json';
  readonly include?: readonly string[];
  readonly exclude?: readonly string[];
  /** A desk file to read instead of the `.copydesk/desk.json` files found. */
  readonly desk?: string;
  /** Also list where each quotation carried by several articles came from. */
  readonly traceQuotes?: boolean;
  /** Resolve an undated article's relative dates against its file's modification day. */
  readonly undatedFromFileDate?: boolean;
  readonly cwd: string;
  readonly out: (s: string) => void;
  readonly err: (s: string) => void;
}

/** `copydesk check`: returns the exit status. */
export async function runCheck(o: CheckOptions): Promise<number> {
  const files = new Set<string>();
  const deskFiles = new Set<string>(o.desk ? [path.resolve(o.cwd, o.desk)] : [path.join(o.cwd, '.copydesk', 'desk.json')]);
  let unreadable = false;
  for (const p of o.paths) {
    const abs = path.resolve(o.cwd, p);
    const stat = await fs.stat(abs).catch((e: NodeJS.ErrnoException) => e);
    if (stat instanceof Error) {
      o.err(`copydesk: cannot read ${p}: ${stat.code === 'ENOENT' ? 'no such file or folder' : stat.message}`);
      unreadable = true;
      continue;
    }
    if (stat.isDirectory()) {
      if (!o.desk) deskFiles.add(path.join(abs, '.copydesk', 'desk.json'));
      const found = await findArticles(abs, o.include ? [...o.include] : DEFAULT_INCLUDE, o.exclude ? [...o.exclude] : DEFAULT_EXCLUDE);
      for (const e of found.errors) o.err(`copydesk: cannot read ${e.path}: ${e.reason}`);
      found.files.forEach((f) => files.add(f));
    } else files.add(abs);
  }
  if (unreadable) return 2;

  const desk = new Desk();
  const rel = (abs: string) => path.relative(o.cwd, abs).split(path.sep).join('/') || '.';
  const pins = await readDeskFiles([...deskFiles], !!o.desk, rel, o.err);
  if (pins === null) return 2;
  desk.setPins(pins.pins);
  for (const file of [...files].sort()) {
    const result = await readArticle(file);
    if (!result.ok) {
      o.err(`copydesk: skipped ${rel(file)}: ${result.reason}`);
      continue;
    }
    for (const note of result.notes) o.err(`copydesk: ${rel(file)}: ${note}`);
    try {
      const fallbackDate = o.undatedFromFileDate && result.modified ? { value: result.modified, how: "the file's last modification" } : undefined;
      desk.upsert(rel(file), result.text, fallbackDate ? analyseArticle(result.text, { fallbackDate }) : undefined);
    } catch (e) {
      // One article the analysis cannot read is skipped and named; the rest are still checked.
      o.err(`copydesk: skipped ${rel(file)}: the analysis failed (${e instanceof Error ? e.message : String(e)})`);
    }
  }
  const findings = desk.uris().sort().flatMap((u) => {
    try {
      return desk.findings(u);
    } catch (e) {
      o.err(`copydesk: could not check ${u}: ${e instanceof Error ? e.message : String(e)}`);
      return [];
    }
  });
  for (const line of pins.problems) o.out(line);
  if (o.format === 'json') o.out(JSON.stringify(buildReport(desk, (u) => u), null, 2));
  else {
    for (const f of findings) o.out(formatFinding(desk, f));
    if (o.traceQuotes) for (const line of traceQuotes(desk)) o.out(line);
    const counts = countBySeverity(findings);
    o.err(`${desk.size} ${desk.size === 1 ? 'article' : 'articles'} checked: ${counts}.`);
  }
  return pins.problems.length || findings.some((f) => f.severity === 'error' || f.severity === 'warning') ? 1 : 0;
}

/**
 * Reads the desk files that exist; a missing one is fine unless it was named with --desk. Their
 * mistakes are printed like findings (`path:line:col: error desk-file ...`); the rest still applies.
 */
async function readDeskFiles(files: string[], named: boolean, rel: (p: string) => string, err: (s: string) => void): Promise<{ pins: Pins; problems: string[] } | null> {
  const all: Pins[] = [];
  const problems: string[] = [];
  for (const file of files) {
    const text = await fs.readFile(file, 'utf8').catch((e: NodeJS.ErrnoException) => e);
    if (text instanceof Error) {
      if (named || text.code !== 'ENOENT') {
        err(`copydesk: cannot read desk file ${rel(file)}: ${text.code === 'ENOENT' ? 'no such file' : text.message}`);
        return null;
      }
      continue;
    }
    const parsed = parseDeskFile(text);
    all.push(parsed.pins);
    const lines = new LineIndex(text);
    for (const p of parsed.problems) {
      const at = lines.position(p.span.start);
      problems.push(`${rel(file)}:${at.line + 1}:${at.character + 1}: error desk-file ${p.message}`);
    }
  }
  return { pins: mergePins(all), problems };
}

/** `path:line:col: severity code message`, then one `note` line per related place, like a compiler. */
export function formatFinding(desk: Desk, f: Finding): string {
  const where = (uri: string, offset: number) => {
    const text = desk.article(uri)?.text ?? '';
    const p = new LineIndex(text).position(offset);
    return `${uri}:${p.line + 1}:${p.character + 1}`;
  };
  const lines = [`${where(f.uri, f.span.start)}: ${f.severity} ${f.code} ${f.message}`];
  for (const r of f.related) lines.push(`  ${where(r.uri, r.span.start)}: note ${r.message}`);
  return lines.join('\n');
}

function countBySeverity(findings: readonly Finding[]): string {
  const n = (s: string) => findings.filter((f) => f.severity === s).length;
  const parts = [['error', n('error')], ['warning', n('warning')], ['information', n('information')], ['hint', n('hint')]] as const;
  const shown = parts.filter(([, c]) => c > 0).map(([s, c]) => `${c} ${s}${c === 1 || s === 'information' ? '' : 's'}`);
  return shown.length ? shown.join(', ') : 'no findings';
}

/** `path:line:col: quote "first words…" source path:line:col (Outlet, date), carried by N articles`. */
function traceQuotes(desk: Desk): string[] {
  const out: string[] = [];
  const at = (uri: string, offset: number) => {
    const p = new LineIndex(desk.article(uri)!.text).position(offset);
    return `${uri}:${p.line + 1}:${p.character + 1}`;
  };
  for (const uri of desk.uris().sort()) {
    for (const q of desk.article(uri)!.model.quotes) {
      if (!desk.quotes.has(uri, q.id)) continue;
      const carriers = new Set([uri, ...desk.quotes.matches(uri, q.id).map((m) => m.other.uri)]);
      if (carriers.size < 2) continue;
      const { ref } = sourceOf(desk, uri, q);
      const words = q.text.replace(/\s+/g, ' ').slice(0, 50);
      const origin = ref.uri === uri ? 'is the source' : `source ${at(ref.uri, ref.quote.span.start)}, ${describeArticle(desk.article(ref.uri)!)}`;
      out.push(`${at(uri, q.span.start)}: quote "${words}${q.text.length > 50 ? '…' : ''}" ${origin}, carried by ${carriers.size} articles`);
    }
  }
  return out;
}
