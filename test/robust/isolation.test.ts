import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { createConnection } from 'vscode-languageserver/node';
import type { Hover, PublishDiagnosticsParams } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import { analyseArticle } from '../../server/src/analysis';
import { runCheck } from '../../server/src/cli/check';
import type { Analyser } from '../../server/src/host/analysisPool';
import { startServer, type ServerDeps } from '../../server/src/lsp/server';

/**
 * The server isolates failures (issue 9): an article whose analysis throws, or whose checks throw,
 * is skipped with a logged reason, and every other article is still indexed, checked and answered
 * for. Failures are injected: an analyser that throws on a marked article (the indexing path), the
 * analysis module mocked to throw on it (the editing path), a check that throws on it.
 */
const POISON = 'POISON-PILL';

vi.mock('../../server/src/analysis', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../server/src/analysis')>();
  return {
    ...real,
    analyseArticle: (text: string, options?: object) => {
      if (text.includes(POISON)) throw new Error(`injected analysis failure (${POISON})`);
      return real.analyseArticle(text, options);
    },
  };
});

const breakChecks = { on: false };
vi.mock('../../server/src/corpus/checks/noDateline', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../server/src/corpus/checks/noDateline')>();
  return {
    ...real,
    noDateline: (view: Parameters<typeof real.noDateline>[0], uri: string) => {
      if (breakChecks.on && view.article(uri)?.text.includes('CHECK-BREAKER')) throw new Error('injected check failure');
      return real.noDateline(view, uri);
    },
  };
});

const FOLDER = '/copydesk-test/isolation';
const GOOD_A = 'Bridge to close\nPublished: 14 March 2024\n\n"We will not gamble with people\'s lives," Mayor Colin Ashdown said on Tuesday.\n';
const GOOD_B = 'Bridge closes\nPublished: 15 March 2024\n\n"We will not gamble with lives," Mayor Colin Ashdown said.\n';
const files: Record<string, string> = {
  [`${FOLDER}/a.txt`]: GOOD_A,
  [`${FOLDER}/b.txt`]: GOOD_B,
  [`${FOLDER}/poison.txt`]: `Published: 15 March 2024\n\n${POISON} "We will not gamble," he said.\n`,
};
const uri = (p: string) => URI.file(p).toString();

interface Harness {
  client: MessageConnection;
  logs: string[];
  diagnostics: Map<string, PublishDiagnosticsParams['diagnostics']>;
  indexed: Promise<{ articles: number }>;
  close(): void;
}

async function start(deps: ServerDeps): Promise<Harness> {
  const up = new PassThrough();
  const down = new PassThrough();
  startServer(createConnection(new StreamMessageReader(up), new StreamMessageWriter(down)), deps);
  const client = createMessageConnection(new StreamMessageReader(down), new StreamMessageWriter(up));
  const logs: string[] = [];
  const diagnostics = new Map<string, PublishDiagnosticsParams['diagnostics']>();
  client.onNotification('window/logMessage', (p: { message: string }) => {
    logs.push(p.message);
  });
  client.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    diagnostics.set(p.uri, p.diagnostics);
  });
  const indexed = new Promise<{ articles: number }>((resolve) => client.onNotification('copydesk/checked', resolve));
  client.listen();
  await client.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {}, workspaceFolders: [{ uri: uri(FOLDER), name: 'f' }] });
  await client.sendNotification('initialized', {});
  return { client, logs, diagnostics, indexed, close: () => (client.dispose(), up.end(), down.end()) };
}

const host: ServerDeps = {
  findArticles: async (folder: string) => ({ files: folder === FOLDER ? Object.keys(files).sort() : [], errors: [] }),
  readFile: async (p: string) => (files[p] !== undefined ? { ok: true as const, text: files[p]!, notes: [] } : { ok: false as const, reason: 'file not found' }),
};
/** Analyses on this thread, through the (mocked) analysis module, as the worker would. */
const inline: Analyser = { parallel: 1, analyse: async (text, maxLength) => analyseArticle(text, { maxLength }), close: async () => undefined };

