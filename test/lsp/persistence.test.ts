import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
import { corpusArticle } from './support';

/**
 * The index persists in the storage folder the editor gives (`initializationOptions.storagePath`),
 * keyed by content hash and analysis version: a restart analyses nothing unchanged, a changed
 * file only, and a new analysis version everything; the diagnostics are the same either way.
 */
type Indexed = { articles: number; analysed: number; reused: number; findingsReused: boolean };

/** A name with roles, spellings and quotations across the desk corpus: its hover reads every index. */
const named = corpusArticle('desk', '02-northline-wire-bridge.txt');
const hoverParams = { textDocument: { uri: named.uri }, position: named.at('Colin Ashdown', 2) };

async function session(storagePath: string, deps: ServerDeps) {
  const up = new PassThrough();
  const down = new PassThrough();
  const serverSide = createConnection(new StreamMessageReader(up), new StreamMessageWriter(down));
  // What waits to be filed on the desk when indexing is reported complete (before anything runs after it).
  let unfiledAtIndex = -1;
  const send = serverSide.sendNotification.bind(serverSide);
  serverSide.sendNotification = ((method: string, params?: unknown) => {
    if (method === 'copydesk/indexed') unfiledAtIndex = desk.unfiled;
    return send(method, params);
  }) as typeof serverSide.sendNotification;
  const { desk } = startServer(serverSide, deps);
  const connection = createMessageConnection(new StreamMessageReader(down), new StreamMessageWriter(up));
  const diagnostics = new Map<string, unknown>();
  const logs: string[] = [];
  connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: unknown[] }) => void diagnostics.set(p.uri, p.diagnostics));
  connection.onNotification('window/logMessage', (m: { message: string }) => void logs.push(m.message));
  const indexed = new Promise<Indexed>((resolve) => connection.onNotification('copydesk/checked', resolve));
  // A hover sent as soon as indexing is complete, while persisted articles may still wait to be filed.
  const hoverAtIndex = new Promise<unknown>((resolve) => connection.onNotification('copydesk/indexed', () => resolve(connection.sendRequest('textDocument/hover', hoverParams))));
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
  const hovers = [await hoverAtIndex, await connection.sendRequest('textDocument/hover', hoverParams)];
  // As an editor closing: the findings being saved are on disk once shutdown is answered.
  await connection.sendRequest('shutdown');
  connection.dispose();
  up.end();
  down.end();
  return { result, diagnostics, unfiledAtIndex, hovers, logs };
}

const modelsFile = (storage: string, version: string) => path.join(storage, `copydesk-models-${version}.jsonl`);

describe('the persisted index', () => {
  const storage = mkdtempSync(path.join(os.tmpdir(), 'copydesk-store-'));
  /** Storage folders of cold starts to compare with. */
  const elsewhere = mkdtempSync(path.join(os.tmpdir(), 'copydesk-cold-'));
  const coldStorage = () => mkdtempSync(path.join(elsewhere, 'cold-'));
  afterAll(() => {
    rmSync(storage, { recursive: true, force: true });
    rmSync(elsewhere, { recursive: true, force: true });
  });
  const files = corpusFiles('desk');

  it('a restart re-analyses nothing unchanged and publishes the same diagnostics', async () => {
    const first = await session(storage, { modelVersion: () => 'v1' });
    expect(first.result).toMatchObject({ articles: files.length, analysed: files.length, reused: 0 });
    const second = await session(storage, { modelVersion: () => 'v1' });
    expect(second.result.findingsReused).toBe(true);
    expect(second.result).toMatchObject({ articles: files.length, analysed: 0, reused: files.length });
    expect([...second.diagnostics].sort()).toEqual([...first.diagnostics].sort());
  });

  it('a warm start completes before the persisted models are filed, and answers as a cold one', async () => {
    const cold = await session(coldStorage(), { modelVersion: () => 'v1' });
    expect(cold.unfiledAtIndex).toBe(0);
    const warm = await session(storage, { modelVersion: () => 'v1' });
    expect(warm.result).toMatchObject({ findingsReused: true, reused: files.length });
    // Nothing needed the indexes to complete the index: every article still waits.
    expect(warm.unfiledAtIndex).toBe(files.length);
    expect((warm.hovers[0] as { contents: { value: string } }).contents.value).toMatch(/\*\*Colin Ashdown\*\* · person/);
    expect(warm.hovers).toEqual(cold.hovers);
    expect([...warm.diagnostics].sort()).toEqual([...cold.diagnostics].sort());
  });

  it('without saved findings, works them out from the persisted models as a cold start does', async () => {
    const cold = await session(coldStorage(), { modelVersion: () => 'v1' });
    rmSync(modelsFile(storage, 'v1').replace(/\.jsonl$/, '.findings.jsonl'));
    const warm = await session(storage, { modelVersion: () => 'v1' });
    expect(warm.result).toMatchObject({ findingsReused: false, analysed: 0, reused: files.length });
    // Checked next: filed before indexing is reported complete.
    expect(warm.unfiledAtIndex).toBe(0);
    expect([...warm.diagnostics].sort()).toEqual([...cold.diagnostics].sort());
    expect(warm.hovers).toEqual(cold.hovers);
  });

  it('a damaged persisted model is analysed again when filed, and persisted anew', async () => {
    const cold = await session(coldStorage(), { modelVersion: () => 'v1' });
    const file = modelsFile(storage, 'v1');
    const lines = readFileSync(file, 'utf8').split('\n');
    const damaged = lines.findIndex((l) => l.includes('Colin Ashdown'));
    expect(damaged).toBeGreaterThanOrEqual(0);
    lines[damaged] = lines[damaged]!.replace('{', '{]');
    writeFileSync(file, lines.join('\n'));
    const warm = await session(storage, { modelVersion: () => 'v1' });
    expect(warm.result).toMatchObject({ findingsReused: true, analysed: 0 });
    expect(warm.logs.some((l) => /persisted model of .* is damaged/.test(l))).toBe(true);
    expect(warm.hovers).toEqual(cold.hovers);
    expect([...warm.diagnostics].sort()).toEqual([...cold.diagnostics].sort());
    // Its model was written again: the next start reads it without a word about damage.
    const next = await session(storage, { modelVersion: () => 'v1' });
    expect(next.logs.some((l) => /damaged/.test(l))).toBe(false);
    expect([...next.diagnostics].sort()).toEqual([...cold.diagnostics].sort());
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
