import { readFileSync } from 'node:fs';
import { URI } from 'vscode-uri';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver';
import { corpusDir } from '../helpers/corpus';
import { startTestServer, type TestClient } from '../helpers/lsp';
import { baseName, corpusArticle } from './support';

/** Push diagnostics on the desk corpus: codes, documentation links, severities, related places, cross-file updates. */
describe('diagnostics', () => {
  let client: TestClient;
  const courier = corpusArticle('desk', '01-kelbourne-courier-bridge.txt');
  const wire = corpusArticle('desk', '02-northline-wire-bridge.txt');
  const draft = corpusArticle('desk', '03-draft-bridge-traders.txt');
  const of = (a: { uri: string }, code: string) => (client.diagnostics.get(a.uri) ?? []).filter((d) => d.code === code);

  beforeAll(async () => {
    client = await startTestServer([corpusDir('desk')]);
    await client.indexed;
    await new Promise((r) => setTimeout(r, 50));
  });
  afterAll(() => client.close());

  it('a date conflict: a warning on the date, naming both sources, related to the other article\'s sentence', () => {
    const [d] = of(courier, 'date-conflict');
    expect(d).toBeDefined();
    expect(courier.slice(d!.range)).toBe('on Tuesday');
    expect(d!.severity).toBe(2);
    expect(d!.source).toBe('copydesk');
    expect(d!.message).toMatch(/Date conflict over the vote .*Tue 12 Mar 2024.*Northline News \(02-northline-wire-bridge\.txt, Fri 15 Mar 2024\) has "on March 13"/);
    const related = d!.relatedInformation!;
    expect(related.map((r) => baseName(r.location.uri))).toEqual(['02-northline-wire-bridge.txt']);
    expect(wire.slice(related[0]!.location.range)).toBe('on March 13');
    expect(related[0]!.message).toContain('Wed 13 Mar 2024');
  });

  it('each code links to its explanation in the README (a line that names the code)', () => {
    const all = [...client.diagnostics.values()].flat();
    const codes = new Set(all.map((d) => String(d.code)));
    expect(codes).toEqual(new Set(['date-conflict', 'misquote', 'speaker-mismatch', 'name-variant', 'no-dateline']));
    for (const d of all) {
      const href = d.codeDescription?.href;
      expect(href, String(d.code)).toMatch(/^file:\/\/.*README\.md#L\d+$/);
      const [file, line] = href!.split('#L');
      const text = readFileSync(URI.parse(file!).fsPath, 'utf8').split(/\r?\n/)[Number(line) - 1]!;
      expect(text).toContain(`\`${d.code}\``);
    }
  });

  it('severities: conflicts between sources are warnings, an undated article a hint; no tags fade or strike copy', () => {
    const all = [...client.diagnostics.values()].flat();
    for (const d of all) expect(d.severity, String(d.code)).toBe(d.code === 'no-dateline' ? 4 : 2);
    expect(all.every((d) => !d.tags?.length)).toBe(true);
    const [undated] = of(draft, 'no-dateline');
    expect(undated!.relatedInformation!.map((r) => draft.slice(r.location.range))).toEqual(['on Tuesday', 'From Monday', 'next month']);
  });

  it('a misquote carries the source\'s words and points at them', () => {
    const [d] = of(wire, 'misquote');
    expect(d!.message).toContain('Kelbourne Courier (01-kelbourne-courier-bridge.txt, Thu 14 Mar 2024)');
    expect(d!.relatedInformation![0]!.location.uri).toBe(courier.uri);
  });

  it('updates the other articles when one changes: fixing the wire\'s date clears the conflict in the Courier', async () => {
    const cleared = new Promise<Diagnostic[]>((resolve) => {
      client.connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: Diagnostic[] }) => {
        client.diagnostics.set(p.uri, p.diagnostics);
        if (p.uri === courier.uri && !p.diagnostics.some((d) => d.code === 'date-conflict')) resolve(p.diagnostics);
      });
    });
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: wire.uri, languageId: 'plaintext', version: 1, text: wire.text } });
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: wire.uri, version: 2 },
      contentChanges: [{ text: wire.text.replace('on March 13', 'on March 12') }],
    });
    const after = await cleared;
    expect(after.some((d) => d.code === 'speaker-mismatch')).toBe(true); // the Courier's other finding stays
    expect(of(wire, 'date-conflict')).toEqual([]);
  });

  it('sends the changed article\'s warnings first, then those of the articles they point into, then the rest', async () => {
    const order: string[] = [];
    client.connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: Diagnostic[] }) => {
      client.diagnostics.set(p.uri, p.diagnostics);
      order.push(p.uri);
    });
    // A word typed at the top moves every place other articles' warnings point to in the wire.
    const text = wire.text.replace('on March 13', 'on March 12');
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: wire.uri, version: 3 }, contentChanges: [{ text: `Updated.\n${text}` }] });
    await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: wire.uri }, position: { line: 0, character: 0 } });
    const pointed = new Set((client.diagnostics.get(wire.uri) ?? []).flatMap((d) => (d.relatedInformation ?? []).map((r) => r.location.uri)).filter((u) => u !== wire.uri));
    expect(order[0]).toBe(wire.uri);
    expect(pointed.size).toBeGreaterThan(0);
    expect(new Set(order.slice(1, 1 + pointed.size))).toEqual(pointed);
  });
});

describe('a keystroke\'s diagnostics', () => {
  it('are written for the article typed into before the other articles it touches are checked', async () => {
    // Which sends happened before a task queued at the first one ran: those made in one go with it.
    const sends: { uri: string; withFirst: boolean }[] = [];
    let first: { done: boolean } | undefined;
    const client = await startTestServer([corpusDir('desk')], {
      serverSide: (c) => {
        const send = c.sendDiagnostics.bind(c);
        c.sendDiagnostics = (p) => {
          if (!first) {
            const marker = { done: false };
            first = marker;
            setImmediate(() => (marker.done = true));
          }
          sends.push({ uri: p.uri, withFirst: !first.done });
          return send(p);
        };
      },
    });
    await client.indexed;
    const wire = corpusArticle('desk', '02-northline-wire-bridge.txt');
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: wire.uri, languageId: 'plaintext', version: 1, text: wire.text } });
    await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: wire.uri }, position: { line: 0, character: 0 } });
    sends.length = 0;
    first = undefined;
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: wire.uri, version: 2 }, contentChanges: [{ text: `Updated.\n${wire.text}` }] });
    await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: wire.uri }, position: { line: 0, character: 0 } });
    client.close();
    expect(sends[0]).toEqual({ uri: wire.uri, withFirst: true });
    // Other articles' warnings point into the wire, so theirs moved too: sent, but after.
    expect(sends.length).toBeGreaterThan(1);
    expect(sends.slice(1).every((s) => !s.withFirst)).toBe(true);
  });
});
