import { addDays, addMonths, compareYmd, formatDay, isValidYmd, MONTH_NAMES, pad, weekday, WEEKDAY_NAMES, type Ymd } from './calendar';
import { datedPhrase, describe, monthDay } from './describe';
import { barePart, periodEnding, yearPart } from './fiscal';
import { holidayIn } from './holidays';
import type { Candidate, CandidateOf } from './kinds';
import { resolveSeason, resolveWeekday, resolveWeekend } from './relative';
import type { TenseCue } from './tense';
import { day, dayRange, decade, half, month, quarter, season, UNRESOLVED, week, weekend, year, yearRange, type Resolved } from './timex';

export { describe } from './describe';

export interface ResolveContext {
  /** The article's publication date, or null when it states none. */
  readonly published: Ymd | null;
  /** How the reference date is named in resolutions: `dated`, or `file modified` for a fallback. */
  readonly label?: string;
  /** The clause's tense, read when asked: years, counts and `ago` never need it. */
  readonly tense: () => TenseCue;
  /** How the outlet orders day and month in figures, read from the article (lazily). */
  readonly convention: () => 'dmy' | 'mdy' | null;
  /** The month the company's fiscal year ends in, read from the article (lazily); null when unknown. */
  readonly fiscalEnd?: () => number | null;
}

export interface Resolution {
  readonly resolved: Resolved;
  /** `(future: 'will') dated Fri 21 Apr 2017 → Mon 24 Apr 2017`: read by editors after the quoted text. */
  readonly how: string;
  /** The value depends on the publication date. */
  readonly relative: boolean;
}

const abs = (r: Resolved, note = 'stated in full'): Resolution => ({ resolved: r, how: `${note} → ${describe(r)}`, relative: false });

/** Resolves an expression that needs at most the publication date; null when it names no date after all. */
export function resolve(c: Candidate, ctx: ResolveContext): Resolution | null {
  const p = ctx.published;
  const dated = datedPhrase(p, ctx.label);
  const rel = (r: Resolved, note?: string): Resolution =>
    p
      ? { resolved: r, how: `${note ? `(${note}) ` : ''}${dated} → ${describe(r)}`, relative: true }
      : { resolved: UNRESOLVED, how: `depends on the publication date, and ${dated}: unresolved`, relative: true };
  const tenseNote = () => (ctx.tense().tense === 'none' ? 'nearest' : `${ctx.tense().tense}: '${ctx.tense().cue}'`);

  switch (c.kind) {
    case 'calendar':
      return resolveCalendar(c, ctx, dated, tenseNote);
    case 'numeric':
      return resolveNumeric(c, ctx);
    case 'year':
      return abs(c.endYear ? yearRange(c.year, c.endYear) : year(c.year));
    case 'decade':
      return abs(decade(c.year));
    case 'holiday':
      return resolveHoliday(c, ctx, dated, tenseNote);
    case 'unit': {
      if (!p) return rel(UNRESOLVED);
      if (c.unit === 'week') return rel(week(addDays(p, 7 * c.which)));
      if (c.unit === 'weekend') return rel(c.which === 0 ? resolveWeekend(p, ctx.tense().tense) : weekend(addDays(p, 7 * c.which)), c.which === 0 ? tenseNote() : undefined);
      if (c.unit === 'month') {
        const m = addMonths({ ...p, day: 1 }, c.which);
        return rel(month(m.year, m.month));
      }
      return rel(year(p.year + c.which));
    }
    case 'weekend':
      return p ? rel(resolveWeekend(p, ctx.tense().tense), tenseNote()) : rel(UNRESOLVED);
    case 'season':
      if (c.year !== undefined) return abs(season(c.year, c.season));
      // "prices fall in spring": a habit, not a date.
      if (c.bare && ctx.tense().tense === 'none') return null;
      return p ? rel(resolveSeason(p, c.season, c.which, ctx.tense().tense), c.which === null ? tenseNote() : undefined) : rel(UNRESOLVED);
    case 'ago': {
      if (!p) return rel(UNRESOLVED);
      if (c.unit === 'day') return rel(day(addDays(p, -c.count)));
      if (c.unit === 'week') return rel(day(addDays(p, -7 * c.count)));
      if (c.unit === 'month') {
        const m = addMonths(p, -c.count);
        return rel(month(m.year, m.month));
      }
      return rel(year(p.year - c.count));
    }
    case 'deictic':
      return p ? rel(day(addDays(p, c.offset))) : rel(UNRESOLVED);
    case 'shortYear': {
      // The century that puts the year at most five years after publication.
      if (!p) return { resolved: UNRESOLVED, how: `a year in two figures, and ${dated}: its century is unknown`, relative: true };
      const y = Math.floor(p.year / 100) * 100 + c.yy;
      const r = year(y > p.year + 5 ? y - 100 : y);
      return { resolved: r, how: `(two figures, the century from the dateline) ${dated} → ${describe(r)}`, relative: true };
    }
    case 'period': {
      const inner = resolve(c.closing, ctx);
      const r = inner && periodEnding(inner.resolved, c.months);
      if (!inner || !r) return inner;
      return { resolved: r, how: `${c.months} months ending ${inner.how.replace(/^.*→ /, '')} → ${describe(r)}`, relative: inner.relative };
    }
    case 'part': {
      if (c.fiscal || c.bare) return resolveCompanyPart(c, ctx, dated, tenseNote);
      const y = c.year ?? (p ? p.year + (c.shift ?? 0) : undefined);
      const r = (yy: number) => (c.part[0] === 'H' ? half(yy, Number(c.part[1]) as 1 | 2) : quarter(yy, Number(c.part[1]) as 1 | 2 | 3 | 4));
      if (c.year !== undefined) return abs(r(c.year));
      return y === undefined ? rel(UNRESOLVED) : rel(r(y));
    }
    default:
      return null;
  }
}

