// Inlay hints, as an editor sees them: the day each relative date resolves to, drawn after it.
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import { article, labelOf, positionOf, readyHook } from './helpers';

suite('Inlay hints', () => {
  suiteSetup(readyHook());

  test('after each relative date, the day it resolves to against the dateline', async () => {
    const uri = article('desk/01-kelbourne-courier-bridge.txt');
    const doc = await vscode.workspace.openTextDocument(uri);
    const whole = new vscode.Range(0, 0, doc.lineCount, 0);
    const hints = (await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', uri, whole)) ?? [];
    const at = (text: string) => hints.filter((h) => h.position.isEqual(positionOf(doc, text, text.length))).map(labelOf);
    assert.deepEqual(at('voted on Tuesday'), ['‹Tue 12 Mar 2024›'], `hints: ${hints.map((h) => `${h.position.line + 1}:${h.position.character + 1} ${labelOf(h)}`).join(', ')}`);
    assert.deepEqual(at('traffic on Monday'), ['‹Mon 18 Mar 2024›']);
    // A hint never sits inside a word: every one follows the date it explains.
    for (const h of hints) assert.match(doc.lineAt(h.position.line).text.slice(0, h.position.character), /\S$/);
  });
});
