import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeLens, Location } from 'vscode-languageserver';
import { COMMANDS } from '../../server/src/lsp/commands';
import { corpusDir } from '../helpers/corpus';
import { startTestServer, type TestClient } from '../helpers/lsp';
import { baseName, corpusArticle, request } from './support';

describe('code lens on quotations other articles carry', () => {
  let client: TestClient;
  const lenses = (a: { uri: string }) => request<CodeLens[]>(client, 'textDocument/codeLens', { textDocument: { uri: a.uri } });

  beforeAll(async () => {
    client = await startTestServer([corpusDir('seeds'), corpusDir('desk')], { capabilities: { workspace: { codeLens: { refreshSupport: true } } } });
    await client.indexed;
  });
  afterAll(() => client.close());

  it('on a copy: "quoted in 2 articles · source: eaworldview (21 Apr 2017)", peeking every carrier', async () => {
    const copy = corpusArticle('seeds', '001_e881356cc02ea19d.txt');
    const all = await lenses(copy);
    const lens = all.find((l) => copy.slice(l.range).startsWith('But at this time there is no new'))!;
    // The source by its outlet when its header names one, else by its file name (`000`).
    expect(lens.command!.title).toMatch(/^quoted in 2 articles · source: (eaworldview|000) \(21 Apr 2017\)$/);
    expect(lens.command!.command).toBe(COMMANDS.showReferences);
    // Where the lens stands only: the client asks for the carriers (references) when it is clicked.
    expect(lens.command!.arguments).toHaveLength(2);
    const [uri, position] = lens.command!.arguments as [string, { line: number; character: number }];
    expect(uri).toBe(copy.uri);
    expect(position).toEqual(lens.range.start);
    const locations = await request<Location[]>(client, 'textDocument/references', { textDocument: { uri }, position, context: { includeDeclaration: true } });
    // 000 carries the words twice: in its standfirst and in its body.
    expect(locations.map((l) => baseName(l.uri))).toEqual(['001_e881356cc02ea19d.txt', '000_f7cdaf3cc7810e4a.txt', '000_f7cdaf3cc7810e4a.txt']);
    expect(locations[0]!.range).toEqual(lens.range);
  });

  it('on the source: says this article is the source; a changed quotation says its wording differs', async () => {
    const source = corpusArticle('seeds', '000_f7cdaf3cc7810e4a.txt');
    expect((await lenses(source)).map((l) => l.command!.title)).toContain('quoted in 2 articles · this article is the source');
    const wire = corpusArticle('desk', '02-northline-wire-bridge.txt');
    const titles = (await lenses(wire)).map((l) => [wire.slice(l.range).slice(0, 31), l.command!.title]);
    expect(titles).toContainEqual(['This bridge has carried Kelbour', 'quoted in 3 articles · source: Kelbourne Courier (14 Mar 2024) · wording differs']);
  });

  it('no lens on a quotation no other article carries', async () => {
    const a = corpusArticle('seeds', '003_6cd4a45ba0995dfa.txt');
    const spans = (await lenses(a)).map((l) => a.slice(l.range));
    expect(spans.some((s) => s.startsWith("I don't have any particular expectations"))).toBe(false);
  });

  it('asks the editor to refresh lenses when another article changes the counts', async () => {
    const refreshed = new Promise<void>((resolve) => client.connection.onRequest('workspace/codeLens/refresh', () => resolve()));
    const a = corpusArticle('desk', '06-balkan-business-review-norvald.md');
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: a.uri, languageId: 'markdown', version: 1, text: a.text } });
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: a.uri, version: 2 }, contentChanges: [{ text: a.text.replace('We expect', 'We hope') }] });
    await refreshed;
  });
});
