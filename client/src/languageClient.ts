import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { documentSelector } from './selector';

/** The language client: the bundled server over IPC, fed the article documents and the `copydesk.*` settings. */
export function createClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
  const module = context.asAbsolutePath('server/out/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
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
