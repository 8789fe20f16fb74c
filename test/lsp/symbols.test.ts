import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SymbolKind, type DocumentSymbol, type SymbolInformation, type WorkspaceSymbol } from 'vscode-languageserver';
import { corpusDir } from '../helpers/corpus';
import { startTestServer, type TestClient } from '../helpers/lsp';
import { baseName, corpusArticle, EDITOR_CAPABILITIES, request } from './support';

describe('document and workspace symbols', () => {
  let client: TestClient;
  const courier = corpusArticle('desk', '01-kelbourne-courier-bridge.txt');

  beforeAll(async () => {
    client = await startTestServer([corpusDir('desk')], { capabilities: EDITOR_CAPABILITIES });
    await client.indexed;
  });
  afterAll(() => client.close());

  it('the outline: headline, then people, organisations, quotations and dates, each pointing at its text', async () => {
    const symbols = await request<DocumentSymbol[]>(client, 'textDocument/documentSymbol', { textDocument: { uri: courier.uri } });
    expect(symbols.map((s) => s.name)).toEqual(['Old Mill Bridge to close after council vote', 'People', 'Organisations', 'Places', 'Quotations', 'Dates']);
    const [headline, people, , , quotes, dates] = symbols as [DocumentSymbol, DocumentSymbol, DocumentSymbol, DocumentSymbol, DocumentSymbol, DocumentSymbol];
    expect(headline.kind).toBe(SymbolKind.File);
    expect(headline.detail).toBe('Kelbourne Courier · Thu 14 Mar 2024');
    expect(courier.slice(headline.selectionRange)).toBe('Old Mill Bridge to close after council vote');
    const tate = people.children!.find((c) => c.name === 'Rhiannon Tate')!;
    expect(tate.detail).toMatch(/chief structural engineer · \d mentions$/);
    expect(courier.slice(tate.selectionRange)).toBe('Rhiannon Tate');
    expect(quotes.kind).toBe(SymbolKind.Package);
    expect(quotes.children!.map((q) => q.kind)).toEqual(quotes.children!.map(() => SymbolKind.String));
    expect(quotes.children![0]!.name).toMatch(/^“The cracks in the third pier have doubled in width/);
    expect(quotes.children!.some((q) => q.name.startsWith('“This bridge has carried Kelbourne for 140 years') && q.detail === 'Colin Ashdown')).toBe(true);
    expect(dates.children!.map((d) => `${d.name} → ${d.detail}`)).toContain('on Tuesday → Tue 12 Mar 2024');
    for (const group of symbols.slice(1)) {
      for (const c of group.children!) expect(courier.slice(c.selectionRange).length).toBeGreaterThan(0);
    }
  });

  it('flat SymbolInformation for an editor without hierarchical outlines', async () => {
    const flat = await startTestServer([corpusDir('desk')]);
    await flat.indexed;
    const symbols = await request<SymbolInformation[]>(flat, 'textDocument/documentSymbol', { textDocument: { uri: courier.uri } });
    flat.close();
    expect(symbols.find((s) => s.name === 'Rhiannon Tate')).toMatchObject({ kind: SymbolKind.Object, containerName: 'People' });
  });

  it('Ctrl+T finds a person across the desk by any spelling, at their fullest mention in the earliest article', async () => {
    const byVariant = await request<WorkspaceSymbol[]>(client, 'workspace/symbol', { query: 'Djordje' });
    const petrovic = byVariant.find((s) => s.name === 'Đorđe Petrović')!;
    expect(petrovic.kind).toBe(SymbolKind.Object);
    expect(petrovic.containerName).toMatch(/^person · [34] articles$/);
    const loc = petrovic.location as { uri: string; range: never };
    expect(baseName(loc.uri)).toBe('04-norvald-press-release.txt');
    expect(corpusArticle('desk', '04-norvald-press-release.txt').slice(loc.range)).toBe('Đorđe Petrović');
    const fuzzy = await request<WorkspaceSymbol[]>(client, 'workspace/symbol', { query: 'zoe muller' });
    expect(fuzzy.map((s) => s.name)).toContain('Zoë Müller-Lüdenscheidt');
  });

  it('headlines are symbols too', async () => {
    const found = await request<WorkspaceSymbol[]>(client, 'workspace/symbol', { query: 'castromaya floods' });
    expect(found.find((s) => s.kind === SymbolKind.File)?.name).toBe('Castromaya floods put EU disaster response to the test');
  });
});
