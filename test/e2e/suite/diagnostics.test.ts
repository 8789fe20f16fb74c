// Warnings, as an editor sees them: the diagnostics VS Code holds for the desk articles, published
// by the language server after it indexed the workspace (no article needs to be open).
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import { article, baseName, codeOf, readyHook, waitForDiagnostics } from './helpers';

/** The planted date conflicts of ../shared/corpus/desk: each side names the other. */
const CONFLICTS = [
  { happening: 'the council vote', a: 'desk/01-kelbourne-courier-bridge.txt', aText: 'on Tuesday', b: 'desk/02-northline-wire-bridge.txt', bText: 'on March 13' },
  { happening: 'the signing', a: 'desk/04-norvald-press-release.txt', aText: 'on 14 February', b: 'desk/07-battery-beat-roundup.md', bText: 'on February 14, 2023' },
  { happening: 'the evacuation', a: 'desk/08-iberian-wire-castromaya-flood.txt', aText: 'last Friday', b: 'desk/10-riverwatch-blog-castromaya.txt', bText: 'on Saturday' },
];

const dateConflicts = (ds: vscode.Diagnostic[]) => ds.filter((d) => codeOf(d) === 'date-conflict');

suite('Diagnostics', () => {
  suiteSetup(readyHook());

  for (const c of CONFLICTS) {
    for (const [here, hereText, there, thereText] of [
      [c.a, c.aText, c.b, c.bText],
      [c.b, c.bText, c.a, c.aText],
    ] as const) {
      test(`date conflict over ${c.happening} on ${here.split('/')[1]}, related to ${there.split('/')[1]}`, async () => {
        const uri = article(here);
        const found = dateConflicts(await waitForDiagnostics(uri, (ds) => dateConflicts(ds).length > 0, 'date-conflict warning', 20_000));
        const doc = await vscode.workspace.openTextDocument(uri);
        const d = found.find((x) => doc.getText(x.range) === hereText);
        assert.ok(d, `no date-conflict on "${hereText}"; found on: ${found.map((x) => JSON.stringify(doc.getText(x.range))).join(', ')}`);
        assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
        assert.match(d.message, /^Date conflict over/);
        const related = d.relatedInformation ?? [];
        const other = related.find((r) => baseName(r.location.uri) === there.split('/')[1]);
        assert.ok(other, `related information does not point at ${there}: ${related.map((r) => r.location.uri.toString()).join(', ') || 'none'}`);
        const otherDoc = await vscode.workspace.openTextDocument(other.location.uri);
        assert.equal(otherDoc.getText(other.location.range), thereText, 'the related location is not the other article\'s date');
      });
    }
  }

  test('the other findings of the desk reach the editor: misquote, name variant, speaker mismatch, no dateline', async () => {
    const expect: [string, string][] = [
      ['desk/02-northline-wire-bridge.txt', 'misquote'],
      ['desk/05-aps-wire-novi-brezovac.txt', 'name-variant'],
      ['desk/01-kelbourne-courier-bridge.txt', 'speaker-mismatch'],
      ['desk/03-draft-bridge-traders.txt', 'no-dateline'],
    ];
    for (const [path, code] of expect) {
      await waitForDiagnostics(article(path), (ds) => ds.some((d) => codeOf(d) === code), `${code} finding`, 20_000);
    }
  });
});
