import type { Span } from '../model';

/** One word of a sentence with the punctuation around it split off. */
export interface Word extends Span {
  /** The word without surrounding punctuation or a possessive `'s`. */
  readonly text: string;
  /** `text` lower-cased, once: the lexicon's sets are looked up with it many times per word. */
  readonly lower: string;
  /** Punctuation before the word in the same whitespace-delimited chunk (`(`, `“`). */
  readonly lead: string;
  /** Punctuation (or `'s`) after the word in the same chunk (`,`, `.”`, `'s`). */
  readonly trail: string;
  /** Starts with a capital (or is an `al-`/`el-` name with a capital after the hyphen). */
  readonly capital: boolean;
  /** A line break separates it from the word before (a heading, a masthead, a list item). */
  readonly newline: boolean;
}

// Punctuation that opens or closes a word within its whitespace-delimited chunk, as a table by
// character code (every such mark is below U+2100): a lookup per character of every word of every
// sentence, where a Set of codes hashed each one.
const LEAD_MARK = 1;
const TRAIL_MARK = 2;
const MARKS = new Uint8Array(0x2100);
for (const c of '("“‘\'[{*_«‹—–#>|/-') MARKS[c.charCodeAt(0)]! |= LEAD_MARK;
for (const c of ')"”’\']}.,;:!?*_»›…—–|/-') MARKS[c.charCodeAt(0)]! |= TRAIL_MARK;
const isMark = (c: number, mark: number) => c < 0x2100 && (MARKS[c]! & mark) !== 0;
const CAPITAL = /^(?:(?:al|el|ad|as|ash|an|ar)-)?\p{Lu}/u;
const INITIALS = /^(?:\p{L}\.)+\p{L}\.?$/u;

function isSpace(text: string, i: number, c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 12 || c === 0xa0 || (c > 0x2000 && /\s/.test(text[i]!));
}

/**
 * What one pass over a whitespace-delimited chunk finds: where its word starts (after opening
 * marks), where the chunk ends, where a Markdown link's target starts, whether it has a full stop
 * before that, and whether it is plain (no capital, nothing beyond ASCII: its own lower case).
 * One record, reused: a chunk is read before the next is scanned.
 */
const scanned = { start: 0, end: 0, stop: 0, dotted: false, plain: true };

/** Scans the chunk at `from` up to whitespace or `to` into `scanned`. */
function scanChunk(text: string, from: number, to: number): void {
  let start = from;
  while (start < to && isMark(text.charCodeAt(start), LEAD_MARK)) start++;
  let stop = -1;
  let dotted = false;
  let plain = true;
  let j = start;
  for (; j < to; j++) {
    const d = text.charCodeAt(j);
    if (isSpace(text, j, d)) break;
    if (stop >= 0) continue;
    if (d === 46) dotted = true;
    // A Markdown link's target is not part of its text: `[Adriatic Press Service](https://...)`.
    else if (d === 93 && text.charCodeAt(j + 1) === 40 && j > start) stop = j;
    else if ((d >= 65 && d <= 90) || d > 127) plain = false;
  }
  scanned.start = start;
  scanned.end = j;
  scanned.stop = stop < 0 ? j : stop;
  scanned.dotted = dotted;
  scanned.plain = plain;
}

/**
 * The words of `text[from, to)`. Scans by hand: this runs on every sentence of every article,
 * and a regular expression per chunk made it the costliest step of reading names. Each chunk's
 * characters are read once, for where it ends and what its word is alike.
 */
export function splitWords(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  let i = from;
  let pending = '';
  let newline = false;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isSpace(text, i, c)) {
      if (c === 10) newline = true;
      i++;
      continue;
    }
    scanChunk(text, i, to);
    const j = scanned.end;
    const word = readScanned(text, i, pending, newline);
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

/** The word of the chunk `text[from, to)` (which has no whitespace). */
function readChunk(text: string, from: number, to: number, pending: string, newline: boolean): Word | null {
  scanChunk(text, from, to);
  return readScanned(text, from, pending, newline);
}

/** The word of the chunk at `from` that `scanned` describes. */
function readScanned(text: string, from: number, pending: string, newline: boolean): Word | null {
  const { start, end: to, stop, dotted, plain } = scanned;
  let end = stop;
  while (end > start && isMark(text.charCodeAt(end - 1), TRAIL_MARK)) end--;
  if (end - start > 2 && text.charCodeAt(end - 1) === 115 && (text.charCodeAt(end - 2) === 39 || text.charCodeAt(end - 2) === 0x2019)) end -= 2;
  const dot = end < stop && text.charCodeAt(end) === 46;
  // Keep the dots of an acronym (`U.S.`) and of initials: they belong to the word.
  if (dotted && dot && INITIALS.test(text.slice(start, end + 1))) end++;
  // A middle initial (`Lorraine K. Dutton`) keeps its dot too, so the name runs on through it.
  else if (end - start === 1 && end + 1 === stop && dot && isUpper(text.charCodeAt(start))) end++;
  // `Vantrell Corp.`: the abbreviation's dot is part of the company's name (and may end the sentence too).
  else if (dot && end - start <= 4 && ABBREVIATED.has(text.slice(start, end))) {
    const word = readChunk(text, from, end, pending, newline);
    return word && makeWord(word.start, end + 1, `${word.text}.`, word.lead, text.slice(end, to), word.capital, newline);
  }
  if (end <= start) return null;
  const core = text.slice(start, end);
  const c = core.charCodeAt(0);
  const capital = c >= 65 && c <= 90 ? true : c >= 97 && c <= 122 ? core.length > 3 && (core[2] === '-' || core[3] === '-') && CAPITAL.test(core) : CAPITAL.test(core);
  // Most words have no punctuation on either side: no slice is taken for an empty one.
  const lead = from === start ? pending : pending + text.slice(from, start);
  return makeWord(start, end, core, lead, end === to ? '' : text.slice(end, to), capital, newline, plain ? core : undefined);
}

/**
 * Every word has the same properties in the same order (`newline` too, false when there is none),
 * so the code reading words sees one shape of object, not two. `lower` is passed when the splitter
 * already knows the word is its own lower case.
 */
export function makeWord(start: number, end: number, text: string, lead: string, trail: string, capital: boolean, newline: boolean, lower?: string): Word {
  return { start, end, text, lower: lower ?? text.toLowerCase(), lead, trail, capital, newline };
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

/**
 * `text === text.toUpperCase()`, without making the upper-case copy when the text is ASCII
 * (nearly always): asked of names and words many times over.
 */
export function inCapitals(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 127) return text === text.toUpperCase();
    if (c >= 97 && c <= 122) return false;
  }
  return true;
}

/** A possessive's `'s` or `’s` trailing a word (what `/^['’]s$/` matched, without a pattern). */
export function isPossessive(trail: string): boolean {
  return trail === "'s" || trail === '’s';
}

/** A hyphen or an en dash alone (what `/^[-–]$/` matched). */
export function isDash(trail: string): boolean {
  return trail === '-' || trail === '–';
}
