import type { EntityKind, Span } from '../analysis/model';

/** A place in an article, named as editors name articles. */
export interface Place {
  readonly uri: string;
  readonly span: Span;
  /** `Kelbourne Courier (01-kelbourne-courier-bridge.txt, Thu 14 Mar 2024)` */
  readonly article: string;
}

export interface EntityHover {
  readonly kind: 'entity';
  readonly span: Span;
  readonly name: string;
  readonly entityKind: EntityKind;
  /** Mentions across the desk, and in how many articles. */
  readonly mentions: number;
  readonly articles: number;
  readonly roles: readonly (Place & { readonly text: string; readonly sentence: string })[];
  readonly spellings: readonly { readonly text: string; readonly articles: number }[];
  readonly mentionedIn: readonly Place[];
  readonly quotes: readonly (Place & { readonly text: string })[];
  /** Distinct quotations beyond those listed. */
  readonly moreQuotes: number;
}

export interface DateHover {
  readonly kind: 'date';
  readonly span: Span;
  readonly text: string;
  readonly value: string | null;
  /** `Mon 24 Apr 2017`, or `unresolved`. */
  readonly reading: string;
  readonly resolution: string;
  readonly event: string | null;
  readonly otherSources: readonly (Place & { readonly text: string; readonly reading: string; readonly agrees: boolean })[];
}

export interface QuoteHover {
  readonly kind: 'quote';
  readonly span: Span;
  /** The quoted words as this article prints them. */
  readonly text: string;
  /** A transcript turn's words (no quotation marks), not a marked quotation. */
  readonly spoken: boolean;
  readonly speaker: string | null;
  /** How the article attributes the words, as written: `Mr Ashdown said`, `according to a US spokesman`. */
  readonly attribution: string | null;
  readonly source: Place | null;
  readonly isSource: boolean;
  /** The source's words where they differ from these (a misquote, or a cut the checks let pass), else null. */
  readonly sourceText: string | null;
  /** Articles carrying these words, this one included. */
  readonly carriers: number;
  /** Where the other articles carry them (one place per article). */
  readonly carriedBy: readonly Place[];
}

export type HoverInfo = EntityHover | DateHover | QuoteHover;
