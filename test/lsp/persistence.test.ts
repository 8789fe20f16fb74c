import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { createConnection } from 'vscode-languageserver/node';
import { URI } from 'vscode-uri';
import { analyseArticle } from '../../server/src/analysis';
import { WorkerPool } from '../../server/src/host/analysisPool';
import { startServer, type ServerDeps } from '../../server/src/lsp/server';
import { corpusDir, corpusFiles } from '../helpers/corpus';

/**
 * The index persists in the storage folder the editor gives (`initializationOptions.storagePath`),
 * keyed by content hash and analysis version: a restart analyses nothing unchanged, a changed
 * file only, and a new analysis version everything; the diagnostics are the same either way.
 */
type Indexed = { articles: number; analysed: number; reused: number; findingsReused: boolean };

async function session(storagePath: string, deps: ServerDeps) {
  const up = new PassThrough();
  const down = new PassThrough();
  startServer(createConnection(new StreamMessageReader(up), new StreamMessageWriter(down)), deps);
  const connection = createMessageConnection(new StreamMessageReader(down), new StreamMessageWriter(up));
  const diagnostics = new Map<string, unknown>();
  connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: unknown[] }) => void diagnostics.set(p.uri, p.diagnostics));
  connection.onNotification('window/logMessage', () => undefined);
  const indexed = new Promise<Indexed>((resolve) => connection.onNotification('copydesk/checked', resolve));
  connection.listen();
  const folder = corpusDir('desk');
  await connection.sendRequest('initialize', {
    processId: null,
    rootUri: null,
    capabilities: {},
    workspaceFolders: [{ uri: URI.file(folder).toString(), name: 'desk' }],
    initializationOptions: { settings: {}, storagePath },
  });
  await connection.sendNotification('initialized', {});
  const result = await indexed;
  // As an editor closing: the findings being saved are on disk once shutdown is answered.
  await connection.sendRequest('shutdown');
  connection.dispose();
  up.end();
  down.end();
  return { result, diagnostics };
}

describe('the persisted index', () => {
  const storage = mkdtempSync(path.join(os.tmpdir(), 'copydesk-store-'));
  afterAll(() => rmSync(storage, { recursive: true, force: true }));
  const files = corpusFiles('desk');

  it('a restart re-analyses nothing unchanged and publishes the same diagnostics', async () => {
    const first = await session(storage, { modelVersion: () => 'v1' });
    expect(first.result).toMatchObject({ articles: files.length, analysed: files.length, reused: 0 });
    const second = await session(storage, { modelVersion: () => 'v1' });
    expect(second.result.findingsReused).toBe(true);
    expect(second.result).toMatchObject({ articles: files.length, analysed: 0, reused: files.length });
    expect([...second.diagnostics].sort()).toEqual([...first.diagnostics].sort());
  });

  it('a changed article is analysed again, and only it', async () => {
    const changed = files[0]!;
    const readFile = async (p: string) => {
      const { readArticle } = await import('../../server/src/host/files');
      const r = await readArticle(p);
      return r.ok && path.basename(p) === changed.name ? { ...r, text: `${r.text}\nA line added.\n` } : r;
    };
    const third = await session(storage, { modelVersion: () => 'v1', readFile });
    expect(third.result).toMatchObject({ analysed: 1, reused: files.length - 1 });
  });

  it('a new analysis version re-analyses everything and drops the old file', async () => {
    const fourth = await session(storage, { modelVersion: () => 'v2' });
    expect(fourth.result).toMatchObject({ analysed: files.length, reused: 0 });
    // The models and the findings of the new version only (its findings saved after indexing).
    await new Promise((r) => setTimeout(r, 200));
    expect(readdirSync(storage).filter((f) => f.endsWith('.jsonl')).sort()).toEqual(['copydesk-models-v2.findings.jsonl', 'copydesk-models-v2.jsonl']);
  });
});

describe('the analysis worker pool', () => {
  const bundle = path.resolve(__dirname, '../../server/out/analysis-worker.js');

  it('returns the same model as analysing on this thread (the worker bundle, built by npm test)', async () => {
    const pool = new WorkerPool(2, bundle);
    try {
      const texts = corpusFiles('desk').slice(0, 4).map((f) => f.text);
      const models = await Promise.all(texts.map((t) => pool.analyse(t, 2_000_000)));
      // As JSON (see SharedJson): the same as the model made here, written out.
      models.forEach((m, i) => expect(m).toBe(JSON.stringify(analyseArticle(texts[i]!))));
    } finally {
      await pool.close();
    }
  });
});
