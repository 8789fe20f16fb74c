import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnnotatedTextEdit, ResponseError, TextDocumentEdit, WorkspaceEdit } from 'vscode-languageserver';
import { corpusDir } from '../helpers/corpus';
import { startTestServer, type TestClient } from '../helpers/lsp';
import { baseName, corpusArticle, EDITOR_CAPABILITIES, request } from './support';

/** Every seed but 002 names the UN envoy. */
const NAMING_DE_MISTURA = ['000_f7cdaf3cc7810e4a.txt', '001_e881356cc02ea19d.txt', '003_6cd4a45ba0995dfa.txt', '004_5b1f978478f94a9d.txt'];
const SEEDS = ['000_f7cdaf3cc7810e4a.txt', '001_e881356cc02ea19d.txt', '002_873accf2678afac0.txt', '003_6cd4a45ba0995dfa.txt', '004_5b1f978478f94a9d.txt'];

describe('rename a person across the desk', () => {
  let client: TestClient;
  const seeds = Object.fromEntries(SEEDS.map((n) => [n, corpusArticle('seeds', n)]));
  const first = seeds['000_f7cdaf3cc7810e4a.txt']!;

  beforeAll(async () => {
    client = await startTestServer([corpusDir('seeds')], { capabilities: EDITOR_CAPABILITIES });
    await client.indexed;
  });
  afterAll(() => client.close());

  it('prepareRename gives the mention\'s range and the name as placeholder', async () => {
    const r = await request<{ range: never; placeholder: string }>(client, 'textDocument/prepareRename', { textDocument: { uri: first.uri }, position: first.at('Staffan de Mistura', 9) });
    expect(first.slice(r.range)).toBe('Staffan de Mistura');
    expect(r.placeholder).toBe('Staffan de Mistura');
  });

  it('edits every mention in every article, full names and short forms alike, keeping a capital at a sentence start', async () => {
    const edit = await request<WorkspaceEdit>(client, 'textDocument/rename', { textDocument: { uri: first.uri }, position: first.at('Staffan de Mistura', 9), newName: 'Staffan di Mistura' });
    const changes = edit.documentChanges as TextDocumentEdit[];
    expect(changes.map((c) => baseName(c.textDocument.uri)).sort()).toEqual(NAMING_DE_MISTURA);
    const seen = new Map<string, number>();
    for (const c of changes) {
      const a = seeds[baseName(c.textDocument.uri)]!;
      for (const e of c.edits as AnnotatedTextEdit[]) {
        const was = a.slice(e.range);
        expect(was, baseName(a.uri)).toMatch(/^(Staffan )?[Dd]e Mistura$|^Mistura$/);
        const expected = was === 'Staffan de Mistura' ? 'Staffan di Mistura' : was === 'De Mistura' ? 'Di Mistura' : was === 'de Mistura' ? 'di Mistura' : 'Mistura';
        expect(e.newText).toBe(expected);
        seen.set(was, (seen.get(was) ?? 0) + 1);
      }
    }
    expect(seen.get('Staffan de Mistura')).toBeGreaterThanOrEqual(5);
    expect(seen.get('De Mistura')).toBeGreaterThanOrEqual(1);
  });

  it('annotates the other articles\' edits as needing confirmation, so the editor previews them', async () => {
    const edit = await request<WorkspaceEdit>(client, 'textDocument/rename', { textDocument: { uri: first.uri }, position: first.at('Staffan de Mistura', 9), newName: 'Staffan di Mistura' });
    const byUri = new Map((edit.documentChanges as TextDocumentEdit[]).map((c) => [c.textDocument.uri, (c.edits[0] as AnnotatedTextEdit).annotationId]));
    const annotations = edit.changeAnnotations!;
    expect(annotations[byUri.get(first.uri)!]!.needsConfirmation).toBe(false);
    const other = annotations[byUri.get(seeds['003_6cd4a45ba0995dfa.txt']!.uri)!]!;
    expect(other).toEqual({ label: 'Rename to "Staffan di Mistura"', description: '003_6cd4a45ba0995dfa.txt (Thu 20 Oct 2016)', needsConfirmation: true });
  });

  it('renaming a spelling variant fixes only the articles that spell it otherwise', async () => {
    const a = seeds['002_873accf2678afac0.txt']!;
    const edit = await request<WorkspaceEdit>(client, 'textDocument/rename', { textDocument: { uri: a.uri }, position: a.at('Sergei Lavrov', 2), newName: 'Sergey Lavrov' });
    const changes = edit.documentChanges as TextDocumentEdit[];
    expect(changes.map((c) => baseName(c.textDocument.uri))).toEqual(['002_873accf2678afac0.txt']);
    expect((changes[0]!.edits as AnnotatedTextEdit[]).map((e) => [a.slice(e.range), e.newText])).toEqual([['Sergei Lavrov', 'Sergey Lavrov']]);
  });

  it('plain `changes` for an editor without change annotations', async () => {
    const plain = await startTestServer([corpusDir('seeds')]);
    await plain.indexed;
    const edit = await request<WorkspaceEdit>(plain, 'textDocument/rename', { textDocument: { uri: first.uri }, position: first.at('Staffan de Mistura', 9), newName: 'Staffan di Mistura' });
    plain.close();
    expect(Object.keys(edit.changes!).map(baseName).sort()).toEqual(NAMING_DE_MISTURA);
  });

  it('refuses places and organisations with a reason, and nothing at all is renamed off a name', async () => {
    const err = await request(client, 'textDocument/prepareRename', { textDocument: { uri: first.uri }, position: first.at('in Geneva', 4) }).catch((e: ResponseError<unknown>) => e);
    expect((err as ResponseError<unknown>).message).toMatch(/renames people/);
    expect(await request(client, 'textDocument/prepareRename', { textDocument: { uri: first.uri }, position: first.at('turned down a possible') })).toBeNull();
    const bad = await request(client, 'textDocument/rename', { textDocument: { uri: first.uri }, position: first.at('Staffan de Mistura', 9), newName: '  ' }).catch((e: ResponseError<unknown>) => e);
    expect((bad as ResponseError<unknown>).message).toMatch(/cannot be empty/);
  });
});
