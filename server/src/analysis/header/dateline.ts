import * as chrono from 'chrono-node';
import type { Dateline, PublishedDate } from '../model';
import { isValidYmd, pad, toIso } from '../dates/calendar';

/** The agency after the date: `(Northline News)`, `/PRNewswire/`. */
const AGENCY = /\s*(?:\(([^()]{2,60})\)|\/([^/]{2,60})\/)\s*$/;
/** A place as datelines write it: capitalised words, commas between (`KELBOURNE, England`). */
const PLACE = /^(?:[\p{Lu}][\p{L}.'’-]*)(?:[\s,]+[\p{Lu}][\p{L}.'’-]*)*$/u;
/** A wire dateline without a date: `LISBON (Agency) -`; the place must be in capitals, as wires write it. */
const PLACE_ONLY = /^([\p{Lu}][\p{Lu}.'’ -]+(?:,\s*[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*)*)?)\s*(?:\(([^()]{2,60})\)|\/([^/]{2,60})\/)$/u;

/**
 * A dateline opening the lead paragraph: `KELBOURNE, England, March 15 (Northline News) - `,
 * `Novi Brezovac, Serbia, 5 March 2024 – `, `21 April 2017 – `, `KELBOURNE, England, 5 March 2024
 * /PRNewswire/ -- `, `LISBON (Agency) - `. The part before the dash must be place words, one date
 * and at most an agency; anything else is prose.
 */
export function findDateline(
  text: string,
  start: number,
  end: number,
): { dateline: Dateline; full: PublishedDate | null } | null {
  const head = text.slice(start, Math.min(end, start + 160));
  const first = /\s(?:-{1,2}|–|—)\s/.exec(head);
  if (!first || first.index < 4) return null;
  let dash = { index: first.index, length: first[0].length };
  let prefix = head.slice(0, first.index);
  // A press release's `DUNMERE, England – 5 November 2025 – `: the place and the date each end at
  // a dash. Read as `DUNMERE, England,  5 November 2025` (the dash blanked, so offsets hold).
  const afterFirst = first.index + first[0].length;
  const second = /\s(?:-{1,2}|–|—)\s/.exec(head.slice(afterFirst));
  if (second && PLACE.test(prefix.trim())) {
    const middle = head.slice(afterFirst, afterFirst + second.index);
    const [d] = chrono.parse(middle, new Date(Date.UTC(2000, 0, 1)));
    if (d && d.index === 0 && d.text.trim() === middle.trim() && d.start.isCertain('day') && d.start.isCertain('year')) {
      prefix = `${prefix},${' '.repeat(first[0].length - 1)}${middle}`;
      dash = { index: afterFirst + second.index, length: second[0].length };
    }
  }
  const span = { start, end: start + dash.index + dash.length };
  const agencyMatch = AGENCY.exec(prefix);
  const agency = agencyMatch ? (agencyMatch[1] ?? agencyMatch[2]!).trim() : null;
  const beforeAgency = agencyMatch ? prefix.slice(0, agencyMatch.index) : prefix;
  const [found] = chrono.parse(beforeAgency, new Date(Date.UTC(2000, 0, 1)));
  if (!found || !found.start.isCertain('month') || !found.start.isCertain('day')) {
    const placeOnly = PLACE_ONLY.exec(prefix.trim());
    if (!placeOnly) return null;
    return { dateline: { span, place: placeOnly[1]!.trim(), date: null, agency: (placeOnly[2] ?? placeOnly[3] ?? '').trim() || null }, full: null };
  }
  const placePart = beforeAgency.slice(0, found.index).replace(/[,\s]+$/, '');
  const afterDate = beforeAgency.slice(found.index + found.text.length).trim();
  if (afterDate.replace(/^,/, '').trim()) return null;
  if (placePart && !PLACE.test(placePart)) return null;
  const c = found.start;
  const month = c.get('month')!;
  const day = c.get('day')!;
  const year = c.isCertain('year') ? c.get('year')! : null;
  const value = year !== null ? toIso({ year, month, day }) : `XXXX-${pad(month, 2)}-${pad(day, 2)}`;
  const dateStart = start + found.index;
  const dateSpan = { start: dateStart, end: dateStart + found.text.trimEnd().length };
  const dateline: Dateline = { span, place: placePart || null, date: value, agency };
  const full =
    year !== null && isValidYmd({ year, month, day })
      ? { value, span: dateSpan, how: `dateline "${prefix.trim()}"` }
      : null;
  return { dateline, full };
}
