import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { InlayHint } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import { startTestServer, type TestClient } from '../helpers/lsp';
import { request } from './support';

/**
 * `copydesk.undatedArticles: fileModificationDate`: an article stating no date has its weekdays
 * resolved against its file's modification day, and every place that shows such a date says so.
 */
const DRAFT = 'DRAFT -- hold\n\nCommuters count the cost\n\nIslanders say they have been stranded since the ferry stopped on Tuesday.\n';
const DATED = 'Published: 8 October 2025\n\nFerry back\n\nThe ferry stopped on Tuesday, islanders said.\n';
const WHOLE = { start: { line: 0, character: 0 }, end: { line: 100, character: 0 } };

describe('undated articles resolved against the file date (copydesk.undatedArticles)', () => {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'copydesk-undated-'));
  const draft = path.join(folder, 'draft.txt');
  const dated = path.join(folder, 'dated.txt');
  writeFileSync(draft, DRAFT);
  writeFileSync(dated, DATED);
  // Noon local time, so the calendar day is the same in every time zone the test runs in.
  const noon = new Date(2025, 9, 9, 12, 0, 0);
  utimesSync(draft, noon, noon);
  utimesSync(dated, new Date(2025, 11, 1, 12), new Date(2025, 11, 1, 12));
  const uri = URI.file(draft).toString();
  const clients: TestClient[] = [];
  afterAll(() => {
    clients.forEach((c) => c.close());
    rmSync(folder, { recursive: true, force: true });
  });
  const start = async (undatedArticles?: string) => {
    const c = await startTestServer([folder], { settings: undatedArticles ? { undatedArticles } : {} });
    clients.push(c);
    await c.indexed;
    return c;
  };
  const hints = (c: TestClient, u = uri) => request<InlayHint[]>(c, 'textDocument/inlayHint', { textDocument: { uri: u }, range: WHOLE });
  const noDateline = (c: TestClient) => c.diagnostics.get(uri)?.find((d) => d.code === 'no-dateline');

  it('leaves them unresolved by default', async () => {
    const c = await start();
    expect((await hints(c)).map((h) => h.label)).toEqual(['‹no dateline›']);
    expect(noDateline(c)?.message).toContain('cannot be resolved');
  });

  it('resolves them against the file modification day when chosen, and says so', async () => {
    const c = await start('fileModificationDate');
    const h = await hints(c);
    expect(h.map((x) => x.label)).toEqual(['‹Tue 7 Oct 2025›']);
    expect(h[0]!.tooltip).toContain('file modified Thu 9 Oct 2025');
    expect(noDateline(c)?.message).toContain("resolved against the file's last modification (Thu 9 Oct 2025)");
    // An article stating its own date keeps it, whatever its file's date.
    const own = await hints(c, URI.file(dated).toString());
    expect(own.map((x) => x.label)).toEqual(['‹Tue 7 Oct 2025›']);
    expect(own[0]!.tooltip).toContain('dated Wed 8 Oct 2025');
  });

  it('keeps the file date for an open article as it is edited', async () => {
    const c = await start('fileModificationDate');
    await c.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: DRAFT } });
    await c.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ text: DRAFT.replace('on Tuesday', 'on Monday') }],
    });
    await expect.poll(async () => (await hints(c)).map((x) => x.label)).toEqual(['‹Mon 6 Oct 2025›']);
  });

  it('reads an open article against its file\'s new date once it is saved', async () => {
    const c = await start('fileModificationDate');
    await c.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: DRAFT } });
    await expect.poll(async () => (await hints(c)).map((x) => x.label)).toEqual(['‹Tue 7 Oct 2025›']);
    try {
      // Saved a week later: the draft's "on Tuesday" is now the Tuesday before 16 October.
      utimesSync(draft, new Date(2025, 9, 16, 12), new Date(2025, 9, 16, 12));
      await c.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 2 }] });
      await expect.poll(async () => (await hints(c)).map((x) => x.label)).toEqual(['‹Tue 14 Oct 2025›']);
    } finally {
      utimesSync(draft, noon, noon);
    }
  });
});
