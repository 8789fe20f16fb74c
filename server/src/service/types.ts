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
  readonly roles: readonly (Place & { readonly text: string; readonly sentence: string })[];
  readonly spellings: readonly { readonly text: string; readonly articles: number }[];
  readonly mentionedIn: readonly Place[];
  readonly quotes: readonly (Place & { readonly text: string })[];
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
  readonly speaker: string | null;
  readonly speakerHow: string | null;
  readonly source: Place | null;
  readonly isSource: boolean;
  /** Articles carrying these words, this one included. */
  readonly carriers: number;
}

export type HoverInfo = EntityHover | DateHover | QuoteHover;
