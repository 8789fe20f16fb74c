/** What `LastingAnswers` needs of the desk: its version, and which articles changed since one. */
export interface Versioned {
  readonly version: number;
  changedSince(version: number): ReadonlySet<string> | null;
}

/** What an answer was worked out from: the articles it read. */
export interface Worked<V> {
  readonly value: V;
  /**
   * Every article the answer read, or a test of whether it read one (for an answer reading a
   * thousand, kept by the thousand); a change to any other article leaves it good.
   */
  readonly uris: Iterable<string> | ((uri: string) => boolean);
}

interface Entry<V> {
  version: number;
  readonly tokens: readonly unknown[];
  readonly reads: (uri: string) => boolean;
  readonly value: V;
}

/**
 * Answers kept across changes to the desk that do not touch them. After a keystroke the hover of
 * a person named in a thousand articles, or the source of a line they all quote, was worked out
 * again though none of those articles had changed: a millisecond or more on every first request.
 * An answer is good while none of the articles it read has changed and its `tokens` — what it
 * read from the cross-article indexes (a person's cluster, a quotation's list of copies), which
 * the indexes replace rather than change — are the same objects.
 */
export class LastingAnswers<V> {
  private readonly desks = new WeakMap<Versioned, Map<string, Entry<V>>>();

  constructor(private readonly capacity: number) {}

  get(desk: Versioned, key: string, tokens: readonly unknown[], work: () => Worked<V>): V {
    let entries = this.desks.get(desk);
    const entry = entries?.get(key);
    if (entry && sameTokens(entry.tokens, tokens) && unchanged(desk, entry)) return entry.value;
    const worked = work();
    if (!entries || entries.size >= this.capacity) this.desks.set(desk, (entries = new Map()));
    const { uris } = worked;
    let reads: (uri: string) => boolean;
    if (typeof uris === 'function') reads = uris;
    else {
      const set = new Set(uris);
      reads = (uri) => set.has(uri);
    }
    entries.set(key, { version: desk.version, tokens, reads, value: worked.value });
    return worked.value;
  }
}

function sameTokens(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function unchanged<V>(desk: Versioned, entry: Entry<V>): boolean {
  if (entry.version === desk.version) return true;
  const changed = desk.changedSince(entry.version);
  if (!changed) return false;
  for (const uri of changed) if (entry.reads(uri)) return false;
  // Checked up to now: the next request looks only at the changes after this one.
  entry.version = desk.version;
  return true;
}
