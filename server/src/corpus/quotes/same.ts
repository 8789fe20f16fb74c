import type { Alignment } from './align';
import type { QuoteToken } from './normalise';

/** What `moved` compares of two filed quotations besides their tokens. */
interface Filed {
  readonly words: string;
  readonly text: string;
}

/** Below this many words a quotation is too common a phrase to trace across articles. */
export const MIN_WORDS = 3;

/**
 * The same quotation at another place: the same words, printed the same way between its first and
 * last word, each word at the same distance from the first. Everything an alignment with it
 * finds is then the same, moved.
 */
export function moved(aTokens: readonly QuoteToken[], bTokens: readonly QuoteToken[], a: Filed, b: Filed): boolean {
  const n = aTokens.length;
  if (n !== bTokens.length || a.words !== b.words) return false;
  const da = aTokens[0]!.start;
  const db = bTokens[0]!.start;
  for (let i = 0; i < n; i++) {
    const x = aTokens[i]!;
    const y = bTokens[i]!;
    if (x.start - da !== y.start - db || x.end - da !== y.end - db || x.gapBefore !== y.gapBefore) return false;
  }
  return a.text.slice(da, aTokens[n - 1]!.end) === b.text.slice(db, bTokens[n - 1]!.end);
}

/** Words in common, in order, enough for two quotations to be the same: most of the shorter one. */
export function enoughInCommon(common: number, lenA: number, lenB: number): boolean {
  return common >= MIN_WORDS && common / (Math.min(lenA, lenB) || 1) >= 0.6;
}

/**
 * Two quotations are the same words when most of the shorter one is found, in order, in the
 * longer one, and what differs inside the stretch they share is a small part of it.
 */
export function isSameQuotation(a: Alignment, lenA: number, lenB: number): boolean {
  if (a.reordered && lenA >= 6) return true;
  const shorter = Math.min(lenA, lenB);
  if (!enoughInCommon(a.common, lenA, lenB)) return false;
  const changed = a.changes.reduce((n, c) => n + Math.max(c.quoteWords.split(/\s+/).filter(Boolean).length, c.sourceWords.split(/\s+/).filter(Boolean).length), 0);
  return changed <= Math.max(2, shorter * 0.35);
}
