import type { EntityKind, Span } from '../analysis/model';

/**
 * The newsroom archive as the pure core sees it: published articles, years of them, held
 * elsewhere (PostgreSQL, in `server/src/archive/`). The core never learns where: it is handed
 * an `Archive`, or none, and asks it questions that are answered asynchronously. Every answer
 * names the archived article it comes from so results can be marked as the archive's.
 */
export interface Archive {
  /** Archived quotations whose normalised words resemble these (`quoteTokens` words), best first. */
  quotations(words: readonly string[], limit?: number): Promise<ArchivedQuote[]>;
  /** Archived records of the entity whose folded name (`foldKey`) is this, newest first. */
  entities(key: string, limit?: number): Promise<ArchivedEntity[]>;
  /** Dated archived happenings of this kind involving any of these entity keys (`entityKeys`). */
  events(kind: string, keys: readonly string[], limit?: number): Promise<ArchivedEvent[]>;
  /** The full text of an archived article, for the read-only view. */
  article(id: string): Promise<ArchivedText | null>;
}

/** Line and character (0-based, UTF-16) of a span in an archived article: its text is not at hand. */
export interface ArchivedRange {
  readonly start: { readonly line: number; readonly character: number };
  readonly end: { readonly line: number; readonly character: number };
}

/** The archived article a result comes from. */
export interface ArchivedArticle {
  /** Stable id of the article in the archive. */
  readonly id: string;
  /** Where it was indexed from (`2019/05/harbour-gazette-ferry.txt`). */
  readonly path: string;
  /** Content hash of its text as indexed (hex SHA-256): the same text on the desk is not "another" article. */
  readonly hash: string;
  readonly published: string | null;
  readonly source: string | null;
  readonly headline: string | null;
}

export interface ArchivedText {
  readonly article: ArchivedArticle;
  readonly text: string;
}

export interface ArchivedQuote {
  readonly article: ArchivedArticle;
  /** Article-local quotation id. */
  readonly quoteId: string;
  /** The quoted words as printed (parts joined by a space). */
  readonly text: string;
  readonly span: Span;
  readonly range: ArchivedRange;
  readonly speaker: string | null;
  /** The database's own similarity score (0..1), before Copydesk's word alignment decides. */
  readonly similarity: number;
}

export interface ArchivedEntity {
  readonly article: ArchivedArticle;
  readonly kind: EntityKind;
  readonly name: string;
  readonly roles: readonly { readonly text: string; readonly sentence: string }[];
  /** The first mention in the archived article. */
  readonly span: Span;
  readonly range: ArchivedRange;
  readonly mentions: number;
}

export interface ArchivedEvent {
  readonly article: ArchivedArticle;
  readonly kind: string;
  readonly trigger: string;
  /** The date mention that places it, as printed, and its resolution. */
  readonly dateText: string;
  readonly value: string | null;
  readonly first: string;
  readonly last: string;
  readonly resolution: string;
  readonly terms: readonly string[];
  readonly keys: readonly string[];
  readonly span: Span;
  readonly range: ArchivedRange;
}

/** The scheme of read-only archived articles: `copydesk-archive:/<id>/<file name>`. */
export const ARCHIVE_SCHEME = 'copydesk-archive';

export function archiveUri(a: Pick<ArchivedArticle, 'id' | 'path'>): string {
  const name = a.path.slice(a.path.lastIndexOf('/') + 1) || 'article.txt';
  return `${ARCHIVE_SCHEME}:/${encodeURIComponent(a.id)}/${encodeURIComponent(name)}`;
}

/** The archive id in a `copydesk-archive:` URI, or null for any other URI. */
export function archiveIdOf(uri: string): string | null {
  const m = /^copydesk-archive:\/([^/]+)\//.exec(uri);
  return m ? decodeURIComponent(m[1]!) : null;
}

/** `Harbour Gazette (ferry.txt, 2019-05-01, archive)`: an archived article named as editors would. */
export function describeArchived(a: ArchivedArticle): string {
  const name = a.path.slice(a.path.lastIndexOf('/') + 1);
  const date = a.published ?? 'undated';
  return a.source ? `${a.source} (${name}, ${date}, archive)` : `${name} (${date}, archive)`;
}
