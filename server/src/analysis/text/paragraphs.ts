import type { Span } from '../model';

export interface Line extends Span {
  /** End of the line including its line break (`\n`, `\r\n` or a lone `\r`). */
  readonly next: number;
}

/** Lines of the text, each without its line break. CRLF and lone CR count as one break. */
export function splitLines(text: string, from = 0, to = text.length): Line[] {
  // One loop with one push: the form this had before (a scan loop, then a push for the last line
  // after it) was compiled with no feedback for that last push and deoptimised on nearly every call.
  const lines: Line[] = [];
  let start = from;
  for (;;) {
    let end = start;
    while (end < to) {
      const c = text.charCodeAt(end);
      if (c === 10 /* \n */ || c === 13 /* \r */) break;
      end++;
    }
    const last = end >= to;
    // A text that ends with its line break has no empty line after it (an empty text has one).
    if (last && start >= to && lines.length > 0) break;
    const next = last ? to : text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
    lines.push({ start, end: last ? to : end, next });
    if (last) break;
    start = next;
  }
  return lines;
}

const SENTENCE_END = /[.!?:;"”’')\]…]\s*$/;
/** Lines that start a block of their own: headings, list items, blockquotes, tables, labels. */
const BLOCK_START = /^(?:#{1,6}\s|[-*+•]\s|\d{1,3}[.)]\s|>|\||[A-Z][A-Za-z .'-]{0,30}:\s|\(?(?:Reporting|Editing|Writing) by\b)/;

export interface ParagraphOptions {
  /** Markdown: a single line break never ends a paragraph (only blank lines and block starts do). */
  readonly markdown?: boolean;
  /** Lines before this offset (the header: masthead, headline, byline) are one paragraph each. */
  readonly headerEnd?: number;
}

/**
 * Paragraphs of the body. Blank lines always separate paragraphs. Inside a block, a line break
 * continues the paragraph when the line was wrapped: in Markdown always; in plain text when the
 * line is about as long as the block's longest (a wrapped line, not a short headline or label) and
 * does not end a sentence, or the whole block is hard-wrapped prose. Web copy pasted one paragraph a
 * line is as common as wire copy wrapped at 70 columns, and quotations are paired per paragraph,
 * so this decides where an unclosed quotation stops.
 */
export function splitParagraphs(text: string, from = 0, to = text.length, options: ParagraphOptions = {}): Span[] {
  const blocks: Line[][] = [];
  let block: Line[] = [];
  for (const line of splitLines(text, from, to)) {
    if (isBlank(text, line)) {
      if (block.length) blocks.push(block);
      block = [];
    } else block.push(trimLine(text, line));
  }
  if (block.length) blocks.push(block);

  const headerEnd = options.headerEnd ?? from;
  const paragraphs: Span[] = [];
  for (const lines of blocks) {
    const wrapped = isHardWrapped(text, lines);
    const width = Math.max(...lines.map((l) => l.end - l.start));
    let start = lines[0]!.start;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      const next = lines[i + 1];
      const continues = !!next && line.end > headerEnd && continuesInto(text, line, next, { markdown: !!options.markdown, wrapped, width });
      if (!continues) {
        paragraphs.push({ start, end: line.end });
        if (next) start = next.start;
      }
    }
  }
  return paragraphs;
}

function continuesInto(text: string, line: Line, next: Line, block: { markdown: boolean; wrapped: boolean; width: number }): boolean {
  const nextText = text.slice(next.start, next.end);
  if (BLOCK_START.test(nextText)) return false;
  const lineText = text.slice(line.start, line.end);
  if (block.markdown) return !/^#{1,6}\s/.test(lineText) && !/ {2}$/.test(text.slice(line.start, line.next));
  if (block.wrapped) return true;
  const long = line.end - line.start >= 0.75 * block.width && block.width >= 50;
  return (long && !SENTENCE_END.test(lineText)) || (!SENTENCE_END.test(lineText) && startsLower(text, next));
}

/** Whether a text reads as Markdown: front matter, headings, list items or link syntax. */
export function looksLikeMarkdown(text: string): boolean {
  // A link's label and target stop at the next bracket: each character is then scanned from one
  // start only (`[^\]\n]+\]\([^)\s]+\)` rescanned the rest of the text from every `[`: quadratic).
  return /^---\s*$/m.test(text.slice(0, 4)) || /^#{1,6}\s\S/m.test(text) || /\[[^[\]\n]+\]\([^()\s]+\)/.test(text) || (text.match(/^[-*]\s\S/gm)?.length ?? 0) >= 2;
}

function isBlank(text: string, line: Span): boolean {
  for (let i = line.start; i < line.end; i++) if (!/\s/.test(text[i]!)) return false;
  return true;
}

function trimLine(text: string, line: Line): Line {
  let { start, end } = line;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end, next: line.next };
}

function startsLower(text: string, line: Span): boolean {
  const c = text[line.start] ?? '';
  return c !== c.toUpperCase() && c === c.toLowerCase();
}

function isHardWrapped(text: string, lines: readonly Line[]): boolean {
  if (lines.length < 3) return false;
  const widths = lines.slice(0, -1).map((l) => l.end - l.start);
  const max = Math.max(...widths);
  if (max > 100 || max < 40) return false;
  const midSentence = lines.slice(0, -1).filter((l) => !SENTENCE_END.test(text.slice(l.start, l.end))).length;
  return widths.every((w) => w >= max * 0.6) && midSentence >= (lines.length - 1) / 2;
}
