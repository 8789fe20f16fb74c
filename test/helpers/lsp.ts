import { PassThrough } from 'node:stream';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { createConnection } from 'vscode-languageserver/node';
import type { Connection, PublishDiagnosticsParams } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import { startServer, type ServerDeps } from '../../server/src/lsp/server';

/**
 * Copydesk's real language server on one end of a pair of in-memory streams and a real JSON-RPC
 * client on the other: the protocol is exercised exactly as an editor would, in-process.
 */
export interface TestClient {
  readonly connection: MessageConnection;
  readonly diagnostics: Map<string, PublishDiagnosticsParams['diagnostics']>;
  /** Resolves when the server has indexed the workspace folders and checked (published) every article. */
  readonly indexed: Promise<{ articles: number }>;
  close(): void;
}

export async function startTestServer(folders: string[], options: { settings?: unknown; deps?: ServerDeps; capabilities?: object; serverSide?: (c: Connection) => void } = {}): Promise<TestClient> {
  const up = new PassThrough();
  const down = new PassThrough();
  const server = createConnection(new StreamMessageReader(up), new StreamMessageWriter(down));
  options.serverSide?.(server);
  startServer(server, options.deps);
  const connection = createMessageConnection(new StreamMessageReader(down), new StreamMessageWriter(up));
  const diagnostics = new Map<string, PublishDiagnosticsParams['diagnostics']>();
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    diagnostics.set(p.uri, p.diagnostics);
  });
  connection.onNotification('window/logMessage', () => undefined);
  const indexed = new Promise<{ articles: number }>((resolve) => connection.onNotification('copydesk/checked', resolve));
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: null,
    rootUri: null,
    capabilities: options.capabilities ?? {},
    workspaceFolders: folders.map((f) => ({ uri: URI.file(f).toString(), name: f })),
    initializationOptions: { settings: options.settings ?? {} },
  });
  await connection.sendNotification('initialized', {});
  return {
    connection,
    diagnostics,
    indexed,
    close: () => {
      connection.dispose();
      up.end();
      down.end();
    },
  };
}

/** The LSP position of the n-th occurrence of `needle` (plus `offset` characters into it). */
export function positionOf(text: string, needle: string, offset = 0, n = 1): { line: number; character: number } {
  let at = -1;
  for (let i = 0; i < n; i++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`"${needle}" not found`);
  const before = text.slice(0, at + offset);
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length - 1, character: lines[lines.length - 1]!.length };
}
