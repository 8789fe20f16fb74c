import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { URI } from 'vscode-uri';
import { serverExecArgv } from '../../client/src/serverArgs';

/** Copydesk's language server as an editor runs it: a child process over stdio, a JSON-RPC client here. */
export interface ServerSession {
  readonly connection: MessageConnection;
  readonly child: ChildProcess;
  /** The latest diagnostics per URI, and when each arrived (performance.now()). */
  readonly diagnostics: Map<string, { diagnostics: { code?: unknown; relatedInformation?: { location: { uri: string } }[] }[]; at: number }>;
  /** Resolves with the seconds from `initialize` to indexing complete (`copydesk/indexed` and the progress ended). */
  readonly indexed: Promise<{ seconds: number; articles: number }>;
  /** Resolves with the seconds from `initialize` to every article's diagnostics published (`copydesk/checked`). */
  readonly checked: Promise<{ seconds: number }>;
  /** Peak resident memory of the server process so far, MB (VmHWM). */
  peakRssMb(): number;
  /** Current resident memory, MB (VmRSS). */
  rssMb(): number;
  stop(): Promise<void>;
}

/** A field of a process's /proc status, in MB (`VmRSS`, `VmHWM`); NaN once it is gone. */
export const procStatusMb = (pid: number, field: string) => {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
};

export async function startServer(serverJs: string, folder: string, storagePath: string, settings: object = {}): Promise<ServerSession> {
  const started = performance.now();
  // BENCH_SERVER_NODE_ARGS: extra node flags for the server (`--cpu-prof --cpu-prof-dir=DIR` to profile it).
  const nodeArgs = process.env['BENCH_SERVER_NODE_ARGS']?.split(' ').filter(Boolean) ?? [];
  // The flags the extension starts the server with (Node's default heap limit).
  const child = spawn(process.execPath, [...serverExecArgv(0), ...nodeArgs, serverJs, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const diagnostics: ServerSession['diagnostics'] = new Map();
  connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: [] }) => void diagnostics.set(p.uri, { diagnostics: p.diagnostics, at: performance.now() }));
  connection.onNotification('window/logMessage', (m: { message: string }) => {
    if (process.env['BENCH_VERBOSE']) process.stderr.write(`server: ${m.message}\n`);
  });
  // Progress tokens, refresh requests, configuration: answered as an editor would, with nothing.
  connection.onRequest(() => null);
  let progressEnded = false;
  let indexedNote: { articles: number } | undefined;
  let resolveIndexed!: (v: { seconds: number; articles: number }) => void;
  const indexed = new Promise<{ seconds: number; articles: number }>((r) => (resolveIndexed = r));
  const check = () => {
    if (progressEnded && indexedNote) resolveIndexed({ seconds: (performance.now() - started) / 1000, articles: indexedNote.articles });
  };
  connection.onNotification('$/progress', (p: { value: { kind: string } }) => {
    if (p.value.kind === 'end') progressEnded = true;
    check();
  });
  connection.onNotification('copydesk/indexed', (p: { articles: number }) => {
    indexedNote = p;
    check();
  });
  const checked = new Promise<{ seconds: number }>((resolve) =>
    connection.onNotification('copydesk/checked', () => resolve({ seconds: (performance.now() - started) / 1000 })));
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: URI.file(folder).toString(),
    capabilities: { workspace: { workspaceFolders: true, configuration: false }, window: { workDoneProgress: true }, textDocument: { publishDiagnostics: { relatedInformation: true } } },
    workspaceFolders: [{ uri: URI.file(folder).toString(), name: path.basename(folder) }],
    initializationOptions: { settings, storagePath },
  });
  await connection.sendNotification('initialized', {});
  const pid = child.pid!;
  return {
    connection,
    child,
    diagnostics,
    indexed,
    checked,
    peakRssMb: () => procStatusMb(pid, 'VmHWM'),
    rssMb: () => procStatusMb(pid, 'VmRSS'),
    async stop() {
      const exited = new Promise<void>((r) => child.once('exit', () => r()));
      try {
        await Promise.race([connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 5000))]);
        await connection.sendNotification('exit');
      } catch {
        // Already gone.
      }
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
      connection.dispose();
    },
  };
}
