import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SemanticTokens } from 'vscode-languageserver';
import { LEGEND } from '../../server/src/lsp/semanticTokens';
import { corpusDir } from '../helpers/corpus';
import { startTestServer, type TestClient } from '../helpers/lsp';
import { corpusArticle, decodeTokens, request } from './support';

describe('semantic tokens', () => {
  let client: TestClient;
  let legend: { tokenTypes: string[]; tokenModifiers: string[] };
  const courier = corpusArticle('desk', '01-kelbourne-courier-bridge.txt');
  const draft = corpusArticle('desk', '03-draft-bridge-traders.txt');

  beforeAll(async () => {
    client = await startTestServer([corpusDir('desk')]);
    await client.indexed;
    legend = LEGEND;
  });
  afterAll(() => client.close());

  it('declares a legend: standard `string` for quotations, custom person/organization/place/date', () => {
    expect(legend.tokenTypes).toEqual(['person', 'organization', 'place', 'date', 'string']);
    expect(legend.tokenModifiers).toEqual(['declaration', 'unresolved']);
  });

  it('marks people, organisations, places, dates and quotations with their text', async () => {
    const { data } = await request<SemanticTokens>(client, 'textDocument/semanticTokens/full', { textDocument: { uri: courier.uri } });
    const tokens = decodeTokens(data, legend, courier.text);
    const find = (text: string) => tokens.find((t) => t.text === text);
    expect(find('Rhiannon Tate')).toMatchObject({ type: 'person', modifiers: ['declaration'] });
    expect(find('Kelbourne Town Council')?.type).toBe('organization');
    expect(find('River Kell')?.type).toBe('place');
    expect(find('on Tuesday')).toMatchObject({ type: 'date', modifiers: [] });
    expect(tokens.find((t) => t.type === 'string' && t.text.startsWith('The cracks in the third pier'))).toBeDefined();
    // Never overlapping, never crossing a line: each token starts after the previous one ends.
    for (let i = 1; i < tokens.length; i++) {
      const [p, t] = [tokens[i - 1]!, tokens[i]!];
      expect(t.line > p.line || t.character >= p.character + p.length).toBe(true);
    }
  });

  it('a name inside a quotation is a name, and the quotation goes on around it', async () => {
    const { data } = await request<SemanticTokens>(client, 'textDocument/semanticTokens/full', { textDocument: { uri: courier.uri } });
    const tokens = decodeTokens(data, legend, courier.text);
    const i = tokens.findIndex((t) => t.type === 'string' && t.text.startsWith('This bridge has carried'));
    expect(tokens[i]!.text).toBe('This bridge has carried');
    expect(tokens[i + 1]).toMatchObject({ text: 'Kelbourne', type: 'place' });
    expect(tokens[i + 2]).toMatchObject({ type: 'string' });
    expect(tokens[i + 2]!.text).toMatch(/^for 140 years/);
  });

  it('an undated article\'s weekdays are `unresolved` dates', async () => {
    const { data } = await request<SemanticTokens>(client, 'textDocument/semanticTokens/full', { textDocument: { uri: draft.uri } });
    expect(decodeTokens(data, legend, draft.text).find((t) => t.text === 'on Tuesday')).toMatchObject({ type: 'date', modifiers: ['unresolved'] });
  });

  it('a range request gives only the tokens of that range', async () => {
    const line = courier.at('Rhiannon Tate').line;
    const { data } = await request<SemanticTokens>(client, 'textDocument/semanticTokens/range', {
      textDocument: { uri: courier.uri }, range: { start: { line, character: 0 }, end: { line, character: 500 } },
    });
    const tokens = decodeTokens(data, legend, courier.text);
    expect(new Set(tokens.map((t) => t.line))).toEqual(new Set([line]));
    expect(tokens.map((t) => t.text)).toContain('Rhiannon Tate');
  });
});
