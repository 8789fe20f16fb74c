import type { Desk } from '../corpus';

/** What an answer was worked out from: the articles it read. */
export interface Worked<V> {
  readonly value: V;
  /** Every article the answer read; a change to any other article leaves it good. */
  readonly uris: Iterable<string>;
}

interface Entry<V> {
  version: number;
  readonly tokens: readonly unknown[];
  readonly uris: ReadonlySet<string>;
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
  private readonly desks = new WeakMap<Desk, Map<string, Entry<V>>>();

  constructor(private readonly capacity: number) {}

  get(desk: Desk, key: string, tokens: readonly unknown[], work: () => Worked<V>): V {
    let entries = this.desks.get(desk);
    const entry = entries?.get(key);
    if (entry && sameTokens(entry.tokens, tokens) && unchanged(desk, entry)) return entry.value;
    const worked = work();
    if (!entries || entries.size >= this.capacity) this.desks.set(desk, (entries = new Map()));
    entries.set(key, { version: desk.version, tokens, uris: new Set(worked.uris), value: worked.value });
    return worked.value;
  }
}

function sameTokens(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function unchanged<V>(desk: Desk, entry: Entry<V>): boolean {
  if (entry.version === desk.version) return true;
  const changed = desk.changedSince(entry.version);
  if (!changed) return false;
  for (const uri of changed) if (entry.uris.has(uri)) return false;
  // Checked up to now: the next request looks only at the changes after this one.
  entry.version = desk.version;
  return true;
}
