import type { DayRange, Granularity } from '../model';
import {
  addDays, addMonths, daysInMonth, fromIso, isoWeek, mondayOf, pad, toIso, type Ymd,
} from './calendar';

/** A resolved date: TIMEX3-style value, the day range it covers, and its granularity. */
export interface Resolved {
  readonly value: string | null;
  readonly range: DayRange | null;
  readonly granularity: Granularity | null;
}

export const UNRESOLVED: Resolved = { value: null, range: null, granularity: null };

export function day(d: Ymd): Resolved {
  const iso = toIso(d);
  return { value: iso, range: { first: iso, last: iso }, granularity: 'day' };
}

export function dayRange(a: Ymd, b: Ymd): Resolved {
  return { value: `${toIso(a)}/${toIso(b)}`, range: { first: toIso(a), last: toIso(b) }, granularity: 'day' };
}

export function month(year: number, m: number): Resolved {
  return {
    value: `${pad(year, 4)}-${pad(m, 2)}`,
    range: { first: toIso({ year, month: m, day: 1 }), last: toIso({ year, month: m, day: daysInMonth(year, m) }) },
    granularity: 'month',
  };
}

/** A time of day on a day: `2016-10-15T09:00`. */
export function minute(d: Ymd, hour: number, min: number): Resolved {
  const iso = toIso(d);
  return { value: `${iso}T${pad(hour, 2)}:${pad(min, 2)}`, range: { first: iso, last: iso }, granularity: 'minute' };
}

/** A decade as TIMEX3 writes it: `199` for the 1990s. */
export function decade(first: number): Resolved {
  return {
    value: pad(Math.floor(first / 10), 3),
    range: { first: `${pad(first, 4)}-01-01`, last: `${pad(first + 9, 4)}-12-31` },
    granularity: 'decade',
  };
}

/** Consecutive years, `2019/2021`. */
export function yearRange(a: number, b: number): Resolved {
  return { value: `${pad(a, 4)}/${pad(b, 4)}`, range: { first: `${pad(a, 4)}-01-01`, last: `${pad(b, 4)}-12-31` }, granularity: 'year' };
}

export function year(y: number): Resolved {
  return { value: pad(y, 4), range: { first: `${pad(y, 4)}-01-01`, last: `${pad(y, 4)}-12-31` }, granularity: 'year' };
}

/** The ISO week containing `d`: `2017-W16`. */
export function week(d: Ymd): Resolved {
  const { year: y, week: w } = isoWeek(d);
  const monday = mondayOf(d);
  return {
    value: `${pad(y, 4)}-W${pad(w, 2)}`,
    range: { first: toIso(monday), last: toIso(addDays(monday, 6)) },
    granularity: 'week',
  };
}

/** The weekend (Saturday and Sunday) of the ISO week containing `d`: `2024-W10-WE`. */
export function weekend(d: Ymd): Resolved {
  const { year: y, week: w } = isoWeek(d);
  const monday = mondayOf(d);
  return {
    value: `${pad(y, 4)}-W${pad(w, 2)}-WE`,
    range: { first: toIso(addDays(monday, 5)), last: toIso(addDays(monday, 6)) },
    granularity: 'weekend',
  };
}

export type Season = 'SP' | 'SU' | 'FA' | 'WI';

/** Meteorological seasons of the northern hemisphere, as newsrooms use them. */
export function season(y: number, s: Season): Resolved {
  const [m0, m1] = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 14] }[s] as [number, number];
  const first = { year: y, month: m0, day: 1 };
  const lastMonth = addMonths({ year: y, month: 1, day: 1 }, m1 - 1);
  return {
    value: `${pad(y, 4)}-${s}`,
    range: { first: toIso(first), last: toIso({ ...lastMonth, day: daysInMonth(lastMonth.year, lastMonth.month) }) },
    granularity: 'season',
  };
}

export function half(y: number, h: 1 | 2): Resolved {
  return {
    value: `${pad(y, 4)}-H${h}`,
    range: { first: `${pad(y, 4)}-${h === 1 ? '01-01' : '07-01'}`, last: `${pad(y, 4)}-${h === 1 ? '06-30' : '12-31'}` },
    granularity: 'half',
  };
}

export function quarter(y: number, q: 1 | 2 | 3 | 4): Resolved {
  const first = { year: y, month: (q - 1) * 3 + 1, day: 1 };
  const lastM = (q - 1) * 3 + 3;
  return {
    value: `${pad(y, 4)}-Q${q}`,
    range: { first: toIso(first), last: toIso({ year: y, month: lastM, day: daysInMonth(y, lastM) }) },
    granularity: 'quarter',
  };
}

/** Whether two resolved dates can denote the same time (their day ranges overlap). */
export function overlaps(a: DayRange, b: DayRange): boolean {
  return a.first <= b.last && b.first <= a.last;
}

export function ymd(iso: string): Ymd {
  return fromIso(iso);
}
