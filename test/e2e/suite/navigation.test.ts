// Navigation, as an editor sees it: go to definition and find references on a quotation carried by
// two seed articles.
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import { article, baseName, definitions, positionOf, readyHook } from './helpers';

const CARRIER = 'seeds/001_e881356cc02ea19d.txt';
const SOURCE = 'seeds/000_f7cdaf3cc7810e4a.txt';

suite('Navigation', () => {
  suiteSetup(readyHook());

  test('go to definition on a quotation lands on its source in the other seed', async () => {
    const uri = article(CARRIER);
    const doc = await vscode.workspace.openTextDocument(uri);
    const found = await definitions(uri, positionOf(doc, 'The US welcomes discussions', 10));
    assert.equal(found.length, 1, `expected one definition, got ${found.map((l) => baseName(l.uri)).join(', ') || 'none'}`);
    const target = found[0]!;
    assert.equal(baseName(target.uri), baseName(article(SOURCE)));
    const source = await vscode.workspace.openTextDocument(target.uri);
    assert.ok(target.range.contains(positionOf(source, 'The U.S. welcomes discussions')), `definition range ${JSON.stringify(target.range)} is not the source quotation`);
    assert.match(source.getText(target.range), /welcomes discussions with Russia/);
  });

  test('find references on the quotation lists both seeds that carry it', async () => {
    const uri = article(CARRIER);
    const doc = await vscode.workspace.openTextDocument(uri);
    const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', uri, positionOf(doc, 'The US welcomes discussions', 10));
    const files = new Set((refs ?? []).map((l) => baseName(l.uri)));
    assert.ok(files.has(baseName(article(CARRIER))) && files.has(baseName(article(SOURCE))), `references were in: ${[...files].join(', ') || 'none'}`);
  });

  test('go to definition on a name lands on its fullest mention', async () => {
    const uri = article('seeds/004_5b1f978478f94a9d.txt');
    const doc = await vscode.workspace.openTextDocument(uri);
    const found = await definitions(uri, positionOf(doc, 'De Mistura said he hoped', 4));
    assert.ok(found.length >= 1, 'no definition for "De Mistura"');
    const target = await vscode.workspace.openTextDocument(found[0]!.uri);
    assert.match(target.getText(found[0]!.range), /Staffan de Mistura/);
  });
});
