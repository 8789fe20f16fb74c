/**
 * Custom requests behind the VS Code client's Desk view, Timeline view, status bar and "copy
 * citation" command. Every request waits for the workspace index. Places are `{ uri, range }`
 * (LSP ranges, UTF-16) beside an `article` label; dates are `YYYY-MM-DD`.
 *
 * | request              | params                                  | result                                   |
 * |----------------------|-----------------------------------------|------------------------------------------|
 * | `copydesk/desk`      | `{}`                                    | `{ entities: DeskEntity[], quoteGroups: { source: ArticleInfo, quotes: { text, speaker, range, carriers: (ArticleInfo & { range, text, speaker })[] }[] }[] }` |
 * | `copydesk/mentions`  | `{ key }` (a `DeskEntity.key`)          | `(ArticleInfo & { range, text, sentence })[]`, `[]` once the key is stale |
 * | `copydesk/timeline`  | `{}`                                    | `{ events: { id, kind, label, summary, conflict, marks: (ArticleInfo & { range, text, value, first, last, reading, resolution, sentence, conflict })[] }[] }` |
 * | `copydesk/status`    | `{}`                                    | `{ articles, conflicts, byCode: { [code]: count } }` |
 * | `copydesk/citation`  | `TextDocumentPositionParams`            | `{ text, speaker, outlet, published, source: ArticleInfo & { range } } \| null` |
 *
 * `ArticleInfo` is `{ uri, article, outlet, published }`; `DeskEntity` is
 * `{ key, kind: 'person'|'organization', name, mentions, articles, spellings }`. The shapes are
 * those of `service/views.ts` with each `span` turned into a `range`. Clients refresh on
 * `copydesk/indexed` and when diagnostics change; the results are not pushed.
 */
import type { Range, TextDocumentPositionParams } from 'vscode-languageserver';
import type { Span } from '../analysis/model';
import {
  citationAt, deskStatus, deskSummary, entityMentions, timeline,
  type Citation, type DeskEntity, type DeskQuote, type DeskQuoteGroup, type DeskStatus, type MentionPlace, type QuoteCarrier, type TimelineEvent, type TimelineMark,
} from '../service/views';
import type { Feature } from './context';
import type { Positions } from './convert';

/** A service shape with its `span` (into the article at `uri`) as an LSP `range`. */
export type Ranged<T extends { readonly span: Span }> = Omit<T, 'span'> & { readonly range: Range };

export interface DeskResult {
  readonly entities: readonly DeskEntity[];
  readonly quoteGroups: readonly (Omit<DeskQuoteGroup, 'quotes'> & { readonly quotes: readonly WireQuote[] })[];
}
export type WireQuote = Omit<DeskQuote, 'span' | 'carriers'> & { readonly range: Range; readonly carriers: readonly Ranged<QuoteCarrier>[] };
export type MentionsResult = readonly Ranged<MentionPlace>[];
export interface TimelineResult {
  readonly events: readonly (Omit<TimelineEvent, 'marks'> & { readonly marks: readonly Ranged<TimelineMark>[] })[];
}
export type StatusResult = DeskStatus;
export type CitationResult = (Omit<Citation, 'source'> & { readonly source: Ranged<Citation['source']> }) | null;

export const VIEW_REQUESTS = {
  desk: 'copydesk/desk',
  mentions: 'copydesk/mentions',
  timeline: 'copydesk/timeline',
  status: 'copydesk/status',
  citation: 'copydesk/citation',
} as const;

function ranged<T extends { readonly uri: string; readonly span: Span }>(x: T, positions: Positions): Ranged<T> {
  const { span, ...rest } = x;
  return { ...rest, range: positions.range(x.uri, span) };
}

export const viewsFeature: Feature = {
  register(ctx) {
    const { connection, positions } = ctx;
    const safely = <P, R>(name: string, fallback: R, work: (p: P) => R) => async (params: P): Promise<R> => {
      await ctx.ready();
      try {
        return work(params);
      } catch (e) {
        // A view that cannot be drawn must not take the server down with it.
        ctx.log(`${name} failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
        return fallback;
      }
    };

    connection.onRequest(VIEW_REQUESTS.desk, safely<unknown, DeskResult>('copydesk/desk', { entities: [], quoteGroups: [] }, () => {
      const s = deskSummary(ctx.desk);
      return {
        entities: s.entities,
        quoteGroups: s.quoteGroups.map((g) => ({
          source: g.source,
          quotes: g.quotes.map((q) => ({
            text: q.text, speaker: q.speaker,
            range: positions.range(g.source.uri, q.span),
            carriers: q.carriers.map((c) => ranged(c, positions)),
          })),
        })),
      };
    }));

    connection.onRequest(VIEW_REQUESTS.mentions, safely<{ key?: unknown }, MentionsResult>('copydesk/mentions', [], (p) =>
      typeof p?.key === 'string' ? entityMentions(ctx.desk, p.key).map((m) => ranged(m, positions)) : []));

    connection.onRequest(VIEW_REQUESTS.timeline, safely<unknown, TimelineResult>('copydesk/timeline', { events: [] }, () => ({
      events: timeline(ctx.desk).map((e) => ({ ...e, marks: e.marks.map((m) => ranged(m, positions)) })),
    })));

    connection.onRequest(VIEW_REQUESTS.status, safely<unknown, StatusResult>('copydesk/status', { articles: 0, checked: 0, conflicts: 0, byCode: {} }, () => deskStatus(ctx.desk)));

    connection.onRequest(VIEW_REQUESTS.citation, safely<TextDocumentPositionParams, CitationResult>('copydesk/citation', null, ({ textDocument, position }) => {
      const offset = positions.offset(textDocument.uri, position);
      const c = offset === undefined ? null : citationAt(ctx.desk, textDocument.uri, offset);
      return c && { ...c, source: ranged(c.source, positions) };
    }));
  },
};
