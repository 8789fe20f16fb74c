import type { Span } from '../model';

/** A pair of quotation marks found in the text, possibly running over paragraphs. */
export interface MarkedQuote {
  /** Position of the opening mark. */
  readonly open: number;
  /** Position of the closing mark, or the end of the paragraph where an unclosed quotation stops. */
  readonly close: number;
  /** Inner span of each paragraph's part. */
  readonly parts: readonly Span[];
  readonly style: 'double' | 'single';
  /** The closing mark was never found: the quotation was cut at its paragraph's end. */
  readonly unclosed: boolean;
  /** Index of the paragraph it opens in. */
  readonly paragraph: number;
}

interface Carry {
  open: number;
  parts: Span[];
  paragraph: number;
}

const OPEN_DOUBLE = new Set(['“', '„', '«']);
const CLOSE_DOUBLE = new Set(['”', '»']);
const OPEN_SINGLE = new Set(['‘', '‹']);
const CLOSE_SINGLE = new Set(['’', '›']);

function isSpaceOrStart(c: string | undefined): boolean {
  return c === undefined || /[\s([{\u2014\u2013>*_-]/.test(c);
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}

/**
 * Finds quotations paragraph by paragraph. A quotation never runs past its paragraph unless the
 * next paragraph opens with a quotation mark (the newsroom convention for a quote that goes on),
 * so one stray mark cannot swallow the rest of the article.
 */
export function findQuotations(text: string, paragraphs: readonly Span[]): MarkedQuote[] {
  const out: MarkedQuote[] = [];
  let carry: Carry | null = null;
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p]!;
    let i = para.start;
    if (carry) {
      const first = skipSpace(text, para.start, para.end);
      const c = text[first];
      if (c !== undefined && (OPEN_DOUBLE.has(c) || c === '"')) {
        i = first + 1;
      } else {
        const last = carry.parts[carry.parts.length - 1]!;
        out.push({ open: carry.open, close: last.end, parts: carry.parts, style: 'double', unclosed: true, paragraph: carry.paragraph });
        carry = null;
      }
    }
    let open: number | null = carry ? i - 1 : null;
    let innerStart: number = carry ? i : 0;
    for (; i < para.end; i++) {
      const c = text[i]!;
      const isOpen = OPEN_DOUBLE.has(c) || (c === '"' && open === null && (isSpaceOrStart(text[i - 1]) || i === para.start || !isWordChar(text[i - 1])));
      const isClose = CLOSE_DOUBLE.has(c) || (c === '"' && open !== null);
      if (open === null && isOpen) {
        open = i;
        innerStart = i + 1;
      } else if (open !== null && isClose) {
        const parts = carry ? [...carry.parts, { start: innerStart, end: i }] : [{ start: innerStart, end: i }];
        out.push({ open: carry?.open ?? open, close: i, parts, style: 'double', unclosed: false, paragraph: carry?.paragraph ?? p });
        carry = null;
        open = null;
      } else if (open !== null && OPEN_DOUBLE.has(c) && !carry) {
        // A second opening mark before a close: the first was stray; start again here.
        open = i;
        innerStart = i + 1;
      }
    }
    if (open !== null) {
      const part: Span = { start: innerStart, end: trimEnd(text, innerStart, para.end) };
      const previous = carry as Carry | null;
      carry = previous ? { ...previous, parts: [...previous.parts, part] } : { open, parts: [part], paragraph: p };
    }
  }
  if (carry) {
    const last = carry.parts[carry.parts.length - 1]!;
    out.push({ open: carry.open, close: last.end, parts: carry.parts, style: 'double', unclosed: true, paragraph: carry.paragraph });
  }
  for (let p = 0; p < paragraphs.length; p++) out.push(...singleQuotes(text, paragraphs[p]!, p));
  return out.sort((a, b) => a.open - b.open);
}

/**
 * Single-quoted quotations (headlines, quotes inside quotes, British copy). An apostrophe has a
 * letter on both sides or closes a plural (`Farmers'`); an opening mark follows a space or a
 * bracket and is followed by a letter.
 */
function singleQuotes(text: string, para: Span, paragraph: number): MarkedQuote[] {
  const out: MarkedQuote[] = [];
  let open: number | null = null;
  for (let i = para.start; i < para.end; i++) {
    const c = text[i]!;
    if (c !== "'" && !OPEN_SINGLE.has(c) && !CLOSE_SINGLE.has(c)) continue;
    const before = text[i - 1];
    const after = text[i + 1];
    if (isWordChar(before) && isWordChar(after)) continue; // don't, Ja’afari
    const opening = (OPEN_SINGLE.has(c) || c === "'") && (i === para.start || isSpaceOrStart(before) || before === '“' || before === '"') && /\p{L}/u.test(after ?? '');
    const closing = (CLOSE_SINGLE.has(c) || c === "'") && !isWordChar(after) && before !== undefined && !/\s/.test(before);
    if (open === null && opening) open = i;
    else if (open !== null && closing) {
      if (i - open > 2) {
        out.push({ open, close: i, parts: [{ start: open + 1, end: i }], style: 'single', unclosed: false, paragraph });
      }
      open = null;
    }
  }
  return out;
}

function skipSpace(text: string, i: number, end: number): number {
  while (i < end && /[\s>*_]/.test(text[i]!)) i++;
  return i;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end;
}