const hoverText = async (h: Harness, file: string, line: number, character: number) =>
  ((await h.client.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri: uri(file) }, position: { line, character } }))?.contents as { value: string } | undefined)?.value ?? null;

let harness: Harness | undefined;
afterEach(() => {
  harness?.close();
  harness = undefined;
  breakChecks.on = false;
});

describe('one article that breaks does not take the workspace with it', () => {
  it('indexing: the article whose analysis throws is skipped with a logged reason; the others are indexed, checked and answered', async () => {
    harness = await start({ ...host, analyser: () => inline, modelVersion: () => undefined });
    expect((await harness.indexed).articles).toBe(2);
    expect(harness.logs.some((l) => l.includes('poison.txt') && l.includes('injected analysis failure'))).toBe(true);
    expect(await hoverText(harness, `${FOLDER}/a.txt`, 3, 60)).toMatch(/Colin Ashdown/);
    expect(harness.diagnostics.get(uri(`${FOLDER}/b.txt`))?.map((d) => d.code)).toContain('misquote');
  });

  it('editing: an open article whose analysis throws is logged and left out; requests on it answer nothing, and the rest still works', async () => {
    harness = await start({ ...host, analyser: () => inline, modelVersion: () => undefined });
    await harness.indexed;
    const doc = uri(`${FOLDER}/draft.txt`);
    await harness.client.sendNotification('textDocument/didOpen', { textDocument: { uri: doc, languageId: 'plaintext', version: 1, text: `${POISON}\n"We will not gamble," he said.\n` } });
    expect(await hoverText(harness, `${FOLDER}/draft.txt`, 1, 3)).toBeNull();
    expect(harness.logs.some((l) => l.includes('draft.txt') && l.includes('injected analysis failure'))).toBe(true);
    // The same buffer, fixed, is analysed again.
    await harness.client.sendNotification('textDocument/didChange', { textDocument: { uri: doc, version: 2 }, contentChanges: [{ text: 'Draft\n\n"We will not gamble with lives," Mayor Colin Ashdown said.\n' }] });
    expect(await hoverText(harness, `${FOLDER}/draft.txt`, 2, 50)).toMatch(/Colin Ashdown/);
    expect(await hoverText(harness, `${FOLDER}/a.txt`, 3, 60)).toMatch(/Colin Ashdown/);
  });

  it('checks: an article whose checks throw gets no diagnostics, with a logged reason; indexing completes and the others get theirs', async () => {
    breakChecks.on = true;
    files[`${FOLDER}/breaker.txt`] = 'CHECK-BREAKER\n\nThe council met on Tuesday.\n';
    try {
      harness = await start({ ...host, analyser: () => inline, modelVersion: () => undefined });
      const result = await Promise.race([harness.indexed, new Promise<null>((r) => setTimeout(() => r(null), 10_000))]);
      expect(result, 'copydesk/indexed never came').not.toBeNull();
      expect(harness.logs.some((l) => l.includes('breaker.txt') && l.includes('injected check failure'))).toBe(true);
      expect(harness.diagnostics.get(uri(`${FOLDER}/b.txt`))?.map((d) => d.code)).toContain('misquote');
      expect(await hoverText(harness, `${FOLDER}/a.txt`, 3, 60)).toMatch(/Colin Ashdown/);
    } finally {
      delete files[`${FOLDER}/breaker.txt`];
    }
  });

  it('copydesk check: the article whose analysis throws is skipped and named on stderr; the others are checked', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-cli-'));
    try {
      for (const [file, text] of Object.entries(files)) writeFileSync(path.join(dir, path.basename(file)), text);
      const out: string[] = [];
      const err: string[] = [];
      const code = await runCheck({ paths: ['.'], format: 'text', cwd: dir, out: (l) => out.push(l), err: (l) => err.push(l) });
      expect(err.some((l) => /skipped poison\.txt: the analysis failed \(injected analysis failure/.test(l))).toBe(true);
      expect(out.some((l) => /^b\.txt:\d+:\d+: warning misquote/.test(l))).toBe(true);
      expect(code).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
