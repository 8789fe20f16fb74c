import { renameSync, appendFileSync, rmSync, unlinkSync } from 'node:fs';
import * as path from 'node:path';
import { PassThrough } from 'node:stream';
import { expect } from 'vitest';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { createConnection } from 'vscode-languageserver/node';
import { URI } from 'vscode-uri';
import { analyseArticle } from '../../../server/src/analysis';
import { findArticles, readArticle } from '../../../server/src/host/files';
import { startServer, type ServerDeps } from '../../../server/src/lsp/server';
import { ARTICLE, makeFolder, type Files } from './folder';
import type { Case } from './reading';

/**
 * Files that change under the language server while it indexes (issue 9): the real reader on a
 * real folder, with a hook that deletes, renames or rewrites a file just as the indexer reaches it,
 * then the file events an editor would send.
 */
export interface Session {
  rpc: MessageConnection;
  logs: string[];
  indexed: Promise<{ articles: number }>;
  close(): void;
}

export async function session(folder: string, deps: ServerDeps): Promise<Session> {
  const up = new PassThrough();
  const down = new PassThrough();
  startServer(createConnection(new StreamMessageReader(up), new StreamMessageWriter(down)), { analyser: () => ({ parallel: 1, analyse: async (t, max) => analyseArticle(t, { maxLength: max }), close: async () => undefined }), modelVersion: () => undefined, ...deps });
  const rpc = createMessageConnection(new StreamMessageReader(down), new StreamMessageWriter(up));
  const logs: string[] = [];
  rpc.onNotification('window/logMessage', (p: { message: string }) => {
    logs.push(p.message);
  });
  rpc.onNotification('textDocument/publishDiagnostics', () => undefined);
  const indexed = new Promise<{ articles: number }>((resolve) => rpc.onNotification('copydesk/checked', resolve));
  rpc.listen();
  await rpc.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {}, workspaceFolders: [{ uri: URI.file(folder).toString(), name: 'f' }] });
  await rpc.sendNotification('initialized', {});
  return { rpc, logs, indexed, close: () => (rpc.dispose(), up.end(), down.end()) };
}

const files: Files = { 'a.txt': ARTICLE, 'b.txt': ARTICLE.replace('Ms Solberg said', 'said Ms Solberg'), 'c.txt': ARTICLE.replace('Monday', 'Tuesday') };
const status = (s: Session) => s.rpc.sendRequest<{ articles: number }>('copydesk/status', {});
const settle = () => new Promise((r) => setTimeout(r, 50));

/** Indexes a folder whose file `target` is changed by `act` just before the indexer reads it. */
async function underChange(act: (dir: string, file: string) => void, target: string) {
  const dir = makeFolder(files);
  const t0 = performance.now();
  const s = await session(dir, {
    findArticles,
    readFile: async (p: string) => {
      if (path.basename(p) === target) act(dir, p);
      return readArticle(p);
    },
  });
  const result = await s.indexed;
  return { dir, s, result, ms: performance.now() - t0 };
}

export const CHANGING: readonly Case[] = [
  {
    input: 'A file deleted while the workspace is being indexed', limitMs: 5_000,
    async run() {
      const { dir, s, result, ms } = await underChange((_d, p) => unlinkSync(p), 'b.txt');
      expect(result.articles).toBe(2);
      const log = s.logs.find((l) => l.includes('b.txt'));
      expect(log).toMatch(/Skipped .*b\.txt: file not found/);
      s.close();
      rmSync(dir, { recursive: true, force: true });
      return { outcome: `skipped and logged ("${log!.replace(dir, '…')}"); the other two indexed`, ms };
    },
  },
  {
    input: 'A file renamed while the workspace is being indexed', limitMs: 5_000,
    async run() {
      const { dir, s, ms } = await underChange((d, p) => renameSync(p, path.join(d, 'b-renamed.txt')), 'b.txt');
      await s.rpc.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: URI.file(path.join(dir, 'b.txt')).toString(), type: 3 }, { uri: URI.file(path.join(dir, 'b-renamed.txt')).toString(), type: 1 }] });
      await settle();
      expect((await status(s)).articles).toBe(3);
      s.close();
      rmSync(dir, { recursive: true, force: true });
      return { outcome: 'the old name is skipped; the editor\'s file events bring in the new name: three articles, none twice', ms };
    },
  },
  {
    input: 'A file changed on disk while the workspace is being indexed', limitMs: 5_000,
    async run() {
      let read = false;
      const { dir, s, ms } = await underChange((_d, p) => {
        if (!read) appendFileSync(p, '\n"A line added during indexing," the editor said.\n');
        read = true;
      }, 'c.txt');
      await s.rpc.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: URI.file(path.join(dir, 'c.txt')).toString(), type: 2 }] });
      await settle();
      const h = await s.rpc.sendRequest<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri: URI.file(path.join(dir, 'c.txt')).toString() }, position: { line: 8, character: 5 } });
      expect(h?.contents.value).toMatch(/A line added during indexing/);
      s.close();
      rmSync(dir, { recursive: true, force: true });
      return { outcome: 'the text as read is indexed, then re-read on the change event: the added quotation is there', ms };
    },
  },
];
