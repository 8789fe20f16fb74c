import * as chrono from 'chrono-node';
import type { Span } from '../model';
import { isValidYmd, toIso, type Ymd } from './calendar';

export interface FullDate {
  readonly span: Span;
  readonly ymd: Ymd;
  readonly iso: string;
}

/**
 * Dates that spell out day, month and year (`21 April 2017`, `Oct 20, 2016`, `2024-03-12`,
 * `Fri 15 Mar 2024 11:42 GMT`), which need no reference date: what a header states.
 */
export function findFullDates(text: string, from = 0, to = text.length): FullDate[] {
  const slice = text.slice(from, to);
  const out: FullDate[] = [];
  for (const r of chrono.strict.parse(slice, new Date(Date.UTC(2000, 0, 1)))) {
    const c = r.start;
    if (!c.isCertain('year') || !c.isCertain('month') || !c.isCertain('day')) continue;
    const ymd = { year: c.get('year')!, month: c.get('month')!, day: c.get('day')! };
    if (!isValidYmd(ymd)) continue;
    const start = from + r.index;
    out.push({ span: { start, end: start + r.text.trimEnd().length }, ymd, iso: toIso(ymd) });
  }
  return out;
}
