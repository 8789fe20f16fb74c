/** A small seeded PRNG (mulberry32) and helpers: the same seed gives the same corpus on every machine. */
export type Rng = () => number;

export function rng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

/** Rank-skewed choice: the first items are chosen far more often (a few people are in every story). */
export const pickSkewed = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * r() * r() * xs.length)]!;

export const int = (r: Rng, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));

const ONSETS = ['b', 'br', 'c', 'd', 'f', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 'st', 't', 'v', 'w', 'z'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'ou', 'ei'];
const CODAS = ['', 'n', 'r', 'l', 's', 't', 'nd', 'rt', 'ng', 'ck', 'm'];

/** A made-up word of one to three syllables: rare words, surnames and place names. */
export function coin(r: Rng, syllables = int(r, 1, 3)): string {
  let w = '';
  for (let i = 0; i < syllables; i++) w += pick(r, ONSETS) + pick(r, VOWELS) + (i === syllables - 1 ? pick(r, CODAS) : '');
  return w;
}

export const capital = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

/** p50/p99 and the like over a list of milliseconds (nearest rank). */
export function percentile(xs: readonly number[], p: number): number {
  if (!xs.length) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export const round = (x: number, digits = 2): number => (Number.isFinite(x) ? Math.round(x * 10 ** digits) / 10 ** digits : x);
