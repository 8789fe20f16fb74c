import { readFileSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic, Hover, Location } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import { collectFiles, loadArticles } from '../../server/src/archive/load';
import { migrate } from '../../server/src/archive/migrate';
import type { ArchiveStatus } from '../../server/src/archive/session';
import { positionOf, startTestServer, type TestClient } from '../helpers/lsp';
import { ARCHIVED, DESK, writeArticles } from './fixtures';
import { startPostgres, type TestPostgres } from './postgres';

const WIRE = '2025-10-03-wire-bridge.txt';
const BLOG = '2019-03-15-blog-bridge.txt';

async function until<T>(what: string, get: () => T | undefined | false | Promise<T | undefined | false>, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await get();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('the language server with the archive (copydesk.archive.url)', () => {
  let pg: TestPostgres;
  let archiveDir: string;
  let desk: string;
  let client: TestClient;
  const statuses: ArchiveStatus[] = [];
  const uri = (name: string) => URI.file(path.join(desk, name)).toString();
  const text = (name: string) => readFileSync(path.join(desk, name), 'utf8');
  const hover = async (name: string, needle: string, offset = 3) => {
    const h = await client.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri: uri(name) }, position: positionOf(text(name), needle, offset) });
    return h ? (h.contents as { value: string }).value : '';
  };
  const open = (name: string) =>
    client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uri(name), languageId: 'plaintext', version: 1, text: text(name) } });
  const archiveDiagnostics = (name: string) => (client.diagnostics.get(uri(name)) ?? []).filter((d: Diagnostic) => d.source === 'copydesk (archive)');

  beforeAll(async () => {
    pg = await startPostgres();
    pg.createDatabase('news');
    archiveDir = writeArticles(ARCHIVED);
    const c = new Client({ connectionString: pg.urlWithPassword('news') });
    await c.connect();
    await migrate(c);
    await loadArticles(c, (await collectFiles({ paths: [archiveDir], cwd: archiveDir })).files, { paths: [archiveDir], cwd: archiveDir });
    await c.end();
    desk = writeArticles(DESK);
    // The URL has no password: it comes as the VS Code client sends it, from secret storage.
    // A long time limit, so that answering fast while the database is gone proves failing fast, not timing out.
    client = await startTestServer([desk], { settings: { archive: { url: pg.url('news'), timeoutMs: 4000 } } });
    client.connection.onNotification('copydesk/archiveStatus', (s: ArchiveStatus) => void statuses.push(s));
    await client.connection.sendNotification('copydesk/archivePassword', { password: pg.password });
    await client.indexed;
    await until('the archive', () => statuses.some((s) => s.state === 'ready')).catch((e) => { throw new Error(`${e.message}: ${JSON.stringify(statuses)}`); });
  });
  afterAll(() => {
    client?.close();
    pg?.destroy();
    for (const d of [archiveDir, desk]) if (d) rmSync(d, { recursive: true, force: true });
  });

  it('warns of a misquote against the archived source, pointing into the archived article', async () => {
    await open(WIRE);
    const [d] = await until('an archive diagnostic', () => archiveDiagnostics(WIRE).length > 0 && archiveDiagnostics(WIRE));
    expect(d!.code).toBe('misquote');
    expect(d!.message).toMatch(/differs from its source in the archive, Harbour Gazette \(2019-03-12-gazette-bridge\.txt, 2019-03-12, archive\)/);
    expect(d!.message).toContain('"We cannot gamble');
    expect(d!.relatedInformation![0]!.location.uri).toMatch(/^copydesk-archive:\/\d+\/2019-03-12-gazette-bridge\.txt$/);
    expect(d!.relatedInformation![0]!.location.range.start.line).toBe(6);
  });

  it('warns of a date the archive gives otherwise for the same happening', async () => {
    await open(BLOG);
    const [d] = await until('an archive date conflict', () => archiveDiagnostics(BLOG).length > 0 && archiveDiagnostics(BLOG));
    expect(d!.code).toBe('date-conflict');
    expect(d!.message).toMatch(/Date conflict with the archive over the vote/);
  });

  it('hovers with what the archive knows, marked as the archive\'s', async () => {
    const q = await hover(WIRE, 'We cannot risk');
    expect(q).toMatch(/Archive — first ran in.*Harbour Gazette/);
    expect(q).toMatch(/carried by 2 archived articles/);
    expect(q).toContain('copydesk-archive:/');
    const who = await hover(WIRE, 'Rhiannon Tate said');
    expect(who).toMatch(/Archive — named in 2 archived articles/);
    expect(who).toContain('chief structural engineer');
  });

  it('goes to the archived source first, lists archived carriers, and serves the archived text read-only', async () => {
    const where = { textDocument: { uri: uri(WIRE) }, position: positionOf(text(WIRE), 'We cannot risk', 3) };
    const defs = await client.connection.sendRequest<Location[]>('textDocument/definition', where);
    expect(defs[0]!.uri).toMatch(/^copydesk-archive:.*gazette/);
    const refs = await client.connection.sendRequest<Location[]>('textDocument/references', { ...where, context: { includeDeclaration: true } });
    expect(refs.filter((l) => l.uri.startsWith('copydesk-archive:')).length).toBe(2);
    expect(refs.some((l) => l.uri === uri(WIRE))).toBe(true);
    const doc = await client.connection.sendRequest<{ text: string; path: string } | null>('copydesk/archiveArticle', { uri: defs[0]!.uri });
    expect(doc?.text).toBe(ARCHIVED['2019/2019-03-12-gazette-bridge.txt']);
    expect(doc?.path).toBe('2019/2019-03-12-gazette-bridge.txt');
  });

  it('keeps answering when the database disappears, says so, and comes back when it returns', async () => {
    pg.stop('immediate');
    const started = Date.now();
    // What was asked a moment ago may be answered from memory; the workspace's part is always there.
    const q = await hover(WIRE, 'We cannot risk');
    expect(Date.now() - started).toBeLessThan(4_500);
    expect(q).toContain('Quotation');
    await until('the unreachable status', () => statuses.some((s) => s.state === 'unreachable'));
    // Typing goes on: the desk's own diagnostics still come at once.
    const published = new Promise<void>((resolve) => client.connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: Diagnostic[] }) => {
      client.diagnostics.set(p.uri, p.diagnostics);
      if (p.uri === uri(BLOG)) resolve();
    }));
    const t = Date.now();
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: uri(BLOG), version: 2 }, contentChanges: [{ text: `${text(BLOG)}\nAn added line.\n` }] });
    await published;
    expect(Date.now() - t).toBeLessThan(3_000);
    // While it is down, a new question fails at once (no waiting on a dead socket): the hover
    // comes from the workspace alone, quickly.
    const fast = Date.now();
    const bridge = await hover(WIRE, 'Old Mill Bridge has');
    expect(Date.now() - fast).toBeLessThan(2_000);
    expect(bridge).toContain('Old Mill Bridge');
    expect(bridge).not.toContain('Archive —');

    pg.start();
    const back = statuses.length;
    await until('the archive to come back', () => statuses.slice(back).some((s) => s.state === 'ready'), 45_000);
    expect(await hover(WIRE, 'We cannot risk')).toMatch(/Archive — first ran in/);
  });
});

describe('the language server without an archive setting', () => {
  it('works from the workspace alone and never speaks of an archive', async () => {
    const desk = writeArticles(DESK);
    const client = await startTestServer([desk]);
    const statuses: unknown[] = [];
    client.connection.onNotification('copydesk/archiveStatus', (s) => void statuses.push(s));
    await client.indexed;
    const name = '2025-10-03-wire-bridge.txt';
    const t = readFileSync(path.join(desk, name), 'utf8');
    const h = await client.connection.sendRequest<Hover>('textDocument/hover', { textDocument: { uri: URI.file(path.join(desk, name)).toString() }, position: positionOf(t, 'We cannot risk', 3) });
    expect((h.contents as { value: string }).value).not.toContain('Archive');
    await new Promise((r) => setTimeout(r, 500));
    expect(statuses).toEqual([]);
    client.close();
    rmSync(desk, { recursive: true, force: true });
  });
});
