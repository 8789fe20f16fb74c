import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { COMMANDS } from './ids';

/**
 * The newsroom archive on the client side, self-contained: the password in VS Code's secret
 * storage (never in settings), handed to the server whenever it starts; archived articles opened
 * read-only from `copydesk-archive:` links (a content provider: VS Code gives such documents no
 * way to save); and a status bar item while an archive is configured. The server does the rest.
 * Method names are the server's (server/src/lsp/archive.ts).
 */
const SECRET_KEY = 'copydesk.archive.password';
const PASSWORD_NOTIFICATION = 'copydesk/archivePassword';
const STATUS_NOTIFICATION = 'copydesk/archiveStatus';
const ARTICLE_REQUEST = 'copydesk/archiveArticle';
export const ARCHIVE_SCHEME = 'copydesk-archive';

interface ArchiveStatus {
  readonly state: 'off' | 'connecting' | 'ready' | 'unreachable' | 'error';
  readonly message: string;
  readonly retryInMs?: number;
}

export function registerArchive(context: vscode.ExtensionContext, lc: LanguageClient, output: vscode.LogOutputChannel): vscode.Disposable[] {
  const item = vscode.window.createStatusBarItem('copydesk.archiveStatus', vscode.StatusBarAlignment.Right, 99);
  item.name = 'Copydesk Archive';
  item.command = COMMANDS.showOutput;

  const sendPassword = async () => {
    if (!lc.isRunning()) return;
    const password = await context.secrets.get(SECRET_KEY);
    // Sent even when empty: the server then connects with what the URL, PGPASSWORD or ~/.pgpass give.
    await lc.sendNotification(PASSWORD_NOTIFICATION, { password: password ?? '' }).catch((e: unknown) => output.warn(`Could not pass the archive password: ${String(e)}`));
  };

  const showStatus = (s: ArchiveStatus) => {
    if (s.state === 'off') return item.hide();
    const icon = { connecting: '$(sync~spin)', ready: '$(database)', unreachable: '$(debug-disconnect)', error: '$(warning)' }[s.state];
    item.text = `${icon} Archive`;
    item.tooltip = s.retryInMs ? `${s.message} Retrying in ${Math.round(s.retryInMs / 1000)} s.` : s.message;
    item.backgroundColor = s.state === 'error' ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    item.show();
  };

  const provider: vscode.TextDocumentContentProvider = {
    async provideTextDocumentContent(uri) {
      if (!lc.isRunning()) return '(The Copydesk language server is not running: the archived article cannot be read.)';
      try {
        const got = await lc.sendRequest<{ text: string } | null>(ARTICLE_REQUEST, { uri: uri.toString() });
        return got?.text ?? '(This article is not in the archive, or the archive cannot be reached just now.)';
      } catch (e) {
        return `(The archive could not be read: ${e instanceof Error ? e.message : String(e)})`;
      }
    },
  };

  lc.onNotification(STATUS_NOTIFICATION, (s: ArchiveStatus) => showStatus(s));
  return [
    item,
    vscode.workspace.registerTextDocumentContentProvider(ARCHIVE_SCHEME, provider),
    lc.onDidChangeState((e) => {
      if (e.newState === State.Running) void sendPassword();
      else item.hide();
    }),
    context.secrets.onDidChange((e) => e.key === SECRET_KEY && void sendPassword()),
    vscode.commands.registerCommand(COMMANDS.setArchivePassword, async () => {
      const password = await vscode.window.showInputBox({
        title: 'Copydesk: archive password',
        prompt: 'The password of the archive database (copydesk.archive.url). Kept in VS Code\'s secret storage, never in settings. Leave empty to forget it.',
        password: true,
        ignoreFocusOut: true,
      });
      if (password === undefined) return;
      if (password) await context.secrets.store(SECRET_KEY, password);
      else await context.secrets.delete(SECRET_KEY);
      // onDidChange passes it on to the server.
    }),
  ];
}
