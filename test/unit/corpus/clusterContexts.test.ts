import { describe, expect, it } from 'vitest';
import type { ArticleEntity } from '../../../server/src/analysis/model';
import { foldKey } from '../../../server/src/analysis/text/fold';
import { ClusterContexts } from '../../../server/src/corpus/clusterContexts';
import type { EntityRef } from '../../../server/src/corpus/registry';
import { sortedDistinct } from '../../../server/src/corpus/sorted';

function rng(seed: number): () => number {
  return () => ((seed = (Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32);
}

const person = (name: string, id: string) => ({ id, name, kind: 'person', mentions: [], roles: [] }) as unknown as ArticleEntity;

/** The overlap counted member by member, as the registry first did. */
function naive(contexts: Map<string, string[]>, uri: string, cluster: readonly EntityRef[]): number {
  const mine = contexts.get(uri);
  if (!mine) return 0;
  let n = 0;
  for (const m of cluster) {
    if (m.uri === uri) continue;
    const theirs = contexts.get(m.uri);
    if (!theirs) continue;
    const own = foldKey(m.entity.name);
    for (const k of mine) if (k !== own && theirs.includes(k)) n++;
  }
  return n;
}

describe('ClusterContexts', () => {
  it('counts what each article shares with a cluster as a member-by-member count does, as the cluster grows', () => {
    const r = rng(7);
    const names = ['Helena Marsh', 'Marsh', 'Tom Reyes', 'Ana Ruiz', 'Kestrel Ferries', 'Port Avel', 'Lina Marsh', 'Ruiz'];
    const contexts = new Map<string, string[]>();
    for (let a = 0; a < 30; a++) {
      // Some articles have no names filed at all.
      if (r() < 0.1) continue;
      contexts.set(`file:///a${a}`, sortedDistinct(names.filter(() => r() < 0.5).map(foldKey)));
    }
    const overlaps = new ClusterContexts(contexts);
    const clusters: EntityRef[][] = [[], [], []];
    for (let step = 0; step < 200; step++) {
      const uri = `file:///a${Math.floor(r() * 30)}`;
      const c = clusters[Math.floor(r() * clusters.length)]!;
      if (r() < 0.5) {
        for (const cluster of clusters) expect(overlaps.overlap(uri, cluster)).toBe(naive(contexts, uri, cluster));
      } else if (r() < 0.95) {
        overlaps.add(c, { uri, entity: person(names[Math.floor(r() * names.length)]!, `e${step}`) });
      } else {
        // A merge outside `add`: the tally is forgotten and made again.
        const other = clusters.find((x) => x !== c)!;
        c.push(...other.splice(0));
        overlaps.forget(c);
        overlaps.forget(other);
      }
    }
    expect(clusters.flat().length).toBeGreaterThan(50);
  });
});
