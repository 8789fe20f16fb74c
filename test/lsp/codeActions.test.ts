import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, CreateFile, Diagnostic, TextDocumentEdit, TextEdit } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import { readHeader } from '../../server/src/analysis/header/header';
import { readArticle } from '../../server/src/host/files';
import { corpusDir } from '../helpers/corpus';
import { startTestServer, type TestClient } from '../helpers/lsp';
import { corpusArticle, EDITOR_CAPABILITIES, request } from './support';

type Article = ReturnType<typeof corpusArticle>;

/** Applies LSP text edits to a text (what the editor does with a WorkspaceEdit). */
function apply(text: string, edits: readonly TextEdit[]): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  return [...edits]
    .sort((a, b) => offset(b.range.start) - offset(a.range.start))
    .reduce((t, e) => t.slice(0, offset(e.range.start)) + e.newText + t.slice(offset(e.range.end)), text);
}

async function actionsAt(client: TestClient, a: Article, needle: string, code?: string): Promise<CodeAction[]> {
  const diagnostics: Diagnostic[] = (client.diagnostics.get(a.uri) ?? []).filter((d) => !code || d.code === code);
  const start = a.at(needle);
  return request<CodeAction[]>(client, 'textDocument/codeAction', { textDocument: { uri: a.uri }, range: { start, end: start }, context: { diagnostics } });
}

describe('code actions on the seeds (no desk file yet)', () => {
  let client: TestClient;
  const lavrov = corpusArticle('seeds', '002_873accf2678afac0.txt');
  const deskFile = URI.file(path.join(corpusDir('seeds'), '.copydesk', 'desk.json')).toString();

  beforeAll(async () => {
    client = await startTestServer([corpusDir('seeds')], { capabilities: EDITOR_CAPABILITIES });
    await client.indexed;
  });
  afterAll(() => client.close());

  it('name-variant: "use the majority spelling" is the preferred fix, on the diagnostic, replacing exactly the name', async () => {
    const actions = await actionsAt(client, lavrov, 'Sergei Lavrov', 'name-variant');
    const use = actions.find((x) => x.title === 'Use "Sergey Lavrov"')!;
    expect(use.kind).toBe('quickfix');
    expect(use.isPreferred).toBe(true);
    expect(use.diagnostics?.[0]?.code).toBe('name-variant');
    const [edit] = use.edit!.changes![lavrov.uri]!;
    expect(lavrov.slice(edit!.range)).toBe('Sergei Lavrov');
    expect(edit!.newText).toBe('Sergey Lavrov');
  });

  it('name-variant: "add to the desk file" creates .copydesk/desk.json in the documented shape', async () => {
    const actions = await actionsAt(client, lavrov, 'Sergei Lavrov', 'name-variant');
    const titles = actions.map((x) => x.title);
    expect(titles).toContain('Add to the desk file: pin "Sergey Lavrov" (with "Sergei Lavrov" as a variant)');
    expect(titles).toContain('Add to the desk file: pin "Sergei Lavrov" as the desk\'s spelling');
    expect(titles).toContain('Add to the desk file: "Sergei Lavrov" and "Sergey Lavrov" are different people');
    const pin = actions.find((x) => x.title.startsWith('Add to the desk file: pin "Sergey Lavrov"'))!;
    const [create, fill] = pin.edit!.documentChanges! as [CreateFile, TextDocumentEdit];
    expect(create).toEqual({ kind: 'create', uri: deskFile, options: { ignoreIfExists: true } });
    expect(fill.textDocument.uri).toBe(deskFile);
    expect(JSON.parse((fill.edits[0] as TextEdit).newText)).toEqual({ people: [{ name: 'Sergey Lavrov', variants: ['Sergei Lavrov'] }] });
    const distinct = actions.find((x) => x.title.includes('different people'))!;
    expect(JSON.parse(((distinct.edit!.documentChanges![1] as TextDocumentEdit).edits[0] as TextEdit).newText)).toEqual({ distinct: [['Sergei Lavrov', 'Sergey Lavrov']] });
  });

  it('no-dateline: inserts a publication date line the header reader then finds, keeping the headline', async () => {
    const actions = await actionsAt(client, lavrov, 'USA, Russia', 'no-dateline');
    const insert = actions.filter((x) => x.title.startsWith('Insert a dateline: '));
    expect(insert.map((x) => x.title)).toContainEqual(expect.stringMatching(/^Insert a dateline: Published: \d+ \w+ \d{4} \(today\)$/));
    const related = insert.find((x) => x.title.includes('the article naming most of the same people'))!;
    // The Lavrov/Kerry story: dated as one of the two dated seeds about the same people.
    const m = /^Insert a dateline: Published: (20 October 2016 \(as 003|28 April 2016 \(as 004)_/.exec(related.title);
    expect(m, related.title).not.toBeNull();
    const after = apply(lavrov.text, related.edit!.changes![lavrov.uri]!);
    expect(readHeader(after).published?.value).toBe(m![1]!.startsWith('20') ? '2016-10-20' : '2016-04-28');
    expect(readHeader(after).headline?.value).toBe(readHeader(lavrov.text).headline?.value);
  });

  it('no-dateline in an unsaved Markdown draft with front matter: a `date:` field goes into the front matter', async () => {
    const uri = 'untitled:ferry-draft.md';
    const text = '---\ntitle: Lavrov and Kerry meet again\nauthor: Sam Okafor\n---\n\n# Lavrov and Kerry meet again\n\nSergey Lavrov and John Kerry met on Wednesday in Geneva, a State Department spokesman said.\n';
    const published = new Promise<void>((resolve) => client.connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: Diagnostic[] }) => {
      client.diagnostics.set(p.uri, p.diagnostics);
      if (p.uri === uri) resolve();
    }));
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    await published;
    const draft = { uri, text, at: (needle: string) => { const before = text.slice(0, text.indexOf(needle)).split('\n'); return { line: before.length - 1, character: before[before.length - 1]!.length }; } };
    const actions = await actionsAt(client, draft as Article, '---', 'no-dateline');
    const today = actions.find((x) => x.title.endsWith('(today)'))!;
    expect(today.title).toMatch(/^Insert a dateline: date: \d{4}-\d\d-\d\d \(today\)$/);
    const after = apply(text, today.edit!.changes![uri]!);
    expect(after.split('\n').slice(0, 5)).toEqual(['---', 'title: Lavrov and Kerry meet again', 'author: Sam Okafor', expect.stringMatching(/^date: \d{4}-\d\d-\d\d$/), '---']);
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  });

  it('context.only is honoured: asking for refactorings gives no quick fixes', async () => {
    const start = lavrov.at('Sergei Lavrov');
    const actions = await request<CodeAction[]>(client, 'textDocument/codeAction', { textDocument: { uri: lavrov.uri }, range: { start, end: start }, context: { diagnostics: [], only: ['refactor'] } });
    expect(actions.every((a) => a.kind?.startsWith('refactor'))).toBe(true);
  });
});

