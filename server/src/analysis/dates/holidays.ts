import { addDays, type Ymd } from './calendar';
import type { Candidate } from './kinds';
import type { Family } from './patterns';
import { prevWord } from './words';

/**
 * Days a calendar names by name: `on Christmas Day`, `over Easter`, `before Thanksgiving`,
 * `on New Year's Eve`. Fixed ones are a month and a day; movable ones (Easter and the days it
 * carries, US Thanksgiving) are worked out for the year the tense points to.
 */
export type Holiday = { month: number; day: number } | { movable: 'easter' | 'thanksgiving'; shift: number };

const NAMED: Record<string, Holiday> = {
  'christmas day': { month: 12, day: 25 }, 'christmas eve': { month: 12, day: 24 }, 'boxing day': { month: 12, day: 26 },
  "new year's day": { month: 1, day: 1 }, "new year's eve": { month: 12, day: 31 }, hogmanay: { month: 12, day: 31 },
  "valentine's day": { month: 2, day: 14 }, halloween: { month: 10, day: 31 }, 'bastille day': { month: 7, day: 14 },
  "st patrick's day": { month: 3, day: 17 }, "st. patrick's day": { month: 3, day: 17 },
  'remembrance day': { month: 11, day: 11 }, 'armistice day': { month: 11, day: 11 },
  'bonfire night': { month: 11, day: 5 }, 'guy fawkes night': { month: 11, day: 5 },
  'good friday': { movable: 'easter', shift: -2 }, 'easter sunday': { movable: 'easter', shift: 0 },
  'easter day': { movable: 'easter', shift: 0 }, 'easter monday': { movable: 'easter', shift: 1 },
  'thanksgiving day': { movable: 'thanksgiving', shift: 0 },
};
/** Names that are days only after a preposition: `before Christmas`, not `Christmas shopping`. */
const BARE: Record<string, Holiday> = {
  christmas: { month: 12, day: 25 }, easter: { movable: 'easter', shift: 0 }, thanksgiving: { movable: 'thanksgiving', shift: 0 },
};
const PREPOSITION = /^(?:on|at|over|before|after|until|till|since|by|for|of|around|during)$/i;

export const HOLIDAYS: Family = {
  key: /Christmas|Boxing|New Year|Valentine|Halloween|Hogmanay|Bastille|Patrick|Remembrance|Armistice|Bonfire|Fawkes|Good Friday|Easter|Thanksgiving/g,
  re: /\b(?:Christmas\s+(?:Day|Eve)|Boxing\s+Day|New\s+Year['’]s\s+(?:Day|Eve)|Valentine['’]s\s+Day|Halloween|Hogmanay|Bastille\s+Day|St\.?\s+Patrick['’]s\s+Day|Remembrance\s+Day|Armistice\s+Day|Bonfire\s+Night|Guy\s+Fawkes\s+Night|Good\s+Friday|Easter\s+(?:Sunday|Day|Monday)|Thanksgiving\s+Day|Christmas|Easter|Thanksgiving)\b(?:\s+(\d{4})\b)?/g,
  make: (m, text, base) => {
    const name = m[0].replace(/\s+\d{4}$/, '').replace(/\s+/g, ' ').replace(/’/g, "'").toLowerCase();
    const start = base + m.index;
    let holiday = NAMED[name];
    if (!holiday) {
      const lead = prevWord(text, start);
      const next = /^\s+(\p{L}+)/u.exec(text.slice(start + m[0].length, start + m[0].length + 20))?.[1] ?? '';
      // "Easter Island", "Christmas shopping": a name or a noun follows, so no day is meant.
      if (!lead || !PREPOSITION.test(lead.word) || (!m[1] && /^(?:\p{Lu}|tree|shopping|market|lights|party|parties|card|cards|dinner|present|presents|period|holidays?|break|season|rush|trading|sales?|egg|eggs)/u.test(next))) return null;
      holiday = BARE[name];
    }
    if (!holiday) return null;
    return { kind: 'holiday', start, end: start + m[0].length, holiday, ...(m[1] ? { year: Number(m[1]) } : {}) } as Candidate;
  },
};

/** The holiday's day in a given year. */
export function holidayIn(h: Holiday, year: number): Ymd {
  if ('month' in h) return { year, month: h.month, day: h.day };
  if (h.movable === 'thanksgiving') {
    // The fourth Thursday of November.
    const first = new Date(Date.UTC(year, 10, 1)).getUTCDay();
    return { year, month: 11, day: 1 + ((4 - first + 7) % 7) + 21 };
  }
  return addDays(easter(year), h.shift);
}

/** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
function easter(y: number): Ymd {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year: y, month, day };
}
