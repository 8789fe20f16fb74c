import { mentionsOf } from '../analysis/entities/mentionList';
import type { Span } from '../analysis/model';
import type { Desk } from '../corpus';

/**
 * Semantic tokens for what the analysis read: people, organisations, places, dates and
 * quotations. Editors draw tokens one line at a time and never overlapping, so a quotation is cut
 * around the names and dates inside it and at each line break.
 */
export type TokenType = 'person' | 'organization' | 'place' | 'date' | 'quotation';
export type TokenModifier = 'declaration' | 'unresolved';

export interface Token {
  readonly start: number;
  readonly end: number;
  readonly type: TokenType;
  readonly modifiers: readonly TokenModifier[];
}

/** Tokens of an article, sorted, non-overlapping, none crossing a line break; only those touching `within` when given. */
export function semanticTokens(desk: Desk, uri: string, within?: Span): Token[] {
  const a = desk.article(uri);
  if (!a) return [];
  const m = a.model;
  const inner: Token[] = [];
  for (const e of m.entities) {
    const mentions = mentionsOf(e.mentions);
    const declared = mentions.find((x) => x.full) ?? mentions[0];
    for (const x of mentions) inner.push({ ...x.span, type: e.kind, modifiers: x === declared ? ['declaration'] : [] });
  }
  for (const d of m.dates) {
    if (d.where !== 'body') continue;
    inner.push({ ...d.span, type: 'date', modifiers: d.value ? [] : ['unresolved'] });
  }
  // Names and dates win over each other by position (the first one stays), and over quotations always.
  inner.sort((x, y) => x.start - y.start || y.end - x.end);
  const kept: Token[] = [];
  for (const t of inner) if (t.end > t.start && (!kept.length || t.start >= kept[kept.length - 1]!.end)) kept.push(t);
  // A transcript's turns are all speech: colouring them would colour the whole transcript.
  const quotes: Token[] = m.quotes.filter((q) => !q.spoken).flatMap((q) => q.parts.flatMap((p) => cutAround(p, kept).map((s) => ({ ...s, type: 'quotation' as const, modifiers: [] }))));
  const all = [...kept, ...quotes].sort((x, y) => x.start - y.start);
  const lines = all.flatMap((t) => splitLines(a.text, t));
  return within ? lines.filter((t) => t.end >= within.start && t.start <= within.end) : lines;
}

/** The parts of `span` not covered by any of `taken` (sorted, non-overlapping). */
function cutAround(span: Span, taken: readonly Token[]): Span[] {
  const out: Span[] = [];
  let at = span.start;
  for (const t of taken) {
    if (t.end <= at || t.start >= span.end) continue;
    if (t.start > at) out.push({ start: at, end: t.start });
    at = Math.max(at, t.end);
  }
  if (at < span.end) out.push({ start: at, end: span.end });
  return out.filter((s) => s.end > s.start);
}

/** A token cut at each line break, whitespace-only pieces dropped. */
function splitLines(text: string, t: Token): Token[] {
  const out: Token[] = [];
  let start = t.start;
  for (let i = t.start; i <= t.end; i++) {
    const c = i < t.end ? text.charCodeAt(i) : -1;
    if (c === 10 || c === 13 || i === t.end) {
      let s = start;
      let e = i;
      while (s < e && /\s/.test(text[s]!)) s++;
      while (e > s && /\s/.test(text[e - 1]!)) e--;
      if (e > s) out.push({ start: s, end: e, type: t.type, modifiers: t.modifiers });
      start = i + 1;
    }
  }
  return out;
}
