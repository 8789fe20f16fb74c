import { mentionCount, mentionsOf } from '../analysis/entities/mentionList';
import type { Quotation, Span } from '../analysis/model';
import { formatDay, fromIso } from '../analysis/dates/calendar';
import { comparePublished as byPublished, describeArticle, sentenceOf, sourceOf, type ArticleRecord, type Desk, type FindingCode } from '../corpus';
import { targetAt } from './locate';

/**
 * What the editor's Desk view, Timeline view, status bar and "copy citation" command show, worked
 * out over the desk as plain data with spans (the LSP adapter `lsp/views.ts` turns spans into
 * ranges). Nothing here is new analysis: it regroups what the registry, the quotation index, the
 * event index and the checks already know.
 */

/** An article as the views name it. */
export interface ArticleInfo {
  readonly uri: string;
  /** `Harbour Gazette (01-harbour-gazette-ferry.txt, Wed 8 Oct 2025)` */
  readonly article: string;
  /** The outlet (`Harbour Gazette`), else the wire agency of the dateline, else null. */
  readonly outlet: string | null;
  /** `2025-10-08`, or null for an undated article. */
  readonly published: string | null;
}

export interface DeskEntity {
  /** Registry key (`person:annika solberg`): stable while the desk does not change; asks for mentions. */
  readonly key: string;
  readonly kind: 'person' | 'organization';
  readonly name: string;
  readonly mentions: number;
  readonly articles: number;
  /** Full spellings seen, most used first. */
  readonly spellings: readonly string[];
}

export interface MentionPlace extends ArticleInfo {
  readonly span: Span;
  readonly text: string;
  /** The sentence around the mention, trimmed. */
  readonly sentence: string;
}

export interface QuoteCarrier extends ArticleInfo {
  readonly span: Span;
  /** The words as this article prints them. */
  readonly text: string;
  readonly speaker: string | null;
}

export interface DeskQuote {
  /** The source's wording and speaker (the earliest article carrying the words). */
  readonly text: string;
  readonly speaker: string | null;
  readonly span: Span;
  /** Every article carrying the words, the source first. */
  readonly carriers: readonly QuoteCarrier[];
}

export interface DeskQuoteGroup {
  readonly source: ArticleInfo;
  readonly quotes: readonly DeskQuote[];
}

export interface DeskSummary {
  readonly entities: readonly DeskEntity[];
  readonly quoteGroups: readonly DeskQuoteGroup[];
}

export interface TimelineMark extends ArticleInfo {
  /** The date expression (`on Tuesday`). */
  readonly span: Span;
  readonly text: string;
  readonly value: string | null;
  /** Inclusive day range the expression resolved to. */
  readonly first: string;
  readonly last: string;
  /** `Tue 7 Oct 2025`, or `Mon 6 Oct 2025 – Sun 12 Oct 2025` for a week. */
  readonly reading: string;
  readonly resolution: string;
  readonly sentence: string;
  /** This article's date for the happening is flagged as a `date-conflict`. */
  readonly conflict: boolean;
}

export interface TimelineEvent {
  /** `ev-1`...: stable while the desk does not change. */
  readonly id: string;
  readonly kind: string;
  /** `suspension (“suspended”)` */
  readonly label: string;
  /** The clause of the earliest article stating it. */
  readonly summary: string;
  readonly marks: readonly TimelineMark[];
  readonly conflict: boolean;
}

export interface DeskStatus {
  readonly articles: number;
  /** Articles whose findings are counted (the rest are being checked). */
  readonly checked: number;
  /** Findings where sources disagree: date conflicts, misquotes, speaker mismatches, name variants. */
  readonly conflicts: number;
  /** Every finding on the desk, by code. */
  readonly byCode: Readonly<Record<string, number>>;
}

export interface Citation {
  readonly text: string;
  readonly speaker: string | null;
  readonly outlet: string | null;
  readonly published: string | null;
  /** The source article (earliest carrying the words) the citation is taken from. */
  readonly source: ArticleInfo & { readonly span: Span };
}

const CONFLICT_CODES: ReadonlySet<FindingCode> = new Set(['date-conflict', 'misquote', 'speaker-mismatch', 'name-variant']);

