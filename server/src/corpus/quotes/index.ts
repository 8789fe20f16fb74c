import type { Quotation } from '../../analysis/model';
import { Memo } from '../memo';
import { align, diffWords, sameBag, sharedWords, wordCounts, type Alignment, type WordDiff } from './align';
import { Families, type FamilyMembers } from './families';
import { Match, tokensOf, type Indexed } from './match';
import { lcsLength } from './lcs';
import { enoughInCommon, isSameQuotation, MIN_WORDS, moved } from './same';
import { quoteTokens, shingles, type QuoteToken } from './normalise';

export { isSameQuotation, MIN_WORDS } from './same';

export interface QuoteRef {
  readonly uri: string;
  readonly quote: Quotation;
}

export interface QuoteMatch {
  readonly other: QuoteRef;
  /** This quotation aligned against the other as reference. */
  readonly alignment: Alignment;
}

/**
 * The word triples a quotation is filed under, worked out when it is filed, removed or searched
 * for: kept with each quotation they were a fifth of the index's heap.
 */
const triples = (q: Indexed) => new Set(shingles(q.wordList));

/** Copies in the order matches are listed: by article, then by place in it. */
const byPlace = ({ ref: a }: Indexed, { ref: b }: Indexed) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : a.quote.span.start - b.quote.span.start);

const NO_KEYS: readonly string[] = [];

/** Posting lists longer than this are stock phrases ("we do not"): not used to find candidates. */
const STOP_SHINGLE = 400;

/** Posting lists shorter than this grow by a copy (see `update`). */
const SHORT_LIST = 16;

/** Pairs of quotations whose word diff is kept (twice this at most). */
const DIFF_MEMO = 20_000;

const refKey = (uri: string, id: string) => `${uri}#${id}`;

/**
 * Every quotation in the workspace, indexed by word triples so that finding the copies of one
 * quotation costs a few posting-list lookups and alignments, never a pass over all pairs.
 */
export class QuoteIndex {
  /**
   * Word triple -> the quotations filed under it, in the order filed. Arrays, not sets: most
   * triples are in a handful of quotations, and a small set costs several times a small array.
   */
  private readonly postings = new Map<string, string[]>();
  private readonly quotes = new Map<string, Indexed>();
  private readonly byUri = new Map<string, string[]>();
  /**
   * Which quotations each one matches, by key, in the order they are listed: kept when an
   * article is re-filed with its quotations only moved (alignments, which hold spans, are worked
   * out when asked for, from the quotations as filed then).
   */
  private readonly matchKeys = new Map<string, readonly string[]>();
  /** A big family's members' copies outside the family (see `Families`), by key. */
  private readonly nearKeys = new Map<string, readonly string[]>();
  private readonly counted = new WeakMap<readonly string[], number>(); // `carrierCount`, per list of copies
  /**
   * For each quotation, the quotations whose matches list it (some perhaps no longer): their
   * alignments with it change when it moves.
   */
  private readonly alignedWith = new Map<string, Set<string>>();
  /**
   * Quotations with exactly the same words (after normalisation), found by one lookup: a line
   * quoted by a thousand articles is found in all of them even though its word triples are too
   * common to be used as search keys.
   */
  private readonly families = new Families();
  /**
   * Word diffs of pairs of quotations, by their words: re-filing an article whose quotations only
   * moved (a keystroke elsewhere in it) re-aligns them and their copies without diffing again.
   */
  private readonly diffs = new Memo<WordDiff>(DIFF_MEMO);

