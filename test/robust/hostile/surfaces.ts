import { rmSync } from 'node:fs';
import * as path from 'node:path';
import { marked } from 'marked';
import { expect } from 'vitest';
import type { CodeLens, Diagnostic, DocumentSymbol, Hover, InlayHint, PublishDiagnosticsParams } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import { deskNodes } from '../../../client/src/deskTree';
import type { DeskResult, TimelineResult } from '../../../client/src/protocol';
import { timelineHtml } from '../../../client/src/timelineHtml';
import { findArticles, readArticle } from '../../../server/src/host/files';
import { makeFolder } from './folder';
import type { Case } from './reading';
import { session, type Session } from './server';

/**
 * Article text is data (issue 9): two articles (one with a file name that is itself a Markdown
 * link) full of Markdown, HTML, `command:` links, script and VS Code icon syntax, through every
 * surface that shows article text: hovers (Markdown, rendered with marked), code lens titles,
 * diagnostics, inlay hints, outline, the Desk view and the Timeline webview.
 */
const EVIL = '[the surveyor](command:workbench.action.terminal.new?%5B%22rm%22%5D) <script>alert(1)</script> <img src=x onerror=alert(1)> ![t](https://evil.example/t.png) $(alert) **bold**';
const SOURCE = `Source: $(alert) [Evil Outlet](command:workbench.action.reloadWindow) <b>Gazette</b>\nPublished: 4 March 2024\n\nHarbour ferry to stop\n\nThe harbour master, Annika Solberg, said the council voted on Friday ${EVIL}.\n\n"We will not reopen the crossing ${EVIL} until every mooring is checked," Ms Solberg said.\n`;
const COPY = `Source: <a href="command:x">Wire</a>\nPublished: 6 March 2024\n\nFerry closes\n\nThe harbour master, Annika Solberg, said the council voted on Thursday.\n\n"We will not reopen the crossing ${EVIL} until every berth is checked," Ms Solberg said.\n`;
const NAMES = ['a](command:evil.run).txt', '<img src=x>.txt'] as const;

/** What a rendered hover could carry that the article put there: links not to files, foreign elements, active HTML. */
function injected(markdown: string): string[] {
  const html = marked.parse(markdown, { gfm: true, async: false }) as string;
  const problems: string[] = [];
  for (const m of html.matchAll(/<a\s[^>]*href="([^"]*)"/g)) if (!m[1]!.startsWith('file:')) problems.push(`link to ${m[1]}`);
  for (const m of html.matchAll(/<(\/?)([a-z]+)[\s>]/gi)) if (!['p', 'strong', 'code', 'a', 'ul', 'li', 'br', 'hr'].includes(m[2]!.toLowerCase())) problems.push(`<${m[2]}>`);
  if (/<img|<script|onerror=/i.test(html.replace(/&lt;[^&]*&gt;/g, ''))) problems.push('active HTML');
  return problems;
}

