import type { Candidate } from './kinds';
import { scanFamily } from './patterns';
import { gazetteer } from '../entities/gazetteer';
import { MONTH_RE, prevWord } from './words';

/**
 * Dates written in figures: bare years (`in 2011`, `mid-2025`, `2019-21`), numeric dates
 * (`2017-04-24`, `03/04/2025`) and times of day (`around 0900 GMT`, `3.30pm`).
 */

// Words after a four-digit number that make it a quantity, and words before it that make it a
// label (`Flight 1549`, `Resolution 2254`, `more than 2000`).
const UNIT_AFTER =
  /^\s*(?:per\s?cent|percent|people|persons|km|kilometres|kilometers|miles|metres|meters|feet|ft|tonnes|tons|hectares|acres|euros?|dollars|pounds|yuan|rupees|GMT|UTC|BST|CET|CEST|EST|EDT|hours|hrs|local|votes|seats|troops|soldiers|police|officers|workers|jobs|homes|houses|cases|deaths|units|vehicles|cars|times|residents|students|members|pages|words|calories|barrels|points|employees|staff|fighters|refugees|migrants|children|patients|families|square|sq|MW|GW|kW|mph|kph|m|cm|mm|kg|lb|lbs|ml|litres|liters|gallons|megawatts|gigawatts|[A-Z]{2,4}T)\b/;
const LABEL_BEFORE = new Set(
  ('no number flight route page boeing airbus resolution article room suite highway interstate model windows section ' +
    'rule chapter part form bill act about approximately nearly some around roughly almost than').split(' '),
);