  /**
   * Indexes an article's quotations; returns the articles whose quotation matches may have changed
   * unless `collect` is false (a whole workspace being filed), when they are looked for only
   * while some matches are cached: filing thousands of quotations sharing a common word triple
   * walked the whole posting list for each, quadratic in a list nothing was cached for.
   */
  update(uri: string, text: string | null, quotes: readonly Quotation[] | null, collect = true): Set<string> {
    const affected = new Set<string>([uri]);
    const quiet = !collect && this.matchKeys.size === 0;
    // Each posting list and family is walked once per update: an article quoting the same words a
    // thousand times made every copy walk (and invalidate) all the copies before it — quadratic.
    // Members added later in the same update are this article's own, already affected.
    // Walked sets of keys, and posting lists by their triple (a short list is replaced when it grows).
    const walked = new Set<ReadonlySet<string> | string>();
    const touchAll = (set: Iterable<string>, id: ReadonlySet<string> | string) => {
      if (quiet || walked.has(id)) return;
      walked.add(id);
      for (const k of set) this.touch(k, affected, true);
    };
    const fresh = new Map<string, Indexed>();
    // The fresh quotations' tokens, while this update compares them with those filed before.
    const freshTokens = new Map<string, QuoteToken[]>();
    for (const quote of text === null ? [] : quotes ?? []) {
      const tokens = quoteTokens(text!, quote);
      if (tokens.length < MIN_WORDS) continue;
      const wordList = tokens.map((t) => t.word);
      const window = { start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end };
      const key = refKey(uri, quote.id);
      fresh.set(key, { key, ref: { uri, quote }, text: text!, words: wordList.join(' '), wordList, window });
      freshTokens.set(key, tokens);
    }
    for (const key of this.byUri.get(uri) ?? []) {
      const q = this.quotes.get(key)!;
      const next = fresh.get(key);
      if (next && moved(tokensOf(q), freshTokens.get(key)!, q, next)) {
        // The same words, filed under the same word triples: only the alignments with it change.
        for (const k of this.alignedWith.get(key) ?? []) this.touch(k, affected, false);
        for (const k of this.families.listers(q.words)) if (k !== key) this.touch(k, affected, false);
        this.quotes.set(key, next);
        continue;
      }
      for (const s of triples(q)) {
        const list = this.postings.get(s);
        if (!list) continue;
        const at = list.indexOf(key);
        if (at >= 0) list.splice(at, 1);
        touchAll(list, s);
        if (!list.length) this.postings.delete(s);
      }
      const family = this.families.of(q.words);
      this.families.remove(q.words, key);
      if (family) touchAll(family, family);
      this.quotes.delete(key);
      this.matchKeys.delete(key);
      this.nearKeys.delete(key);
      this.alignedWith.delete(key);
    }
    this.byUri.delete(uri);
    if (text === null || !quotes) return affected;
    for (const [key, q] of fresh) {
      if (this.quotes.get(key) === q) continue;
      this.quotes.set(key, q);
      const family = this.families.of(q.words);
      if (family) touchAll(family, family);
      this.families.add(q.words, key);
      for (const s of triples(q)) {
        const list = this.postings.get(s);
        if (list) touchAll(list, s);
        // A short list is copied one longer, not pushed to: a push makes room for sixteen more.
        if (!list) this.postings.set(s, [key]);
        else if (list.length < SHORT_LIST) this.postings.set(s, [...list, key]);
        else list.push(key);
      }
    }
    this.byUri.set(uri, [...fresh.keys()]);
    return affected;
  }

  /** A quotation whose matches may have changed (`content`), or only their alignments, which hold spans. */
  private touch(key: string, affected: Set<string>, content: boolean): void {
    const q = this.quotes.get(key);
    if (content) {
      this.matchKeys.delete(key);
      this.nearKeys.delete(key);
      if (q) this.families.unlisted(q.words, key);
    }
    if (q) affected.add(q.ref.uri);
  }

  has(uri: string, quoteId: string): boolean {
    return this.quotes.has(refKey(uri, quoteId));
  }

  /** Copies of a quotation in other articles, each aligned against this one. */
  matches(uri: string, quoteId: string): QuoteMatch[] {
    const key = refKey(uri, quoteId);
    const me = this.quotes.get(key);
    if (!me) return [];
    const found = this.copyKeys(key, me).map((k) => this.quotes.get(k)!);
    // Copies that moved inside their article may list in another order now.
    found.sort(byPlace);
    return found.map((other) => new Match(me, other, this.align));
  }

  /**
   * Which quotations are a quotation's copies, as keys: the same array until the copies change
   * (one is added, removed or reworded), not when they only move — answers worked out from them
   * can be kept while it is.
   */
  copies(uri: string, quoteId: string): readonly string[] {
    const key = refKey(uri, quoteId);
    const me = this.quotes.get(key);
    return me ? this.copyKeys(key, me) : NO_KEYS;
  }

  /**
   * A quotation's copies as places, in no order and not aligned: for a caller after one of them
   * (its source) that aligns only that one (`matchWith`) — listing a line quoted by a thousand
   * articles as sorted, aligned matches, for each of its copies re-checked, was most of a check.
   */
  copyRefs(uri: string, quoteId: string): QuoteRef[] {
    return [...this.copyPlaces(uri, quoteId)];
  }

