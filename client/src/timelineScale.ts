/**
 * The Timeline's horizontal scale: calendar days to a 0–1000 coordinate, and the ticks worth
 * labelling at that zoom. Pure arithmetic on `YYYY-MM-DD` strings (no analysis: the server
 * resolved every date).
 */

export const WIDTH = 1000;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** Days since 1970-01-01 (UTC), or NaN for anything that is not a calendar day. */
export function dayNumber(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000 : NaN;
}

function dateOf(day: number): Date {
  return new Date(day * 86_400_000);
}

export interface Tick {
  readonly x: number;
  readonly label: string;
}

export interface Scale {
  /** First day shown, and the day after the last one. */
  readonly from: number;
  readonly to: number;
  /** x of the start of a day; days outside the scale are clamped (and drawn as edge markers). */
  x(day: number): number;
  inside(day: number): boolean;
  readonly ticks: readonly Tick[];
}

/**
 * A scale over the given day ranges (one event's marks: each row of the Timeline has its own, so a
 * day's difference between two sources stays visible even when another row spans years), with a
 * day of margin either side and at least a week shown.
 */
export function makeScale(ranges: readonly { first: string; last: string }[], maxTicks = 6): Scale {
  const spans = ranges.map((r) => ({ first: dayNumber(r.first), last: dayNumber(r.last) })).filter((r) => Number.isFinite(r.first) && Number.isFinite(r.last));
  let from = spans.length ? Math.min(...spans.map((r) => r.first)) - 1 : 0;
  let to = spans.length ? Math.max(...spans.map((r) => r.last)) + 2 : 7;
  if (to - from < 7) {
    const pad = Math.ceil((7 - (to - from)) / 2);
    from -= pad;
    to += pad;
  }
  const span = to - from;
  const x = (day: number) => Math.round((Math.min(Math.max(day, from), to) - from) / span * WIDTH * 10) / 10;
  return { from, to, x, inside: (day) => day >= from && day < to, ticks: ticks(from, to, x, maxTicks) };
}

/** Days when a few weeks are shown, Mondays up to a few months, months up to a few years, else years. */
function ticks(from: number, to: number, x: (day: number) => number, maxTicks: number): Tick[] {
  const span = to - from;
  const out: Tick[] = [];
  for (let d = from; d < to; d++) {
    const date = dateOf(d);
    const [day, wd, month, year] = [date.getUTCDate(), date.getUTCDay(), date.getUTCMonth(), date.getUTCFullYear()];
    if (span <= 21) out.push({ x: x(d), label: `${WEEKDAYS[wd]} ${day}` });
    else if (span <= 120 && wd === 1) out.push({ x: x(d), label: `${day} ${MONTHS[month]}` });
    else if (span > 120 && span <= 1100 && day === 1) out.push({ x: x(d), label: `${MONTHS[month]} ${year}` });
    else if (span > 1100 && day === 1 && month === 0) out.push({ x: x(d), label: String(year) });
  }
  // A handful of labels, evenly thinned, so they never run into each other.
  const step = Math.max(1, Math.ceil(out.length / maxTicks));
  return out.filter((_, i) => i % step === 0);
}
