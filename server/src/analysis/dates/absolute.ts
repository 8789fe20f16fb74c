import * as chrono from 'chrono-node';
import type { Span } from '../model';
import { isValidYmd, toIso, type Ymd } from './calendar';
import { numberCandidates, numericConvention } from './numbers';

const MAX_LINE = 300;
const FULL_DATE_HINT = /\d{4}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2}/;

export interface FullDate {
  readonly span: Span;
  readonly ymd: Ymd;
  readonly iso: string;
}

/**
 * Dates that spell out day, month and year (`21 April 2017`, `Oct 20, 2016`, `2024-03-12`,
 * `Fri 15 Mar 2024 11:42 GMT`), which need no reference date: what a header states.
 */
export function findFullDates(text: string, from = 0, to = text.length): readonly FullDate[] {
  // chrono's own patterns backtrack on long input: a header date sits near the start of its line.
  const end = Math.min(to, from + MAX_LINE);
  // The header asks about the same lines several times (a labelled line, a date-only line, where the body starts).
  if (text !== memoText) {
    memoText = text;
    memo.clear();
  }
  const key = from * 1024 + (end - from);
  let found = memo.get(key);
  if (!found) memo.set(key, (found = readFullDates(text, from, end)));
  return found;
}

let memoText: string | null = null;
const memo = new Map<number, readonly FullDate[]>();

function readFullDates(text: string, from: number, end: number): FullDate[] {
  const slice = text.slice(from, end);
  const out: FullDate[] = [];
  // A full date has a year in figures and a month in words or figures: most header lines
  // (headline, byline, masthead) have neither, and chrono need not read them.
  if (!FULL_DATE_HINT.test(slice)) return out;
  for (const r of chrono.strict.parse(slice, new Date(Date.UTC(2000, 0, 1)))) {
    const c = r.start;
    if (!c.isCertain('year') || !c.isCertain('month') || !c.isCertain('day')) continue;
    let ymd = { year: c.get('year')!, month: c.get('month')!, day: c.get('day')! };
    // "Posted: 12/11/2024": chrono reads figures month-first; the article's own dates decide.
    const figures = /^(\d{1,2})[/.-](\d{1,2})[/.-]\d{2,4}$/.exec(r.text.trim());
    if (figures && Number(figures[1]) <= 12 && Number(figures[2]) <= 12 && figures[1] !== figures[2]) {
      const convention = conventionOf(text);
      if (!convention) continue;
      const [a, b] = [Number(figures[1]), Number(figures[2])];
      ymd = convention === 'dmy' ? { ...ymd, month: b, day: a } : { ...ymd, month: a, day: b };
    }
    if (!isValidYmd(ymd)) continue;
    const start = from + r.index;
    out.push({ span: { start, end: start + r.text.trimEnd().length }, ymd, iso: toIso(ymd) });
  }
  return out;
}

let lastText: string | null = null;
let lastConvention: 'dmy' | 'mdy' | null = null;

/** The article's day-month order, computed once per text (the header asks line by line). */
function conventionOf(text: string): 'dmy' | 'mdy' | null {
  if (text !== lastText) {
    lastText = text;
    lastConvention = numericConvention(text, numberCandidates(text));
  }
  return lastConvention;
}
