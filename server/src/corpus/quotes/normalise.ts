import anyAscii from 'any-ascii';
import type { Quotation, Span } from '../../analysis/model';
import { Memo } from '../memo';

/** One word of a quotation, folded for comparison, with where it is in the article. */
export interface QuoteToken extends Span {
  readonly word: string;
  /** An ellipsis stood before this word: words may be missing here without altering the quote. */
  readonly gapBefore: boolean;
}

// Maps, not objects: a quoted `constructor` or `toString` is a word, not a property of Object.
const NUMBERS = new Map(Object.entries({
  one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10',
  eleven: '11', twelve: '12', thirteen: '13', fourteen: '14', fifteen: '15', sixteen: '16', seventeen: '17',
  eighteen: '18', nineteen: '19', twenty: '20', thirty: '30', forty: '40', fifty: '50', sixty: '60',
  seventy: '70', eighty: '80', ninety: '90', hundred: '100',
}));

// Contractions are house style, not wording: "can't" and "cannot" are the same words.
const EXPAND = new Map(Object.entries({
  cannot: ['can', 'not'], "can't": ['can', 'not'], "won't": ['will', 'not'], "don't": ['do', 'not'],
  "doesn't": ['does', 'not'], "didn't": ['did', 'not'], "isn't": ['is', 'not'], "aren't": ['are', 'not'],
  "wasn't": ['was', 'not'], "weren't": ['were', 'not'], "haven't": ['have', 'not'], "hasn't": ['has', 'not'],
  "hadn't": ['had', 'not'], "wouldn't": ['would', 'not'], "shouldn't": ['should', 'not'], "couldn't": ['could', 'not'],
  "we're": ['we', 'are'], "they're": ['they', 'are'], "you're": ['you', 'are'], "i'm": ['i', 'am'],
  "we've": ['we', 'have'], "i've": ['i', 'have'], "they've": ['they', 'have'], "we'll": ['we', 'will'],
  "i'll": ['i', 'will'], "it'll": ['it', 'will'], "they'll": ['they', 'will'], "let's": ['let', 'us'],
}));

// An editor's insertion (`[the mayor]`) stops at the next opening bracket too: `\[[^\]]*\]`
// rescanned the rest of a quotation from every `[` (quadratic on `..[..[..[`).
const WORD = /\[[^[\]]*\]|\.\.\.|…|(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/**
 * The words of a quotation as compared across articles: case, accents, curly/straight marks,
 * dotted abbreviations (`U.S.` = `US`), hyphens and dashes, number words and contractions are
 * style; bracketed insertions are the reporter's and left out; an ellipsis marks a faithful cut.
 */
export function quoteTokens(text: string, quote: Quotation): QuoteToken[] {
  const out: QuoteToken[] = [];
  let gap = false;
  for (const part of quote.parts) {
    const slice = text.slice(part.start, part.end);
    WORD.lastIndex = 0;
    for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
      const raw = m[0];
      if (raw.startsWith('[')) continue;
      if (raw === '...' || raw === '…') {
        gap = true;
        continue;
      }
      const start = part.start + m.index;
      for (const word of wordsOf(raw)) {
        out.push({ word, start, end: start + raw.length, gapBefore: gap });
        gap = false;
      }
    }
  }
  return out;
}

/**
 * The compared words of a word as printed, worked out once per spelling: filing a workspace
 * tokenises every copy of every quotation, the same few thousand words again and again.
 */
function wordsOf(raw: string): readonly string[] {
  return wordMemo.get(raw, () => {
    const folded = anyAscii(raw).toLowerCase().replace(/’/g, "'");
    const words = EXPAND.get(folded) ?? [folded.replace(/\./g, '').replace(/'s$/, 's').replace(/'/g, '')];
    return words.map((w) => NUMBERS.get(w) ?? w);
  });
}

const wordMemo = new Memo<readonly string[]>(20_000);

/** Overlapping word triples, the keys of the quotation index. */
export function shingles(words: readonly string[], size = 3): string[] {
  const out: string[] = [];
  for (let i = 0; i + size <= words.length; i++) out.push(words.slice(i, i + size).join(' '));
  return out;
}
