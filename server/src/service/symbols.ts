import { mentionCount, mentionsOf } from '../analysis/entities/mentionList';
import type { EntityKind, Quotation, Span } from '../analysis/model';
import { foldKey } from '../analysis/text/fold';
import { describe } from '../analysis/dates/resolve';
import { formatDay, fromIso } from '../analysis/dates/calendar';
import { describeArticle, type Desk, type WorkspaceEntity } from '../corpus';
import { primaryMention } from './navigation';

/**
 * The outline of one article (headline, people, organisations, places, quotations, dates) and
 * the desk-wide symbol search behind Ctrl+T. Plain data with spans; `lsp/symbols.ts` turns it
 * into LSP symbols.
 */

export type OutlineKind = 'headline' | 'group' | EntityKind | 'quotation' | 'date';

export interface OutlineItem {
  readonly name: string;
  readonly detail: string;
  readonly kind: OutlineKind;
  /** Everything the item covers (a group: its first to its last child). */
  readonly span: Span;
  /** What the editor selects and reveals. */
  readonly selection: Span;
  readonly children: readonly OutlineItem[];
}

const GROUPS: readonly { kind: EntityKind; title: string }[] = [
  { kind: 'person', title: 'People' },
  { kind: 'organization', title: 'Organisations' },
  { kind: 'place', title: 'Places' },
];

/** Symbol names are plain text in every editor, but one line: quotations and sentences are flattened and cut. */
export function oneLine(s: string, max = 80): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t || '…';
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function group(name: string, children: OutlineItem[]): OutlineItem[] {
  if (!children.length) return [];
  const start = Math.min(...children.map((c) => c.span.start));
  const end = Math.max(...children.map((c) => c.span.end));
  return [{ name, detail: String(children.length), kind: 'group', span: { start, end }, selection: children[0]!.selection, children }];
}

/** An article's outline: its headline, then the people, organisations, places, quotations and dates it contains. */
export function outline(desk: Desk, uri: string): OutlineItem[] {
  const a = desk.article(uri);
  if (!a) return [];
  const m = a.model;
  const out: OutlineItem[] = [];
  if (m.header.headline) {
    const h = m.header.headline;
    const detail = [m.header.source?.value, m.header.published ? formatDay(fromIso(m.header.published.value)) : 'undated']
      .filter(Boolean).join(' · ');
    out.push({ name: oneLine(h.value, 120), detail, kind: 'headline', span: h.span, selection: h.span, children: [] });
  }
  for (const g of GROUPS) {
    const items = m.entities
      .filter((e) => e.kind === g.kind && mentionCount(e.mentions))
      .map((e): OutlineItem => {
        const mentions = mentionsOf(e.mentions);
        const first = mentions.find((x) => x.full) ?? mentions[0]!;
        const role = e.roles[0]?.text;
        return {
          name: e.name,
          detail: [role, plural(mentions.length, 'mention')].filter(Boolean).join(' · '),
          kind: e.kind,
          span: first.span,
          selection: first.span,
          children: [],
        };
      })
      .sort((x, y) => x.span.start - y.span.start);
    out.push(...group(g.title, items));
  }
  const speakers = new Map(m.entities.map((e) => [e.id, e.name]));
  const quoteSymbol = (q: Quotation) => ({
    // A turn is not inside quotation marks, and its outline entry does not show it in them.
    name: q.spoken ? oneLine(q.text, 60) : `“${oneLine(q.text, 60)}”`,
    detail: q.speaker ? (q.speaker.entity ? speakers.get(q.speaker.entity) ?? q.speaker.text : q.speaker.text) : 'speaker not stated',
    kind: 'quotation' as const,
    span: q.span,
    selection: q.span,
    children: [],
  });
  out.push(...group('Quotations', m.quotes.filter((q) => !q.spoken).map(quoteSymbol)));
  out.push(...group('Transcript turns', m.quotes.filter((q) => q.spoken).map(quoteSymbol)));
  out.push(...group('Dates', m.dates.filter((d) => d.where === 'body').map((d) => ({
    name: oneLine(d.text, 60),
    detail: d.value ? describe({ value: d.value, range: d.range, granularity: d.granularity }) : 'unresolved',
    kind: 'date' as const,
    span: d.span,
    selection: d.span,
    children: [],
  }))));
  return out;
}

export interface DeskSymbol {
  readonly name: string;
  readonly kind: EntityKind | 'headline';
  /** `person · 4 articles`, or the article a headline belongs to. */
  readonly container: string;
  readonly uri: string;
  readonly span: Span;
}

/**
 * Whether every character of the query appears, in order, in the name (after folding case and
 * diacritics): `lavr`, `slav` and `Sergei` all find `Sergey Lavrov` (the last through its spellings).
 */
export function fuzzyMatch(query: string, name: string): boolean {
  const q = foldKey(query).replace(/ /g, '');
  if (!q) return true;
  const n = foldKey(name);
  let i = 0;
  for (const c of n) if (c === q[i]) i++;
  return i === q.length;
}

/**
 * People, organisations and places across the desk, and article headlines, matching a query.
 * A generator: the LSP adapter takes results a slice at a time and stops when the request is
 * cancelled, so a desk of thousands of articles never blocks the server.
 */
export function* deskSymbols(desk: Desk, query: string): Generator<DeskSymbol> {
  for (const we of desk.registry.all()) {
    if (!matchesEntity(query, we)) continue;
    const at = primaryMention(desk, we.members);
    if (!at) continue;
    const articles = new Set(we.members.map((m) => m.uri)).size;
    yield { name: we.name, kind: we.kind, container: `${we.kind} · ${plural(articles, 'article')}`, uri: at.uri, span: at.span };
  }
  for (const uri of desk.uris().sort()) {
    const a = desk.article(uri);
    const h = a?.model.header.headline;
    if (a && h && fuzzyMatch(query, h.value)) yield { name: oneLine(h.value, 120), kind: 'headline', container: describeArticle(a), uri, span: h.span };
  }
}

function matchesEntity(query: string, we: WorkspaceEntity): boolean {
  return fuzzyMatch(query, we.name) || we.spellings.some((s) => fuzzyMatch(query, s.text));
}
