import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { CodeAction, Diagnostic, DocumentSymbol, Range, WorkspaceEdit } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import { corpusDir } from '../helpers/corpus';
import { EDITOR_CAPABILITIES } from '../lsp/support';
import { GUARD_SOURCE, guardReports } from './guard';

/**
 * Copydesk does no harm (issue 9). The real server bundle (`server/out/server.js`, as the extension
 * runs it) in its own process, under a preload that reports every file write outside its storage
 * folder, every network connection or name lookup and every process started; it indexes a copy of
 * the corpora and answers every feature on every article; it is killed in the middle of a second
 * index and started again. Afterwards no article has changed (content and modification time),
 * and nothing was reported. Edits reach articles only as WorkspaceEdits returned to the editor.
 */
const ROOT = path.resolve(__dirname, '..', '..');
const SERVER = path.join(ROOT, 'server', 'out', 'server.js');
let dir: string;
let folder: string;
let storage: string;
let guard: string;

type Snapshot = Map<string, { mtimeMs: number; hash: string }>;
function snapshot(root: string): Snapshot {
  const out: Snapshot = new Map();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) out.set(p, { mtimeMs: statSync(p).mtimeMs, hash: createHash('sha256').update(readFileSync(p)).digest('hex') });
    }
  };
  walk(root);
  return out;
}

interface Server {
  child: ChildProcess;
  rpc: MessageConnection;
  stderr: () => string;
  indexed: Promise<{ articles: number; analysed: number; reused: number }>;
}

