/**
 * Where the date families' keys (plain words: `week|month|year`, `ago`, `Christmas|Boxing|...`)
 * match in a text. Some twenty keys were each a scan of the whole text; here one pattern, the
 * union of them all, finds every place where any of them may start, and each key is tried there
 * alone. The matches are exactly those of scanning for each key by itself: a key's next match is
 * its first one at or after the end of its last, and every place it matches is a place the union
 * matches (the union ignores case, so it finds case-sensitive keys' matches and more).
 */

/** A key's matches in the text: `[index, length, index, length, ...]`. */
export type Hits = readonly number[];

interface Key {
  readonly re: RegExp;
  /** The key anchored where it is tried. */
  readonly sticky: RegExp;
}

const keys = new Map<string, Key>();
let union: RegExp | null = null;
let lastText: string | null = null;
let lastHits = new Map<string, number[]>();

const id = (re: RegExp) => `${re.flags}/${re.source}`;

/**
 * Keys that can join the union: its flags (`gi`) do not change what they match, except by
 * ignoring case, and a back-reference would point at another key's group.
 */
const JOINS = (re: RegExp) => !/[msuyv]/.test(re.flags) && !/\\[1-9k]/.test(re.source);

/** The matches of `key` (a global pattern that never matches empty) in `text`. */
export function keyHits(text: string, key: RegExp): Hits {
  const k = id(key);
  if (!keys.has(k) && JOINS(key)) {
    keys.set(k, { re: key, sticky: new RegExp(key.source, key.flags.replace('g', '') + 'y') });
    union = null;
    // Learnt on this text: scanned alone here, with the others from the next text on.
    return scanAlone(text, key);
  }
  if (text !== lastText) {
    lastText = text;
    lastHits = scanAll(text);
  }
  return lastHits.get(k) ?? scanAlone(text, key);
}

function scanAlone(text: string, key: RegExp): number[] {
  const out: number[] = [];
  key.lastIndex = 0;
  for (let m = key.exec(text); m; m = key.exec(text)) out.push(m.index, m[0].length);
  return out;
}

function scanAll(text: string): Map<string, number[]> {
  const list = [...keys];
  union ??= new RegExp(list.map(([, key]) => `(?:${key.re.source})`).join('|'), 'gi');
  const hits = list.map((): number[] => []);
  const free = list.map(() => 0);
  union.lastIndex = 0;
  for (let m = union.exec(text); m; m = union.exec(text)) {
    const at = m.index;
    for (let i = 0; i < list.length; i++) {
      if (free[i]! > at) continue;
      const s = list[i]![1].sticky;
      s.lastIndex = at;
      if (!s.test(text)) continue;
      hits[i]!.push(at, s.lastIndex - at);
      free[i] = s.lastIndex;
    }
    // The next place any key may start is after this one's start, not after its end: keys overlap (`New Year`, `year`).
    union.lastIndex = at + 1;
  }
  return new Map(list.map(([k], i) => [k, hits[i]!]));
}
