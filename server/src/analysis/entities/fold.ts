import { foldKey } from '../text/fold';

/**
 * A function of a string, remembered. An article writes the same few names and words many times,
 * and each is keyed, folded and looked up again and again. Bounded, so a long session cannot grow it.
 */
export function remembered<T>(f: (text: string) => T, limit = 50_000): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let value = cache.get(text);
    if (value === undefined) {
      if (cache.size >= limit) cache.clear();
      value = f(text);
      cache.set(text, value);
    }
    return value;
  };
}

/**
 * `foldKey`, remembered: `Đorđe Petrović` → `dorde petrovic`. Transliterating (any-ascii) is the
 * costliest step of reading names.
 */
export const fold = remembered(foldKey);