/** `fiscal 2025`, `Q4 fiscal 2025`, a bare `Q3` in a company's accounts (see fiscal.ts). */
function resolveCompanyPart(c: CandidateOf<'part'>, ctx: ResolveContext, dated: string, tenseNote: () => string): Resolution {
  const end = ctx.fiscalEnd?.() ?? null;
  const whose = c.fiscal || end ? `the fiscal year ending in ${end ? MONTH_NAMES[end - 1] : 'a month the article does not state'}` : 'the calendar year';
  if (c.year !== undefined) {
    if (end) return abs(yearPart(c.year, c.part, end), `of ${whose}`);
    // Where the year ends is unknown: the value names the year, the range spans both it may touch.
    const r = { value: pad(c.year, 4), range: { first: `${pad(c.year - 1, 4)}-01-01`, last: `${pad(c.year, 4)}-12-31` }, granularity: 'year' as const };
    return { resolved: r, how: `of ${whose} → fiscal ${c.year}, somewhere in ${c.year - 1}–${c.year}`, relative: false };
  }
  const p = ctx.published;
  if (!p) return { resolved: UNRESOLVED, how: `no year is stated and ${dated}: unresolved`, relative: true };
  const r = barePart(p, c.part, end ?? 12, ctx.tense().tense);
  return { resolved: r, how: `(the latest ${c.part} of ${whose}, ${tenseNote()}) ${dated} → ${describe(r)}`, relative: true };
}

function resolveCalendar(c: CandidateOf<'calendar'>, ctx: ResolveContext, dated: string, verbNote: () => string): Resolution | null {
  const p = ctx.published;
  // Says what picked the year: a plan's nearest, not its past tense (`monthTense`).
  const tenseNote = () => (ctx.tense().plan ? `nearest, a plan: '${ctx.tense().cue}'` : verbNote());
  if (c.month !== undefined && c.day !== undefined) {
    const explicit = c.year !== undefined;
    const shifted = c.yearShift !== undefined && p ? p.year + c.yearShift : null;
    const y = explicit ? c.year! : shifted ?? (p ? chooseYear(p, c.month, c.day, c.weekday, monthTense(ctx)) : null);
    if (y === null) {
      const value = `XXXX-${pad(c.month, 2)}-${pad(c.day, 2)}`;
      return { resolved: { value, range: null, granularity: 'day' }, how: `no year is stated and ${dated}: ${monthDay(c.month, c.day)} of an unknown year`, relative: true };
    }
    const start = { year: y, month: c.month, day: c.day };
    if (!isValidYmd(start)) return null;
    let r = day(start);
    if (c.endDay !== undefined) {
      const end = { year: c.endYear ?? y, month: c.endMonth ?? c.month, day: c.endDay };
      if (isValidYmd(end) && compareYmd(end, start) > 0) r = dayRange(start, end);
    }
    // "Tuesday, March 13" where 13 March is a Wednesday: the figures win, and the editor is told.
    const clash = c.weekday !== undefined && weekday(start) !== c.weekday ? ` (the copy says ${WEEKDAY_NAMES[c.weekday]}, but it is a ${WEEKDAY_NAMES[weekday(start)]})` : '';
    return explicit
      ? { resolved: r, how: `stated in full → ${describe(r)}${clash}`, relative: false }
      : { resolved: r, how: `(year from the dateline, ${shifted !== null ? `'${['last', 'this', 'next'][c.yearShift! + 1]} year'` : tenseNote()}) ${dated} → ${describe(r)}${clash}`, relative: true };
  }
  if (c.month !== undefined) {
    if (c.year !== undefined) return abs(month(c.year, c.month));
    if (!p && c.modifier) return { resolved: UNRESOLVED, how: `'${c.modifier}' counts from the publication date, and ${dated}: unresolved`, relative: true };
    if (!p) {
      return { resolved: { value: `XXXX-${pad(c.month, 2)}`, range: null, granularity: 'month' }, how: `no year is stated and ${dated}: a month of an unknown year`, relative: true };
    }
    if (c.yearShift !== undefined) {
      const r = month(p.year + c.yearShift, c.month);
      return { resolved: r, how: `(year from the dateline, '${['last', 'this', 'next'][c.yearShift + 1]} year') ${dated} → ${describe(r)}`, relative: true };
    }
    if (c.modifier) {
      const y = c.modifier === 'next' ? (c.month > p.month ? p.year : p.year + 1) : c.modifier === 'last' ? (c.month < p.month ? p.year : p.year - 1) : p.year;
      const r = month(y, c.month);
      return { resolved: r, how: `('${c.modifier}') ${dated} → ${describe(r)}`, relative: true };
    }
    const r = month(chooseMonthYear(p, c.month, monthTense(ctx)), c.month);
    return { resolved: r, how: `(year from the dateline, ${tenseNote()}) ${dated} → ${describe(r)}`, relative: true };
  }
  if (c.weekday !== undefined) {
    if (!p) return { resolved: UNRESOLVED, how: `a weekday, and ${dated}: unresolved`, relative: true };
    const d = resolveWeekday(p, c.weekday, c.modifier, ctx.tense().tense);
    const r = day(d);
    const note = c.modifier ? `'${c.modifier}'` : compareYmd(d, p) === 0 ? 'the publication day' : tenseNote();
    return { resolved: r, how: `(${note}) ${dated} → ${describe(r)}`, relative: true };
  }
  return null;
}

