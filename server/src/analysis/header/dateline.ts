import * as chrono from 'chrono-node';
import type { Dateline, PublishedDate } from '../model';
import { isValidYmd, pad, toIso } from '../dates/calendar';

/**
 * A dateline opening the lead paragraph: `KELBOURNE, England, March 15 (Northline News) - `,
 * `Novi Brezovac, Serbia, 5 March 2024 – `, `21 April 2017 – `. The part before the dash must
 * be place words, one date and at most an agency in brackets; anything else is prose.
 */
export function findDateline(
  text: string,
  start: number,
  end: number,
): { dateline: Dateline; full: PublishedDate | null } | null {
  const head = text.slice(start, Math.min(end, start + 160));
  const dash = /\s(?:-{1,2}|–|—)\s/.exec(head);
  if (!dash || dash.index < 5) return null;
  const prefix = head.slice(0, dash.index);
  const agencyMatch = /\s*\(([^()]{2,60})\)\s*$/.exec(prefix);
  const beforeAgency = agencyMatch ? prefix.slice(0, agencyMatch.index) : prefix;
  const [found] = chrono.parse(beforeAgency, new Date(Date.UTC(2000, 0, 1)));
  if (!found || !found.start.isCertain('month') || !found.start.isCertain('day')) return null;
  const placePart = beforeAgency.slice(0, found.index).replace(/[,\s]+$/, '');
  const afterDate = beforeAgency.slice(found.index + found.text.length).trim();
  if (afterDate.replace(/^,/, '').trim()) return null;
  if (placePart && !/^(?:[\p{Lu}][\p{L}.'’-]*)(?:[\s,]+[\p{Lu}][\p{L}.'’-]*)*$/u.test(placePart)) return null;
  const c = found.start;
  const month = c.get('month')!;
  const day = c.get('day')!;
  const year = c.isCertain('year') ? c.get('year')! : null;
  const value = year !== null ? toIso({ year, month, day }) : `XXXX-${pad(month, 2)}-${pad(day, 2)}`;
  const dateStart = start + found.index;
  const dateSpan = { start: dateStart, end: dateStart + found.text.trimEnd().length };
  const dateline: Dateline = {
    span: { start, end: start + dash.index + dash[0].length },
    place: placePart || null,
    date: value,
    agency: agencyMatch ? agencyMatch[1]!.trim() : null,
  };
  const full =
    year !== null && isValidYmd({ year, month, day })
      ? { value, span: dateSpan, how: `dateline "${prefix.trim()}"` }
      : null;
  return { dateline, full };
}
