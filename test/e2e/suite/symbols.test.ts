// The outline, Ctrl+T and code lenses, as an editor sees them.
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import { article, positionOf, readyHook } from './helpers';

function flatten(symbols: readonly vscode.DocumentSymbol[], path: string[] = []): { path: string[]; symbol: vscode.DocumentSymbol }[] {
  return symbols.flatMap((s) => [{ path, symbol: s }, ...flatten(s.children, [...path, s.name])]);
}

suite('Outline, workspace symbols and code lens', () => {
  suiteSetup(readyHook());

  test('the outline groups the people of an article, each at a mention', async () => {
    const uri = article('desk/01-kelbourne-courier-bridge.txt');
    const doc = await vscode.workspace.openTextDocument(uri);
    const symbols = (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri)) ?? [];
    const all = flatten(symbols);
    const tate = all.find((s) => s.symbol.name.startsWith('Rhiannon Tate'));
    assert.ok(tate, `no "Rhiannon Tate" in the outline: ${all.map((s) => s.symbol.name).join(' | ')}`);
    assert.ok(tate.path.some((p) => /^People/.test(p)), `"Rhiannon Tate" is under ${tate.path.join(' › ')}, not People`);
    assert.match(doc.getText(tate.symbol.selectionRange), /Tate/);
  });

  test('Ctrl+T finds a person by another spelling', async () => {
    const found = (await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'Djordje')) ?? [];
    assert.ok(found.some((s) => s.name.startsWith('Đorđe Petrović')), `Ctrl+T "Djordje" found: ${found.map((s) => s.name).join(' | ') || 'nothing'}`);
  });

  test('a code lens above a quotation other articles carry counts them', async () => {
    const uri = article('desk/01-kelbourne-courier-bridge.txt');
    const doc = await vscode.workspace.openTextDocument(uri);
    const lenses = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri, 100)) ?? [];
    const line = positionOf(doc, 'This bridge has carried Kelbourne').line;
    const lens = lenses.find((l) => l.range.start.line === line);
    assert.ok(lens?.command, `no code lens on line ${line + 1}; lenses on lines ${lenses.map((l) => l.range.start.line + 1).join(', ') || 'none'}`);
    assert.match(lens.command.title, /quoted in \d+ articles/);
    assert.equal(lens.command.command, 'copydesk.showReferences');
    // The lens carries where it stands; the command asks for the carriers (references) from there.
    const position = (lens.command.arguments ?? [])[1] as { line: number; character: number };
    assert.equal(lens.command.arguments?.length, 2);
    const locations = (await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', uri, new vscode.Position(position.line, position.character))) ?? [];
    assert.ok(locations.length >= 2, `references from the lens list ${locations.length} carriers`);
  });
});
