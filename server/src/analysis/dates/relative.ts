import { addDays, toIso, weekday, type Ymd } from './calendar';
import type { SeasonCode, Which } from './kinds';
import type { Tense } from './tense';
import { season, weekend, type Resolved } from './timex';

/**
 * A weekday against the dateline: the publication day itself when it names that day; otherwise
 * the last such day before it in the past tense (`said Friday`), the next one after it in the
 * future (`will meet on Monday`), the nearest when the clause has no tense.
 */
export function resolveWeekday(p: Ymd, wd: number, modifier: 'last' | 'next' | 'this' | undefined, tense: Tense): Ymd {
  const back = (weekday(p) - wd + 7) % 7;
  const ahead = (wd - weekday(p) + 7) % 7;
  if (modifier === 'last') return addDays(p, -(back || 7));
  if (modifier === 'next') return addDays(p, ahead || 7);
  if (back === 0) return p;
  if (modifier === 'this') return tense === 'past' ? addDays(p, -back) : addDays(p, ahead);
  if (tense === 'past') return addDays(p, -back);
  if (tense === 'future') return addDays(p, ahead);
  return ahead < back ? addDays(p, ahead) : addDays(p, -back);
}

/** `the weekend`: the one just gone in the past tense, else the coming one (or the one under way). */
export function resolveWeekend(p: Ymd, tense: Tense): Resolved {
  const dow = weekday(p);
  if (tense === 'past' && dow >= 1 && dow <= 5) return weekend(addDays(p, -dow));
  return weekend(p);
}

/**
 * A season without a year. `this`/`last`/`next` count from the season of the publication year
 * (winter belongs to the year it starts in, so January's winter began the December before);
 * a bare `the summer` is the one still to come in the future tense, the one gone by in the past.
 */
export function resolveSeason(p: Ymd, s: SeasonCode, which: Which | null, tense: Tense): Resolved {
  const base = s === 'WI' && p.month <= 2 ? p.year - 1 : p.year;
  const current = season(base, s);
  const today = toIso(p);
  const started = current.range!.first <= today;
  const ended = current.range!.last < today;
  if (which === -1) return season(base - 1, s);
  if (which === 1) return season(base + 1, s);
  if (tense === 'past' && !started) return season(base - 1, s);
  if (which === null && tense === 'future' && ended) return season(base + 1, s);
  return current;
}
