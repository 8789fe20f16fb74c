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

const CHUNK = /\S+/g;
const LEAD = /^[("“‘'\[{*_«‹—–#>|/-]+/u;
const TRAIL = /(?:['’]s)?[)"”’'\]}.,;:!?*_»›…—–|/-]*$/u;
const CAPITAL = /^(?:(?:al|el|ad|as|ash|an|ar)-)?\p{Lu}/u;

export function splitWords(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  const slice = text.slice(from, to);
  let last = 0;
  let pending = '';
  CHUNK.lastIndex = 0;
  for (let m = CHUNK.exec(slice); m; m = CHUNK.exec(slice)) {
    let chunk = m[0];
    const lead = LEAD.exec(chunk)?.[0] ?? '';
    chunk = chunk.slice(lead.length);
    // A Markdown link's target is not part of its text: `[Adriatic Press Service](https://...)`.
    const link = chunk.indexOf('](');
    let target = '';
    if (link > 0) {
      target = chunk.slice(link);
      chunk = chunk.slice(0, link);
    }
    let trail = TRAIL.exec(chunk)?.[0] ?? '';
    // Keep the dots of an acronym (`U.S.`) and of initials: they belong to the word.
    if (trail.startsWith('.') && /^(?:\p{L}\.)+\p{L}\.?$/u.test(chunk.slice(0, chunk.length - trail.length + 1))) {
      trail = trail.slice(1);
    }
    const core = chunk.slice(0, chunk.length - trail.length);
    if (!core) {
      // A separator standing alone (`|`, `–`, `/`) still separates the words on either side.
      pending += m[0];
      continue;
    }
    const start = from + m.index + lead.length;
    const word: Word = { start, end: start + core.length, text: core, lead: pending + lead, trail: trail + target, capital: CAPITAL.test(core) };
    out.push(slice.slice(last, m.index).includes('\n') ? { ...word, newline: true } : word);
    last = m.index + m[0].length;
    pending = '';
  }
  return out;
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

const ACRONYM = /^(?:(?:\p{Lu}\.){2,}|\p{Lu}[\p{Lu}\d]{1,5}|\p{Lu}\d{1,3})$/u;

/** `UN`, `U.S.`, `G20`, `ISSG`. */
export function isAcronym(word: string): boolean {
  return ACRONYM.test(word);
}
