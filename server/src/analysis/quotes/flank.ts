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

/** Where an opening mark may stand: the paragraph start, after a space, a bracket, a dash or a colon. */
export function opensAfter(c: string | undefined): boolean {
  return c === undefined || /[\s([{<\u2014\u2013\-/:*_>‘'“"]/.test(c);
}

/** Where a closing mark may stand before: the paragraph end, a space or punctuation. */
export function closesBefore(c: string | undefined): boolean {
  return c === undefined || /[\s.,;:!?)\]}<\u2014\u2013\-…*_’'”"]/.test(c);
}

export function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}

/** First visible character of a paragraph, past Markdown blockquote and emphasis marks. */
export function firstMark(text: string, para: Span): number {
  let i = para.start;
  while (i < para.end && /[\s>*_]/.test(text[i]!)) i++;
  return i;
}

export function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end;
}

/**
 * The next match of a global `marks` pattern at or after a position, remembered between calls:
 * scanning paragraph by paragraph then costs one search per mark in the whole text, however many
 * paragraphs hold none.
 */
export function markFinder(text: string, marks: RegExp): (from: number) => number | null {
  let cached: number | null | undefined;
  return (from) => {
    if (cached === undefined || (cached !== null && cached < from)) {
      marks.lastIndex = from;
      cached = marks.exec(text)?.index ?? null;
    }
    return cached;
  };
}
