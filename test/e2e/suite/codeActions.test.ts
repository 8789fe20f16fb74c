// Code actions, as an editor sees them: the quick fix of a name spelled otherwise than most
// sources spell it, applied through VS Code; the article changes there and nowhere else.
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import { article, baseName, codeOf, readyHook, waitForDiagnostics } from './helpers';

/**
 * The quick fixes VS Code gets at a range. The workbench cancels a code action request when the
 * document's state moves on (it has just been opened, its diagnostics just arrived), as it does
 * for the lightbulb; an editor asks again, and so does this, at most three times.
 */
async function quickFixes(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[] | undefined> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, vscode.CodeActionKind.QuickFix.value);
    } catch (e) {
      if (attempt >= 3 || !(e instanceof Error) || !/Cancel/.test(e.name + e.message)) throw e;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

suite('Code actions', () => {
  suiteSetup(readyHook());

  test('the spelling fix replaces the variant with the majority spelling and changes nothing else', async () => {
    const uri = article('desk/05-aps-wire-novi-brezovac.txt');
    const isVariant = (d: vscode.Diagnostic) => codeOf(d) === 'name-variant' && /"Djordje Petrovic"/.test(d.message);
    const warning = (await waitForDiagnostics(uri, (ds) => ds.some(isVariant), 'name-variant warning on "Djordje Petrovic"')).find(isVariant)!;
    const doc = await vscode.workspace.openTextDocument(uri);
    assert.equal(doc.getText(warning.range), 'Djordje Petrovic');
    const before = doc.getText();

    const actions = (await quickFixes(uri, warning.range)) ?? [];
    // VS Code's command hands back title, kind, edit and isPreferred (not the diagnostics an action answers).
    const fix = actions.find((a) => a.isPreferred && a.edit && /Đorđe Petrović/.test(a.title) && !/desk file/.test(a.title));
    assert.ok(fix?.edit, `no preferred spelling fix among: ${actions.map((a) => `${a.title}${a.isPreferred ? ' (preferred)' : ''}`).join(' | ') || 'no actions'}`);
    assert.ok(fix.kind && vscode.CodeActionKind.QuickFix.contains(fix.kind), `the fix is a ${fix.kind?.value}, not a quick fix`);
    const entries = fix.edit.entries();
    assert.deepEqual(entries.map(([u]) => baseName(u)), [baseName(uri)], 'the fix edits another article too');
    const edits = [...entries[0]![1]].sort((a, b) => doc.offsetAt(b.range.start) - doc.offsetAt(a.range.start));
    for (const e of edits) assert.match(doc.getText(e.range), /^(Djordje )?Petrovic$/, 'the fix edits text that is not the variant spelling');

    // What the article must read after the fix: exactly these replacements, every other character kept.
    let expected = before;
    for (const e of edits) expected = expected.slice(0, doc.offsetAt(e.range.start)) + e.newText + expected.slice(doc.offsetAt(e.range.end));
    try {
      assert.ok(await vscode.workspace.applyEdit(fix.edit), 'VS Code refused the edit');
      assert.equal(doc.getText(), expected);
      assert.ok(doc.getText().includes('Đorđe Petrović') && !doc.getText().includes('Djordje Petrovic'));
      // No other article changed (the workbench's own files, such as settings, are not the desk's).
      const dirty = vscode.workspace.textDocuments.filter((d) => d.isDirty && vscode.workspace.getWorkspaceFolder(d.uri)).map((d) => baseName(d.uri));
      assert.deepEqual(dirty, [baseName(uri)], 'another article changed');
      // The server re-checks the edited buffer: the warning goes.
      await waitForDiagnostics(uri, (ds) => !ds.some((d) => codeOf(d) === 'name-variant' && /Petrovic/.test(d.message)), 'the name-variant warning cleared after the fix');
    } finally {
      // Put the fixture back as it was for the suites that follow.
      const restore = new vscode.WorkspaceEdit();
      restore.replace(uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), before);
      await vscode.workspace.applyEdit(restore);
      await doc.save();
    }
    assert.equal(doc.getText(), before);
  });
});