export function articleInfo(a: ArticleRecord): ArticleInfo {
  const h = a.model.header;
  return { uri: a.uri, article: describeArticle(a), outlet: h.source?.value ?? h.dateline?.agency ?? null, published: h.published?.value ?? null };
}

/** People and organisations with mention counts; quotations grouped by the article they come from. */
export function deskSummary(desk: Desk): DeskSummary {
  const entities: DeskEntity[] = desk.registry.all()
    .filter((we) => we.kind === 'person' || we.kind === 'organization')
    .map((we) => ({
      key: we.key,
      kind: we.kind as 'person' | 'organization',
      name: we.name,
      mentions: we.members.reduce((n, m) => n + mentionCount(m.entity.mentions), 0),
      articles: new Set(we.members.map((m) => m.uri)).size,
      spellings: we.spellings.map((s) => s.text),
    }))
    .sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
  return { entities, quoteGroups: quoteGroups(desk) };
}

/** Every mention of one registry entity, in publication order of the articles. */
export function entityMentions(desk: Desk, key: string): MentionPlace[] {
  const we = desk.registry.all().find((e) => e.key === key);
  if (!we) return [];
  return we.members
    .map((m) => ({ m, a: desk.article(m.uri) }))
    .filter((x): x is { m: typeof x.m; a: ArticleRecord } => !!x.a)
    .sort((x, y) => byPublished(x.a, y.a))
    .flatMap(({ m, a }) => mentionsOf(m.entity.mentions).map((x) => ({ ...articleInfo(a), span: x.span, text: x.text, sentence: sentenceOf(a, x.span) })));
}

function quoteGroups(desk: Desk): DeskQuoteGroup[] {
  // Quotations of fewer than three words are not indexed (scare quotes, titles): not listed either.
  const bySource = new Map<string, { source: ArticleRecord; quote: Quotation; carriers: Map<string, QuoteCarrier> }>();
  for (const uri of desk.uris()) {
    const a = desk.article(uri)!;
    for (const q of a.model.quotes) {
      if (!desk.quotes.has(uri, q.id)) continue;
      const { ref } = sourceOf(desk, uri, q);
      const src = desk.article(ref.uri);
      if (!src) continue;
      const key = `${ref.uri}#${ref.quote.id}`;
      let entry = bySource.get(key);
      if (!entry) bySource.set(key, (entry = { source: src, quote: ref.quote, carriers: new Map() }));
      for (const c of [{ uri: ref.uri, quote: ref.quote }, { uri, quote: q }]) {
        const ca = desk.article(c.uri)!;
        entry.carriers.set(`${c.uri}#${c.quote.id}`, { ...articleInfo(ca), span: c.quote.span, text: c.quote.text, speaker: speakerName(desk, c.uri, c.quote) });
      }
    }
  }
  const groups = new Map<string, { source: ArticleRecord; quotes: DeskQuote[] }>();
  for (const e of bySource.values()) {
    const carriers = [...e.carriers.values()].sort((x, y) => byPublished(desk.article(x.uri)!, desk.article(y.uri)!) || x.span.start - y.span.start);
    const speaker = speakerName(desk, e.source.uri, e.quote) ?? carriers.find((c) => c.speaker)?.speaker ?? null;
    const g = groups.get(e.source.uri) ?? { source: e.source, quotes: [] };
    g.quotes.push({ text: e.quote.text, speaker, span: e.quote.span, carriers });
    groups.set(e.source.uri, g);
  }
  return [...groups.values()]
    .sort((x, y) => byPublished(x.source, y.source))
    .map((g) => ({ source: articleInfo(g.source), quotes: g.quotes.sort((x, y) => x.span.start - y.span.start) }));
}

/** The speaker's canonical name across the desk when the analysis tied it to a person, else as written. */
function speakerName(desk: Desk, uri: string, q: Quotation): string | null {
  if (!q.speaker) return null;
  if (q.speaker.entity) {
    const we = desk.registry.entityOf(uri, q.speaker.entity);
    if (we) return we.name;
    const local = desk.article(uri)?.model.entities.find((e) => e.id === q.speaker!.entity);
    if (local) return local.name;
  }
  return q.speaker.text;
}

