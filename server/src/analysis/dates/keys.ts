import { PatternSet } from '../text/patternSet';

/**
 * Where the date families' keys (plain words: `week|month|year`, `ago`, `Christmas|Boxing|...`)
 * match in a text. Some twenty keys were each a scan of the whole text; here they are found in
 * one pass (see PatternSet), with exactly the matches each key's own scan finds.
 */

/** A key's matches in the text: `[index, length, index, length, ...]`. */
export type Hits = readonly number[];

const ids = new Map<string, number>();
const known: RegExp[] = [];
let set: PatternSet | null = null;
let lastText: string | null = null;
let lastHits: number[][] = [];

/** The matches of `key` (a global pattern that never matches empty) in `text`. */
export function keyHits(text: string, key: RegExp): Hits {
  const id = `${key.flags}/${key.source}`;
  const i = ids.get(id);
  if (i === undefined) {
    // Keys are learnt as the families first ask: this one is scanned alone until the next text.
    ids.set(id, known.length);
    known.push(key);
    set = null;
    return new PatternSet([key]).matches(text)[0]!;
  }
  if (text !== lastText || !set) {
    set ??= new PatternSet(known);
    lastText = text;
    lastHits = set.matches(text);
  }
  return lastHits[i] ?? new PatternSet([key]).matches(text)[0]!;
}
