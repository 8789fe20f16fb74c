// Hover, as an editor sees it: what the extension's language client returns to VS Code's own
// hover command at a position in a real document of the fixture workspace.
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import { article, hoverText, positionOf, readyHook } from './helpers';

suite('Hover', () => {
  suiteSetup(readyHook());

  test('on "De Mistura": the full name, the kind and the roles the articles give', async () => {
    const uri = article('seeds/004_5b1f978478f94a9d.txt');
    const doc = await vscode.workspace.openTextDocument(uri);
    const text = await hoverText(uri, positionOf(doc, 'De Mistura said he hoped', 4));
    assert.match(text, /^\*\*Staffan de Mistura\*\*.*\bperson\b/, `hover was:\n${text}`);
    assert.match(text, /\*\*Roles\*\*/, `hover was:\n${text}`);
    assert.match(text, /UN envoy|United Nations special envoy/, `hover was:\n${text}`);
    // The spelling written in this article is one of the names seen; the hover says where else he is mentioned.
    assert.match(text, /Mentioned in \d+ articles/, `hover was:\n${text}`);
  });

  test('on a relative date: the day it resolves to against the dateline', async () => {
    const uri = article('desk/01-kelbourne-courier-bridge.txt');
    const doc = await vscode.workspace.openTextDocument(uri);
    const text = await hoverText(uri, positionOf(doc, 'voted on Tuesday', 'voted on '.length + 2));
    assert.match(text, /Tue 12 Mar 2024/, `hover was:\n${text}`);
    assert.match(text, /Other sources/, `hover was:\n${text}`);
    assert.match(text, /Wed 13 Mar 2024/, `the other source's date is missing from the hover:\n${text}`);
  });

  test('on a quotation: its speaker and its source in another article', async () => {
    const uri = article('seeds/001_e881356cc02ea19d.txt');
    const doc = await vscode.workspace.openTextDocument(uri);
    const text = await hoverText(uri, positionOf(doc, 'The US welcomes discussions', 8));
    assert.match(text, /\*\*Quotation\*\*/, `hover was:\n${text}`);
    assert.match(text, /\*\*Source:\*\*.*000_f7cdaf3cc7810e4a\.txt/s, `hover was:\n${text}`);
  });
});
