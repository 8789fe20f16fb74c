import { foldKey } from '../text/fold';

// Transliterating (any-ascii) is the costliest step of reading names, and an article writes the
// same few names many times: remember the keys. Bounded, so a long session cannot grow it.
const cache = new Map<string, string>();

/** `foldKey`, remembered: `Đorđe Petrović` → `dorde petrovic`. */
export function fold(text: string): string {
  let key = cache.get(text);
  if (key === undefined) {
    if (cache.size >= 50_000) cache.clear();
    key = foldKey(text);
    cache.set(text, key);
  }
  return key;
}
