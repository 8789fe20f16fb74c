import type { Span } from '../../analysis/model';
import type { Alignment, WordChange } from './align';
import type { QuoteMatch, QuoteRef } from './index';
import { quoteTokens, type QuoteToken } from './normalise';

/**
 * A quotation as filed. Its words are kept; where each word is printed (`QuoteToken`s) is worked
 * out again from the text when an alignment needs it (`tokensOf`): an object per word of every
 * quotation was over a third of the index's heap at ten thousand articles, and only the few
 * quotations aligned while checking an article need them.
 */
export interface Indexed {
  /** `uri#id`, the index's key of it: one string however many matches list it. */
  readonly key: string;
  readonly ref: QuoteRef;
  /** The article's text when filed, which the quotation's spans are into. */
  readonly text: string;
  /** The normalised words, space-joined: identical quotations share it. */
  readonly words: string;
  readonly wordList: readonly string[];
  /** From its first word to its last. */
  readonly window: Span;
}


/** The alignment of two quotations with the same words: nothing to diff. */
function identical(a: Indexed, b: Indexed): Alignment {
  return { common: a.wordList.length, coverage: 1, changes: NO_CHANGES, reordered: false, quoteWindow: a.window, sourceWindow: b.window };
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

/** A filed quotation's words with where each is printed: what it was filed from. */
export const tokensOf = (q: Indexed): QuoteToken[] => quoteTokens(q.text, q.ref.quote);
