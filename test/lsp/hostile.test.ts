import * as path from 'node:path';
import { marked } from 'marked';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeLens, Diagnostic, Hover } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import { startTestServer, type TestClient } from '../helpers/lsp';

/**
 * Article text is data (issue 9). Two articles full of Markdown, HTML, `command:` links, script
 * and VS Code icon syntax, in a file whose very name is a Markdown link: every hover is rendered
 * with marked (the engine behind VS Code's hovers) and must contain no link but Copydesk's own
 * `file:` links, no HTML element the article wrote, and show the hostile text as text.
 */
const FOLDER = path.resolve('/copydesk-test/hostile');
const EVIL_LINK = '[the surveyor](command:workbench.action.terminal.new?%5B%22rm%22%5D)';
const SOURCE = [
  'Source: $(alert) [Evil Outlet](command:workbench.action.reloadWindow) <b>Gazette</b>',
  'Published: 4 March 2024',
  'By Mallory Evans',
  '',
  'Harbour ferry to stop after council vote',
  '',
  'The <img src=x onerror=alert(1)> harbour master, Annika Solberg, said on Monday the crossing would close after the council voted on Friday.',
  '',
  `"We will not reopen the crossing <script>alert(1)</script> until ${EVIL_LINK} has inspected ![x](https://evil.example/t.png) every **mooring** on the pier," Ms Solberg said.`,
  '',
].join('\n');
const COPY = [
  'Source: <a href="command:workbench.action.terminal.new">Wire</a> `code` https://evil.example',
  'Published: 6 March 2024',
  '',
  'Ferry crossing closes as surveyors wait',
  '',
  'The harbour master, Annika Solberg, said the ferry crossing would close after the council voted on Thursday.',
  '',
  `"We will not reopen the crossing <script>alert(1)</script> until ${EVIL_LINK} has looked at ![x](https://evil.example/t.png) every **mooring** on the pier," Ms Solberg said.`,
  '',
].join('\n');
const files = { [path.join(FOLDER, 'a](command:evil.run).txt')]: SOURCE, [path.join(FOLDER, '<img src=x>.txt')]: COPY };
const [sourceFile, copyFile] = Object.keys(files) as [string, string];

/** Renders hover Markdown as VS Code would and returns every problem an article could have caused. */
function injected(markdown: string): string[] {
  const html = marked.parse(markdown, { gfm: true, async: false }) as string;
  const problems: string[] = [];
  for (const m of html.matchAll(/<a\s[^>]*href="([^"]*)"/g)) if (!m[1]!.startsWith('file:')) problems.push(`link to ${m[1]}`);
  for (const m of html.matchAll(/<(\/?)([a-z]+)[\s>]/gi)) if (!['p', 'strong', 'code', 'a', 'ul', 'li', 'br'].includes(m[2]!.toLowerCase())) problems.push(`<${m[1]}${m[2]}> element`);
  if (/<img|<script|src=|onerror=/i.test(html.replace(/&lt;[^&]*&gt;/g, ''))) problems.push('active HTML');
  return problems;
}

describe('hostile article text', () => {
  let client: TestClient;
  const uri = (f: string) => URI.file(f).toString();
  const positionIn = (text: string, needle: string, offset = 0) => {
    const before = text.slice(0, text.indexOf(needle) + offset).split('\n');
    return { line: before.length - 1, character: before[before.length - 1]!.length };
  };
  const hover = async (file: string, needle: string, offset = 0) => {
    const h = await client.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri: uri(file) }, position: positionIn(files[file]!, needle, offset) });
    return (h?.contents as { value: string } | undefined)?.value ?? '';
  };

  beforeAll(async () => {
    client = await startTestServer([FOLDER], {
      deps: {
        findArticles: async (folder: string) => ({ files: folder === FOLDER ? Object.keys(files) : [], errors: [] }),
        readFile: async (p: string) => (files[p] !== undefined ? { ok: true as const, text: files[p]!, notes: [] } : { ok: false as const, reason: 'file not found' }),
      },
    });
    await client.indexed;
  });
  afterAll(() => client.close());

  it('hovers on quotations render no link, command, image or script the article wrote', async () => {
    for (const [file, needle] of [[copyFile, 'We will not reopen'], [sourceFile, 'We will not reopen'], [copyFile, 'every **mooring**']] as const) {
      const value = await hover(file, needle, 3);
      expect(value).toMatch(/^\*\*Quotation\*\*/);
      expect(injected(value), value).toEqual([]);
      expect(value).not.toMatch(/(?<!\\)\]\(command:/);
    }
    const copy = await hover(copyFile, 'We will not reopen', 3);
    // The words are still there for the editor to read, as text.
    const html = marked.parse(copy, { gfm: true, async: false }) as string;
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('[the surveyor](command:workbench.action.terminal.new?%5B%22rm%22%5D)');
    expect(copy).toContain('**The source reads:**');
  });

  it('hovers on names and dates: the outlet\'s link and HTML stay text; the only links are file: links to the articles', async () => {
    for (const [file, needle] of [[copyFile, 'Annika Solberg'], [sourceFile, 'Annika Solberg'], [sourceFile, 'on Monday'], [sourceFile, 'on Friday']] as const) {
      const value = await hover(file, needle, 3);
      expect(value.length, needle).toBeGreaterThan(0);
      expect(injected(value), value).toEqual([]);
    }
    const name = await hover(sourceFile, 'Annika Solberg', 3);
    expect(marked.parse(name, { async: false }) as string).toMatch(/href="file:\/\/\/[^"]*a%5D%28command%3Aevil\.run%29\.txt#L\d+,\d+"/);
  });

  it('code lens titles: icon syntax from an outlet name is escaped, the command is Copydesk\'s own', async () => {
    const lenses = await client.connection.sendRequest<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: uri(copyFile) } });
    expect(lenses.length).toBeGreaterThan(0);
    for (const l of lenses) {
      expect(l.command!.command).toBe('copydesk.showReferences');
      expect(l.command!.title).not.toMatch(/(?<!\\)\$\(/);
    }
    expect(lenses[0]!.command!.title).toContain('\\$(alert)');
  });

  it('diagnostics are plain text (never rendered as Markdown) and point only into the articles', () => {
    const all: Diagnostic[] = [...client.diagnostics.values()].flat();
    expect(all.map((d) => d.code)).toContain('misquote');
    for (const d of all) {
      for (const r of d.relatedInformation ?? []) expect(r.location.uri).toMatch(/^file:/);
      if (d.codeDescription) expect(d.codeDescription.href).toMatch(/^file:.*README\.md#L\d+$/);
    }
  });
});
