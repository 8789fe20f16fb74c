/** A family this big lists its members' copies from one sorted list (see `Families`). */
export const BIG_FAMILY = 64;

interface Member {
  readonly key: string;
  readonly ref: { readonly uri: string; readonly quote: { readonly span: { readonly start: number } } };
}

/** A big family's members in the order `byPlace` sorts them at the family's last change: replaced when it changes. */
export interface FamilyMembers {
  readonly words: string;
  readonly keys: readonly string[];
  /** `uris[i]` is the article of `keys[i]`: a member is told from its own article's without a lookup. */
  readonly uris: readonly string[];
  /** How many articles hold the family's members. */
  readonly articles: number;
}

/**
 * Quotations with exactly the same words (after normalisation), by their words. A stock phrase
 * ("not fit for purpose") is quoted tens of thousands of times, and each of its quotations'
 * copies are the whole family less its own article: sorting the family again for each one asked
 * about took 40–60 ms a hover, and registering each as a holder of every other (`alignedWith`)
 * grew quadratically with the quotations asked about. A big family's members are listed from
 * one sorted list kept while the family is unchanged, and which members' copies were listed from
 * it is kept once for the family (`listing`).
 */
export class Families {
  private readonly members = new Map<string, Set<string>>();
  private readonly sorted = new Map<string, FamilyMembers>();
  private readonly listing = new Map<string, Set<string>>();

  of(words: string): ReadonlySet<string> | undefined {
    return this.members.get(words);
  }

  add(words: string, key: string): void {
    let family = this.members.get(words);
    if (!family) this.members.set(words, (family = new Set()));
    family.add(key);
    this.sorted.delete(words);
  }

  remove(words: string, key: string): void {
    const family = this.members.get(words);
    if (!family?.delete(key)) return;
    this.sorted.delete(words);
    this.unlisted(words, key);
    if (!family.size) {
      this.members.delete(words);
      this.listing.delete(words);
    }
  }

  isBig(words: string): boolean {
    return (this.members.get(words)?.size ?? 0) > BIG_FAMILY;
  }

  /**
   * The keys of a big family's members outside `uri`, in the order `byPlace` sorts them, and
   * `key` noted as listing them. The order is the one at the family's last change: like a
   * quotation's list of copies, it is kept when members only move.
   */
  listedFor<M extends Member>(words: string, key: string, uri: string, member: (key: string) => M, byPlace: (a: M, b: M) => number): string[] {
    const sorted = this.sortedOf(words, member, byPlace);
    const out: string[] = [];
    for (let i = 0; i < sorted.keys.length; i++) if (sorted.uris[i] !== uri) out.push(sorted.keys[i]!);
    let listing = this.listing.get(words);
    if (!listing) this.listing.set(words, (listing = new Set()));
    listing.add(key);
    return out;
  }

  /** A family's members, sorted once per change of the family. */
  sortedOf<M extends Member>(words: string, member: (key: string) => M, byPlace: (a: M, b: M) => number): FamilyMembers {
    let sorted = this.sorted.get(words);
    if (!sorted) {
      const all = [...this.members.get(words)!].map(member).sort(byPlace);
      const uris = all.map((m) => m.ref.uri);
      this.sorted.set(words, (sorted = { words, keys: all.map((m) => m.key), uris, articles: uris.filter((u, i) => u !== uris[i - 1]).length }));
    }
    return sorted;
  }

  /** The members whose copies were listed from the family (each lists every other member). */
  listers(words: string): ReadonlySet<string> {
    return this.listing.get(words) ?? NONE;
  }

  /** `key`'s copies are no longer listed (they changed, or it left). */
  unlisted(words: string, key: string): void {
    this.listing.get(words)?.delete(key);
  }
}

const NONE: ReadonlySet<string> = new Set();
