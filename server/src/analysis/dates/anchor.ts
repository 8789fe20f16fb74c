import { addDays, addMonths, fromIso, weekday, WEEKDAY_NAMES, type Ymd } from './calendar';
import { describe } from './describe';
import type { Candidate, CandidateOf } from './kinds';
import type { Resolution } from './resolve';
import { day, minute, month, week, weekend, year, type Resolved } from './timex';
import type { Unit } from './words';

/** A date already resolved in the text, that a later expression can lean on. */
export interface Anchor {
  readonly resolved: Resolved;
  /** As written, for the resolution shown to editors: `'April 7'`. */
  readonly text: string;
  /** Article offset of the expression, so the nearest one can be chosen. */
  readonly at: number;
}

/** Whether an anchor is precise enough to count `unit`s from it (a year cannot give a day). */
export function fits(a: Anchor, unit: Unit): boolean {
  const g = a.resolved.granularity;
  if (!a.resolved.range || !g) return false;
  if (unit === 'day' || unit === 'week') return g === 'day' || g === 'minute';
  if (unit === 'month') return g === 'day' || g === 'minute' || g === 'month';
  return g !== 'decade';
}

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
const named = (a: Anchor) => `'${a.text}' (${describe(a.resolved)})`;

function shifted(base: Ymd, unit: Unit, n: number): Resolved {
  if (unit === 'day') return day(addDays(base, n));
  if (unit === 'week') return day(addDays(base, 7 * n));
  if (unit === 'month') {
    const m = addMonths(base, n);
    return month(m.year, m.month);
  }
  return year(base.year + n);
}

/**
 * Resolves an expression anchored on another date: `three days earlier` counts from the date
 * said just before; `two days after the activation on 3 March` from the date of its complement;
 * `on Tuesday, two days after ...` is the clause's own date; `that week` is the anchor's week;
 * a time of day sits on the anchor's day. Null when nothing fitting is there to lean on: an
 * unanchored `two weeks after ...` is a span of time, not a date.
 */
export function resolveAnchored(c: Candidate, anchor: Anchor | null, complement: Anchor | null): Resolution | null {
  switch (c.kind) {
    case 'shift': {
      if (!anchor || !fits(anchor, c.unit) || Number.isNaN(c.count)) return null;
      const r = shifted(fromIso(anchor.resolved.range!.first), c.unit, c.direction * c.count);
      if (c.count === 0) return { resolved: r, how: `hours ${c.direction < 0 ? 'before' : 'after'} ${named(anchor)}, the same day → ${describe(r)}`, relative: true };
      const about = c.approx ? 'about ' : '';
      return { resolved: r, how: `${about}${plural(c.count, c.unit)} ${c.direction < 0 ? 'before' : 'after'} ${named(anchor)} → ${describe(r)}`, relative: true };
    }
    case 'relation':
      return resolveRelation(c, anchor, complement);
    case 'same': {
      if (!anchor || !fits(anchor, c.unit)) return null;
      const base = fromIso(anchor.resolved.range!.first);
      const r = c.unit === 'day' ? day(base) : c.unit === 'week' ? week(base) : c.unit === 'month' ? month(base.year, base.month) : year(base.year);
      return { resolved: r, how: `the ${c.unit} of ${named(anchor)} → ${describe(r)}`, relative: true };
    }
    case 'weekdayFrom': {
      if (!anchor || !fits(anchor, 'day')) return null;
      const base = fromIso(anchor.resolved.range!.first);
      const gap = c.direction > 0 ? (c.weekday - weekday(base) + 7) % 7 || 7 : -((weekday(base) - c.weekday + 7) % 7 || 7);
      const r = day(addDays(base, gap));
      return { resolved: r, how: `the ${c.direction > 0 ? 'first' : 'last'} ${WEEKDAY_NAMES[c.weekday]} ${c.direction > 0 ? 'after' : 'before'} ${named(anchor)} → ${describe(r)}`, relative: true };
    }
    case 'weekendFrom': {
      if (!anchor || !fits(anchor, 'day')) return null;
      const base = fromIso(anchor.resolved.range!.first);
      const onWeekend = weekday(base) === 0 || weekday(base) === 6;
      const r = weekend(addDays(base, c.direction < 0 || onWeekend ? 7 * c.direction : 0));
      return { resolved: r, how: `the weekend ${c.direction > 0 ? 'after' : 'before'} ${named(anchor)} → ${describe(r)}`, relative: true };
    }
    case 'time': {
      if (!anchor || !fits(anchor, 'day')) return null;
      const base = fromIso(anchor.resolved.range!.first);
      const r = minute(base, c.hour, c.minute);
      return { resolved: r, how: `a time of day, on the day of ${named(anchor)} → ${describe(r)}`, relative: true };
    }
    default:
      return null;
  }
}

function resolveRelation(c: CandidateOf<'relation'>, anchor: Anchor | null, complement: Anchor | null): Resolution | null {
  if (Number.isNaN(c.count)) return null;
  const about = c.approx ? 'about ' : '';
  if (complement && fits(complement, c.unit)) {
    const r = shifted(fromIso(complement.resolved.range!.first), c.unit, c.direction * c.count);
    return { resolved: r, how: `${about}${plural(c.count, c.unit)} ${c.direction < 0 ? 'before' : 'after'} ${named(complement)} → ${describe(r)}`, relative: true };
  }
  // "On Tuesday, two days after the Commission activated ...": the phrase restates the clause's date.
  if (anchor && anchor.resolved.range) {
    return { resolved: anchor.resolved, how: `the same time as ${named(anchor)}, said in the same clause → ${describe(anchor.resolved)}`, relative: true };
  }
  return null;
}

