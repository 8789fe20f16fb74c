import {
  TextDocuments,
  TextDocumentSyncKind,
  FileChangeType,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { Desk } from '../corpus';
import { findArticles, readArticle } from '../host/files';
import type { Decoded } from '../host/decode';
import { hoverAt } from '../service/hover';
import { definitionAt, referencesAt } from '../service/navigation';
import { Positions } from './convert';
import { toDiagnostics } from './diagnostics';
import { toHover } from './hover';
import { toLocations } from './navigation';
import { DEFAULT_SERVER_SETTINGS, readSettings, type ServerSettings } from './settings';

/** What the server needs from its host; tests pass their own. */
export interface ServerDeps {
  readonly readFile?: (path: string) => Promise<Decoded>;
  readonly findArticles?: typeof findArticles;
}

/**
 * Starts Copydesk's language server on a connection: indexes every article of the workspace
 * folders, keeps the desk up to date as articles are edited or change on disk, and answers
 * hovers, definitions, references and diagnostics from it.
 */
export function startServer(connection: Connection, deps: ServerDeps = {}): { desk: Desk } {
  const read = deps.readFile ?? readArticle;
  const find = deps.findArticles ?? findArticles;
  const documents = new TextDocuments(TextDocument);
  let settings: ServerSettings = DEFAULT_SERVER_SETTINGS;
  const desk = new Desk(settings.checks);
  const positions = new Positions(desk);
  const published = new Map<string, string>();
  let folders: string[] = [];
  let canConfigure = false;
  let canProgress = false;
  let indexing: Promise<void> = Promise.resolve();

  const log = (message: string) => connection.console.log(message);

  /** Sends the diagnostics of these articles, skipping those whose diagnostics did not change. */
  const publish = (uris: Iterable<string>) => {
    for (const uri of uris) {
      const diagnostics = desk.article(uri) ? toDiagnostics(desk.findings(uri), positions) : [];
      const key = JSON.stringify(diagnostics);
      if (published.get(uri) === key) continue;
      if (diagnostics.length || published.has(uri)) void connection.sendDiagnostics({ uri, diagnostics });
      if (diagnostics.length) published.set(uri, key);
      else published.delete(uri);
    }
  };

  const upsert = (uri: string, text: string) => {
    try {
      publish(desk.upsert(uri, text));
    } catch (e) {
      log(`Copydesk could not analyse ${uri}: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
    }
  };

  const remove = (uri: string) => {
    const affected = desk.remove(uri);
    positions.forget(uri);
    publish([uri, ...affected]);
  };

  const loadFromDisk = async (uri: string) => {
    const result = await read(URI.parse(uri).fsPath);
    if (documents.get(uri)) return; // the editor's buffer wins over the file on disk
    if (result.ok) upsert(uri, result.text);
    else {
      log(`Skipped ${URI.parse(uri).fsPath}: ${result.reason}`);
      if (desk.article(uri)) remove(uri);
    }
  };

  const indexWorkspace = async () => {
    const progress = canProgress ? await connection.window.createWorkDoneProgress() : undefined;
    progress?.begin('Copydesk', 0, 'Finding articles…', false);
    const started = Date.now();
    let files: string[] = [];
    for (const folder of folders) {
      const found = await find(folder, [...settings.include], [...settings.exclude]);
      for (const e of found.errors) log(`Could not read ${e.path}: ${e.reason}`);
      files = files.concat(found.files);
    }
    const fresh = new Set(files.map((f) => URI.file(f).toString()));
    for (const uri of desk.uris()) if (!fresh.has(uri) && !documents.get(uri)) desk.remove(uri);
    let done = 0;
    for (const file of files) {
      const uri = URI.file(file).toString();
      if (!documents.get(uri)) {
        const result = await read(file);
        if (result.ok) {
          try {
            desk.upsert(uri, result.text);
          } catch (e) {
            log(`Copydesk could not analyse ${file}: ${e instanceof Error ? e.message : String(e)}`);
          }
        } else log(`Skipped ${file}: ${result.reason}`);
      }
      done++;
      if (done % 50 === 0) {
        progress?.report(Math.round((done / files.length) * 100), `${done} of ${files.length} articles`);
        await new Promise((r) => setImmediate(r));
      }
    }
    publish(desk.uris());
    progress?.done();
    log(`Indexed ${desk.size} articles in ${Date.now() - started} ms.`);
    void connection.sendNotification('copydesk/indexed', { articles: desk.size, ms: Date.now() - started });
  };

  const reloadSettings = async () => {
    const raw = canConfigure ? await connection.workspace.getConfiguration('copydesk') : undefined;
    if (raw) settings = readSettings(raw);
    publish(desk.setSettings(settings.checks));
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const wf = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []);
    folders = wf.map((f) => URI.parse(f.uri).fsPath);
    canConfigure = !!params.capabilities.workspace?.configuration;
    canProgress = !!params.capabilities.window?.workDoneProgress;
    settings = readSettings(params.initializationOptions?.settings ?? {});
    desk.setSettings(settings.checks);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Full,
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'copydesk', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    indexing = (async () => {
      if (canConfigure) await reloadSettings().catch(() => undefined);
      await indexWorkspace();
    })().catch((e) => log(`Indexing failed: ${e instanceof Error ? e.stack : String(e)}`));
    connection.workspace.onDidChangeWorkspaceFolders((e) => {
      folders = folders.filter((f) => !e.removed.some((r) => URI.parse(r.uri).fsPath === f));
      folders.push(...e.added.map((a) => URI.parse(a.uri).fsPath));
      indexing = indexing.then(indexWorkspace);
    });
  });

  connection.onDidChangeConfiguration(() => {
    indexing = indexing.then(reloadSettings).then(indexWorkspace);
  });

  documents.onDidChangeContent((e) => upsert(e.document.uri, e.document.getText()));
  documents.onDidClose((e) => {
    // What stays on the desk is the file as saved, or nothing for a buffer never saved.
    if (e.document.uri.startsWith('file:')) void loadFromDisk(e.document.uri);
    else remove(e.document.uri);
  });

  connection.onDidChangeWatchedFiles((params) => {
    for (const change of params.changes) {
      if (documents.get(change.uri)) continue;
      if (change.type === FileChangeType.Deleted) remove(change.uri);
      else void loadFromDisk(change.uri);
    }
  });

  connection.onHover(async ({ textDocument, position }) => {
    await indexing;
    const offset = positions.offset(textDocument.uri, position);
    if (offset === undefined) return null;
    const info = hoverAt(desk, textDocument.uri, offset);
    return info ? toHover(info, textDocument.uri, positions) : null;
  });

  connection.onDefinition(async ({ textDocument, position }) => {
    await indexing;
    const offset = positions.offset(textDocument.uri, position);
    return offset === undefined ? [] : toLocations(definitionAt(desk, textDocument.uri, offset), positions);
  });

  connection.onReferences(async ({ textDocument, position, context }) => {
    await indexing;
    const offset = positions.offset(textDocument.uri, position);
    return offset === undefined ? [] : toLocations(referencesAt(desk, textDocument.uri, offset, context.includeDeclaration), positions);
  });

  documents.listen(connection);
  connection.listen();
  return { desk };
}
