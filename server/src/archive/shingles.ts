/**
 * The archive's full-text keys for a quotation: overlapping word triples of its `quoteTokens`
 * words (the same keys the workspace's QuoteIndex uses), stored as the lexemes of a `tsvector`
 * and searched with an OR `tsquery` on a GIN index.
 *
 * Why not pg_trgm on the quotation text: measured on 40,000 quotations, a trigram lookup of a
 * 17-word quotation took 100-300 ms, because every character trigram of common words ("the",
 * " of") has a posting list covering most rows. Word triples are far rarer keys, so the same
 * lookup reads a few short posting lists. Triples made only of function words ("one of the",
 * "we do not") would bring back those long lists: they are never keys, as the workspace index
 * never follows its stock phrases either. A changed word still leaves most triples in common,
 * and a partial quotation's triples are all in its source: the lookup stays fuzzy.
 */
const FUNCTION_WORDS = new Set((
  'a about after against all also am an and any are as at be because been before being between both but by can ' +
  'could did do does down each even few for from further had has have having he her here hers him his how i if in ' +
  'into is it its just me more most my no nor not now of off on once only or other our out over own same she should ' +
  'so some such than that the their them then there these they this those through to too under until up us very was ' +
  'we were what when where which while who whom why will with would you your said says say 1 2 3 10 100'
).split(' '));

/** Keys of a quotation's words: triples that hold at least one word other than a function word. */
export function shingleKeys(words: readonly string[]): string[] {
  const keys = new Set<string>();
  for (let i = 0; i + 3 <= words.length; i++) {
    const t = words.slice(i, i + 3);
    if (t.every((w) => FUNCTION_WORDS.has(w))) continue;
    keys.add(t.join(' '));
  }
  return [...keys];
}

/** The OR query over those keys, in tsquery's own syntax (each key a quoted lexeme). */
export function shingleQuery(words: readonly string[]): string | null {
  const keys = shingleKeys(words);
  return keys.length ? keys.map((k) => `'${k.replace(/['\\]/g, '')}'`).join(' | ') : null;
}
