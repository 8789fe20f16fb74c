import type { DateMention, DayRange, EventMention } from '../../analysis/model';
import { overlaps } from '../../analysis/dates/timex';
import { positionFree } from '../facts';
import type { Story } from './story';

/**
 * What the event index files for each dated happening, and the comparisons of two of them that
 * need nothing else of the index (dates, signatures, stories, shared keys).
 */

export interface EventRef {
  readonly uri: string;
  readonly event: EventMention;
  readonly date: DateMention;
}

export interface Indexed {
  readonly ref: EventRef;
  /**
   * Each participant's or place's keys (one entity may be filed under several names): the
   * registry's own lists (`entityKeyList`), a set each was a tenth of the index's heap.
   */
  readonly entities: readonly (readonly string[])[];
  readonly terms: ReadonlySet<string>;
  readonly postings: readonly string[];
  /** The keys of each place the clause names. */
  readonly places: readonly (readonly string[])[];
  /** Telling numbers among the terms (not years): `sharedNumber`. */
  readonly numbers: readonly string[];
}

export const refKey = (uri: string, id: string) => `${uri}#${id}`;

/**
 * Whether two dates could be one happening misdated: they agree, or lie within six weeks of each
 * other, or differ only by a slipped year or month in an otherwise identical day. Months apart
 * otherwise, two mentions of one kind of happening are two happenings (a trial's results this
 * week, its next phase next year).
 */
export function plausiblyOne(a: DayRange, b: DayRange): boolean {
  if (overlaps(a, b)) return true;
  if (gapDays(a, b) <= 45) return true;
  if (a.first !== a.last || b.first !== b.last) return false;
  const [ya, ma, da] = a.first.split('-');
  const [yb, mb, db] = b.first.split('-');
  return (ma === mb && da === db) || (ya === yb && da === db);
}

export function gapDays(a: DayRange, b: DayRange): number {
  return Math.min(Math.abs(days(a.first) - days(b.last)), Math.abs(days(b.first) - days(a.last)));
}

function days(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
}

/**
 * What matching reads of a filed happening, without where it is: its event (less the indexes of
 * its date and entities in the article), its date, and the keys of its participants and places.
 */
export function signature(e: Indexed): string {
  const { date: _date, participants: _participants, places: _places, ...event } = e.ref.event;
  const sets = (xs: readonly (readonly string[])[]) => xs.map((x) => [...x]);
  return positionFree([event, e.ref.date, sets(e.entities), sets(e.places)]);
}

/** Two stories with the same names, name words and counts of happenings by kind. */
export function sameStory(a: Story, b: Story): boolean {
  const sameMap = <V>(x: ReadonlyMap<string, V>, y: ReadonlyMap<string, V>) => x.size === y.size && [...x].every(([k, v]) => y.get(k) === v);
  const same = <T>(x: readonly T[], y: readonly T[]) => x.length === y.length && x.every((v, i) => v === y[i]);
  return same(a.names, b.names) && same(a.nameOf, b.nameOf) && sameMap(a.kinds, b.kinds) && same(a.nameWords, b.nameWords);
}

/**
 * The same number of happenings with the same words, filed under the same postings: no word's
 * count (so no weight) and no posting list's length (so no other pair's candidacy) changes.
 */
export function sameTerms(a: readonly Indexed[], b: readonly Indexed[]): boolean {
  if (a.length !== b.length) return false;
  const words = (xs: readonly Indexed[]) => `${xs.flatMap((x) => [...x.terms]).sort().join('\n')}\t${xs.flatMap((x) => x.postings).sort().join('\n')}`;
  return words(a) === words(b);
}

/** Whether two entities' keys have one in common. */
export function meets(a: readonly string[], b: readonly string[]): boolean {
  for (const k of a) if (b.includes(k)) return true;
  return false;
}

/** Both sides say something, and nothing the same. */
export function disjoint(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  return !!a?.length && !!b?.length && !a.some((w) => b.includes(w));
}
