import { describe, expect, it } from 'vitest';
import { deskNodes, mentionNodes, oneLine } from '../../../client/src/deskTree';
import type { DeskResult, Mention } from '../../../client/src/protocol';

const range = (line: number, character: number, length = 5) => ({ start: { line, character }, end: { line, character: character + length } });
const gazette = { uri: 'file:///desk/01-gazette.txt', article: 'Harbour Gazette (01-gazette.txt, Wed 8 Oct 2025)', outlet: 'Harbour Gazette', published: '2025-10-08' };
const draft = { uri: 'untitled:Untitled-1', article: 'Untitled-1 (undated)', outlet: null, published: null };
const data: DeskResult = {
  entities: [
    { key: 'person:annika solberg', kind: 'person', name: 'Annika Solberg', mentions: 4, articles: 3, spellings: ['Annika Solberg', 'Anika Solberg'] },
    { key: 'organization:lindqvist ferries', kind: 'organization', name: 'Lindqvist Ferries', mentions: 1, articles: 1, spellings: ['Lindqvist Ferries'] },
  ],
  quoteGroups: [{
    source: gazette,
    quotes: [{
      text: 'We will not sail at night until every engine on every boat has been checked by an independent surveyor,',
      speaker: 'Annika Solberg',
      range: range(11, 1, 103),
      carriers: [
        { ...gazette, range: range(11, 1, 103), text: 'We will not sail…', speaker: 'Annika Solberg' },
        { ...draft, range: range(2, 4, 90), text: 'We will not sail…', speaker: null },
      ],
    }],
  }],
};
const pathOf = (uri: string) => uri.replace(/^.*[/:]/, '');

describe('the Desk view tree, from the server\'s answers', () => {
  const [people, orgs, quotes] = deskNodes(data, pathOf);

  it('has people, organisations and quotations by source, each counted', () => {
    expect([people, orgs, quotes].map((n) => [n!.label, n!.description])).toEqual([['People', '1'], ['Organisations', '1'], ['Quotations by source', '1']]);
  });

  it('shows each person with mention and article counts and the spellings seen, expanding through the server', () => {
    const solberg = people!.children![0]!;
    expect(solberg).toMatchObject({ label: 'Annika Solberg', description: '4 mentions · 3 articles', icon: 'person', entityKey: 'person:annika solberg' });
    expect(solberg.tooltip).toContain('Spelled: Annika Solberg, Anika Solberg');
    expect(orgs!.children![0]).toMatchObject({ description: '1 mention · 1 article', icon: 'organization' });
  });

  it('groups quotations under their source article; each opens the source and lists every carrier', () => {
    const source = quotes!.children![0]!;
    expect(source).toMatchObject({ label: 'Harbour Gazette', description: '1 quotation', icon: 'file' });
    const q = source.children![0]!;
    expect(q.label.startsWith('“We will not sail at night')).toBe(true);
    expect(q.label.length).toBeLessThanOrEqual(72);
    expect(q.description).toBe('Annika Solberg · also in 1 article');
    expect(q.place).toEqual({ uri: gazette.uri, range: range(11, 1, 103) });
    expect(q.citation).toEqual({ text: data.quoteGroups[0]!.quotes[0]!.text, speaker: 'Annika Solberg', outlet: 'Harbour Gazette', published: '2025-10-08' });
    expect(q.children!.map((c) => [c.label, c.description])).toEqual([['Harbour Gazette', 'source · line 12 · Annika Solberg'], ['Untitled-1', 'line 3']]);
    expect(q.children![1]!.place!.uri).toBe('untitled:Untitled-1');
  });

  it('gives every node an id unique in the tree', () => {
    const ids: string[] = [];
    const walk = (n: { id: string; children?: readonly { id: string }[] }) => {
      ids.push(n.id);
      n.children?.forEach(walk);
    };
    deskNodes(data, pathOf).forEach(walk);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('lists an entity\'s mentions with the article, the line and the sentence', () => {
    const mentions: Mention[] = [{ ...gazette, range: range(9, 16, 14), text: 'Annika Solberg', sentence: 'Chief executive Annika Solberg said the remaining vessel would run daytime crossings only.' }];
    const [m] = mentionNodes('person:annika solberg', mentions, pathOf);
    expect(m).toMatchObject({ label: 'Harbour Gazette:10', icon: 'mention', place: { uri: gazette.uri, range: range(9, 16, 14) } });
    expect(m!.description).toContain('Chief executive Annika Solberg');
  });

  it('keeps labels to one line', () => {
    expect(oneLine('a\n  b\tc')).toBe('a b c');
    expect(oneLine('x'.repeat(100), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});
