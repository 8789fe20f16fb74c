import type { Span, SpanList } from '../model';

/**
 * Spans kept flat (`SpanList`: `[start, end, start, end, ...]`), as the model keeps an article's
 * paragraphs and sentences.
 */

export function toSpanList(spans: readonly Span[]): SpanList {
  const out = new Array<number>(spans.length * 2);
  spans.forEach((s, i) => {
    out[2 * i] = s.start;
    out[2 * i + 1] = s.end;
  });
  return out;
}

export function spanCount(list: SpanList): number {
  return list.length >> 1;
}

export function spanAt(list: SpanList, i: number): Span {
  return { start: list[2 * i]!, end: list[2 * i + 1]! };
}

/** The span containing `offset` (start <= offset < end), by binary search over spans in order. */
export function spanContaining(list: SpanList, offset: number): Span | undefined {
  let lo = 0;
  let hi = spanCount(list) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offset < list[2 * mid]!) hi = mid - 1;
    else if (offset >= list[2 * mid + 1]!) lo = mid + 1;
    else return spanAt(list, mid);
  }
  return undefined;
}
