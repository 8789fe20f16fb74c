import * as vscode from 'vscode';
import type { Place } from './protocol';

/** Schemes an article can live under; anything else (a `command:` URI above all) is never opened. */
const OPENABLE = /^(?:file|untitled|vscode-remote|vscode-vfs|copydesk-archive)$/;

function isPlace(x: unknown): x is Place {
  const p = x as Place | undefined;
  return typeof p?.uri === 'string' && typeof p.range?.start?.line === 'number' && typeof p.range.start.character === 'number'
    && typeof p.range.end?.line === 'number' && typeof p.range.end.character === 'number';
}

/** Opens a place in an article (the server's answer, or an item of a view) with the text selected. */
export async function openPlace(place: unknown, viewColumn?: vscode.ViewColumn): Promise<void> {
  if (!isPlace(place)) return;
  const uri = vscode.Uri.parse(place.uri, true);
  if (!OPENABLE.test(uri.scheme) && !vscode.workspace.workspaceFolders?.some((f) => f.uri.scheme === uri.scheme)) return;
  const { start, end } = place.range;
  const selection = new vscode.Range(start.line, start.character, end.line, end.character);
  await vscode.window.showTextDocument(uri, { selection, preview: true, ...(viewColumn ? { viewColumn } : {}) });
  vscode.window.activeTextEditor?.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** How a view names an article's file: relative to its folder, with the folder's name in a multi-root workspace. */
export function pathOf(uri: string): string {
  try {
    const u = vscode.Uri.parse(uri, true);
    if (u.scheme === 'untitled') return u.path;
    return vscode.workspace.asRelativePath(u, (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
  } catch {
    return uri;
  }
}
