import type { Candidate } from './candidates';
import {
  addDays, addMonths, compareYmd, formatDay, fromIso, isValidYmd, pad, toIso, weekday, type Ymd,
} from './calendar';
import type { TenseCue } from './tense';
import {
  day, dayRange, half, month, quarter, season, UNRESOLVED, week, weekend, year, type Resolved, type Season,
} from './timex';

export interface ResolveContext {
  /** The article's publication date, or null when it states none. */
  readonly published: Ymd | null;
  readonly tense: TenseCue;
  /** The nearest earlier day-precise date in the sentence or paragraph, for `three days earlier`. */
  readonly anchor: Resolved | null;
}

export interface Resolution {
  readonly resolved: Resolved;
  /** `(future: 'will'), dated Fri 21 Apr 2017 → Mon 24 Apr 2017` */
  readonly how: string;
  /** The value depends on the publication date. */
  readonly relative: boolean;
}

/** Resolves a candidate, or returns null when it turns out not to name a date (an unanchored span of time). */
export function resolve(c: Candidate, ctx: ResolveContext): Resolution | null {
  const p = ctx.published;
  const dated = p ? `dated ${formatDay(p)}` : 'the article has no date';
  const tenseNote = ctx.tense.tense === 'none' ? 'nearest' : `${ctx.tense.tense}: '${ctx.tense.cue}'`;
  const rel = (r: Resolved, note?: string): Resolution => ({
    resolved: p ? r : UNRESOLVED,
    how: p ? `${note ? `(${note}) ` : ''}${dated} → ${describe(r)}` : `${dated}, so it cannot be resolved`,
    relative: true,
  });
  const abs = (r: Resolved): Resolution => ({ resolved: r, how: `stated in full → ${describe(r)}`, relative: false });

  switch (c.kind) {
    case 'calendar':
      return resolveCalendar(c, ctx, dated, tenseNote);
    case 'year':
      return abs(year(c.year));
    case 'unit': {
      if (!p) return rel(UNRESOLVED);
      const shift = c.which === 'last' ? -1 : c.which === 'next' ? 1 : 0;
      if (c.unit === 'week') return rel(week(addDays(p, 7 * shift)));
      if (c.unit === 'weekend') return rel(weekend(addDays(p, 7 * shift)));
      if (c.unit === 'month') {
        const m = addMonths({ ...p, day: 1 }, shift);
        return rel(month(m.year, m.month));
      }
      return rel(year(p.year + shift));
    }
    case 'season': {
      if (c.year !== undefined) return abs(season(c.year, c.season));
      if (!p) return rel(UNRESOLVED);
      return rel(resolveSeason(p, c.season, c.which === 'the' ? ctx.tense.tense === 'past' ? 'last' : 'this' : c.which));
    }
    case 'ago': {
      if (!p || Number.isNaN(c.count)) return p ? null : rel(UNRESOLVED);
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
    case 'part': {
      const y = c.year ?? p?.year;
      if (y === undefined) return rel(UNRESOLVED);
      const r = c.part[0] === 'H' ? half(y, Number(c.part[1]) as 1 | 2) : quarter(y, Number(c.part[1]) as 1 | 2 | 3 | 4);
      return c.year !== undefined ? abs(r) : rel(r);
    }
    case 'edge': {
      if (!p) return rel(UNRESOLVED);
      if (c.unit === 'week') return rel(week(p));
      if (c.unit === 'month') return rel(month(p.year, p.month));
      return rel(year(p.year));
    }
    case 'anchored':
      return resolveAnchored(c, ctx);
  }
}

function resolveCalendar(
  c: Extract<Candidate, { kind: 'calendar' }>,
  ctx: ResolveContext,
  dated: string,
  tenseNote: string,
): Resolution | null {
  const p = ctx.published;
  if (c.month !== undefined && c.day !== undefined) {
    const explicit = c.year !== undefined;
    const y = explicit ? c.year! : p ? chooseYear(p, c.month, c.day, c.weekday, ctx.tense.tense) : null;
    if (y === null) {
      const value = `XXXX-${pad(c.month, 2)}-${pad(c.day, 2)}`;
      return { resolved: { value, range: null, granularity: 'day' }, how: `no year is stated and ${dated}`, relative: true };
    }
    const start = { year: y, month: c.month, day: c.day };
    if (!isValidYmd(start)) return null;
    let r = day(start);
    if (c.endDay !== undefined) {
      const end = { year: c.endYear ?? y, month: c.endMonth ?? c.month, day: c.endDay };
      if (isValidYmd(end) && compareYmd(end, start) > 0) r = dayRange(start, end);
    }
    return explicit
      ? { resolved: r, how: `stated in full → ${describe(r)}`, relative: false }
      : { resolved: r, how: `year from the dateline (${tenseNote}), ${dated} → ${describe(r)}`, relative: true };
  }
  if (c.month !== undefined) {
    if (c.year !== undefined) {
      const r = month(c.year, c.month);
      return { resolved: r, how: `stated in full → ${describe(r)}`, relative: false };
    }
    if (!p) {
      return { resolved: { value: `XXXX-${pad(c.month, 2)}`, range: null, granularity: 'month' }, how: `no year is stated and ${dated}`, relative: true };
    }
    const y = chooseMonthYear(p, c.month, ctx.tense.tense);
    const r = month(y, c.month);
    return { resolved: r, how: `year from the dateline (${tenseNote}), ${dated} → ${describe(r)}`, relative: true };
  }
  if (c.weekday !== undefined) {
    if (!p) return { resolved: UNRESOLVED, how: `a weekday, and ${dated}, so it cannot be resolved`, relative: true };
    const d = resolveWeekday(p, c.weekday, c.modifier, ctx.tense.tense);
    const r = day(d);
    const note = c.modifier ? `'${c.modifier}'` : weekday(p) === c.weekday ? 'same day' : tenseNote;
    return { resolved: r, how: `(${note}) ${dated} → ${describe(r)}`, relative: true };
  }
  return null;
}

/** The year for a month and day given without one: the tense picks a side, else the nearest. */
function chooseYear(p: Ymd, m: number, d: number, wd: number | undefined, tense: string): number | null {
  const options = [p.year - 1, p.year, p.year + 1]
    .map((year) => ({ year, month: m, day: d }))
    .filter((o) => isValidYmd(o) && (wd === undefined || weekday(o) === wd));
  if (!options.length) return null;
  const dist = (o: Ymd) => (Date.UTC(o.year, o.month - 1, o.day) - Date.UTC(p.year, p.month - 1, p.day)) / 86400000;
  const past = options.filter((o) => dist(o) <= 7);
  const future = options.filter((o) => dist(o) >= -7);
  const pool = tense === 'past' && past.length ? past : tense === 'future' && future.length ? future : options;
  pool.sort((a, b) => Math.abs(dist(a)) - Math.abs(dist(b)));
  return pool[0]!.year;
}

function chooseMonthYear(p: Ymd, m: number, tense: string): number {
  if (tense === 'past') return m <= p.month ? p.year : p.year - 1;
  if (tense === 'future') return m >= p.month ? p.year : p.year + 1;
  const diff = m - p.month;
  return diff > 6 ? p.year - 1 : diff < -6 ? p.year + 1 : p.year;
}

/**
 * A weekday against the dateline: the same day when it names the publication day; otherwise the
 * last such day before it for past tense, the next one after for future, the nearest when the
 * clause has no tense (`a meeting ... on Monday`).
 */
function resolveWeekday(p: Ymd, wd: number, modifier: string | undefined, tense: string): Ymd {
  const back = (weekday(p) - wd + 7) % 7;
  const ahead = (wd - weekday(p) + 7) % 7;
  if (modifier === 'last') return addDays(p, -(back || 7));
  if (modifier === 'next') return addDays(p, ahead || 7);
  if (back === 0) return p;
  if (tense === 'past') return addDays(p, -back);
  if (tense === 'future') return addDays(p, ahead);
  return ahead < back ? addDays(p, ahead) : addDays(p, -back);
}

function resolveSeason(p: Ymd, s: Season, which: 'last' | 'this' | 'next'): Resolved {
  const current = season(p.year, s);
  const today = toIso(p);
  if (which === 'this') return current;
  if (which === 'last') return current.range!.last < today ? current : season(p.year - 1, s);
  return current.range!.first > today ? current : season(p.year + 1, s);
}

function resolveAnchored(c: Extract<Candidate, { kind: 'anchored' }>, ctx: ResolveContext): Resolution | null {
  const a = ctx.anchor;
  if (!a || a.granularity !== 'day' || !a.range || Number.isNaN(c.count)) return null;
  const base = fromIso(a.range.first);
  if (c.relation === 'same') {
    // "on Tuesday, two days after the Commission activated ...": the phrase dates the same
    // happening as the clause's own date.
    return { resolved: a, how: `the same day as the clause's date → ${describe(a)}`, relative: true };
  }
  const sign = c.direction;
  let d: Ymd;
  if (c.unit === 'day') d = addDays(base, sign * c.count);
  else if (c.unit === 'week') d = addDays(base, sign * 7 * c.count);
  else if (c.unit === 'month') d = addMonths(base, sign * c.count);
  else d = { ...base, year: base.year + sign * c.count };
  const r = day(d);
  return { resolved: r, how: `${c.count} ${c.unit}(s) ${sign < 0 ? 'before' : 'after'} ${formatDay(base)} → ${describe(r)}`, relative: true };
}

/** How a resolved value reads to an editor: `Mon 24 Apr 2017`, `week 16 of 2017`, `April 2017`. */
export function describe(r: Resolved): string {
  if (!r.value || !r.range) return r.value ?? 'unresolved';
  switch (r.granularity) {
    case 'day':
      return r.range.first === r.range.last
        ? formatDay(fromIso(r.range.first))
        : `${formatDay(fromIso(r.range.first))} – ${formatDay(fromIso(r.range.last))}`;
    case 'week':
      return `the week of ${formatDay(fromIso(r.range.first))} (${r.value})`;
    case 'weekend':
      return `the weekend of ${formatDay(fromIso(r.range.first))} (${r.value})`;
    case 'month': {
      const d = fromIso(r.range.first);
      return `${['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][d.month - 1]} ${d.year}`;
    }
    default:
      return r.value;
  }
}
