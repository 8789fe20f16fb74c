import * as chrono from 'chrono-node';
import type { Span } from '../model';
import type { Candidate } from './kinds';
import { MONTH_RE, MONTHS, prevWord, WEEKDAY_ABBR_RE, WEEKDAY_RE, WEEKDAYS } from './words';

/**
 * Absolute dates by chrono-node (`April 7`, `May 3-4`, `Nov. 8`, `the 3rd of March`, `Thursday,
 * February 29`, `Oct 20, 2016`). chrono is costly, so it only reads short windows around a
 * capitalised month or weekday name that have a figure in them; a name standing alone (`on
 * Monday`, `since October`) is read directly. Everything relative is left to our own rules.
 */
const HIT = new RegExp(`\\b(?:${MONTH_RE}|${WEEKDAY_RE}|${WEEKDAY_ABBR_RE}(?=\\.?,?\\s+\\d))\\b`, 'g');
const NAMED = new RegExp(`${MONTH_RE}|${WEEKDAY_RE}|${WEEKDAY_ABBR_RE}\\.?,?\\s+\\d`);
const BARE_MONTH = new RegExp(`^${MONTH_RE}\\.?$`);
const BARE_WEEKDAY = new RegExp(`^${WEEKDAY_RE}$`);
/** A bare month is a date after these words (`since October`, `in May`), not in `Theresa May`. */
const MONTH_LEAD = new Set(
  'in since from until till by through during before after of early mid late last next this and or to between end start beginning throughout into for as'.split(' '),
);
/** Named days that are not dates of the article (`Black Friday`, `Bloody Sunday`), and timetables (`every Monday`). */
const NOT_A_DAY = new Set('black good cyber super ash holy easter palm bloody maundy shrove giving business patriots pancake every each'.split(' '));
const RELATIVE = /\b(?:ago|later|earlier|after|before|within|week|weeks|days|months|years|today|tomorrow|yesterday|tonight|now|following|previous)\b/i;
/** `the seventh of April`: a day in words is chrono's to read too. */
const ORDINAL_WORD = /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)\b/i;
const PART_OF_DAY = /^\s+(?:morning|afternoon|evening|night)\b/;
const DAYPART_OF = /\b(?:morning|afternoon|evening|night)\s+of\b/gi;
const WINDOW_BEFORE = 28;
const WINDOW_AFTER = 36;
const MAX_WINDOW = 240;
const REFERENCE = new Date(Date.UTC(2000, 0, 1));

export function chronoCandidates(text: string, regions: readonly Span[]): Candidate[] {
  const out: Candidate[] = [];
  HIT.lastIndex = 0;
  let r = 0;
  let from = -1;
  let to = -1;
  let windowRegion = -1;
  let hits: RegExpExecArray[] = [];
  const flush = () => {
    if (from >= 0) readWindow(text, from, to, hits, out);
    from = -1;
    hits = [];
  };
  for (let m = HIT.exec(text); m; m = HIT.exec(text)) {
    while (r < regions.length && regions[r]!.end <= m.index) r++;
    const region = regions[r];
    if (!region || region.start > m.index) continue;
    const a = Math.max(region.start, m.index - WINDOW_BEFORE);
    const b = Math.min(region.end, m.index + m[0].length + WINDOW_AFTER);
    // A window stays short even where names crowd together: chrono's cost grows with its input.
    if (windowRegion !== r || a > to || to - from > MAX_WINDOW) {
      flush();
      from = a;
      windowRegion = r;
    }
    to = Math.max(to, b);
    hits.push(m);
  }
  flush();
  return out;
}

function readWindow(text: string, from: number, to: number, hits: readonly RegExpExecArray[], out: Candidate[]): void {
  // Widen to whole words so chrono never sees half a number.
  while (from > 0 && /\w/.test(text[from - 1]!) && to - from < 200) from--;
  while (to < text.length && /\w/.test(text[to]!) && to - from < 200) to++;
  // "the morning of 18 September": chrono takes the part of the day for a time and loses the date,
  // so it reads the date alone (same offsets); the part of the day joins the expression later.
  const slice = text.slice(from, to).replace(DAYPART_OF, (m) => ' '.repeat(m.length));
  if (!/\d/.test(slice) && !ORDINAL_WORD.test(slice)) {
    for (const h of hits) named(text, h, out);
    return;
  }
  for (const res of chrono.parse(slice, REFERENCE)) {
    const s = res.start;
    if (!s.isCertain('month') && !s.isCertain('weekday') && !s.isCertain('day')) continue;
    // "from 3-5 May" read as three to five o'clock in May: our day-range pattern has it right.
    if (s.isCertain('hour') && s.isCertain('month') && !s.isCertain('day')) continue;
    const timeless = withoutTime(trimEnd(res.text), s.isCertain('hour'));
    const raw = timeless.text;
    if (!NAMED.test(raw) || (RELATIVE.test(raw) && !/^(?:last|next|this)\s+\w+day$/i.test(raw))) continue;
    // Figures-only dates follow the outlet's convention, which is ours to read (numbers.ts).
    if (/\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}/.test(raw)) continue;
    const start = from + res.index + timeless.skip;
    const core = raw.replace(/^(?:on|in|from|since)\s+/i, '');
    const coreStart = start + raw.length - core.length;
    if (BARE_MONTH.test(core) && !monthLead(text, coreStart)) continue;
    if (BARE_WEEKDAY.test(core) && !isDay(text, coreStart, coreStart + core.length)) continue;
    // "the end of March" is March: chrono would make it the 31st.
    const edge = /^(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+/i.test(raw);
    const modifier = /^(last|next|this)\s/i.exec(raw)?.[1]?.toLowerCase() as 'last' | 'next' | 'this' | undefined;
    const e = res.end;
    out.push({
      kind: 'calendar', start, end: possessive(text, start + raw.length),
      ...(s.isCertain('year') ? { year: s.get('year')! } : {}),
      ...(s.isCertain('month') ? { month: s.get('month')! } : {}),
      ...(s.isCertain('day') && !edge ? { day: s.get('day')! } : {}),
      ...(s.isCertain('weekday') ? { weekday: s.get('weekday')! } : {}),
      ...(e && e.isCertain('day') ? { endDay: e.get('day')!, endMonth: e.get('month')!, ...(e.isCertain('year') ? { endYear: e.get('year')! } : {}) } : {}),
      ...(modifier ? { modifier } : {}),
    });
  }
}