/** `03/04/2025`: read in the order the article writes its other dates; both readings otherwise. */
function resolveNumeric(c: CandidateOf<'numeric'>, ctx: ResolveContext): Resolution | null {
  const readings: Ymd[] = [];
  const dmy = { year: c.year, month: c.second, day: c.first };
  const mdy = { year: c.year, month: c.first, day: c.second };
  if (isValidYmd(dmy)) readings.push(dmy);
  if (isValidYmd(mdy) && compareYmd(mdy, dmy) !== 0) readings.push(mdy);
  if (!readings.length) return null;
  if (readings.length === 1) return abs(day(readings[0]!), 'stated in figures, only one reading is a date');
  const convention = ctx.convention();
  if (convention) {
    const r = day(convention === 'dmy' ? dmy : mdy);
    return abs(r, `read ${convention === 'dmy' ? 'day-first' : 'month-first'}, as the article writes its other dates`);
  }
  const r = year(c.year);
  return {
    resolved: r,
    how: `could be ${formatDay(dmy)} or ${formatDay(mdy)}, and the article shows no day-month order → only the year, ${describe(r)}`,
    relative: false,
  };
}

function resolveHoliday(c: CandidateOf<'holiday'>, ctx: ResolveContext, dated: string, tenseNote: () => string): Resolution {
  const p = ctx.published;
  if (c.year !== undefined) return abs(day(holidayIn(c.holiday, c.year)));
  if (!p) {
    const h = c.holiday;
    return 'month' in h
      ? { resolved: { value: `XXXX-${pad(h.month, 2)}-${pad(h.day, 2)}`, range: null, granularity: 'day' }, how: `no year is stated and ${dated}: ${monthDay(h.month, h.day)} of an unknown year`, relative: true }
      : { resolved: UNRESOLVED, how: `a movable feast, and ${dated}: unresolved`, relative: true };
  }
  const options = [p.year - 1, p.year, p.year + 1].map((y) => holidayIn(c.holiday, y));
  const r = day(pick(p, options, ctx.tense().tense));
  return { resolved: r, how: `(year from the dateline, ${tenseNote()}) ${dated} → ${describe(r)}`, relative: true };
}

/** Of the same day in neighbouring years, the one the tense points to, else the nearest. */
function pick(p: Ymd, options: Ymd[], tense: string): Ymd {
  const dist = (o: Ymd) => (Date.UTC(o.year, o.month - 1, o.day) - Date.UTC(p.year, p.month - 1, p.day)) / 86400000;
  const past = options.filter((o) => dist(o) <= 7);
  const future = options.filter((o) => dist(o) >= -7);
  const pool = tense === 'past' && past.length ? past : tense === 'future' && future.length ? future : options;
  return [...pool].sort((a, b) => Math.abs(dist(a)) - Math.abs(dist(b)))[0]!;
}

/**
 * The tense that picks a month's year. A plan reported in the past (`an exhibition that was due
 * to close on November 30`, dated 14 October) may have been for either side of the dateline:
 * its nearest year is the one meant, where the past tense would put it eleven months back.
 */
function monthTense(ctx: ResolveContext): string {
  const t = ctx.tense();
  return t.plan ? 'none' : t.tense;
}

/** The year for a month and day given without one: the tense picks a side, else the nearest. */
function chooseYear(p: Ymd, m: number, d: number, wd: number | undefined, tense: string): number | null {
  let options = [p.year - 1, p.year, p.year + 1].map((y) => ({ year: y, month: m, day: d })).filter(isValidYmd);
  // "Thursday, February 29" names its year by the weekday, when one of the candidates fits.
  const fitting = options.filter((o) => wd === undefined || weekday(o) === wd);
  if (fitting.length) options = fitting;
  return options.length ? pick(p, options, tense).year : null;
}

function chooseMonthYear(p: Ymd, m: number, tense: string): number {
  if (tense === 'past') return m <= p.month ? p.year : p.year - 1;
  if (tense === 'future') return m >= p.month ? p.year : p.year + 1;
  const diff = m - p.month;
  return diff > 6 ? p.year - 1 : diff < -6 ? p.year + 1 : p.year;
}
