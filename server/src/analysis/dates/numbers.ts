import type { Candidate } from './kinds';
import { MONTH_RE } from './words';

/**
 * Dates written in figures: bare years (`in 2011`, `mid-2025`, `2019-21`), numeric dates
 * (`2017-04-24`, `03/04/2025`) and times of day (`around 0900 GMT`, `3.30pm`).
 */

// Words after a four-digit number that make it a quantity, and words before it that make it a
// label (`Flight 1549`, `Resolution 2254`, `more than 2000`).
const UNIT_AFTER =
  /^\s*(?:per\s?cent|percent|people|persons|km|kilometres|kilometers|miles|metres|meters|feet|ft|tonnes|tons|hectares|acres|euros?|dollars|pounds|yuan|rupees|GMT|UTC|BST|CET|CEST|EST|EDT|hours|hrs|local|votes|seats|troops|soldiers|police|officers|workers|jobs|homes|houses|cases|deaths|units|vehicles|cars|times|residents|students|members|pages|words|calories|barrels|points|employees|staff|fighters|refugees|migrants|children|patients|families|square|sq|MW|GW|kW|mph|kph|m|cm|mm|kg|lb|lbs|ml|litres|liters|gallons|megawatts|gigawatts|[A-Z]{2,4}T)\b/;
const LABEL_BEFORE =
  /(?:\b(?:No|no|number|Number|Flight|flight|Route|route|page|Page|Boeing|Airbus|Resolution|resolution|Article|article|Room|room|Suite|Highway|Interstate|Model|model|Windows|Section|section|Rule|rule|Chapter|chapter|Part|Form|Bill|bill|Act|about|approximately|nearly|some|around|roughly|almost|(?:more|less|fewer)\s+than)\.?|[#№])\s*$/;

const YEAR = /(?<![\w,.$€£¥#/:]|\d[-–])(1[5-9]\d\d|20\d\d|21\d\d)(?:\s*[-–]\s*(\d{4}|\d{2})(?!\d))?(?![\w%]|[,.]\d|[-–:/]\d)/g;

const ISO = /(?<![\w./:-])(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?:T\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?Z?)?(?![\w/-]|\.\d)/g;
const DMY = /(?<![\w./:-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\w/-]|\.\d)/g;

const TIME =
  /(?<![\w:.,])(?:((?:[Aa]round|[Aa]bout|[Aa]pproximately|[Rr]oughly|[Ss]hortly\s+(?:before|after)|[Jj]ust\s+(?:before|after))\s+))?(?:(\d{1,2}):(\d{2})(?:\s*([AaPp])(?:\.[Mm]\.?|[Mm])(?![\w]))?|(\d{1,2})(?:\.(\d{2}))?\s*([AaPp])(?:\.[Mm]\.?|[Mm])(?![\w])|([01]\d|2[0-3])([0-5]\d)(?=\s*(?:GMT|UTC|hrs|hours|local\s+time|[A-Z]{1,4}T\b))|(noon|midday))(?:\s*(GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|ET|PT|hrs|hours|local\s+time|\((?:GMT|UTC)\)))?/g;
const TIME_LEAD = /\b(?:at|around|about|from|until|till|by|before|after|shortly|approximately|to)\s+$/i;

export function numberCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(text); m; m = YEAR.exec(text)) {
    const end = m.index + m[0].length;
    if (UNIT_AFTER.test(text.slice(end, end + 14)) || LABEL_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
    const year = Number(m[1]);
    let endYear: number | undefined;
    if (m[2]) {
      endYear = m[2].length === 2 ? Math.floor(year / 100) * 100 + Number(m[2]) : Number(m[2]);
      // "2019-21" and "2019-2021" are spans; "1939-45" too; "2019-18" is not a year range.
      if (endYear <= year || endYear - year > 50) continue;
    }
    out.push({ kind: 'year', start: m.index, end, year, ...(endYear ? { endYear } : {}) });
  }
  ISO.lastIndex = 0;
  for (let m = ISO.exec(text); m; m = ISO.exec(text)) {
    const month = Number(m[3]);
    const day = Number(m[4]);
    if (month < 1 || month > 12 || day < 1 || day > 31) continue;
    out.push({ kind: 'calendar', start: m.index, end: m.index + m[0].length, year: Number(m[1]), month, day });
  }
  DMY.lastIndex = 0;
  for (let m = DMY.exec(text); m; m = DMY.exec(text)) {
    const first = Number(m[1]);
    const second = Number(m[3]);
    const y = m[4]!.length === 2 ? 2000 + Number(m[4]) : Number(m[4]);
    if (first < 1 || second < 1 || (first > 12 && second > 12) || first > 31 || second > 31) continue;
    out.push({ kind: 'numeric', start: m.index, end: m.index + m[0].length, first, second, year: y > 2069 ? y - 100 : y, dotted: m[2] === '.' });
  }
  TIME.lastIndex = 0;
  for (let m = TIME.exec(text); m; m = TIME.exec(text)) {
    const end = m.index + m[0].length;
    let hour: number;
    let minute = 0;
    if (m[2]) {
      // "3:16" alone may be a score or a verse: a clock time says am/pm, a zone, or "at".
      if (!m[4] && !m[1] && !m[11] && !TIME_LEAD.test(text.slice(Math.max(0, m.index - 14), m.index))) continue;
      hour = Number(m[2]);
      minute = Number(m[3]);
      if (m[4]) hour = twelve(hour, m[4]);
    } else if (m[5]) {
      hour = twelve(Number(m[5]), m[7]!);
      minute = m[6] ? Number(m[6]) : 0;
    } else if (m[8]) {
      hour = Number(m[8]);
      minute = Number(m[9]);
    } else {
      hour = 12;
    }
    if (hour > 23 || minute > 59) continue;
    out.push({ kind: 'time', start: m.index, end, hour, minute });
  }
  return out;
}

function twelve(hour: number, meridiem: string): number {
  if (hour < 1 || hour > 12) return 99;
  const pm = meridiem.toLowerCase() === 'p';
  return hour === 12 ? (pm ? 12 : 0) : pm ? hour + 12 : hour;
}

const DAY_FIRST_WORDS = new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_RE}\\b`, 'g');
const MONTH_FIRST_WORDS = new RegExp(`\\b${MONTH_RE}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b(?!\\d|[:.]\\d)`, 'g');

/**
 * The order an outlet writes day and month in, read from the article itself: numeric dates that
 * can only be read one way (`13/04/2025`), dotted dates (European), and the order of its dates
 * in words (`5 March` against `March 5`). Null when the article does not say.
 */
export function numericConvention(text: string, numeric: readonly Candidate[]): 'dmy' | 'mdy' | null {
  let dmy = 0;
  let mdy = 0;
  for (const c of numeric) {
    if (c.kind !== 'numeric') continue;
    if (c.first > 12) dmy += 2;
    else if (c.second > 12) mdy += 2;
    else if (c.dotted) dmy += 1;
  }
  dmy += count(DAY_FIRST_WORDS, text);
  mdy += count(MONTH_FIRST_WORDS, text);
  return dmy > mdy ? 'dmy' : mdy > dmy ? 'mdy' : null;
}

function count(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}
