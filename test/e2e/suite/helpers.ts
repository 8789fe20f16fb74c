// What the editor suites share: the fixture workspace (a copy of ../shared/corpus/seeds and desk
// made by the runner), the extension, and waits on editor events with a deadline — never sleeps.
import * as assert from 'node:assert/strict';
import type { Context } from 'mocha';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'copydesk.copydesk';

/** The fixture workspace folder: `seeds/` and `desk/` side by side, read as one desk. */
export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the editor was opened without the fixture workspace folder');
  return folder.uri;
}

/** An article of the fixture by its path under the workspace, e.g. `desk/01-kelbourne-courier-bridge.txt`. */
export function article(relative: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...relative.split('/'));
}

/** The last path segment of a URI, for messages and comparisons across hosts (file:, vscode-remote:). */
export function baseName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

/**
 * Activates Copydesk as the editor would (its activation resolves once the language client has
 * started, i.e. the server answered `initialize`), and returns the extension.
 */
export async function activateCopydesk(): Promise<vscode.Extension<unknown>> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not loaded (extensionDevelopmentPath wrong?)`);
  await ext.activate();
  assert.ok(ext.isActive, `extension ${EXTENSION_ID} did not activate`);
  return ext;
}

/**
 * Copydesk active and the workspace indexed: activation, then the first diagnostics of a desk
 * article (the server publishes them once it has read every article). For a suite's setup.
 */
export async function copydeskReady(): Promise<void> {
  await activateCopydesk();
  await waitForDiagnostics(article('desk/01-kelbourne-courier-bridge.txt'), (ds) => ds.length > 0, 'Copydesk diagnostics (the workspace indexed)', 100_000);
}

/**
 * For `suiteSetup`: waits for {@link copydeskReady} under a timeout long enough for a cold start.
 * Every suite file is its own bundle, so the one wait is shared through the host's global object:
 * when the server never gets ready, the first suite waits and the others fail at once.
 */
export function readyHook(): (this: Context) => Promise<void> {
  return async function (this: Context) {
    this.timeout(120_000);
    const shared = globalThis as { copydeskE2eReady?: Promise<void> };
    await (shared.copydeskE2eReady ??= copydeskReady());
  };
}

export function copydeskDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'copydesk');
}

/** A diagnostic's code as a string (`date-conflict`, `misquote`, …). */
export function codeOf(d: vscode.Diagnostic): string {
  const c = d.code;
  return typeof c === 'object' && c !== null ? String(c.value) : String(c ?? '');
}

/**
 * Resolves with the article's Copydesk diagnostics once `accept` holds for them, checking now and on
 * every `onDidChangeDiagnostics` for that URI; rejects at the deadline with what the editor had.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  accept: (diagnostics: vscode.Diagnostic[]) => boolean,
  what: string,
  deadlineMs = 30_000,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const now = copydeskDiagnostics(uri);
      if (!accept(now)) return false;
      done();
      resolve(now);
      return true;
    };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      done();
      const now = copydeskDiagnostics(uri).map((d) => `  ${codeOf(d)} ${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`);
      reject(new Error(`no ${what} on ${baseName(uri)} within ${deadlineMs / 1000} s; the editor has:\n${now.join('\n') || '  (no Copydesk diagnostics)'}`));
    }, deadlineMs);
    const done = () => {
      clearTimeout(timer);
      sub.dispose();
    };
    check();
  });
}

/** The position of the first occurrence of `text` in the document (after `from`), plus `offset` characters. */
export function positionOf(doc: vscode.TextDocument, text: string, offset = 0, from = 0): vscode.Position {
  const at = doc.getText().indexOf(text, from);
  assert.ok(at >= 0, `"${text}" not found in ${baseName(doc.uri)}`);
  return doc.positionAt(at + offset);
}

/** The range of the first occurrence of `text` in the document. */
export function rangeOf(doc: vscode.TextDocument, text: string): vscode.Range {
  const start = positionOf(doc, text);
  return new vscode.Range(start, doc.positionAt(doc.offsetAt(start) + text.length));
}

function markdownOf(c: vscode.MarkdownString | vscode.MarkedString): string {
  return typeof c === 'string' ? c : c.value;
}

/** Every hover the editor would show at the position, as Markdown text. */
export async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  return (hovers ?? []).flatMap((h) => h.contents.map(markdownOf)).join('\n---\n');
}

/** Where go-to-definition leads, as plain locations (links are flattened to their targets). */
export async function definitions(uri: vscode.Uri, position: vscode.Position): Promise<vscode.Location[]> {
  const found = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', uri, position);
  return (found ?? []).map((l) => ('targetUri' in l ? new vscode.Location(l.targetUri, l.targetSelectionRange ?? l.targetRange) : l));
}

/** An inlay hint's label as one string. */
export function labelOf(h: vscode.InlayHint): string {
  return typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join('');
}

/** Resolves with the first tab (in any group) that `accept` holds for, now or when tabs change; rejects at the deadline. */
export function waitForTab(accept: (tab: vscode.Tab) => boolean, what: string, deadlineMs = 30_000): Promise<vscode.Tab> {
  return new Promise((resolve, reject) => {
    const find = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find(accept);
    const check = () => {
      const tab = find();
      if (!tab) return;
      done();
      resolve(tab);
    };
    const sub = vscode.window.tabGroups.onDidChangeTabs(check);
    const timer = setTimeout(() => {
      done();
      const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs).map((t) => t.label);
      reject(new Error(`no ${what} within ${deadlineMs / 1000} s; open tabs: ${tabs.join(', ') || 'none'}`));
    }, deadlineMs);
    const done = () => {
      clearTimeout(timer);
      sub.dispose();
    };
    check();
  });
}
