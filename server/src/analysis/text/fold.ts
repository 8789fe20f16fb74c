import anyAscii from 'any-ascii';

/**
 * Folds a name or phrase to a comparison key: transliterated to ASCII (`Đorđe` → `Dorde`,
 * `Núñez` → `Nunez`), lower-cased, dotted acronyms closed up (`U.S.` → `us`), hyphens and
 * apostrophes treated as spaces, and whitespace collapsed.
 */
export function foldKey(text: string): string {
  return anyAscii(text)
    .toLowerCase()
    .replace(/\b([a-z])\.(?=[a-z]\.)/g, '$1')
    .replace(/\b([a-z])\.(?![a-z])/g, '$1')
    .replace(/[-‐‑‒–—'’`]/g, ' ')
    .replace(/[^a-z0-9 ]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Lower-cased, folded words of a text, for comparing quotations and clauses. */
export function foldWords(text: string): string[] {
  const key = foldKey(text);
  return key ? key.split(' ') : [];
}
