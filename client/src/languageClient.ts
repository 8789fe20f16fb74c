import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { documentSelector } from './selector';
import { serverExecArgv } from './serverArgs';

/** The language client: the bundled server over IPC, fed the article documents and the `copydesk.*` settings. */
export function createClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
  const module = context.asAbsolutePath('server/out/server.js');
  // Read at every start, so a changed memory limit applies from the next restart.
  const execArgv = () => serverExecArgv(vscode.workspace.getConfiguration('copydesk').get('server.maxMemory'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, get options() { return { execArgv: execArgv() }; } },
    debug: { module, transport: TransportKind.ipc, get options() { return { execArgv: ['--nolazy', '--inspect=6010', ...execArgv()] }; } },
  };
  const folderSchemes = (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.scheme);
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(folderSchemes),
    outputChannel: output,
    synchronize: {
      configurationSection: 'copydesk',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/*.{txt,md,markdown,story,article}'),
    },
    initializationOptions: {
      settings: vscode.workspace.getConfiguration('copydesk'),
      storagePath: context.storageUri?.fsPath ?? context.globalStorageUri.fsPath,
    },
  };
  return new LanguageClient('copydesk', 'Copydesk', serverOptions, clientOptions);
}
