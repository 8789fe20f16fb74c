import type { Hover, MarkupContent } from 'vscode-languageserver';
import { hoverAt } from '../service/hover';
import type { HoverInfo } from '../service/types';
import type { Feature } from './context';
import type { Positions } from './convert';
import { escapeMarkdown as esc, inlineCode, placeLink } from './markdown';
import { whenReady } from './cancel';
import { withArchiveHover } from './archive';

export const hoverFeature: Feature = {
  capabilities: { hoverProvider: true },
  register(ctx) {
    ctx.connection.onHover(async ({ textDocument, position }, token) => {
      await whenReady(ctx, token);
      const offset = ctx.positions.offset(textDocument.uri, position);
      if (offset === undefined) return null;
      const info = hoverAt(ctx.desk, textDocument.uri, offset);
      return withArchiveHover(ctx, textDocument.uri, offset, info ? rendered(info, textDocument.uri, ctx.positions) : null);
    });
  },
};

/**
 * Hovers rendered, by what they render: `hoverAt` answers the same object while the desk is
 * unchanged, and the desk changing is the only thing that moves the places it links to.
 */
const renderedHovers = new WeakMap<HoverInfo, Hover>();

function rendered(info: HoverInfo, uri: string, positions: Positions): Hover {
  let hover = renderedHovers.get(info);
  if (!hover) renderedHovers.set(info, (hover = toHover(info, uri, positions)));
  return hover;
}

const KIND_LABEL = { person: 'person', organization: 'organisation', place: 'place' } as const;

/** Renders what the core knows under the cursor as a Markdown hover. */
export function toHover(info: HoverInfo, uri: string, positions: Positions): Hover {
  const link = (p: { uri: string; span: { start: number; end: number }; article: string }) => {
    const pos = positions.range(p.uri, p.span).start;
    return placeLink(p.article, p.uri, pos.line, pos.character);
  };
  const lines: string[] = [];
  const count = (n: number, one: string) => `${n} ${n === 1 ? one : `${one}s`}`;
  if (info.kind === 'entity') {
    lines.push(`**${esc(info.name)}** · ${KIND_LABEL[info.entityKind]} · ${count(info.mentions, 'mention')} in ${count(info.articles, 'article')}`);
    if (info.roles.length) {
      lines.push('', '**Roles**');
      for (const r of info.roles) lines.push(`- ${esc(r.text)} — “${esc(r.sentence)}” (${link(r)})`);
    }
    if (info.spellings.length > 1) {
      lines.push('', `**Spellings:** ${info.spellings.map((s) => `${esc(s.text)} (${count(s.articles, 'article')})`).join(', ')}`);
    }
    const articles = new Map(info.mentionedIn.map((m) => [m.uri, m]));
    lines.push('', `**Mentioned in ${count(articles.size, 'article')}:** ${[...articles.values()].map(link).join(' · ')}`);
    if (info.quotes.length) {
      lines.push('', '**Quoted**');
      for (const q of info.quotes) lines.push(`- “${esc(shorten(q.text))}” (${link(q)})`);
      if (info.moreQuotes) lines.push(`- and ${info.moreQuotes} more`);
    }
  } else if (info.kind === 'date') {
    lines.push(`**${esc(info.reading)}**${info.value ? ` ${inlineCode(info.value)}` : ''}`);
    lines.push('', `**Resolved:** ${esc(info.resolution)}`);
    if (info.event) lines.push('', `**Event:** ${esc(info.event)}`);
    if (info.otherSources.length) {
      lines.push('', '**Other sources**');
      for (const o of info.otherSources) lines.push(`- ${o.agrees ? '✓' : '⚠ differs:'} “${esc(o.text.trim())}” → ${esc(o.reading)} (${link(o)})`);
    }
  } else {
    const how = info.attribution ? ` (“${esc(info.attribution)}”)` : '';
    lines.push(`**${info.spoken ? 'Transcript turn' : 'Quotation'}** — ${info.speaker ? `${esc(info.speaker)}${how}` : 'speaker not stated'}`);
    lines.push('', `“${esc(shorten(info.text, 200))}”`);
    if (info.source) lines.push('', `**Source:** ${link(info.source)}${info.isSource ? ' — this article, the earliest to carry these words' : ''}`);
    if (info.sourceText) lines.push('', `**The source reads:** “${esc(shorten(info.sourceText, 200))}”`);
    if (info.carriers > 1) lines.push('', `**Carried by ${count(info.carriers, 'article')}:** this one · ${info.carriedBy.map(link).join(' · ')}`);
    else lines.push('', 'Not found in any other article.');
  }
  const contents: MarkupContent = { kind: 'markdown', value: lines.join('\n') };
  return { contents, range: positions.range(uri, info.span) };
}

function shorten(s: string, max = 120): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}
