import { diffArrays } from 'diff';
import { describe, expect, it } from 'vitest';
import { lcsLength } from '../../../server/src/corpus/quotes/lcs';

/** Words in common as a Myers diff keeps them: what `isSameQuotation` judges on. */
const diffCommon = (a: string[], b: string[]) => diffArrays(a, b).reduce((n, p) => n + (p.added || p.removed ? 0 : p.count ?? p.value.length), 0);

function rng(seed: number): () => number {
  return () => ((seed = (Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32);
}

describe('lcsLength', () => {
  it('counts the words two quotations share in order', () => {
    const w = (s: string) => s.split(' ');
    expect(lcsLength(w('we will not close the ferry'), w('we will not shut the ferry route'))).toBe(5);
    expect(lcsLength(w('a b c'), w('c b a'))).toBe(1);
    expect(lcsLength([], w('a b'))).toBe(0);
    expect(lcsLength(w('x y'), w('p q'))).toBe(0);
  });

  it('agrees with the diff on lists of every length, across the 32-word chunks', () => {
    const r = rng(20261123);
    const vocabulary = 'the we will not a of to build homes people live work and in'.split(' ');
    for (let run = 0; run < 600; run++) {
      const words = 2 + Math.floor(r() * (run % 3 === 0 ? 6 : vocabulary.length));
      const list = (n: number) => Array.from({ length: n }, () => vocabulary[Math.floor(r() * words)]!);
      const a = list(Math.floor(r() * 100));
      // Often a copy of `a` with a few words changed, dropped or added, as quotations are.
      const b = r() < 0.5 ? list(Math.floor(r() * 100)) : a.flatMap((x) => (r() < 0.1 ? [] : r() < 0.1 ? [x, vocabulary[0]!] : r() < 0.1 ? [vocabulary[1]!] : [x]));
      expect(lcsLength(a, b), `${a.join(' ')} | ${b.join(' ')}`).toBe(diffCommon(a, b));
      expect(lcsLength(b, a)).toBe(diffCommon(a, b));
    }
  });
});
