// Rename, as an editor sees it: renaming a person (F2) edits every article that names them, full
// names taking the new name and surnames the new surname. The edit is what VS Code would preview
// (the server marks other articles' changes as needing confirmation, so it is not applied here).
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import { article, baseName, positionOf, readyHook } from './helpers';

suite('Rename', () => {
  suiteSetup(readyHook());

  test('renaming "Colin Ashdown" edits every article that names him', async () => {
    const uri = article('desk/01-kelbourne-courier-bridge.txt');
    const doc = await vscode.workspace.openTextDocument(uri);
    const at = positionOf(doc, 'Mayor Colin Ashdown', 'Mayor Colin '.length);
    const prepared = await vscode.commands.executeCommand<{ range: vscode.Range; placeholder: string }>('vscode.prepareRename', uri, at);
    assert.equal(prepared?.placeholder, 'Colin Ashdown');

    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', uri, at, 'Colin Ashworth');
    assert.ok(edit, 'no rename edit');
    const files = edit.entries().map(([u]) => baseName(u));
    assert.ok(files.includes('01-kelbourne-courier-bridge.txt') && files.includes('02-northline-wire-bridge.txt'), `rename edits only ${files.join(', ')}`);
    let count = 0;
    for (const [u, edits] of edit.entries()) {
      const d = await vscode.workspace.openTextDocument(u);
      for (const e of edits) {
        const old = d.getText(e.range);
        assert.ok(
          (old === 'Colin Ashdown' && e.newText === 'Colin Ashworth') || (old === 'Ashdown' && e.newText === 'Ashworth'),
          `${baseName(u)}:${e.range.start.line + 1}: "${old}" → "${e.newText}"`,
        );
        count++;
      }
    }
    assert.ok(count >= 3, `only ${count} mentions renamed`);
  });

  test('an organisation is not renamed: the editor is told why', async () => {
    const uri = article('desk/01-kelbourne-courier-bridge.txt');
    const doc = await vscode.workspace.openTextDocument(uri);
    await assert.rejects(
      Promise.resolve(vscode.commands.executeCommand('vscode.prepareRename', uri, positionOf(doc, 'Kelbourne Town Council', 12))),
      /renames people/,
    );
  });
});
