import type { Span } from '../model';

export interface Line extends Span {
  /** End of the line including its line break (`\n`, `\r\n` or a lone `\r`). */
  readonly next: number;
}

/** Lines of the text, each without its line break. CRLF and lone CR count as one break. */
export function splitLines(text: string, from = 0, to = text.length): Line[] {
  const lines: Line[] = [];
  let start = from;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 /* \n */ || c === 13 /* \r */) {
      const next = c === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
      lines.push({ start, end: i, next });
      start = next;
      i = next - 1;
    }
  }
  if (start < to || lines.length === 0) lines.push({ start, end: to, next: to });
  return lines;
}

const SENTENCE_END = /[.!?:;"”’')\]…]\s*$/;

/**
 * Paragraphs of the body. Blank lines always separate paragraphs. Inside a block, a line break
 * separates paragraphs too, unless the block is hard-wrapped prose (lines of similar width that
 * break mid-sentence): web copy pasted as one paragraph a line is as common as wire copy wrapped
 * at 70 columns, and quotations are paired per paragraph, so this decides where an unclosed
 * quotation stops.
 */
export function splitParagraphs(text: string, from = 0, to = text.length): Span[] {
  const blocks: Line[][] = [];
  let block: Line[] = [];
  for (const line of splitLines(text, from, to)) {
    if (isBlank(text, line)) {
      if (block.length) blocks.push(block);
      block = [];
    } else block.push(trimLine(text, line));
  }
  if (block.length) blocks.push(block);

  const paragraphs: Span[] = [];
  for (const lines of blocks) {
    if (isHardWrapped(text, lines)) {
      paragraphs.push({ start: lines[0]!.start, end: lines[lines.length - 1]!.end });
      continue;
    }
    let start = lines[0]!.start;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      const last = i === lines.length - 1;
      const continues = !last && !SENTENCE_END.test(text.slice(line.start, line.end)) && startsLower(text, lines[i + 1]!);
      if (!continues) {
        paragraphs.push({ start, end: line.end });
        if (!last) start = lines[i + 1]!.start;
      }
    }
  }
  return paragraphs;
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
