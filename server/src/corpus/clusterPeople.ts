import type { ArticleEntity } from '../analysis/model';
import { foldKey } from '../analysis/text/fold';
import { TITLES } from '../analysis/entities/lexicon';
import { comparePublished, type ArticleRecord } from './article';
import { ClusterContexts, type Context } from './clusterContexts';
import { givenKey, isFullName, nameSimilarity, nicknameLinks, nicknameOf } from './names';
import type { EntityRef, Pins } from './registry';

/** Similarity of two spellings above which they may be one person (when their articles share context). */
const SIMILAR = 0.8;

/** What clustering a surname's people reads of the desk. */
export interface PeopleDesk {
  readonly pins: Pins;
  article(uri: string): ArticleRecord | undefined;
  /** Each article's folded entity names (see `ClusterContexts`). */
  readonly contexts: ReadonlyMap<string, Context>;
}

/**
 * The people among a surname bucket's entities: full names earliest-published first, each joining
 * the cluster it fits best (`compatibility`) or starting one, clusters linked by a glossed nickname
 * merged, then each short name (`Lavrov`) given to the cluster its article shares most context with.
 */
export function clusterPeople(refs: readonly EntityRef[], desk: PeopleDesk): EntityRef[][] {
  const byDate = (a: EntityRef, b: EntityRef) => {
    const ra = desk.article(a.uri);
    const rb = desk.article(b.uri);
    return ra && rb ? comparePublished(ra, rb) : 0;
  };
  const full = refs.filter((r) => isFullName(r.entity.name)).sort(byDate);
  const short = refs.filter((r) => !isFullName(r.entity.name)).sort(byDate);
  const clusters: EntityRef[][] = [];
  // Each cluster's distinct spellings: a name's fit depends on them, not on how many articles
  // use each (a person named in 2,000 articles has a handful of spellings, not 2,000).
  const spellings = new Map<EntityRef[], Set<string>>();
  const overlaps = new ClusterContexts(desk.contexts);
  for (const r of full) {
    let best: EntityRef[] | undefined;
    let bestScore = 0;
    for (const c of clusters) {
      const score = compatibility(r, c, spellings.get(c)!, overlaps, desk.pins);
      if (score > bestScore) {
        best = c;
        bestScore = score;
      }
    }
    if (best) {
      overlaps.add(best, r);
      spellings.get(best)!.add(r.entity.name);
    } else {
      const c = [r];
      clusters.push(c);
      spellings.set(c, new Set([r.entity.name]));
    }
  }
  mergeNicknames(clusters, spellings, overlaps);
  for (const r of short) {
    if (clusters.length === 0) clusters.push([r]);
    else if (clusters.length === 1) overlaps.add(clusters[0]!, r);
    else {
      const scored = clusters.map((c) => ({ c, s: overlaps.overlap(r.uri, c) + c.length / 1000 }));
      scored.sort((a, b) => b.s - a.s);
      overlaps.add(scored[0]!.c, r);
    }
  }
  return clusters;
}

/**
 * How well a full name fits a cluster: the same given name after folding fits; a similar
 * spelling (`Sergei`/`Sergey`, `Djordje`/`Đorđe`) fits only when the articles share context.
 */
function compatibility(r: EntityRef, cluster: readonly EntityRef[], names: ReadonlySet<string>, overlaps: ClusterContexts, pins: Pins): number {
  const name = r.entity.name;
  for (const other of names) if (pinnedDistinct(pins, name, other)) return 0;
  const pinned = pins.canonical.get(foldKey(name));
  if (pinned && [...names].some((other) => pins.canonical.get(foldKey(other)) === pinned)) return 1;
  let best = 0;
  const b = givenKey(name);
  for (const other of names) {
    if (!isFullName(other)) continue;
    const a = givenKey(other);
    if (a === b || nicknameLinks(other, name)) return 1;
    if ((a.length === 1 || b.length === 1) && a[0] === b[0]) best = Math.max(best, 0.9);
    const sim = nameSimilarity(other, name);
    if (sim >= SIMILAR) best = Math.max(best, sim);
  }
  if (best > 0 && best < 1 && overlaps.overlap(r.uri, cluster) === 0 && !sharesRole(r, cluster)) return 0;
  return best;
}

function pinnedDistinct(pins: Pins, a: string, b: string): boolean {
  const fa = foldKey(a);
  const fb = foldKey(b);
  return pins.distinct.some(([x, y]) => (x === fa && y === fb) || (x === fb && y === fa));
}

/**
 * `Bill Hardacre` filed before any article glossed `William “Bill” Hardacre`: clusters one of whose
 * spellings gives another's given name as a nickname are one person. Only clusters with a quoted
 * nickname are compared, so a bucket without one costs a scan of its spellings.
 */
function mergeNicknames(clusters: EntityRef[][], spellings: Map<EntityRef[], Set<string>>, overlaps: ClusterContexts): void {
  for (let i = 0; i < clusters.length; i++) {
    const glossed = [...spellings.get(clusters[i]!)!].filter((n) => nicknameOf(n));
    if (!glossed.length) continue;
    for (let j = clusters.length - 1; j >= 0; j--) {
      if (j === i) continue;
      const other = spellings.get(clusters[j]!)!;
      if (![...other].some((n) => glossed.some((g) => nicknameLinks(g, n)))) continue;
      const into = clusters[Math.min(i, j)]!;
      const from = clusters[Math.max(i, j)]!;
      into.push(...from);
      overlaps.forget(into);
      for (const n of spellings.get(from)!) spellings.get(into)!.add(n);
      clusters.splice(Math.max(i, j), 1);
      if (j < i) i--;
    }
  }
}

/** Whether a person's roles share a title word with a cluster's (`mayor`, `chief executive`). */
function sharesRole(r: EntityRef, cluster: readonly EntityRef[]): boolean {
  const words = (e: ArticleEntity) => new Set(e.roles.flatMap((x) => foldKey(x.text).split(' ')).filter((w) => TITLES.has(w)));
  const mine = words(r.entity);
  if (!mine.size) return false;
  return cluster.some((m) => [...words(m.entity)].some((w) => mine.has(w)));
}
