import type { Span } from '../../analysis/model';
import type { Alignment, WordChange } from './align';
import type { QuoteMatch, QuoteRef } from './index';
import type { QuoteToken } from './normalise';

/** A quotation as the index files it. */
export interface Indexed {
  /** `uri#id`, the index's key of it: one string however many matches list it. */
  readonly key: string;
  readonly ref: QuoteRef;
  readonly tokens: readonly QuoteToken[];
  readonly text: string;
  /** The normalised words, space-joined: identical quotations share it. */
  readonly words: string;
  readonly wordList: readonly string[];
  /** From its first word to its last. */
  readonly window: Span;
}


/** The alignment of two quotations with the same words: nothing to diff. */
function identical(a: Indexed, b: Indexed): Alignment {
  return { common: a.tokens.length, coverage: 1, changes: NO_CHANGES, reordered: false, quoteWindow: a.window, sourceWindow: b.window };
}

/**
 * A copy found, aligned when first asked. The checks read one alignment per quotation (its
 * source's); kept for every pair, alignments were most of the heap at ten thousand articles (a
 * line quoted by a thousand articles alone has a million pairs).
 */
export class Match implements QuoteMatch {
  readonly other: QuoteRef;
  private aligned: Alignment | undefined;

  constructor(private readonly me: Indexed, private readonly copy: Indexed, private readonly alignWith: (me: Indexed, other: Indexed) => Alignment) {
    this.other = copy.ref;
  }

  get alignment(): Alignment {
    return (this.aligned ??= this.me.words === this.copy.words ? identical(this.me, this.copy) : this.alignWith(this.me, this.copy));
  }
}

const NO_CHANGES: readonly WordChange[] = [];
