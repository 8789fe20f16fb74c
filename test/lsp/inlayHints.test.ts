import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InlayHint } from 'vscode-languageserver';
import { corpusDir } from '../helpers/corpus';
import { startTestServer, type TestClient } from '../helpers/lsp';
import { corpusArticle, request } from './support';

const WHOLE = { start: { line: 0, character: 0 }, end: { line: 10_000, character: 0 } };

describe('inlay hints after relative dates', () => {
  let client: TestClient;
  const seed = corpusArticle('seeds', '000_f7cdaf3cc7810e4a.txt');
  const draft = corpusArticle('desk', '03-draft-bridge-traders.txt');
  const hints = (c: TestClient, a: { uri: string }, range = WHOLE) => request<InlayHint[]>(c, 'textDocument/inlayHint', { textDocument: { uri: a.uri }, range });

  beforeAll(async () => {
    client = await startTestServer([corpusDir('seeds'), corpusDir('desk')]);
    await client.indexed;
  });
  afterAll(() => client.close());

  it('puts the resolved day right after the expression: on Monday ‹Mon 24 Apr 2017›', async () => {
    const all = await hints(client, seed);
    const monday = all.find((h) => h.label === '‹Mon 24 Apr 2017›')!;
    expect(monday.position).toEqual(seed.at('on Monday', 'on Monday'.length, 1));
    expect(monday.paddingLeft).toBe(true);
    expect(monday.tooltip).toBe("'on Monday' (nearest) dated Fri 21 Apr 2017 → Mon 24 Apr 2017");
    const labels = all.map((h) => `${seed.slice({ start: { line: h.position.line, character: 0 }, end: h.position }).match(/(\S+ ?\S+)$/)![1]} ${h.label}`);
    expect(labels).toEqual([
      'on Monday ‹Mon 24 Apr 2017›',
      'May 3-4 ‹Wed 3 May 2017 – Thu 4 May 2017›',
      'last summer ‹summer 2016›',
      'April 7 ‹Fri 7 Apr 2017›',
      'days earlier ‹Tue 4 Apr 2017›',
      'April 7 ‹Fri 7 Apr 2017›',
      'late January ‹Jan 2017›',
    ]);
  });

  it('only within the range asked for (the visible part of the editor)', async () => {
    const line = seed.at('late January').line;
    const some = await hints(client, seed, { start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
    expect(some.map((h) => h.label)).toEqual(['‹Jan 2017›']);
  });

  it('an undated draft says why its weekdays have no day: ‹no dateline›', async () => {
    const all = await hints(client, draft);
    const before = (h: InlayHint) => draft.slice({ start: { line: h.position.line, character: 0 }, end: h.position });
    expect(all.map((h) => h.label)).toEqual(['‹no dateline›', '‹no dateline›', '‹no dateline›']);
    ['on Tuesday', 'From Monday', 'next month'].forEach((text, i) => expect(before(all[i]!).endsWith(text)).toBe(true));
  });

  it('copydesk.inlayHints: false turns them off', async () => {
    const off = await startTestServer([corpusDir('seeds')], { settings: { inlayHints: false } });
    await off.indexed;
    expect(await hints(off, seed)).toEqual([]);
    off.close();
  });

  it('asks the editor to refresh when the setting changes', async () => {
    let inlayHints = true;
    const c = await startTestServer([corpusDir('seeds')], { capabilities: { workspace: { configuration: true, inlayHint: { refreshSupport: true } } } });
    c.connection.onRequest('workspace/configuration', () => [{ inlayHints }]);
    const refreshed = new Promise<void>((resolve) => c.connection.onRequest('workspace/inlayHint/refresh', () => resolve()));
    await c.indexed;
    inlayHints = false;
    await c.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    await refreshed;
    expect(await hints(c, seed)).toEqual([]);
    c.close();
  });
});
