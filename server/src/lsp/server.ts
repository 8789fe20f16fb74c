import { createHash } from 'node:crypto';
import {
  FileChangeType,
  TextDocuments,
  TextDocumentSyncKind,
  type ClientCapabilities,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
  type ServerCapabilities,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { Desk } from '../corpus';
import type { ServerContext } from './context';
import { Positions } from './convert';
import { toDiagnostics } from './diagnostics';
import { FEATURES } from './features';
import { DEFAULT_SERVER_SETTINGS, readSettings, type ServerSettings } from './settings';
import { WorkspaceChecker } from './checking';
import { fileWaiting } from './filing';
import { SendQueue } from './sendQueue';
import { NODE_HOST, WorkspaceIndexer, type WorkspaceHost } from './workspace';

/** What the server needs from its host; tests pass their own. */
export type ServerDeps = Partial<WorkspaceHost>;

/**
 * Starts Copydesk's language server on a connection: indexes every article of the workspace
 * folders, keeps the desk up to date as articles are edited or change on disk, and registers the
 * features listed in `features.ts`.
 */
export function startServer(connection: Connection, deps: ServerDeps = {}): { desk: Desk } {
  const documents = new TextDocuments(TextDocument);
  let settings: ServerSettings = DEFAULT_SERVER_SETTINGS;
  const desk = new Desk(settings.checks);
  const positions = new Positions(desk);
  /**
   * What each article's diagnostics were when last sent, as a digest of their JSON: the JSON
   * itself, kept for every article with diagnostics, was a fifth of the heap after an index.
   */
  const published = new Map<string, string>();
  let canConfigure = false;
  let canProgress = false;
  let clientCapabilities: ClientCapabilities = {};
  let indexing: Promise<unknown> = Promise.resolve();

  const ctx: ServerContext = {
    connection,
    documents,
    desk,
    positions,
    settings: () => settings,
    ready: () => indexing.then(() => undefined),
    log: (message) => {
      // Background work (the archive's reconnects, a late indexing step) may outlive the
      // connection; a line nobody can read is dropped rather than thrown into the void.
      try {
        connection.console.log(message);
      } catch {
        /* connection closed */
      }
    },
    folders: () => indexer.folders,
    readFile: (path) => host.readFile(path),
    clientCapabilities: () => clientCapabilities,
    publish(uris) {
      const changed = [...uris];
      for (const uri of changed) send(uri);
      deskChanged(changed);
    },
    publishFirst(leading, rest) {
      const [first, ...near] = leading;
      if (first !== undefined) send(first);
      queue.add(near, rest);
      deskChanged([...leading, ...rest]);
    },
  };
  /** What `publishFirst` left to send after the edited article (see `SendQueue`). */
  const queue = new SendQueue((uri) => send(uri));

  function send(uri: string): void {
    queue.sent(uri);
    // Features may add diagnostics of their own (the archive's, worked out in the background).
    // One article whose checks throw gets none, and a logged reason; the others still get theirs.
    let diagnostics: Diagnostic[] = [];
    try {
      diagnostics = desk.article(uri) ? [...toDiagnostics(desk.findings(uri), positions), ...FEATURES.flatMap((f) => f.diagnostics?.(ctx, uri) ?? [])] : [];
    } catch (e) {
      ctx.log(`Copydesk could not check ${uri}: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
    }
    const key = createHash('sha256').update(JSON.stringify(diagnostics)).digest('base64');
    if (published.get(uri) === key) return;
    if (diagnostics.length || published.has(uri)) void connection.sendDiagnostics({ uri, diagnostics });
    if (diagnostics.length) published.set(uri, key);
    else published.delete(uri);
  }

  function deskChanged(changed: readonly string[]): void {
    for (const f of FEATURES) {
      try {
        f.deskChanged?.(ctx, changed);
      } catch (e) {
        ctx.log(`Copydesk: a feature failed after a change: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
      }
    }
  }
  const host: WorkspaceHost = { ...NODE_HOST, ...deps };
  const indexer = new WorkspaceIndexer(ctx, host, () => canProgress);
  const checker = new WorkspaceChecker(ctx, () => canProgress);

  // Requests wait for the index (`ready`), not for the whole workspace to be checked.
  let reindexed = 0;
  const reindex = () => {
    checker.cancel();
    const run = ++reindexed;
    indexing = indexing
      .then(() => indexer.indexAll())
      .then((r) => {
        void connection.sendNotification('copydesk/indexed', r);
        // Persisted models left out of the indexes by a warm start, first: a hover, a jump or
        // a keystroke needs them all, and the saved findings published next do not.
        void fileWaiting(ctx)
          .then(() => indexer.warmUp())
          // An index started meanwhile checks the workspace itself.
          .then(() => (run === reindexed ? checker.checkAll(desk.uris()) : null))
          .then((c) => {
            if (!c) return;
            indexer.saveFindings();
            ctx.log(`Checked ${c.checked} articles in ${c.ms} ms.`);
            return connection.sendNotification('copydesk/checked', { ...r, ...c });
          })
          .catch((e) => ctx.log(`Checking failed: ${e instanceof Error ? e.stack : String(e)}`));
      })
      .catch((e) => ctx.log(`Indexing failed: ${e instanceof Error ? e.stack : String(e)}`));
  };

  const reloadSettings = async () => {
    const raw: unknown = canConfigure ? await connection.workspace.getConfiguration('copydesk') : undefined;
    if (raw) settings = readSettings(raw);
    ctx.publish(desk.setSettings(settings.checks));
    for (const f of FEATURES) f.settingsChanged?.(ctx);
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const wf = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []);
    indexer.folders = wf.map((f) => URI.parse(f.uri).fsPath);
    // The editor's storage folder for this workspace: where the index persists between sessions.
    const storagePath: unknown = params.initializationOptions?.storagePath;
    if (typeof storagePath === 'string' && storagePath) indexer.storagePath = storagePath;
    canConfigure = !!params.capabilities.workspace?.configuration;
    canProgress = !!params.capabilities.window?.workDoneProgress;
    clientCapabilities = params.capabilities;
    settings = readSettings(params.initializationOptions?.settings ?? {});
    desk.setSettings(settings.checks);
    const capabilities: ServerCapabilities = {
      textDocumentSync: TextDocumentSyncKind.Full,
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    };
    for (const f of FEATURES) Object.assign(capabilities, f.capabilities);
    return { capabilities, serverInfo: { name: 'copydesk', version: '0.1.0' } };
  });

  connection.onInitialized(() => {
    if (canConfigure) indexing = reloadSettings().catch(() => undefined);
    for (const f of FEATURES) if (f.initialized) indexing = indexing.then(() => f.initialized!(ctx)).catch((e) => ctx.log(String(e)));
    reindex();
    connection.workspace.onDidChangeWorkspaceFolders((e) => {
      indexer.folders = indexer.folders.filter((f) => !e.removed.some((r) => URI.parse(r.uri).fsPath === f));
      indexer.folders.push(...e.added.map((a) => URI.parse(a.uri).fsPath));
      reindex();
    });
  });

  connection.onDidChangeConfiguration(() => {
    indexing = indexing.then(reloadSettings);
    reindex();
  });

  documents.onDidChangeContent((e) => indexer.upsert(e.document.uri, e.document.getText()));
  documents.onDidClose((e) => {
    // What stays on the desk is the file as saved, or nothing for a buffer never saved.
    if (e.document.uri.startsWith('file:')) void indexer.loadFromDisk(e.document.uri);
    else indexer.remove(e.document.uri);
  });

  connection.onDidChangeWatchedFiles((params) => {
    for (const change of params.changes) {
      if (FEATURES.some((f) => f.fileChanged?.(ctx, change.uri, change.type))) continue;
      if (documents.get(change.uri)) {
        // The editor's text wins, but a save moves the file's date, which an undated article may be read against.
        if (change.type !== FileChangeType.Deleted) void indexer.refreshFileDate(change.uri);
        continue;
      }
      if (change.type === FileChangeType.Deleted) indexer.remove(change.uri);
      else void indexer.loadFromDisk(change.uri);
    }
  });

  connection.onShutdown(async () => {
    queue.clear();
    await indexer.settled();
    for (const f of FEATURES) {
      try {
        await f.shutdown?.(ctx);
      } catch (e) {
        ctx.log(`Copydesk: a feature failed to shut down: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
  });

  for (const f of FEATURES) f.register(ctx);
  documents.listen(connection);
  connection.listen();
  return { desk };
}
