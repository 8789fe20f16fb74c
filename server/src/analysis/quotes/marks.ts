import type { Span } from '../model';
import { closesBefore, firstMark, markFinder, opensAfter, trimEnd, type MarkedQuote } from './flank';
import { findSingleQuotes } from './singles';

export type { MarkedQuote } from './flank';

/** An opening mark that a later opening mark showed to be stray (`A "stray mark. Then "real words," she said`). */
export interface StrayMark {
  readonly at: number;
}

const CURLY_OPEN = new Set(['“', '„', '«']);
const MARK = /["“”„«»]/g;

function isSpace(c: string | undefined): boolean {
  return c === undefined || /\s/.test(c);
}

/**
 * Finds quotations paragraph by paragraph, in one pass. A quotation never runs past its paragraph
 * unless the next paragraph opens with a quotation mark (the newsroom convention for a quote that
 * goes on), so one stray mark cannot swallow the rest of the article.
 *
 * Straight marks are told apart by what flanks them: an opening mark has a space (or the paragraph
 * start) before it and a word after it, a closing mark the reverse. An opening mark met while a
 * quotation is open means the earlier one was stray, and the quotation restarts there.
 */
export function findQuotations(text: string, paragraphs: readonly Span[]): { marks: MarkedQuote[]; strays: StrayMark[] } {
  const out: MarkedQuote[] = [];
  const strays: StrayMark[] = [];
  let carry: { open: number; parts: Span[]; paragraph: number } | null = null;
  const nextMark = markFinder(text, MARK);
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p]!;
    let i = para.start;
    let open: number | null = null;
    let opener = '';
    let innerStart = 0;
    if (carry) {
      // The paragraph re-opens the carried quotation (checked before carrying).
      const first = firstMark(text, para);
      open = carry.open;
      opener = text[first]!;
      innerStart = first + 1;
      i = first + 1;
    }
    // Jump from mark to mark: the scan costs one regex step per quotation mark, not per character.
    for (let found = nextMark(i); found !== null && found < para.end; found = nextMark(found + 1)) {
      i = found;
      const c = text[i]!;
      const prev = i === para.start ? undefined : text[i - 1];
      const next = i + 1 >= para.end ? undefined : text[i + 1];
      let role: 'open' | 'close' | null;
      if (c === '"') {
        const left = !isSpace(next) && opensAfter(prev);
        const right = !isSpace(prev) && closesBefore(next);
        if (open === null) role = left ? 'open' : null;
        else role = left && !right ? 'open' : 'close';
      } else if (c === '“' && opener === '„') role = 'close'; // German „...“
      else if (CURLY_OPEN.has(c)) {
        // A curly opening mark typed where a closing one belongs (`“We will,“ he said`) still closes.
        role = open !== null && !isSpace(prev) && (next === undefined || /[\s.,;:!?)\]]/.test(next)) ? 'close' : 'open';
      } else if (open !== null) role = 'close';
      // A closing mark typed at the start of a quotation (`”We will,” he said`) opens it.
      else role = !isSpace(next) && opensAfter(prev) ? 'open' : null;
      if (role === 'open') {
        if (open !== null) {
          if (carry) {
            carry.parts.push({ start: innerStart, end: trimEnd(text, innerStart, i) });
            out.push({ open: carry.open, close: i, parts: carry.parts, style: 'double', unclosed: true, paragraph: carry.paragraph });
            carry = null;
          } else strays.push({ at: open });
        }
        open = i;
        opener = c;
        innerStart = i + 1;
      } else if (role === 'close' && open !== null) {
        const part = { start: innerStart, end: i };
        if (carry) {
          carry.parts.push(part);
          out.push({ open: carry.open, close: i, parts: carry.parts, style: 'double', unclosed: false, paragraph: carry.paragraph });
          carry = null;
        } else out.push({ open, close: i, parts: [part], style: 'double', unclosed: false, paragraph: p });
        open = null;
        opener = '';
      }
    }
    if (open === null) continue;
    const part: Span = { start: innerStart, end: trimEnd(text, innerStart, para.end) };
    const parts = carry ? carry.parts : [];
    parts.push(part);
    const started: { open: number; parts: Span[]; paragraph: number } = carry ?? { open, parts, paragraph: p };
    const following = paragraphs[p + 1];
    const reopens = following !== undefined && /["“„«]/.test(text[firstMark(text, following)] ?? '');
    if (reopens) carry = started;
    else {
      out.push({ open: started.open, close: part.end, parts, style: 'double', unclosed: true, paragraph: started.paragraph });
      carry = null;
    }
  }
  const singles = findSingleQuotes(text, paragraphs);
  return { marks: mergeByOpen(out, singles), strays };
}

function mergeByOpen(a: MarkedQuote[], b: MarkedQuote[]): MarkedQuote[] {
  return [...a, ...b].sort((x, y) => x.open - y.open);
}
