import type { Span } from '../model';

/** One word of a sentence with the punctuation around it split off. */
export interface Word extends Span {
  /** The word without surrounding punctuation or a possessive `'s`. */
  readonly text: string;
  /** Punctuation before the word in the same whitespace-delimited chunk (`(`, `“`). */
  readonly lead: string;
  /** Punctuation (or `'s`) after the word in the same chunk (`,`, `.”`, `'s`). */
  readonly trail: string;
  /** Starts with a capital (or is an `al-`/`el-` name with a capital after the hyphen). */
  readonly capital: boolean;
  /** A line break separates it from the word before (a heading, a masthead, a list item). */
  readonly newline?: boolean;
}

// Punctuation that opens or closes a word within its whitespace-delimited chunk.
// As character codes: a set of one-character strings made a string of every character it was asked about.
const codes = (chars: string) => new Set([...chars].map((c) => c.charCodeAt(0)));
const LEAD = codes('("“‘\'[{*_«‹—–#>|/-');
const TRAIL = codes(')"”’\']}.,;:!?*_»›…—–|/-');
const CAPITAL = /^(?:(?:al|el|ad|as|ash|an|ar)-)?\p{Lu}/u;
const INITIALS = /^(?:\p{L}\.)+\p{L}\.?$/u;

/**
 * The words of `text[from, to)`. Scans by hand: this runs on every sentence of every article,
 * and a regular expression per chunk made it the costliest step of reading names.
 */
export function splitWords(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  let i = from;
  let pending = '';
  let newline = false;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 13 || c === 9 || c === 12 || c === 0xa0 || (c > 0x2000 && /\s/.test(text[i]!))) {
      if (c === 10) newline = true;
      i++;
      continue;
    }
    let j = i + 1;
    while (j < to) {
      const d = text.charCodeAt(j);
      if (d === 32 || d === 10 || d === 13 || d === 9 || d === 12 || d === 0xa0 || (d > 0x2000 && /\s/.test(text[j]!))) break;
      j++;
    }
    const word = readChunk(text, i, j, pending, newline);
    if (word) {
      out.push(word);
      pending = '';
      newline = false;
    } else {
      // A separator standing alone (`|`, `–`, `/`) still separates the words on either side.
      pending += text.slice(i, j);
    }
    i = j;
  }
  return out;
}

function readChunk(text: string, from: number, to: number, pending: string, newline: boolean): Word | null {
  let start = from;
  while (start < to && LEAD.has(text.charCodeAt(start))) start++;
  // A Markdown link's target is not part of its text: `[Adriatic Press Service](https://...)`.
  let stop = to;
  let dotted = false;
  for (let k = start; k < to; k++) {
    const ch = text.charCodeAt(k);
    if (ch === 46) dotted = true;
    else if (ch === 93 && text.charCodeAt(k + 1) === 40 && k > start) {
      stop = k;
      break;
    }
  }
  let end = stop;
  while (end > start && TRAIL.has(text.charCodeAt(end - 1))) end--;
  if (end - start > 2 && text[end - 1] === 's' && (text[end - 2] === "'" || text[end - 2] === '’')) end -= 2;
  // Keep the dots of an acronym (`U.S.`) and of initials: they belong to the word.
  if (dotted && end < stop && text[end] === '.' && INITIALS.test(text.slice(start, end + 1))) end++;
  // A middle initial (`Lorraine K. Dutton`) keeps its dot too, so the name runs on through it.
  else if (end - start === 1 && end + 1 === stop && text[end] === '.' && isUpper(text.charCodeAt(start))) end++;
  // `Vantrell Corp.`: the abbreviation's dot is part of the company's name (and may end the sentence too).
  else if (end < stop && text[end] === '.' && ABBREVIATED.has(text.slice(start, end))) {
    const word = readChunk(text, from, end, pending, newline);
    return word && { ...word, end: end + 1, text: `${word.text}.`, trail: text.slice(end, to) };
  }
  if (end <= start) return null;
  const core = text.slice(start, end);
  const c = core.charCodeAt(0);
  const capital = c >= 65 && c <= 90 ? true : c >= 97 && c <= 122 ? core.length > 3 && (core[2] === '-' || core[3] === '-') && CAPITAL.test(core) : CAPITAL.test(core);
  const word: Word = { start, end, text: core, lead: pending + text.slice(from, start), trail: text.slice(end, to), capital };
  return newline ? { ...word, newline: true } : word;
}

/**
 * Whether a run of name words must break between `a` and `b`: punctuation between them, or a
 * line break. A plural possessive joins (`Brezovac Farmers' Cooperative`).
 */
export function breaksBetween(a: Word, b: Word): boolean {
  if (b.newline || b.lead !== '') return true;
  if (a.trail === '') return false;
  return !((a.trail === "'" || a.trail === '’') && a.text.endsWith('s') && b.capital);
}

/** Company abbreviations written with a full stop that belongs to the name. */
const ABBREVIATED = new Set(['Corp', 'Inc', 'Ltd', 'Co', 'Bros', 'Cos', 'Mfg']);

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

const ACRONYM = /^(?:(?:\p{Lu}\.){2,}|\p{Lu}[\p{Lu}\d]{1,5}|\p{Lu}\d{1,3})$/u;

/** `UN`, `U.S.`, `G20`, `ISSG`. */
export function isAcronym(word: string): boolean {
  return ACRONYM.test(word);
}
