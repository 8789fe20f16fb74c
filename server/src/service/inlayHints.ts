import type { DateMention, Span } from '../analysis/model';
import { formatDay, fromIso, MONTH_NAMES } from '../analysis/dates/calendar';
import type { Desk } from '../corpus';

/**
 * The resolved day after each relative date (`on Monday ‹Mon 24 Apr 2017›`), so an editor reads
 * what the copy means without hovering. Only relative dates get one: `21 April 2017` needs no
 * gloss. A relative date an undated article cannot resolve gets `‹no dateline›`.
 */
export interface DateHint {
  /** Where the hint goes: just after the date expression. */
  readonly offset: number;
  /** `Mon 24 Apr 2017` (the adapter adds the ‹ › marks). */
  readonly label: string;
  /** How it was resolved, in words: `'on Monday' (nearest), dateline Fri 21 Apr 2017 → Mon 24 Apr 2017`. */
  readonly tooltip: string;
  /** The date expression the hint belongs to. */
  readonly span: Span;
}

const SEASONS: Record<string, string> = { SP: 'spring', SU: 'summer', FA: 'autumn', AU: 'autumn', WI: 'winter' };

/** A short reading of a resolved date, for a hint that must not crowd the line. */
export function shortReading(d: Pick<DateMention, 'value' | 'range' | 'granularity'>): string | null {
  const { value, range, granularity } = d;
  if (!value) return null;
  const day = (iso: string) => formatDay(fromIso(iso));
  const month = (iso: string) => MONTH_NAMES[fromIso(iso).month - 1]!.slice(0, 3);
  if (!range) {
    const md = /^XXXX-(\d\d)(?:-(\d\d))?$/.exec(value);
    return md ? `${md[2] ? `${Number(md[2])} ` : ''}${MONTH_NAMES[Number(md[1]) - 1] ?? '?'}, year unknown` : value;
  }
  const year = range.first.slice(0, 4);
  switch (granularity) {
    case 'minute':
    case 'day':
      return range.first === range.last ? day(range.first) : `${day(range.first)} – ${day(range.last)}`;
    case 'week':
      return `week of ${day(range.first)}`;
    case 'weekend':
      return `weekend of ${day(range.first)}`;
    case 'month':
      return `${month(range.first)} ${year}`;
    case 'season': {
      const s = /-(SP|SU|FA|AU|WI)$/.exec(value)?.[1];
      return s ? `${SEASONS[s]} ${value.slice(0, 4)}` : value;
    }
    case 'quarter':
    case 'half':
      return value.replace(/^(\d{4})-(.+)$/, '$2 $1');
    case 'year':
      return year;
    default:
      return range.first === range.last ? day(range.first) : `${day(range.first)} – ${day(range.last)}`;
  }
}

/** Hints for the relative dates of an article inside `within` (the visible range), in text order. */
export function dateHints(desk: Desk, uri: string, within?: Span): DateHint[] {
  const a = desk.article(uri);
  if (!a) return [];
  const undated = !a.model.header.published;
  const out: DateHint[] = [];
  for (const d of a.model.dates) {
    if (!d.relative || d.where !== 'body') continue;
    if (within && (d.span.end < within.start || d.span.end > within.end)) continue;
    const label = shortReading(d) ?? (undated ? 'no dateline' : null);
    if (!label) continue;
    out.push({ offset: d.span.end, label, tooltip: d.resolution, span: d.span });
  }
  return out;
}
