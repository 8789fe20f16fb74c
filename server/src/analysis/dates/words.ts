/** Calendar words and the regular-expression fragments built from them. */

export const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12,
};

export const WEEKDAYS: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100,
};

/** `three` → 3, `14` → 14; NaN for words that count nothing definite (`several`, `few`). */
export function numberValue(word: string): number {
  const w = word.toLowerCase();
  if (/^\d+$/.test(w)) return Number(w);
  return NUMBER_WORDS[w] ?? Number.NaN;
}

export type Unit = 'day' | 'week' | 'month' | 'year';

/** `days` → `day`; `fortnight` counts as two weeks at the call site. */
export function unitOf(word: string): Unit {
  return word.toLowerCase().replace(/s$/, '') as Unit;
}

/**
 * Month names as English writes them: capitalised, optionally abbreviated with a full stop.
 * Case-sensitive on purpose: `march`, `may` and `sun` in lower case are other words.
 */
export const MONTH_RE =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
export const WEEKDAY_RE = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
/** Abbreviated weekdays only count before a day number (`Fri 15 Mar`), never alone (`the Sun`). */
export const WEEKDAY_ABBR_RE = '(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)';
export const NUMBER_RE =
  '(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|\\d{1,3})';

export interface Word {
  readonly word: string;
  readonly start: number;
}

/**
 * The word ending just before `pos` across spaces (or one hyphen: `mid-March`), or null when
 * punctuation or `floor` comes first. Read by hand rather than by a `\s+$` pattern, which
 * backtracks quadratically.
 */
export function prevWord(text: string, pos: number, floor = 0): Word | null {
  let i = pos;
  let gap = 0;
  while (i > floor && /\s/.test(text[i - 1]!) && gap < 4) {
    i--;
    gap++;
  }
  if (gap === 0 && i > floor && text[i - 1] === '-') i--;
  const end = i;
  while (i > floor && /[\p{L}\p{N}'’.]/u.test(text[i - 1]!) && end - i < 24) i--;
  if (i === end) return null;
  return { word: text.slice(i, end).replace(/\.$/, ''), start: i };
}