  /**
   * What an answer about a quotation's copies is kept by (a `LastingAnswers` token): its list of
   * copies; for a big family's member with no copies outside the family, the family's members,
   * without listing the family less its own article for each member asked about.
   */
  copiesToken(uri: string, quoteId: string): object {
    const family = this.bigFamily(uri, quoteId);
    return family && !family.near.length ? family.members : this.copies(uri, quoteId);
  }

  /** A quotation's copies as places, as listed (see `copies`), not aligned: read as far as needed. */
  *copyPlaces(uri: string, quoteId: string): Iterable<QuoteRef> {
    const family = this.bigFamily(uri, quoteId);
    const keys = family && !family.near.length ? family.members.keys : this.copies(uri, quoteId);
    for (let i = 0; i < keys.length; i++) {
      if (keys === family?.members.keys && family.members.uris[i] === uri) continue;
      const q = this.quotes.get(keys[i]!);
      if (q) yield q.ref;
    }
  }

  /** How many other articles carry a quotation, counted once per list of copies (or family). */
  carrierCount(uri: string, quoteId: string): number {
    const family = this.bigFamily(uri, quoteId);
    // Its own article is one of the family's.
    if (family && !family.near.length) return family.members.articles - 1;
    const copies = this.copies(uri, quoteId);
    let n = this.counted.get(copies);
    if (n === undefined) {
      // Copies are listed by article: each article's run of them counts once.
      let last: string | undefined;
      n = 0;
      for (const ref of this.copyPlaces(uri, quoteId)) {
        if (ref.uri !== last) n++;
        last = ref.uri;
      }
      this.counted.set(copies, n);
    }
    return n;
  }

  /** A quotation aligned against one of its copies (`copyRefs`), as `matches` lists it. */
  matchWith(uri: string, quoteId: string, copy: QuoteRef): QuoteMatch | undefined {
    const me = this.quotes.get(refKey(uri, quoteId));
    const other = this.quotes.get(refKey(copy.uri, copy.quote.id));
    return me && other ? new Match(me, other, this.align) : undefined;
  }

  /**
   * Whether an article holds a quotation or one of its copies, as last listed (or held one that
   * has gone since: the list is then replaced, see `copies`): what an answer about the
   * quotation's copies read, without a set of a thousand articles per answer.
   */
  holdsQuotationOrCopy(uri: string, ofUri: string, quoteId: string): boolean {
    if (uri === ofUri) return true;
    const target = refKey(ofUri, quoteId);
    for (const k of this.byUri.get(uri) ?? []) if (this.alignedWith.get(k)?.has(target)) return true;
    // A big family's member lists every other member (`Families`), by their words.
    const words = this.quotes.get(target)?.words;
    return words !== undefined && this.families.isBig(words) && this.holdsWords(uri, words);
  }

  private copyKeys(key: string, me: Indexed): readonly string[] {
    const known = this.matchKeys.get(key);
    if (known) return known;
    let keys: readonly string[];
    if (this.families.isBig(me.words)) {
      // The family from its one sorted list; only the near copies are this quotation's own.
      const family = this.families.listedFor(me.words, key, me.ref.uri, (k) => this.quotes.get(k)!, byPlace);
      const near = this.near(key, me);
      keys = near.length ? [...family, ...near].map((k) => this.quotes.get(k)!).sort(byPlace).map((q) => q.key) : family;
      this.matchKeys.set(key, keys);
      return keys;
    }
    keys = this.search(key, me).sort(byPlace).map((q) => q.key);
    this.matchKeys.set(key, keys);
    this.holding(key, keys);
    return keys;
  }

  /** `key`'s list of copies holds each of `keys`: their alignments with it change when they move. */
  private holding(key: string, keys: readonly string[]): void {
    for (const k of keys) {
      let holders = this.alignedWith.get(k);
      if (!holders) this.alignedWith.set(k, (holders = new Set()));
      holders.add(key);
    }
  }

  /** A big family's member's copies outside its family, by key, as `byPlace` sorts them. */
  private near(key: string, me: Indexed): readonly string[] {
    let keys = this.nearKeys.get(key);
    if (!keys) {
      keys = this.similar(key, me, this.families.of(me.words)!).sort(byPlace).map((q) => q.key);
      this.nearKeys.set(key, keys);
      this.holding(key, keys);
    }
    return keys;
  }