async function startServer(): Promise<Server> {
  const child = spawn(process.execPath, ['--require', guard, SERVER, '--stdio'], { cwd: folder, env: { ...process.env, COPYDESK_GUARD_ALLOW: storage }, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const rpc = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  rpc.onNotification('window/logMessage', () => undefined);
  rpc.onNotification('textDocument/publishDiagnostics', () => undefined);
  rpc.onRequest('window/workDoneProgress/create', () => null);
  rpc.onRequest('client/registerCapability', () => null);
  rpc.onRequest('workspace/codeLens/refresh', () => null);
  const indexed = new Promise<{ articles: number; analysed: number; reused: number }>((resolve) => rpc.onNotification('copydesk/checked', resolve));
  rpc.listen();
  await rpc.sendRequest('initialize', {
    processId: process.pid, rootUri: null,
    capabilities: { ...EDITOR_CAPABILITIES, window: { workDoneProgress: true } },
    workspaceFolders: [{ uri: URI.file(folder).toString(), name: 'desk' }],
    initializationOptions: { settings: {}, storagePath: storage },
  });
  await rpc.sendNotification('initialized', {});
  return { child, rpc, stderr: () => stderr, indexed };
}

const exited = (child: ChildProcess) => new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'copydesk-noharm-'));
  folder = path.join(dir, 'workspace');
  storage = path.join(dir, 'storage');
  guard = path.join(dir, 'guard.cjs');
  writeFileSync(guard, GUARD_SOURCE);
  for (const c of ['seeds', 'desk'] as const) cpSync(corpusDir(c), path.join(folder, c), { recursive: true });
  cpSync(path.join(ROOT, 'samples'), path.join(folder, 'samples'), { recursive: true });
  mkdirSync(path.join(folder, '.copydesk'));
  writeFileSync(path.join(folder, '.copydesk', 'desk.json'), '{ "people": [{ "name": "Sergey Lavrov", "variants": ["Sergei Lavrov"] }], }\n');
  writeFileSync(path.join(folder, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
  writeFileSync(path.join(folder, 'latin1.txt'), Buffer.from('Caf\xe9 "owner" said on Monday.\n', 'latin1'));
  writeFileSync(path.join(folder, 'empty.txt'), '');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the server process', () => {
  it.skipIf(!existsSync(SERVER))('answers every feature on every article without writing an article, opening a connection or starting a process, and recovers from being killed', async () => {
    const before = snapshot(folder);
    const server = await startServer();
    const { rpc } = server;
    const first = await server.indexed;
    expect(first.articles).toBeGreaterThanOrEqual(19);
    const articles = [...before.keys()].filter((f) => /\.(txt|md)$/.test(f)).map((f) => URI.file(f).toString());
    let requests = 0;
    const refusals = new Set<string>();
    const ask = async <R>(method: string, params: unknown): Promise<R | null> => {
      requests++;
      try {
        return await rpc.sendRequest<R>(method, params);
      } catch (e) {
        // An answer too (rename refuses an organisation); the process must still be there.
        refusals.add(`${method}: ${e instanceof Error ? e.message : String(e)}`);
        return null;
      }
    };
    const edits: WorkspaceEdit[] = [];
    for (const uri of articles) {
      const textDocument = { uri };
      const symbols = (await ask<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument })) ?? [];
      const places: Range[] = symbols.flatMap((s) => [s.selectionRange, ...(s.children ?? []).flatMap((c) => [c.selectionRange, ...(c.children ?? []).map((g) => g.selectionRange)])]).slice(0, 25);
      await ask('textDocument/codeLens', { textDocument });
      await ask('textDocument/semanticTokens/full', { textDocument });
      await ask('textDocument/inlayHint', { textDocument, range: { start: { line: 0, character: 0 }, end: { line: 10_000, character: 0 } } });
      await ask('copydesk/citation', { textDocument, position: places[0]?.start ?? { line: 0, character: 0 } });
      for (const r of places) {
        const position = r.start;
        await ask('textDocument/hover', { textDocument, position });
        await ask('textDocument/definition', { textDocument, position });
        await ask('textDocument/references', { textDocument, position, context: { includeDeclaration: true } });
        if (await ask('textDocument/prepareRename', { textDocument, position })) {
          const edit = await ask<WorkspaceEdit>('textDocument/rename', { textDocument, position, newName: 'Renamed Person' });
          if (edit) edits.push(edit);
        }
        const actions = (await ask<CodeAction[]>('textDocument/codeAction', { textDocument, range: r, context: { diagnostics: [] as Diagnostic[] } })) ?? [];
        for (const a of actions) if (a.edit) edits.push(a.edit);
      }
    }
    await ask('workspace/symbol', { query: '' });
    await ask('workspace/symbol', { query: 'lav' });
    const deskView = await ask<{ entities: { key: string }[] }>('copydesk/desk', {});
    for (const e of deskView?.entities.slice(0, 10) ?? []) await ask('copydesk/mentions', { key: e.key });
    await ask('copydesk/timeline', {});
    await ask('copydesk/status', {});
    // Editing in the editor's memory, closing (the file is read again), a change on disk, new settings.
    const one = articles[0]!;
    await rpc.sendNotification('textDocument/didOpen', { textDocument: { uri: one, languageId: 'plaintext', version: 1, text: readFileSync(URI.parse(one).fsPath, 'utf8') } });
    await rpc.sendNotification('textDocument/didChange', { textDocument: { uri: one, version: 2 }, contentChanges: [{ text: 'Rewritten in the editor, not on disk.\n' }] });
    await rpc.sendNotification('textDocument/didClose', { textDocument: { uri: one } });
    await rpc.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: articles[1]!, type: 2 }] });
    await ask('copydesk/status', {});
    expect(requests).toBeGreaterThan(500);
    expect([...refusals].filter((r) => !/^textDocument\/(?:prepareRename|rename): Copydesk renames people/.test(r)), 'requests that failed').toEqual([]);
    expect(edits.length, 'rename and quick fixes return edits for the editor to apply').toBeGreaterThan(0);

    // A second index (new settings), killed halfway; a new process recovers the index from storage.
    await rpc.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await new Promise((r) => setTimeout(r, 150));
    server.child.kill('SIGKILL');
    await exited(server.child);
    const again = await startServer();
    const second = await again.indexed;
    expect(second.articles).toBe(first.articles);
    expect(second.reused, 'models reused from the persisted index').toBeGreaterThan(0);
    await again.rpc.sendRequest('shutdown');
    await again.rpc.sendNotification('exit');
    await exited(again.child);

    expect(snapshot(folder), 'no file in the workspace changed').toEqual(before);
    expect(guardReports(server.stderr() + again.stderr())).toEqual([]);
    expect(readdirSync(storage).length, 'the index was persisted in the storage folder').toBeGreaterThan(0);
  }, 240_000);

  it('the guard itself reports writes, connections, lookups and processes (so that silence above means something)', async () => {
    const script = `
      const fs = require('node:fs');
      fs.writeFileSync(${JSON.stringify(path.join(dir, 'outside.txt'))}, 'x');
      fs.writeFileSync(${JSON.stringify(path.join(storage, 'inside.txt'))}, 'x');
      require('node:dns').lookup('example.invalid', () => {});
      require('node:net').connect(9, '127.0.0.1').on('error', () => {});
      require('node:child_process').spawnSync('true');
      fs.promises.open(${JSON.stringify(path.join(dir, 'outside2.txt'))}, 'a').then((h) => h.close());
    `;
    mkdirSync(storage, { recursive: true });
    const child = spawn(process.execPath, ['--require', guard, '-e', script], { env: { ...process.env, COPYDESK_GUARD_ALLOW: storage } });
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    await exited(child);
    expect(guardReports(stderr).map((r) => `${r.kind} ${r.detail.replace(dir, '')}`).sort()).toEqual([
      'network connect [{"port":9,"host":"127.0.0.1"},null]',
      'network dns lookup example.invalid',
      'process spawnSync true',
      'write /outside2.txt',
      'write writeFileSync /outside.txt',
    ]);
  });
});