describe('code actions on the desk corpus, with a desk file already there', () => {
  let client: TestClient;
  const existing = '{\n  // the desk\'s own spellings\n  "people": [\n    { "name": "Sergey Lavrov", "variants": [] }\n  ]\n}\n';
  const deskPath = path.join(corpusDir('desk'), '.copydesk', 'desk.json');
  const wire = corpusArticle('desk', '02-northline-wire-bridge.txt');
  const draft = corpusArticle('desk', '03-draft-bridge-traders.txt');
  const aps = corpusArticle('desk', '05-aps-wire-novi-brezovac.txt');

  beforeAll(async () => {
    // The desk file is served by the host, never written into the shared corpus.
    const readFile = (p: string) => (p === deskPath ? Promise.resolve({ ok: true as const, text: existing, notes: [] }) : readArticle(p));
    client = await startTestServer([corpusDir('desk')], { capabilities: EDITOR_CAPABILITIES, deps: { readFile } });
    await client.indexed;
  });
  afterAll(() => client.close());

  it('misquote: "restore the source\'s wording" replaces the changed words with the Courier\'s', async () => {
    const actions = await actionsAt(client, wire, 'This bridge has carried Kelbourne', 'misquote');
    const restore = actions.find((x) => x.title === "Restore the source's wording from 01-kelbourne-courier-bridge.txt")!;
    expect(restore.isPreferred).toBe(true);
    const [edit] = restore.edit!.changes![wire.uri]!;
    expect(wire.slice(edit!.range)).toMatch(/we can(not|'t) gamble|gamble/);
    expect(edit!.newText).toContain('we will not gamble');
  });

  it('no-dateline on the draft: dated as the Northline wire or today, inserted below the writer line', async () => {
    const actions = await actionsAt(client, draft, 'DRAFT v2', 'no-dateline');
    const related = actions.find((x) => x.title.includes('the article naming most of the same people'))!;
    expect(related.title).toMatch(/^Insert a dateline: Published: 1[45] March 2024/);
    const [edit] = related.edit!.changes![draft.uri]!;
    expect(edit!.range.start).toEqual({ line: 1, character: 'Writer: Sam Okafor'.length });
    const after = apply(draft.text, [edit!]);
    expect(after.split('\n').slice(0, 3)).toEqual(['DRAFT v2 -- BRIDGE/TRADERS -- not for publication', 'Writer: Sam Okafor', expect.stringMatching(/^Published: 1[45] March 2024$/)]);
  });

  it('name-variant with a desk file: a minimal edit appends the person, keeping the editor\'s comment', async () => {
    const actions = await actionsAt(client, aps, 'Djordje Petrovic', 'name-variant');
    const pin = actions.find((x) => x.title === 'Add to the desk file: pin "Đorđe Petrović" (with "Djordje Petrovic" as a variant)')!;
    const [change] = pin.edit!.documentChanges! as TextDocumentEdit[];
    expect(change!.textDocument).toEqual({ uri: URI.file(deskPath).toString(), version: null });
    const after = apply(existing, change!.edits as TextEdit[]);
    expect(after).toContain("// the desk's own spellings");
    expect(JSON.parse(after.replace(/\/\/.*$/m, ''))).toEqual({
      people: [{ name: 'Sergey Lavrov', variants: [] }, { name: 'Đorđe Petrović', variants: ['Djordje Petrovic'] }],
    });
  });

  it('a person already pinned gets no "pin" action; another person gets one as a refactoring', async () => {
    const actions = await actionsAt(client, wire, 'Colin Ashdown');
    expect(actions.map((a) => [a.title, a.kind])).toContainEqual(['Add to the desk file: pin the spelling "Colin Ashdown"', 'refactor.rewrite']);
  });
});
