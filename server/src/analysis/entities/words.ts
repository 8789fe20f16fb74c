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
}

const CHUNK = /\S+/g;
const LEAD = /^[("“‘'\[{*_«‹—–-]+/u;
const TRAIL = /(?:['’]s)?[)"”’'\]}.,;:!?*_»›…—–-]*$/u;

export function splitWords(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  const slice = text.slice(from, to);
  CHUNK.lastIndex = 0;
  for (let m = CHUNK.exec(slice); m; m = CHUNK.exec(slice)) {
    let chunk = m[0];
    const lead = LEAD.exec(chunk)?.[0] ?? '';
    chunk = chunk.slice(lead.length);
    let trail = TRAIL.exec(chunk)?.[0] ?? '';
    // Keep the dots of an acronym (`U.S.`) and of initials: they belong to the word.
    if (/^(?:\p{L}\.)+\p{L}\.?$/u.test(chunk.slice(0, chunk.length - trail.length + 1)) && trail.startsWith('.')) {
      trail = trail.slice(1);
    }
    const core = chunk.slice(0, chunk.length - trail.length);
    if (!core) continue;
    const start = from + m.index + lead.length;
    out.push({
      start,
      end: start + core.length,
      text: core,
      lead,
      trail,
      capital: /^(?:(?:al|el|ad|as|ash|an|ar)-)?[\p{Lu}]/u.test(core) || /^\p{Lu}/u.test(core),
    });
  }
  return out;
}

/** Whether a sequence of words must break between `a` and `b` (punctuation between them). */
export function breaksBetween(a: Word, b: Word): boolean {
  return a.trail !== '' || b.lead !== '';
}
