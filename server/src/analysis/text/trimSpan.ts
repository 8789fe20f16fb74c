import type { Span } from '../model';

/** The span without the whitespace at either end. */
export function trimSpan(text: string, p: Span): Span {
  let { start, end } = p;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}
