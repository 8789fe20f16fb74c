import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
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

describe('a keystroke touching hundreds of articles', () => {
  it('sends their warnings a slice at a time, answering requests in between', async () => {
    // A source quoted, one word dropped, by 300 articles: each warns and points into the source,
    // so a word typed at the top of the source moves what all 300 warnings point at.
    const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-slices-'));
    const article = (day: number, line: string) => `Published: ${day} March 2024\n\nBridge closes\n\nMayor Colin Ashdown said: "${line}."\n`;
    const source = article(1, 'We will not gamble with the lives of our people in this town');
    writeFileSync(path.join(dir, 'source.txt'), source);
    for (let i = 0; i < 300; i++) writeFileSync(path.join(dir, `copy${i}.txt`), article(5, 'We will not gamble with the lives of people in this town'));
    const client = await startTestServer([dir]);
    await client.indexed;
    const uri = URI.file(path.join(dir, 'source.txt')).toString();
    const events: string[] = [];
    client.connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: Diagnostic[] }) => {
      client.diagnostics.set(p.uri, p.diagnostics);
      if (p.uri !== uri) events.push('copy');
    });
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: source } });
    await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
    events.length = 0;
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: `Updated.\n${source}` }] });
    void client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } }).then(() => events.push('hover'));
    await vi.waitFor(() => expect(events.filter((e) => e === 'copy').length).toBe(300), { timeout: 20_000, interval: 20 });
    client.close();
    rmSync(dir, { recursive: true, force: true });
    // The hover was answered while the copies' warnings were still being sent, not after all 300.
    expect(events.indexOf('hover')).toBeGreaterThan(0);
    expect(events.indexOf('hover')).toBeLessThan(events.length - 1);
    const line = source.split('\n').indexOf(source.split('\n').find((l) => l.startsWith('Mayor'))!);
    const copy = client.diagnostics.get(URI.file(path.join(dir, 'copy0.txt')).toString())!.find((d) => d.code === 'misquote')!;
    expect(copy.relatedInformation![0]!.location.range.start.line).toBe(line + 1);
  }, 60_000);
});
