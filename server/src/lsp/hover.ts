import type { Hover, MarkupContent } from 'vscode-languageserver';
import { hoverAt } from '../service/hover';
import type { HoverInfo } from '../service/types';
import type { Feature } from './context';
import type { Positions } from './convert';
import { escapeMarkdown as esc, placeLink } from './markdown';

export const hoverFeature: Feature = {
  capabilities: { hoverProvider: true },
  register(ctx) {
    ctx.connection.onHover(async ({ textDocument, position }) => {
      await ctx.ready();
      const offset = ctx.positions.offset(textDocument.uri, position);
      if (offset === undefined) return null;
      const info = hoverAt(ctx.desk, textDocument.uri, offset);
      return info ? toHover(info, textDocument.uri, ctx.positions) : null;
    });
  },
};

/** Renders what the core knows under the cursor as a Markdown hover. */
export function toHover(info: HoverInfo, uri: string, positions: Positions): Hover {
  const link = (p: { uri: string; span: { start: number; end: number }; article: string }) => {
    const pos = positions.range(p.uri, p.span).start;
    return placeLink(p.article, p.uri, pos.line, pos.character);
  };
  const lines: string[] = [];
  if (info.kind === 'entity') {
    lines.push(`**${esc(info.name)}** — ${info.entityKind}`);
    if (info.roles.length) {
      lines.push('', '**Roles**');
      for (const r of info.roles) lines.push(`- ${esc(r.text)} — “${esc(r.sentence)}” (${link(r)})`);
    }
    if (info.spellings.length > 1) {
      lines.push('', `**Spellings:** ${info.spellings.map((s) => `${esc(s.text)} (${s.articles} ${s.articles === 1 ? 'article' : 'articles'})`).join(', ')}`);
    }
    const articles = new Map(info.mentionedIn.map((m) => [m.uri, m]));
    lines.push('', `**Mentioned in ${articles.size} ${articles.size === 1 ? 'article' : 'articles'}:** ${[...articles.values()].map(link).join(' · ')}`);
    if (info.quotes.length) {
      lines.push('', '**Quoted**');
      for (const q of info.quotes) lines.push(`- “${esc(shorten(q.text))}” (${link(q)})`);
    }
  } else if (info.kind === 'date') {
    lines.push(`**${esc(info.reading)}**${info.value ? ` \`${esc(info.value)}\`` : ''}`);
    lines.push('', esc(info.resolution));
    if (info.event) lines.push('', `**Event:** ${esc(info.event)}`);
    if (info.otherSources.length) {
      lines.push('', '**Other sources**');
      for (const o of info.otherSources) lines.push(`- ${o.agrees ? '✓' : '⚠'} “${esc(o.text.trim())}” → ${esc(o.reading)} (${link(o)})`);
    }
  } else {
    lines.push(`**Quotation**${info.speaker ? ` — ${esc(info.speaker)}` : ' — speaker not stated'}`);
    if (info.source && !info.isSource) lines.push('', `**Source:** ${link(info.source)}`);
    else lines.push('', info.carriers > 1 ? '**This article is the source** (earliest to carry it).' : 'Not found in any other article.');
    if (info.carriers > 1) lines.push('', `Carried by ${info.carriers} articles.`);
  }
  const contents: MarkupContent = { kind: 'markdown', value: lines.join('\n') };
  return { contents, range: positions.range(uri, info.span) };
}

function shorten(s: string, max = 120): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}
