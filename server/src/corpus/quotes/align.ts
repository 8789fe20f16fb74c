import { diffArrays } from 'diff';
import type { Span } from '../../analysis/model';
import type { QuoteToken } from './normalise';

/** A stretch where two quotations of the same words differ. */
export interface WordChange {
  /** Words of the quote under check (empty when it dropped words). */
  readonly quoteSpan: Span | null;
  readonly quoteWords: string;
  /** The reference's words here (empty when the quote added words). */
  readonly sourceSpan: Span | null;
  readonly sourceWords: string;
  /** The change with a word either side, as the article prints it: `we cannot gamble`. */
  readonly quoteContext: string;
  readonly sourceContext: string;
}

export interface Alignment {
  /** Words the two have in common, in order. */
  readonly common: number;
  /** Share of the shorter quotation's words found in the longer one. */
  readonly coverage: number;
  /** Changes within the stretch both quote (a partial quote's missing ends are not changes). */
  readonly changes: readonly WordChange[];
  /** The same words in another order ("a reordered clause"): what moved is not a substitution. */
  readonly reordered: boolean;
  /** The reference's words the quote corresponds to, for restoring the source's wording. */
  readonly sourceWindow: Span | null;
  readonly quoteWindow: Span | null;
}

/** A word diff: runs of words both have, only the quote has (removed) or only the source has (added). */
export type WordDiff = readonly { readonly count: number; readonly added: boolean; readonly removed: boolean }[];

/** The Myers diff (jsdiff) of two quotations' words: depends on the words alone, not where they are. */
export function diffWords(quote: readonly string[], source: readonly string[]): WordDiff {
  return diffArrays([...quote], [...source]).map((p) => ({ count: p.count ?? p.value.length, added: !!p.added, removed: !!p.removed }));
}

/**
 * Aligns a quotation with a reference copy word by word; `parts` is `diffWords(quote, source)`,
 * which a caller may have kept from an earlier alignment of the same words.
 */
export function align(quote: readonly QuoteToken[], source: readonly QuoteToken[], quoteText: string, sourceText: string, parts: WordDiff = diffWords(wordsOf(quote), wordsOf(source))): Alignment {
  let qi = 0;
  let si = 0;
  let common = 0;
  let firstQ = -1, lastQ = -1, firstS = -1, lastS = -1;
  const raw: { q: [number, number]; s: [number, number] }[] = [];
  let pending: { q: [number, number]; s: [number, number] } | null = null;
  for (const p of parts) {
    const n = p.count;
    if (!p.added && !p.removed) {
      if (pending) {
        raw.push(pending);
        pending = null;
      }
      if (firstQ < 0) {
        firstQ = qi;
        firstS = si;
      }
      lastQ = qi + n - 1;
      lastS = si + n - 1;
      common += n;
      qi += n;
      si += n;
    } else if (p.removed) {
      pending = pending ?? { q: [qi, qi], s: [si, si] };
      qi += n;
      pending.q[1] = qi;
    } else {
      pending = pending ?? { q: [qi, qi], s: [si, si] };
      si += n;
      pending.s[1] = si;
    }
  }
  if (pending) raw.push(pending);
  const shorter = Math.min(quote.length, source.length) || 1;
  const changes: WordChange[] = [];
  for (const r of raw) {
    wholeWords(r, quote, source);
    const qWords = quote.slice(r.q[0], r.q[1]);
    const sWords = source.slice(r.s[0], r.s[1]);
    // Before or after the stretch both quote, one copy simply quoting more is not a change.
    const outside = r.q[1] <= firstQ || r.q[0] > lastQ || r.s[1] <= firstS || r.s[0] > lastS || firstQ < 0;
    if (outside && (qWords.length === 0 || sWords.length === 0 || firstQ < 0)) continue;
    // Words the quote leaves out at an ellipsis are a faithful cut.
    if (qWords.length === 0 && quote[r.q[0]]?.gapBefore) continue;
    if (sWords.length === 0 && source[r.s[0]]?.gapBefore) continue;
    if (isSpellingVariant(qWords, sWords)) continue;
    changes.push({
      quoteSpan: qWords.length ? { start: qWords[0]!.start, end: qWords[qWords.length - 1]!.end } : null,
      quoteWords: qWords.length ? quoteText.slice(qWords[0]!.start, qWords[qWords.length - 1]!.end) : '',
      quoteContext: context(quote, r.q, quoteText),
      sourceContext: context(source, r.s, sourceText),
      sourceSpan: sWords.length ? { start: sWords[0]!.start, end: sWords[sWords.length - 1]!.end } : null,
      sourceWords: sWords.length ? sourceText.slice(sWords[0]!.start, sWords[sWords.length - 1]!.end) : '',
    });
  }
  // The stretch both quote, widened to take in changed words at its edges.
  const widen = (w: Span | null, spans: (Span | null)[]): Span | null =>
    w && spans.reduce<Span>((acc, s) => (s ? { start: Math.min(acc.start, s.start), end: Math.max(acc.end, s.end) } : acc), w);
  return {
    common,
    coverage: common / shorter,
    changes,
    // The same words in another order: the diff may see only a clause moved off one edge.
    reordered: sameBag(wordsOf(quote), wordsOf(source)) && quote.some((t, i) => t.word !== source[i]!.word),
    sourceWindow: widen(firstS >= 0 ? { start: source[firstS]!.start, end: source[lastS]!.end } : null, changes.map((c) => c.sourceSpan)),
    quoteWindow: widen(firstQ >= 0 ? { start: quote[firstQ]!.start, end: quote[lastQ]!.end } : null, changes.map((c) => c.quoteSpan)),
  };
}

