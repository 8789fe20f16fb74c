/**
 * Deterministic generated newsroom text for the archive benchmark: quotations whose words follow
 * a Zipf distribution (a few function words everywhere, a long tail of rare ones), as real
 * quotations do, so that trigram posting lists are as skewed as in a real archive.
 */
import { rng } from '../bench/random';

// The bench's seeded PRNG (mulberry32): the same seed gives the same archive on every machine.
export { rng };

const COMMON = (
  'the of and to a in that is was he for it with as his on be at by i this had not are but from or have an they ' +
  'which one you were her all she there would their we him been has when who will more no if out so said what up ' +
  'its about into than them can only other new some could time these two may then do first any my now such like our ' +
  'over man me even most made after also did many before must through back years where much your way well down ' +
  'should because each just those people how too little state good very make world still own see men work long get ' +
  'here between both life being under never day same another know while last might us great old year off come since ' +
  'against go came right used take three council ferry minister bridge government police report vote service'
).split(' ');

const ONSETS = ['b', 'br', 'c', 'ch', 'd', 'f', 'g', 'gr', 'h', 'k', 'l', 'm', 'n', 'p', 'pr', 'r', 's', 'st', 't', 'tr', 'v', 'w'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'ou'];
const CODAS = ['', 'n', 'r', 'l', 's', 't', 'nd', 'st', 'ng', 'ck'];

export class Vocabulary {
  readonly words: string[];
  private readonly cumulative: Float64Array;

  constructor(size = 40_000, seed = 7) {
    const r = rng(seed);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
    const seen = new Set(COMMON);
    this.words = [...COMMON];
    while (this.words.length < size) {
      const syllables = 1 + Math.floor(r() * 3);
      let w = '';
      for (let i = 0; i < syllables; i++) w += pick(ONSETS) + pick(VOWELS) + (i === syllables - 1 ? pick(CODAS) : '');
      if (!seen.has(w)) {
        seen.add(w);
        this.words.push(w);
      }
    }
    // Zipf with exponent 1: the word of rank k is used in proportion to 1/k.
    this.cumulative = new Float64Array(this.words.length);
    let sum = 0;
    for (let k = 0; k < this.words.length; k++) this.cumulative[k] = sum += 1 / (k + 1);
    for (let k = 0; k < this.words.length; k++) this.cumulative[k]! /= sum;
  }

  word(u: number): string {
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid]! < u) lo = mid + 1;
      else hi = mid;
    }
    return this.words[lo]!;
  }

  /** A quotation of 6 to 40 words, normalised as `quoteTokens` would leave it. */
  quotation(r: () => number): string {
    const n = 6 + Math.floor(r() * r() * 35);
    const out: string[] = [];
    for (let i = 0; i < n; i++) out.push(this.word(r()));
    return out.join(' ');
  }
}

/** A quotation as a reporter might misquote it: one word changed, or a run of words taken from it. */
export function variant(norm: string, r: () => number, vocab: Vocabulary, kind: 'exact' | 'changed' | 'partial'): string {
  const words = norm.split(' ');
  if (kind === 'exact') return norm;
  if (kind === 'changed') {
    const at = Math.floor(r() * words.length);
    words[at] = vocab.word(r());
    return words.join(' ');
  }
  const len = Math.min(words.length, 6 + Math.floor(r() * 6));
  const from = Math.floor(r() * (words.length - len + 1));
  return words.slice(from, from + len).join(' ');
}

/** A whole article for the real indexer: a dated header, a few paragraphs, quotations with speakers. */
export function article(i: number, r: () => number, vocab: Vocabulary): string {
  const day = new Date(Date.UTC(2015, 0, 1) + Math.floor(r() * 3650) * 86400000);
  const names = ['Anika Solberg', 'Peter Okafor', 'Maria Lindqvist', 'Tomas Berg', 'Rhiannon Tate', 'Samir Haddad'];
  const lines = [`Headline number ${i} about the ${vocab.word(r())} ${vocab.word(r())}`, `Published: ${day.toISOString().slice(0, 10)}`, ''];
  for (let p = 0; p < 4; p++) {
    const who = names[Math.floor(r() * names.length)]!;
    const words = vocab.quotation(r);
    lines.push(`The council met on Tuesday to discuss the ${vocab.word(r())}. “${words[0]!.toUpperCase()}${words.slice(1)},” said ${who}.`, '');
  }
  return lines.join('\n');
}