async function withDesk<T>(work: (s: Session, uris: string[], diagnostics: Map<string, Diagnostic[]>) => Promise<T>): Promise<T> {
  const dir = makeFolder({ [NAMES[0]]: SOURCE, [NAMES[1]]: COPY });
  const s = await session(dir, { findArticles, readFile: readArticle });
  const diagnostics = new Map<string, Diagnostic[]>();
  s.rpc.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    diagnostics.set(p.uri, p.diagnostics);
  });
  await s.indexed;
  await new Promise((r) => setTimeout(r, 50));
  try {
    return await work(s, NAMES.map((n) => URI.file(path.join(dir, n)).toString()), diagnostics);
  } finally {
    s.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const timed = async (f: () => Promise<string>) => {
  const t0 = performance.now();
  const outcome = await f();
  return { outcome, ms: performance.now() - t0 };
};

const at = (text: string, needle: string) => {
  const before = text.slice(0, text.indexOf(needle) + 2).split('\n');
  return { line: before.length - 1, character: before[before.length - 1]!.length };
};

export const SURFACES: readonly Case[] = [
  {
    input: 'Hovers on a quotation, a name and a date in articles full of Markdown links to `command:` URIs, HTML, script, images and icon syntax', limitMs: 10_000,
    run: () => timed(() => withDesk(async (s, uris) => {
      let n = 0;
      for (const [uri, text] of [[uris[0]!, SOURCE], [uris[1]!, COPY]] as const) {
        for (const needle of ['We will not reopen', 'Annika Solberg', 'on Friday', 'on Thursday']) {
          if (!text.includes(needle)) continue;
          const h = await s.rpc.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: at(text, needle) });
          const value = (h?.contents as { value: string } | undefined)?.value ?? '';
          expect(value.length, needle).toBeGreaterThan(0);
          expect(injected(value), value).toEqual([]);
          n++;
        }
      }
      return `${n} hovers rendered with marked: no link but Copydesk's own \`file:\` links, no element or script from the text, the text shown as text`;
    })),
  },
  {
    input: 'Code lens titles, diagnostics, inlay hints and the outline on the same articles', limitMs: 10_000,
    run: () => timed(() => withDesk(async (s, uris, diagnostics) => {
      const lenses = await s.rpc.sendRequest<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: uris[1]! } });
      expect(lenses.length).toBeGreaterThan(0);
      for (const l of lenses) {
        expect(l.command!.command).toBe('copydesk.showReferences');
        expect(l.command!.title).not.toMatch(/(?<!\\)\$\(/);
      }
      const all = [...diagnostics.values()].flat();
      expect(all.length).toBeGreaterThan(0);
      for (const d of all) {
        expect(typeof d.message).toBe('string');
        for (const r of d.relatedInformation ?? []) expect(r.location.uri).toMatch(/^file:/);
        if (d.codeDescription) expect(d.codeDescription.href).toMatch(/^file:.*README\.md#L\d+$/);
      }
      const hints = await s.rpc.sendRequest<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri: uris[0]! }, range: { start: { line: 0, character: 0 }, end: { line: 99, character: 0 } } });
      for (const h of hints) expect([typeof h.label, typeof (h.tooltip ?? '')]).toEqual(['string', 'string']);
      const symbols = await s.rpc.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: uris[0]! } });
      expect(JSON.stringify(symbols)).not.toMatch(/"kind":"markdown"/);
      return `lens titles escape \`$(\` and run only \`copydesk.showReferences\`; ${all.length} diagnostics are plain text with related places only in \`file:\` articles; inlay hints and outline are plain strings`;
    })),
  },
  {
    input: 'The Timeline webview and the Desk view fed the same articles', limitMs: 10_000,
    run: () => timed(() => withDesk(async (s) => {
      const data = await s.rpc.sendRequest<TimelineResult>('copydesk/timeline', {});
      expect(data.events.length).toBeGreaterThan(0);
      const { html } = timelineHtml(data, 'dGhpcyBpcyBhIHRlc3Qgbm9uY2U=');
      expect(html).toContain("default-src 'none'");
      expect([...html.matchAll(/<script\b[^>]*>/g)]).toHaveLength(1);
      // Every tag is one the page itself writes, and no attribute carries a URL or a handler.
      const tags = [...html.matchAll(/<(\/?)([!a-zA-Z][\w-]*)([^>]*)>/g)];
      const ours = new Set(['!doctype', 'html', 'head', 'meta', 'title', 'style', 'body', 'header', 'p', 'strong', 'label', 'input', 'div', 'span', 'ol', 'li', 'h2', 'button', 'svg', 'rect', 'script']);
      expect(tags.map((t) => t[2]!.toLowerCase()).filter((t) => !ours.has(t))).toEqual([]);
      const attributes = tags.flatMap((t) => [...t[3]!.matchAll(/\s([a-zA-Z-]+)(?:="[^"]*")?/g)].map((a) => a[1]!.toLowerCase()));
      expect(attributes.filter((a) => /^on|^href$|^src$|^style$/.test(a))).toEqual([]);
      const desk = await s.rpc.sendRequest<DeskResult>('copydesk/desk', {});
      const nodes = deskNodes(desk, (u) => u);
      expect(JSON.stringify(nodes)).not.toMatch(/"kind":"markdown"|MarkdownString/);
      return `${data.events.length} events drawn under a strict Content Security Policy with a nonce: one script (Copydesk's), no element or attribute from the text (its words, \`command:\` links included, only as escaped text); the Desk view's labels and tooltips are plain strings`;
    })),
  },
];
