import { formatDay, fromIso, MONTH_NAMES, type Ymd } from './calendar';
import type { Resolved } from './timex';

const SEASON_NAMES: Record<string, string> = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' };

/** How a resolved value reads to an editor: `Mon 24 Apr 2017`, `the week of Mon 17 Apr 2017 (2017-W16)`, `April 2017`. */
export function describe(r: Resolved): string {
  if (!r.value || !r.range) return r.value ?? 'unresolved';
  const first = fromIso(r.range.first);
  // A run of months that is no calendar quarter, half or year (a fiscal year: `2024-07/2025-06`).
  if (/^\d{4}-\d{2}\/\d{4}-\d{2}$/.test(r.value)) {
    return `${MONTH_NAMES[first.month - 1]} ${first.year} to ${MONTH_NAMES[Number(r.value.slice(13, 15)) - 1]} ${r.value.slice(8, 12)} (${r.value})`;
  }
  switch (r.granularity) {
    case 'minute':
      return `${formatDay(first)} ${r.value.slice(11, 16)}`;
    case 'day':
      return r.range.first === r.range.last ? formatDay(first) : `${formatDay(first)} – ${formatDay(fromIso(r.range.last))}`;
    case 'week':
      return `the week of ${formatDay(first)} (${r.value})`;
    case 'weekend':
      return `the weekend of ${formatDay(first)} (${r.value})`;
    case 'month':
      return `${MONTH_NAMES[first.month - 1]} ${first.year}`;
    case 'season':
      return `${SEASON_NAMES[r.value.slice(5)] ?? 'season'} ${r.value.slice(0, 4)} (${r.value})`;
    case 'half':
      return `the ${r.value.endsWith('1') ? 'first' : 'second'} half of ${r.value.slice(0, 4)} (${r.value})`;
    case 'quarter':
      return `the ${['first', 'second', 'third', 'fourth'][Number(r.value.slice(-1)) - 1]} quarter of ${r.value.slice(0, 4)} (${r.value})`;
    case 'decade':
      return `the ${first.year}s`;
    case 'year':
      return r.value.includes('/') ? `${r.value.slice(0, 4)} to ${r.value.slice(5)}` : r.value;
    default:
      return r.value;
  }
}

/** `dated Fri 21 Apr 2017` (or `file modified ...` for a fallback date), or the undated wording. */
export function datedPhrase(p: Ymd | null, label = 'dated'): string {
  return p ? `${label} ${formatDay(p)}` : 'the article has no date';
}

export function monthDay(month: number, day: number): string {
  return `${day} ${MONTH_NAMES[month - 1]}`;
}
