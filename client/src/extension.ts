import * as vscode from 'vscode';
import { DidChangeConfigurationNotification, ReferencesRequest, State, type LanguageClient } from 'vscode-languageclient/node';
import { registerArchive } from './archive';
import { formatCitation, type CitationParts } from './citation';
import { debounce } from './debounce';
import type { DeskNode } from './deskTree';
import { DeskTreeProvider } from './deskView';
import { COMMANDS, DESK_VIEW } from './ids';
import { createClient } from './languageClient';
import { openPlace } from './places';
import {
  CHECKED_NOTIFICATION, INDEXED_NOTIFICATION, REQUESTS,
  type CheckedParams, type CitationResult, type DeskResult, type IndexedParams, type MentionsResult, type StatusResult, type TimelineResult,
} from './protocol';
import { ARTICLE_LANGUAGES } from './selector';
import { StatusBar } from './statusBar';
import { TimelinePanel } from './timelinePanel';

/**
 * Copydesk in VS Code: the language server does every piece of analysis; the extension starts it,
 * shows what it knows (Desk view, Timeline, status bar) and offers the commands (ids in ids.ts).
 */
export { COMMANDS, DESK_VIEW } from './ids';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Copydesk', { log: true });
  const lc = (client = createClient(context, output));
  const status = new StatusBar();

  /** A request to the server, or undefined while it is not running or when it fails (logged, never thrown at the user). */
  const ask = async <R>(method: string, params: object = {}): Promise<R | undefined> => {
    if (!lc.isRunning()) return undefined;
    try {
      return await lc.sendRequest<R>(method, params);
    } catch (e) {
      output.warn(`${method} failed: ${e instanceof Error ? e.message : String(e)}`);
      return undefined;
    }
  };

  const desk = new DeskTreeProvider({
    desk: () => ask<DeskResult>(REQUESTS.desk),
    mentions: async (key) => (await ask<MentionsResult>(REQUESTS.mentions, { key })) ?? [],
  });
  const deskView = vscode.window.createTreeView(DESK_VIEW, { treeDataProvider: desk, showCollapseAll: true });
  const timeline = () => ask<TimelineResult>(REQUESTS.timeline);

  const refresh = debounce(() => {
    void ask<StatusResult>(REQUESTS.status).then((s) => {
      if (!s) return;
      status.show(s);
      deskView.badge = s.conflicts ? { value: s.conflicts, tooltip: `${s.conflicts} conflicts between sources` } : undefined;
    });
    if (deskView.visible) desk.refresh();
    else desk.stale = true;
    TimelinePanel.refreshIfOpen();
  }, 500);
  const isArticle = (d: vscode.TextDocument) => (ARTICLE_LANGUAGES as readonly string[]).includes(d.languageId);

  lc.onNotification(INDEXED_NOTIFICATION, (p: IndexedParams) => {
    output.info(`Indexed ${p.articles} articles in ${p.ms} ms.`);
    refresh.now();
  });
  lc.onNotification(CHECKED_NOTIFICATION, (p: CheckedParams) => {
    output.info(`Checked ${p.checked} articles in ${p.ms} ms.`);
    refresh.now();
  });

  context.subscriptions.push(
    output,
    status,
    desk,
    deskView,
    { dispose: () => refresh.cancel() },
    lc.onDidChangeState((e) => {
      if (e.newState === State.Stopped) status.show('stopped');
      else if (e.newState === State.Starting) status.show('indexing');
    }),
    deskView.onDidChangeVisibility((e) => {
      if (e.visible && desk.stale) desk.refresh();
    }),
    vscode.languages.onDidChangeDiagnostics(() => refresh()),
    vscode.workspace.onDidChangeTextDocument((e) => isArticle(e.document) && e.contentChanges.length && refresh()),
    vscode.workspace.onDidCloseTextDocument((d) => d.isUntitled && isArticle(d) && refresh()),
    vscode.workspace.onDidCreateFiles(() => refresh()),
    vscode.workspace.onDidDeleteFiles(() => refresh()),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (!e.affectsConfiguration('copydesk.server.maxMemory')) return;
      const choice = await vscode.window.showInformationMessage("Copydesk's new memory limit applies when its language server restarts.", 'Restart Server');
      if (choice) await vscode.commands.executeCommand(COMMANDS.restartServer);
    }),

    vscode.commands.registerCommand(COMMANDS.restartServer, async () => {
      output.info('Restarting the Copydesk language server…');
      status.show('indexing');
      await lc.restart();
    }),
    vscode.commands.registerCommand(COMMANDS.showOutput, () => output.show(true)),
    vscode.commands.registerCommand(COMMANDS.reindex, async () => {
      if (!lc.isRunning()) return vscode.commands.executeCommand(COMMANDS.restartServer);
      status.show('indexing');
      // The server re-reads its settings and every article of the workspace folders on this notification.
      await lc.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    }),
    vscode.commands.registerCommand(COMMANDS.showTimeline, () => {
      TimelinePanel.show(timeline);
    }),
    vscode.commands.registerCommand(COMMANDS.showDesk, () => vscode.commands.executeCommand(`${DESK_VIEW}.focus`)),
    vscode.commands.registerCommand(COMMANDS.refreshDesk, () => desk.refresh()),
    vscode.commands.registerCommand(COMMANDS.openPlace, (place: unknown) => openPlace(place)),
    vscode.commands.registerCommand(COMMANDS.showReferences, async (uri: unknown, position: unknown, locations?: unknown) => {
      // JSON from the server becomes VS Code objects; anything malformed is ignored.
      if (typeof uri !== 'string' || !position || (locations !== undefined && !Array.isArray(locations))) return;
      const c = lc.protocol2CodeConverter;
      // A quotation's lens carries only where it stands: its carriers (tens of thousands for a
      // stock phrase) are asked for when it is clicked.
      const listed: unknown[] = Array.isArray(locations)
        ? locations
        : ((await lc.sendRequest(ReferencesRequest.type, { textDocument: { uri }, position: position as never, context: { includeDeclaration: true } })) ?? []);
      return vscode.commands.executeCommand('editor.action.showReferences', c.asUri(uri), c.asPosition(position as never), listed.map((l) => c.asLocation(l as never)));
    }),
    vscode.commands.registerCommand(COMMANDS.copyCitation, (node?: DeskNode) => copyCitation(node, ask)),
  );
  context.subscriptions.push(...registerArchive(context, lc, output));
  await lc.start();
}

/** From the Desk view's quotation item, or else the quotation under the cursor. */
async function copyCitation(node: DeskNode | undefined, ask: <R>(method: string, params?: object) => Promise<R | undefined>): Promise<void> {
  let parts: CitationParts | null | undefined = node?.citation;
  if (!parts) {
    const editor = vscode.window.activeTextEditor;
    if (!editor) {
      void vscode.window.showInformationMessage('Copydesk: put the cursor in a quotation to copy its citation.');
      return;
    }
    parts = await ask<CitationResult>(REQUESTS.citation, {
      textDocument: { uri: editor.document.uri.toString() },
      position: { line: editor.selection.active.line, character: editor.selection.active.character },
    });
    if (!parts) {
      void vscode.window.showInformationMessage('Copydesk: there is no quotation at the cursor.');
      return;
    }
  }
  const citation = formatCitation(parts);
  await vscode.env.clipboard.writeText(citation);
  vscode.window.setStatusBarMessage(`$(clippy) Citation copied`, 4000);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