  /**
   * A quotation of a big family (a stock phrase quoted thousands of times): the family's members,
   * its own among them, and its copies outside the family. Its source is the family's earliest
   * article's when it has none outside (`sourceOf`), without listing its copies.
   */
  bigFamily(uri: string, quoteId: string): { readonly members: FamilyMembers; readonly near: readonly string[] } | undefined {
    const key = refKey(uri, quoteId);
    const me = this.quotes.get(key);
    if (!me || !this.families.isBig(me.words)) return undefined;
    return { members: this.families.sortedOf(me.words, (k) => this.quotes.get(k)!, byPlace), near: this.near(key, me) };
  }

  /** Whether an article holds a quotation of these words (one of `bigFamily`'s members). */
  holdsWords(uri: string, words: string): boolean {
    for (const k of this.byUri.get(uri) ?? []) if (this.quotes.get(k)?.words === words) return true;
    return false;
  }

  /** The place of a quotation by its key (as `bigFamily` lists them). */
  placeOf(key: string): QuoteRef | undefined {
    return this.quotes.get(key)?.ref;
  }

  private readonly align = (me: Indexed, other: Indexed): Alignment => {
    const parts = this.diffs.get(`${me.words}\n${other.words}`, () => diffWords(me.wordList, other.wordList));
    return align(tokensOf(me), tokensOf(other), me.text, other.text, parts);
  };

  /**
   * Whether another quotation is this one's words (`isSameQuotation`). Most candidates share a
   * stock phrase and little else: too few words in common, in order, is known from the length of
   * their longest common run of words, without the diff.
   */
  private same(me: Indexed, other: Indexed): boolean {
    const n = me.wordList.length;
    const m = other.wordList.length;
    // The same words in another order are judged on the full alignment.
    if (!sameBag(me.wordList, other.wordList) && !enoughInCommon(lcsLength(me.wordList, other.wordList), n, m)) return false;
    return isSameQuotation(this.align(me, other), n, m);
  }

  /** The quotations in other articles with the same words, or aligning closely enough with them. */
  private search(key: string, me: Indexed): Indexed[] {
    const uri = me.ref.uri;
    const out: Indexed[] = [];
    const family = this.families.of(me.words)!;
    for (const k of family) {
      const other = this.quotes.get(k)!;
      if (other.ref.uri !== uri) out.push(other);
    }
    return [...out, ...this.similar(key, me, family)];
  }

  /** The quotations in other articles, outside its family, aligning closely enough with it. */
  private similar(key: string, me: Indexed, family: ReadonlySet<string>): Indexed[] {
    const uri = me.ref.uri;
    const out: Indexed[] = [];
    const counts = new Map<string, number>();
    for (const s of triples(me)) {
      const list = this.postings.get(s);
      if (!list || list.length > STOP_SHINGLE) continue;
      for (const k of list) if (k !== key && !family.has(k)) counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    let bag: Map<string, number> | undefined;
    for (const [k, n] of counts) {
      const other = this.quotes.get(k)!;
      if (other.ref.uri === uri) continue;
      const shorter = Math.min(me.wordList.length, other.wordList.length);
      if (n < 2 && shorter > 4) continue;
      // The words in common, in order, are at most the words in common in any order: where
      // those are too few for `isSameQuotation`, the (quadratic) alignment cannot find a match.
      bag ??= wordCounts(me.wordList);
      if (sharedWords(bag, other.wordList) < Math.max(MIN_WORDS, 0.6 * shorter)) continue;
      if (this.same(me, other)) out.push(other);
    }
    return out;
  }

  /** Every indexed quotation, for reports. */
  *all(): Iterable<QuoteRef> {
    for (const q of this.quotes.values()) yield q.ref;
  }

  /** A filed quotation's words, with where each is printed (worked out again each time). */
  tokens(uri: string, quoteId: string): readonly QuoteToken[] {
    const q = this.quotes.get(refKey(uri, quoteId));
    return q ? tokensOf(q) : [];
  }

  /** How many words a quotation has as compared (0 when not filed: too short to trace). */
  wordCount(uri: string, quoteId: string): number {
    return this.quotes.get(refKey(uri, quoteId))?.wordList.length ?? 0;
  }
}