/** Whether two quotations use the same words, counted with repeats, whatever their order. */
export function sameBag(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const count = new Map<string, number>();
  for (const w of a) count.set(w, (count.get(w) ?? 0) + 1);
  for (const w of b) {
    const n = count.get(w);
    if (!n) return false;
    count.set(w, n - 1);
  }
  return true;
}

const wordsOf = (tokens: readonly QuoteToken[]) => tokens.map((t) => t.word);

/** How many times each word occurs. */
export function wordCounts(words: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const w of words) out.set(w, (out.get(w) ?? 0) + 1);
  return out;
}

/** Size of the multiset intersection of two quotations' words. */
export function sharedWords(counts: ReadonlyMap<string, number>, words: readonly string[]): number {
  const used = new Map<string, number>();
  let n = 0;
  for (const w of words) {
    const u = used.get(w) ?? 0;
    if (u < (counts.get(w) ?? 0)) {
      used.set(w, u + 1);
      n++;
    }
  }
  return n;
}

/**
 * Widens a change to whole printed words: "cannot" is compared as can + not, so when "can"
 * changed, the "not" printed in the same word (and its partner on the other side) joins it.
 */
function wholeWords(r: { q: [number, number]; s: [number, number] }, quote: readonly QuoteToken[], source: readonly QuoteToken[]): void {
  const sameWord = (tokens: readonly QuoteToken[], a: number, b: number) => !!tokens[a] && !!tokens[b] && tokens[b]!.start < tokens[a]!.end && tokens[b]!.end > tokens[a]!.start;
  while (r.q[1] < quote.length && r.s[1] < source.length && (sameWord(quote, r.q[1] - 1, r.q[1]) || sameWord(source, r.s[1] - 1, r.s[1]))) {
    r.q[1]++;
    r.s[1]++;
  }
  while (r.q[0] > 0 && r.s[0] > 0 && (sameWord(quote, r.q[0], r.q[0] - 1) || sameWord(source, r.s[0], r.s[0] - 1))) {
    r.q[0]--;
    r.s[0]--;
  }
}

/** The changed words with one word either side, as printed (`We cannot gamble`). */
function context(tokens: readonly QuoteToken[], [from, to]: [number, number], text: string): string {
  const before = tokens[from - 1];
  const lastChanged = to > from ? tokens[to - 1] : before;
  // Expanded contractions share a span ("cannot" → can + not): skip to the next printed word.
  let k = to;
  while (k < tokens.length && lastChanged && tokens[k]!.start < lastChanged.end) k++;
  const after = tokens[k];
  const first = before ?? tokens[from];
  const last = after ?? lastChanged;
  if (!first || !last) return '';
  return text.slice(Math.min(first.start, last.start), Math.max(first.end, last.end)).replace(/\s+/g, ' ');
}

/** `organisation`/`organization`, `defence`/`defense`, `labour`/`labor`: spelling, not wording. */
function isSpellingVariant(a: readonly QuoteToken[], b: readonly QuoteToken[]): boolean {
  if (a.length !== 1 || b.length !== 1) return false;
  const x = a[0]!.word.replace(/z/g, 's').replace(/our\b/, 'or').replace(/ce$/, 'se');
  const y = b[0]!.word.replace(/z/g, 's').replace(/our\b/, 'or').replace(/ce$/, 'se');
  return x === y && x.length >= 5;
}