/** A month or weekday name with no figure near it: what chrono would say, without asking it. */
function named(text: string, h: RegExpExecArray, out: Candidate[]): void {
  const word = h[0];
  const start = h.index;
  let end = start + word.length;
  const weekday = WEEKDAYS[word.toLowerCase()];
  if (weekday !== undefined) {
    if (!isDay(text, start, end)) return;
    const mod = prevWord(text, start);
    const modifier = mod && /^(?:last|next|this)$/i.test(mod.word) ? (mod.word.toLowerCase() as 'last' | 'next' | 'this') : undefined;
    const part = PART_OF_DAY.exec(text.slice(end, end + 12));
    if (part) end += part[0].length;
    out.push({ kind: 'calendar', start: modifier ? mod!.start : start, end: possessive(text, end), weekday, ...(modifier ? { modifier } : {}) });
    return;
  }
  const month = MONTHS[word.toLowerCase().replace('.', '')];
  if (month === undefined || !BARE_MONTH.test(word) || !monthLead(text, start)) return;
  // "next June", "last March": the modifier belongs to the expression and picks the year.
  const mod = prevWord(text, start);
  const modifier = mod && /^(?:last|next|this)$/i.test(mod.word) ? (mod.word.toLowerCase() as 'last' | 'next' | 'this') : undefined;
  out.push({ kind: 'calendar', start: modifier ? mod!.start : start, end, month, ...(modifier ? { modifier } : {}) });
}

function monthLead(text: string, at: number): boolean {
  const w = prevWord(text, at);
  return !!w && MONTH_LEAD.has(w.word.toLowerCase());
}

/** A weekday that dates something: not `Black Friday`, `every Monday` or `on Mondays`. */
function isDay(text: string, start: number, end: number): boolean {
  const w = prevWord(text, start);
  if (w && NOT_A_DAY.has(w.word.toLowerCase())) return false;
  return !/^s\b/.test(text.slice(end, end + 2));
}

/** `Monday's meeting`: the possessive belongs to the expression. */
function possessive(text: string, end: number): number {
  return /^['’]s\b/.test(text.slice(end, end + 3)) ? end + 2 : end;
}

const CLOCK = /^(?:\d{1,2}[:.]\d{2}(?:[ap]\.?m\.?)?|\d{1,2}[ap]\.?m\.?|noon|midnight|midday)$/i;
const MERIDIEM = /^(?:[ap]\.?m\.?|GMT|UTC|[A-Z]{2,4}T?)$/;
const TIME_JOINER = /^(?:at|from|around|about|by|until|till|before|after|shortly|,)$/i;

/**
 * `on Saturday from 10am` → `on Saturday`, `Fri 15 Mar 2024 11:42 GMT` → `Fri 15 Mar 2024`: the
 * day is the date; the conventions leave a time joined to a day out of the expression.
 */
function withoutTime(raw: string, hasTime: boolean): { text: string; skip: number } {
  if (!hasTime) return { text: raw, skip: 0 };
  const tokens = [...raw.matchAll(/[^\s,]+|,/g)];
  const isClock = (k: number) => {
    const t = tokens[k]![0];
    const next = tokens[k + 1]?.[0] ?? '';
    return CLOCK.test(t) || (/^\d{1,4}$/.test(t) && MERIDIEM.test(next) && !/^\d{4}$/.test(t));
  };
  const named = tokens.findIndex((t) => NAMED.test(t[0]));
  // "at 9.40pm on Tuesday": the time comes first; the date starts after it.
  if (named > 0 && isClock(named - 1) || (named > 1 && isClock(named - 2))) {
    let from = named;
    if (from > 0 && /^on$/i.test(tokens[from - 1]![0])) from--;
    const skip = tokens[from]!.index;
    return { text: trimEnd(raw.slice(skip)), skip };
  }
  for (let k = Math.max(1, named + 1); k < tokens.length; k++) {
    if (!isClock(k)) continue;
    let cut = k;
    while (cut > 1 && TIME_JOINER.test(tokens[cut - 1]![0])) cut--;
    return { text: trimEnd(raw.slice(0, tokens[cut]!.index)), skip: 0 };
  }
  return { text: raw, skip: 0 };
}

/** Drops trailing spaces and punctuation (by hand: `[\s,]+$` backtracks quadratically). */
function trimEnd(s: string): string {
  let end = s.length;
  while (end > 0 && /[\s,.;:]/.test(s[end - 1]!)) end--;
  return s.slice(0, end);
}