const YEAR = /(?<![\w,.$€£¥#/:]|\d[-–])(1[5-9]\d\d|20\d\d|21\d\d)(?:\s*[-–]\s*(\d{4}|\d{2})(?!\d))?(?![\w%]|[,.]\d|[-–:/]\d)/g;

/** `in '98`, `the summer of ’69`: two figures after an apostrophe, only where a year is expected. */
const SHORT_YEAR = /(?<![\p{L}\p{N}'’])['’](\d\d)(?![\p{L}\p{N}'’%]|[.,:]\d)/gu;
const SHORT_LEAD = /^(?:in|since|from|until|till|by|of|back|during|before|after|around|circa|spring|summer|autumn|fall|winter|class)$/i;

const ISO = /(?<![\w./:-])(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?:T\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?Z?)?(?![\w/-]|\.\d)/g;
const DMY = /(?<![\w./:-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\w/-]|\.\d)/g;

const TIME_KEY = /\d[:.]\d\d|\d\s*[AaPp]\.?[Mm]|\d{4}\s*(?:GMT|UTC|hrs|hours|local|[A-Z]{1,4}T)|noon|midday/g;
const TIME =
  /(?<![\w:.,])(?:(\d{1,2}):(\d{2})(?:\s*([AaPp])(?:\.[Mm]\.?|[Mm])(?!\w))?|(\d{1,2})(?:\.(\d{2}))?\s*([AaPp])(?:\.[Mm]\.?|[Mm])(?!\w)|([01]\d|2[0-3])([0-5]\d)(?=\s*(?:GMT|UTC|hrs|hours|local\s+time|[A-Z]{1,4}T\b))|\b(noon|midday)\b)(?:\s*(GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|ET|PT|hrs|hours|local\s+time|\((?:GMT|UTC)\)))?/g;
const APPROX = /^(?:around|about|approximately|roughly)$/i;
const TIME_LEAD = /^(?:at|around|about|from|until|till|by|before|after|shortly|approximately|to)$/i;

export function numberCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(text); m; m = YEAR.exec(text)) {
    const end = m.index + m[0].length;
    if (UNIT_AFTER.test(text.slice(end, end + 14)) || isLabelled(text, m.index)) continue;
    const year = Number(m[1]);
    let endYear: number | undefined;
    if (m[2]) {
      endYear = m[2].length === 2 ? Math.floor(year / 100) * 100 + Number(m[2]) : Number(m[2]);
      // "2019-21" and "2019-2021" are spans; "1939-45" too; "2019-18" is not a year range.
      if (endYear <= year || endYear - year > 50) continue;
    }
    out.push({ kind: 'year', start: m.index, end, year, ...(endYear ? { endYear } : {}) });
  }
  SHORT_YEAR.lastIndex = 0;
  for (let m = SHORT_YEAR.exec(text); m; m = SHORT_YEAR.exec(text)) {
    const lead = prevWord(text, m.index);
    if (lead && SHORT_LEAD.test(lead.word)) out.push({ kind: 'shortYear', start: m.index, end: m.index + m[0].length, yy: Number(m[1]) });
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
  scanFamily(text, { key: TIME_KEY, re: TIME, make: (m, t, base) => clock(m, t, base) }, out);
  return out;
}

/** `around 0900 GMT`, `at 3.42am`, `10:30 p.m.`; a bare `3:16` only after `at`/`by`/... (else a score or a verse). */
function clock(m: RegExpExecArray, text: string, base: number): Candidate | null {
  let start = base + m.index;
  const end = start + m[0].length;
  const lead = prevWord(text, start);
  let hour: number;
  let minute = 0;
  if (m[1]) {
    if (!m[3] && !m[10] && !(lead && TIME_LEAD.test(lead.word))) return null;
    hour = Number(m[1]);
    minute = Number(m[2]);
    if (m[3]) hour = twelve(hour, m[3]);
  } else if (m[4]) {
    hour = twelve(Number(m[4]), m[6]!);
    minute = m[5] ? Number(m[5]) : 0;
  } else if (m[7]) {
    hour = Number(m[7]);
    minute = Number(m[8]);
  } else {
    hour = 12;
  }
  if (hour > 23 || minute > 59) return null;
  if (lead && APPROX.test(lead.word)) start = lead.start;
  return { kind: 'time', start, end, hour, minute };
}

/** `Flight 1549`, `Resolution 2254`, `#2019`, `more than 2000`: a label or a count, not a year. */
function isLabelled(text: string, at: number): boolean {
  if (/[#№]\s?$/.test(text.slice(Math.max(0, at - 2), at))) return true;
  const w = prevWord(text, at);
  return !!w && LABEL_BEFORE.has(w.word.toLowerCase());
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
export function numericConvention(text: string, numeric: readonly Candidate[], dateline: string | null = null): 'dmy' | 'mdy' | null {
  let dmy = 0;
  let mdy = 0;
  // A dateline says where the copy was filed: the United States writes month first, the rest of
  // the world day first. Worth more than one date in words, less than a date only one way round.
  const filed = datelineConvention(dateline);
  if (filed === 'mdy') mdy += 1.5;
  if (filed === 'dmy') dmy += 1.5;
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

const US_STATES = new Set(
  ('alabama alaska arizona arkansas california calif colorado colo connecticut conn delaware del florida fla georgia ' +
    'hawaii idaho illinois ill indiana ind iowa kansas kan kentucky ky louisiana la maine maryland md massachusetts mass ' +
    'michigan mich minnesota minn mississippi miss missouri mo montana mont nebraska neb nevada nev ohio oklahoma okla ' +
    'oregon ore pennsylvania pa tennessee tenn texas utah vermont vt virginia va washington wash wisconsin wis wyoming wyo ' +
    'n.h n.j n.m n.y n.c n.d r.i s.c s.d w.va d.c').split(' '),
);

/** `WASHINGTON`, `AUSTIN, Texas` → month-first; `KELBOURNE, England`, `LONDON` → day-first; else unknown. */
export function datelineConvention(place: string | null): 'dmy' | 'mdy' | null {
  if (!place) return null;
  const parts = place.split(',').map((p) => p.trim()).filter(Boolean).reverse();
  for (const part of parts) {
    const key = part.toLowerCase().replace(/\.$/, '');
    if (US_STATES.has(key) && (parts.length > 1 || key === 'washington')) return 'mdy';
    const known = gazetteer().lookup(part);
    if (!known || (known.type !== 'country' && known.type !== 'capital')) continue;
    return (known.country ?? known.name) === 'United States' ? 'mdy' : 'dmy';
  }
  return null;
}
