import type { Alignment } from './align';
import type { QuoteToken } from './normalise';

/** What `moved` compares of two filed quotations. */
interface Filed {
  readonly tokens: readonly QuoteToken[];
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
export function moved(a: Filed, b: Filed): boolean {
  const n = a.tokens.length;
  if (n !== b.tokens.length || a.words !== b.words) return false;
  const da = a.tokens[0]!.start;
  const db = b.tokens[0]!.start;
  for (let i = 0; i < n; i++) {
    const x = a.tokens[i]!;
    const y = b.tokens[i]!;
    if (x.start - da !== y.start - db || x.end - da !== y.end - db || x.gapBefore !== y.gapBefore) return false;
  }
  return a.text.slice(da, a.tokens[n - 1]!.end) === b.text.slice(db, b.tokens[n - 1]!.end);
}

/** How many times each word occurs in a quotation. */
export function wordCounts(tokens: readonly QuoteToken[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const t of tokens) out.set(t.word, (out.get(t.word) ?? 0) + 1);
  return out;
}

/** Size of the multiset intersection of two quotations' words. */
export function sharedWords(counts: ReadonlyMap<string, number>, tokens: readonly QuoteToken[]): number {
  const used = new Map<string, number>();
  let n = 0;
  for (const t of tokens) {
    const u = used.get(t.word) ?? 0;
    if (u < (counts.get(t.word) ?? 0)) {
      used.set(t.word, u + 1);
      n++;
    }
  }
  return n;
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