/** Each dated happening as a row: every article's date for it, conflicts as the checks flagged them. */
export function timeline(desk: Desk): TimelineEvent[] {
  const refs = [...desk.events.all()];
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let r = k;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!;
    parent.set(k, r);
    return r;
  };
  for (const r of refs) {
    const k = `${r.uri}#${r.event.id}`;
    for (const o of desk.events.sameEvent(r.uri, r.event.id)) {
      const a = find(k);
      const b = find(`${o.uri}#${o.event.id}`);
      if (a !== b) parent.set(b, a);
    }
  }
  const clusters = new Map<string, typeof refs>();
  for (const r of refs) {
    const root = find(`${r.uri}#${r.event.id}`);
    clusters.set(root, [...(clusters.get(root) ?? []), r]);
  }
  const conflictAt = new Set<string>();
  for (const uri of new Set(refs.map((r) => r.uri))) {
    for (const f of desk.findings(uri)) if (f.code === 'date-conflict') conflictAt.add(`${uri}@${f.span.start}`);
  }
  const rows = [...clusters.values()].map((members) => {
    const marks = members
      .filter((r) => r.date.range && desk.article(r.uri))
      .map((r): TimelineMark => {
        const a = desk.article(r.uri)!;
        const range = r.date.range!;
        const reading = range.first === range.last ? formatDay(fromIso(range.first)) : `${formatDay(fromIso(range.first))} – ${formatDay(fromIso(range.last))}`;
        return {
          ...articleInfo(a), span: r.date.span, text: r.date.text.trim(), value: r.date.value, first: range.first, last: range.last,
          reading, resolution: r.date.resolution, sentence: sentenceOf(a, r.date.span), conflict: conflictAt.has(`${r.uri}@${r.date.span.start}`),
        };
      })
      .sort((x, y) => byPublished(desk.article(x.uri)!, desk.article(y.uri)!) || x.span.start - y.span.start);
    const first = members.map((r) => ({ r, a: desk.article(r.uri)! })).filter((x) => x.a).sort((x, y) => byPublished(x.a, y.a))[0];
    return {
      kind: first?.r.event.kind ?? 'event',
      label: first ? `${first.r.event.kind} (“${first.r.event.trigger.value}”)` : 'event',
      summary: first ? sentenceOf(first.a, first.r.event.clause, 140) : '',
      marks,
      conflict: marks.some((m) => m.conflict),
    };
  });
  return rows
    .filter((r) => r.marks.length)
    .sort((x, y) => earliest(x.marks).localeCompare(earliest(y.marks)) || x.label.localeCompare(y.label))
    .map((r, i) => ({ id: `ev-${i + 1}`, ...r }));
}

const earliest = (marks: readonly TimelineMark[]) => marks.reduce((m, x) => (x.first < m ? x.first : m), '9999');

/**
 * Articles on the desk and findings by code, for the status bar: of the articles checked so far
 * (after a full index the workspace is checked in the background; asking must not do it all).
 */
export function deskStatus(desk: Desk): DeskStatus {
  const byCode: Record<string, number> = {};
  let conflicts = 0;
  let checked = 0;
  for (const uri of desk.uris()) {
    const findings = desk.knownFindings(uri);
    if (!findings) continue;
    checked++;
    for (const f of findings) {
      byCode[f.code] = (byCode[f.code] ?? 0) + 1;
      if (CONFLICT_CODES.has(f.code)) conflicts++;
    }
  }
  return { articles: desk.size, checked, conflicts, byCode };
}

/** What a citation of the quotation under the cursor needs: the source's words, speaker, outlet and date. */
export function citationAt(desk: Desk, uri: string, offset: number): Citation | null {
  const article = desk.article(uri);
  const target = article && targetAt(article, offset);
  const quote = target?.kind === 'quote' ? target.quote : article?.model.quotes.find((q) => offset >= q.span.start && offset <= q.span.end);
  if (!article || !quote) return null;
  const { ref } = sourceOf(desk, uri, quote);
  const src = desk.article(ref.uri) ?? article;
  const info = articleInfo(src);
  const speaker = speakerName(desk, ref.uri, ref.quote) ?? speakerName(desk, uri, quote);
  return { text: ref.quote.text, speaker, outlet: info.outlet, published: info.published, source: { ...info, span: ref.quote.span } };
}
