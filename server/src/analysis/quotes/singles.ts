import type { Span } from '../model';
import { closesBefore, firstMark, isWordChar, markFinder, opensAfter, trimEnd, type MarkedQuote } from './flank';

/**
 * Single-quoted stretches: headlines (`'hangs by a thread'`), quotes inside quotes, and British
 * copy, which quotes with single marks. The same character is also the apostrophe, so:
 * - a mark with a letter on both sides is an apostrophe (`don't`, `Ja’afari`);
 * - an opening mark follows a space or a bracket and comes before a letter (`'90s` is not one);
 * - a closing mark after punctuation or before punctuation is sure (`,’` `’.`); one between a
 *   letter and a space is only likely (`farmers' union` looks the same), so it is kept as a
 *   candidate and used only when no sure closing mark comes before the paragraph ends.
 * A quotation left open at a paragraph's end goes on only when the next paragraph re-opens it
 * with a single mark (British multi-paragraph quotes); otherwise the mark was an apostrophe.
 */
const MARK = /['‘’‹›]/g;

export function findSingleQuotes(text: string, paragraphs: readonly Span[]): MarkedQuote[] {
  const out: MarkedQuote[] = [];
  let carry: { open: number; parts: Span[]; paragraph: number } | null = null;
  const nextMark = markFinder(text, MARK);
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p]!;
    let open: number | null = null;
    let innerStart = 0;
    let i = para.start;
    if (carry) {
      const first = firstMark(text, para);
      open = carry.open;
      innerStart = first + 1;
      i = first + 1;
    }
    let likely: number | null = null;
    let likelyAfterS: number | null = null;
    const emit = (close: number): void => {
      if (open === null) return;
      const part = { start: innerStart, end: close };
      if (carry) {
        carry.parts.push(part);
        out.push({ open: carry.open, close, parts: carry.parts, style: 'single', unclosed: false, paragraph: carry.paragraph });
        carry = null;
      } else if (close - open > 2) {
        out.push({ open, close, parts: [part], style: 'single', unclosed: false, paragraph: p });
      }
      open = null;
      likely = likelyAfterS = null;
    };
    for (let found = nextMark(i); found !== null && found < para.end; found = nextMark(found + 1)) {
      i = found;
      const c = text[i]!;
      const prev = i === para.start ? undefined : text[i - 1];
      const next = i + 1 >= para.end ? undefined : text[i + 1];
      if (isWordChar(prev) && isWordChar(next)) continue;
      const opening = (c === "'" || c === '‘' || c === '‹') && opensAfter(prev) && /\p{L}/u.test(next ?? '');
      const closing = (c === "'" || c === '’' || c === '›') && prev !== undefined && !/\s/.test(prev) && !isWordChar(next);
      if (opening) {
        if (open !== null && (likely ?? likelyAfterS) !== null) emit((likely ?? likelyAfterS)!);
        if (carry) carry = null; // a fresh quotation: the carried one was an apostrophe after all
        open = i;
        innerStart = i + 1;
        likely = likelyAfterS = null;
      } else if (closing && open !== null) {
        const sure = !isWordChar(prev) || closesBefore(next) && next !== undefined && !/\s/.test(next) || next === undefined;
        if (sure) emit(i);
        else if (prev === 's') likelyAfterS ??= i;
        else likely = i;
      }
    }
    const pending = likely ?? likelyAfterS;
    if (open !== null && pending !== null) emit(pending);
    if (open === null) {
      carry = null;
      continue;
    }
    const part: Span = { start: innerStart, end: trimEnd(text, innerStart, para.end) };
    const following = paragraphs[p + 1];
    const reopens = following !== undefined && /['‘]/.test(text[firstMark(text, following)] ?? '');
    if (!reopens) {
      carry = null;
      continue;
    }
    const started: { open: number; parts: Span[]; paragraph: number } = carry ?? { open, parts: [], paragraph: p };
    started.parts.push(part);
    carry = started;
  }
  return out;
}
