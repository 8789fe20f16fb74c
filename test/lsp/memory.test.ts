import { describe, expect, it } from 'vitest';
import { URI } from 'vscode-uri';
import { startTestServer } from '../helpers/lsp';

/**
 * A workspace bigger than the server's memory limit: indexing stops reading articles once the
 * heap passes `INDEX_CEILING` and says so, rather than being killed by V8 at the limit (and again
 * at every restart). What was read is indexed and checked; an article left out is checked when opened.
 */
describe('a workspace bigger than the memory limit', () => {
  const FOLDER = '/newsroom';
  const files = new Map<string, string>();
  for (let i = 0; i < 200; i++) files.set(`${FOLDER}/a${String(i).padStart(3, '0')}.txt`, `Published: ${1 + (i % 28)} March 2024\n\nBridge row\n\nMayor Colin Ashdown spoke on Tuesday.\n`);

  it('indexes what fits, warns once with the count left out, and still checks an article opened later', async () => {
    let read = 0;
    const warnings: string[] = [];
    const client = await startTestServer([FOLDER], {
      deps: {
        findArticles: async (folder: string) => ({ files: folder === FOLDER ? [...files.keys()] : [], errors: [] }),
        readFile: async (p: string) => {
          if (files.has(p)) read++;
          return files.has(p) ? { ok: true as const, text: files.get(p)!, notes: [] } : { ok: false as const, reason: 'file not found' };
        },
        // Full once 60 articles are read.
        heapShare: () => (read >= 60 ? 0.85 : 0.3),
      },
    });
    client.connection.onNotification('window/showMessage', (p: { message: string }) => {
      warnings.push(p.message);
    });
    const { articles } = await client.indexed;
    // Looked at every 25 articles: the first look past 60 stops it, at 75.
    expect(articles).toBe(75);
    expect(read).toBe(75);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('left 125 of 200 articles out of its index');
    expect(warnings[0]).toContain('85% of its memory limit');
    expect(warnings[0]).toContain('copydesk.server.maxMemory');
    // An article left out, opened: analysed and checked like any other.
    const late = URI.file(`${FOLDER}/a150.txt`).toString();
    const text = `Published: 3 March 2024\n\nBridge row\n\nMayor Colin Ashdowne spoke on Tuesday.\n`;
    const published = new Promise<unknown[]>((resolve) => client.connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: unknown[] }) => {
      if (p.uri === late) resolve(p.diagnostics);
    }));
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: late, languageId: 'plaintext', version: 1, text } });
    expect((await published).length).toBeGreaterThan(0);
    client.close();
  });
});
