/**
 * The custom requests the client sends to Copydesk's language server, and their results, as
 * documented at the top of the server's `lsp/views.ts`. The client cannot import server code (it
 * does no analysis), so the shapes are restated here; `test/unit/client/protocol.test.ts` checks
 * at compile time that both sides agree.
 */

export interface Position {
  readonly line: number;
  readonly character: number;
}
export interface Range {
  readonly start: Position;
  readonly end: Position;
}
/** A place in an article: where the editor opens when an item is clicked. */
export interface Place {
  readonly uri: string;
  readonly range: Range;
}

export interface ArticleInfo {
  readonly uri: string;
  /** `Harbour Gazette (01-harbour-gazette-ferry.txt, Wed 8 Oct 2025)` */
  readonly article: string;
  readonly outlet: string | null;
  /** `YYYY-MM-DD`, or null for an undated article. */
  readonly published: string | null;
}

export interface DeskEntity {
  readonly key: string;
  readonly kind: 'person' | 'organization';
  readonly name: string;
  readonly mentions: number;
  readonly articles: number;
  readonly spellings: readonly string[];
}

export interface QuoteCarrier extends ArticleInfo {
  readonly range: Range;
  readonly text: string;
  readonly speaker: string | null;
}

export interface DeskQuote {
  readonly text: string;
  readonly speaker: string | null;
  /** Where the words are in the source article (the group's `source.uri`). */
  readonly range: Range;
  readonly carriers: readonly QuoteCarrier[];
}

export interface DeskResult {
  readonly entities: readonly DeskEntity[];
  readonly quoteGroups: readonly { readonly source: ArticleInfo; readonly quotes: readonly DeskQuote[] }[];
}

export interface Mention extends ArticleInfo {
  readonly range: Range;
  readonly text: string;
  readonly sentence: string;
}
export type MentionsResult = readonly Mention[];

export interface TimelineMark extends ArticleInfo {
  readonly range: Range;
  readonly text: string;
  readonly value: string | null;
  readonly first: string;
  readonly last: string;
  readonly reading: string;
  readonly resolution: string;
  readonly sentence: string;
  readonly conflict: boolean;
}

export interface TimelineEvent {
  readonly id: string;
  readonly kind: string;
  readonly label: string;
  readonly summary: string;
  readonly marks: readonly TimelineMark[];
  readonly conflict: boolean;
}
export interface TimelineResult {
  readonly events: readonly TimelineEvent[];
}

export interface StatusResult {
  readonly articles: number;
  /** Articles whose findings are counted: fewer than `articles` while a new index is being checked. */
  readonly checked?: number;
  readonly conflicts: number;
  readonly byCode: Readonly<Record<string, number>>;
}

export interface Citation {
  readonly text: string;
  readonly speaker: string | null;
  readonly outlet: string | null;
  readonly published: string | null;
  readonly source: ArticleInfo & { readonly range: Range };
}
export type CitationResult = Citation | null;

export const REQUESTS = {
  desk: 'copydesk/desk',
  mentions: 'copydesk/mentions',
  timeline: 'copydesk/timeline',
  status: 'copydesk/status',
  citation: 'copydesk/citation',
} as const;

/** Sent by the server after each full index: `{ articles, ms }`. */
export const INDEXED_NOTIFICATION = 'copydesk/indexed';
/** Sent once every article indexed has been checked and its warnings published: `{ checked, ms }`. */
export const CHECKED_NOTIFICATION = 'copydesk/checked';
export interface CheckedParams {
  readonly checked: number;
  readonly ms: number;
}
export interface IndexedParams {
  readonly articles: number;
  readonly ms: number;
}
