/**
 * Text around a quotation, prepared for the attribution patterns: a window of bounded length (so
 * a pathological sentence cannot make analysis quadratic) with the full stops of abbreviations
 * masked (`the U.N. envoy`, `Mr. Lavrov`, `John F. Kennedy`), so that a pattern stopping at the
 * end of a clause does not stop inside a name. Masking keeps every offset.
 */
const ABBREVIATIONS = new Set(
  'mr mrs ms mx dr prof sen rep gov gen lt col capt sgt maj adm cmdr rev fr st jr sr hon inc ltd co corp plc no vs gov'.split(' '),
);

/** Longest stretch of text the attribution patterns read on either side of a quotation. */
export const WINDOW = 320;

export function maskAbbreviations(s: string): string {
  let out = '';
  let last = 0;
  for (let i = s.indexOf('.'); i >= 0; i = s.indexOf('.', i + 1)) {
    let w = i;
    while (w > 0 && i - w < 12 && isLetterOrDot(s.charCodeAt(w - 1), s[w - 1]!)) w--;
    const word = s.slice(w, i);
    const initials = /^(?:\p{L}\.)*\p{L}$/u.test(word) && (word.length === 1 ? /\p{Lu}/u.test(word) : true);
    if (initials || ABBREVIATIONS.has(word.toLowerCase())) {
      out += s.slice(last, i) + '_';
      last = i + 1;
    }
  }
  return out + s.slice(last);
}

/** `text[from, to)` masked, from at most WINDOW characters before `to`. */
export function before(text: string, from: number, to: number): { s: string; at: number } {
  const at = Math.max(from, to - WINDOW);
  return { s: maskAbbreviations(text.slice(at, to)), at };
}

function isLetterOrDot(code: number, c: string): boolean {
  if (code === 46 || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return true;
  return code > 127 && /\p{L}/u.test(c);
}

/** `text[from, to)` masked, at most WINDOW characters, cut at the first line break. */
export function after(text: string, from: number, to: number): { s: string; at: number } {
  const raw = text.slice(from, Math.min(to, from + WINDOW));
  const nl = raw.search(/\r|\n/);
  return { s: maskAbbreviations(nl >= 0 ? raw.slice(0, nl) : raw), at: from };
}

/** Words that open a prepositional phrase or a clause: where a noun phrase stops. */
export const PREPOSITIONS = new Set(
  ('of for from at in on to with by about against among between into through toward towards under over ' +
    'during after before since until near outside inside across behind beyond via per like than as').split(' '),
);

export const PRONOUNS = /^(?:he|she|they|we|i|it)$/i;

/** Spoken subjects that name nobody (`It`, `This`, `There`) or are clause words, not speakers. */
export function plausibleSpeaker(s: string): boolean {
  const t = s.trim();
  const words = t.split(/\s+/);
  if (!t || words.length > 12) return false;
  const first = words[0]!.toLowerCase();
  if (PREPOSITIONS.has(first) && first !== 'like') return false;
  if (/^(?:it|this|that|these|those|there|here|which|what|who|and|but|or|then|so|also|now|still|once|again|too|even|just|only|instead|however|meanwhile|never|not|finally|yesterday|today|tonight|on|last|earlier|later|(?:mon|tues|wednes|thurs|fri|satur|sun)day)$/i.test(first)) return false;
  // A headline's kicker (`Interview: 'We will not back down'`) labels the piece, not a speaker.
  if (/^(?:interview|analysis|comment|opinion|exclusive|live|watch|listen|review|explainer|obituary|editorial|update|breaking|factbox|profile|q&a|video|pictures|gallery|poll|quiz)$/i.test(t)) return false;
  // A clause, not a speaker: `adding that the company`, `saying it`.
  if (/^\p{Ll}+ing$/u.test(words[0]!) || /\b(?:that|which|whether)\b/i.test(t)) return false;
  return /\p{L}/u.test(t);
}
