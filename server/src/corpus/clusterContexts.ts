import { folded } from './names';
import type { EntityRef } from './registry';
import { hasSorted } from './sorted';

/**
 * An article's entities' folded names, sorted, each once: an array, not a set, as the registry
 * keeps one per article (sets were a tenth of its heap at ten thousand articles).
 */
export type Context = readonly string[];

interface Tally {
  /** Folded name → how many members' articles name it (a member's own name not counted). */
  readonly counts: Map<string, number>;
  /** Each article's members' own folded names. */
  readonly own: Map<string, string[]>;
}

/**
 * How many other entities an article shares with each cluster of a surname's bucket, while the
 * bucket is clustered. Counted member by member it was quadratic: a surname in thousands of
 * articles, each short mention ("Marsh") compared with every member of every cluster. Each
 * cluster keeps a tally of the names its members' articles mention instead, so a question costs
 * one lookup per name of the asking article.
 */
export class ClusterContexts {
  private readonly tallies = new Map<readonly EntityRef[], Tally>();

  constructor(private readonly contexts: ReadonlyMap<string, Context>) {}

  /**
   * The sum over the cluster's members in other articles of the names their article shares with
   * `uri`'s, each member's own name left out.
   */
  overlap(uri: string, cluster: readonly EntityRef[]): number {
    const mine = this.contexts.get(uri);
    if (!mine) return 0;
    const tally = this.tallyOf(cluster);
    let n = 0;
    for (const k of mine) n += tally.counts.get(k) ?? 0;
    // Members in the asking article itself do not count: take back what they added.
    for (const own of tally.own.get(uri) ?? []) n -= mine.length - (hasSorted(mine, own) ? 1 : 0);
    return n;
  }

  /** Adds a member to a cluster (and to its tally, when one is kept). */
  add(cluster: EntityRef[], ref: EntityRef): void {
    cluster.push(ref);
    const tally = this.tallies.get(cluster);
    if (tally) this.count(tally, ref);
  }

  /** A cluster changed other than by `add` (merged): its tally is made again when next asked. */
  forget(cluster: readonly EntityRef[]): void {
    this.tallies.delete(cluster);
  }

  private tallyOf(cluster: readonly EntityRef[]): Tally {
    let tally = this.tallies.get(cluster);
    if (!tally) {
      tally = { counts: new Map(), own: new Map() };
      for (const m of cluster) this.count(tally, m);
      this.tallies.set(cluster, tally);
    }
    return tally;
  }

  private count(tally: Tally, m: EntityRef): void {
    const theirs = this.contexts.get(m.uri);
    if (!theirs) return;
    const own = folded(m.entity.name);
    for (const k of theirs) if (k !== own) tally.counts.set(k, (tally.counts.get(k) ?? 0) + 1);
    let owns = tally.own.get(m.uri);
    if (!owns) tally.own.set(m.uri, (owns = []));
    owns.push(own);
  }
}
