import { HOLIDAYS } from './holidays';
import { keyHits } from './keys';
import type { Candidate, SeasonCode, Which } from './kinds';
import { MONTH_RE, MONTHS, NUMBER_RE, numberValue, prevWord, unitOf, WEEKDAYS, WEEKDAY_RE } from './words';

/**
 * Relative, seasonal, part-of-year and anchored expressions. Each family has a cheap key (plain
 * words, no `\b`, which the regex engine scans for at hundreds of MB/s) and a full pattern run
 * only on a short window around each key, so a long text costs little more than its keys.
 */
interface Family {
  readonly key: RegExp;
  readonly re: RegExp;
  readonly make: (m: RegExpExecArray, text: string, base: number) => Candidate | null;
}

const span = (m: RegExpExecArray, base: number) => ({ start: base + m.index, end: base + m.index + m[0].length });
const which = (w: string | undefined): Which => {
  const x = (w ?? '').toLowerCase();
  return /^(?:last|past|previous)$|past$/.test(x) ? -1 : /^(?:next|coming)$|coming$/.test(x) ? 1 : 0;
};

const ORDINAL: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4, last: 4 };
const SEASONS: Record<string, SeasonCode> = { spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI' };
const COUNT = `(?:${NUMBER_RE}|a\\s+couple\\s+of|a\\s+few|several|couple\\s+of)`;
const TO = '\\s*(?:-|–|—|to|and|until|till)\\s*';
const ORD = '(?:st|nd|rd|th)?';
/** The full stop of `Nov.`, never the one ending a sentence after `May`. */
const DOT = '(?:(?<=(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec))\\.)?';
const monthOf = (w: string) => MONTHS[w.toLowerCase().replace('.', '')]!;

function count(word: string): number {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  return w.endsWith('couple of') ? 2 : numberValue(w);
}

/** `about two weeks after`: an approximate count still dates; `more than a year ago` is open-ended. */
function approximation(text: string, start: number): 'open' | 'about' | null {
  const w = prevWord(text, start)?.word.toLowerCase();
  if (!w) return null;
  if (/^(?:than|over|least|barely|under)$/.test(w)) return 'open';
  return /^(?:about|around|nearly|almost|some|roughly|approximately)$/.test(w) ? 'about' : null;
}

/** After `the day before`: punctuation or the end means "before that"; a noun phrase names the anchor. */
function adverbial(text: string, end: number): boolean {
  return /^\s*(?:[,.;:!?)"”’—–-]|$|and\b|but\b|when\b|as\b|while\b)/.test(text.slice(end, end + 6));
}

const FAMILIES: Family[] = [
  // Day ranges in one month, which chrono misreads after "from" as hours: 3-5 May, May 3 to 5, 2024.
  { key: /\d\s*(?:[-–—]|to|and|until|till)\s*\d/g,
    re: new RegExp(`\\b(\\d{1,2})${ORD}${TO}(\\d{1,2})${ORD}\\s+(?:of\\s+)?(${MONTH_RE})\\b${DOT}(?:,?\\s+(\\d{4})\\b)?|\\b(${MONTH_RE})\\b${DOT}\\s+(\\d{1,2})${ORD}${TO}(\\d{1,2})${ORD}(?!\\d)(?:,?\\s+(\\d{4})\\b)?`, 'g'),
    make: (m, _t, base) => {
      const [d1, d2, mo, y] = m[1] ? [m[1], m[2]!, m[3]!, m[4]] : [m[6]!, m[7]!, m[5]!, m[8]];
      const day = Number(d1);
      const endDay = Number(d2);
      if (endDay <= day || endDay > 31) return null;
      const month = monthOf(mo);
      return { kind: 'calendar', ...span(m, base), month, day, endMonth: month, endDay, ...(y ? { year: Number(y), endYear: Number(y) } : {}) };
    } },
  // between 1962 and 1975, from 2019 to 2021: one span of years
  { key: /between|from/gi,
    re: /\b(?:between|from)\s+(1[5-9]\d\d|20\d\d)\s+(?:and|to|until|till)\s+(1[5-9]\d\d|20\d\d)\b(?![,.]?\d)/gi,
    make: (m, _t, base) => (Number(m[2]) > Number(m[1]) ? { kind: 'year', ...span(m, base), year: Number(m[1]), endYear: Number(m[2]) } : null) },
  // last week, this month, next year, this past weekend, early next year, the end of last month; not "over the last year"
  { key: /week|month|year/gi,
    re: /(?<!\bthe\s)\b(?:(?:early|late|mid|earlier|later)[\s-]+|(?:the\s+)?(?:end|start|beginning|middle|turn|rest)\s+of\s+)?(last|this(?:\s+(?:past|coming))?|next)\s+(week|month|year|weekend)\b(?![-‐]|\s+(?:old|long|running)\b)/gi,
    make: (m, _t, base) => ({ kind: 'unit', ...span(m, base), which: which(m[1]), unit: m[2]!.toLowerCase() as 'week' | 'month' | 'year' | 'weekend' }) },
  // the end of the month, the start of the year: the current one
  { key: /week|month|year/gi,
    re: /\b(?:the\s+)?(?:end|start|beginning|middle|turn|rest)\s+of\s+the\s+(week|month|year)\b/gi,
    make: (m, _t, base) => ({ kind: 'unit', ...span(m, base), which: 0, unit: m[1]!.toLowerCase() as 'week' | 'month' | 'year' }) },
  { key: /weekend/gi, re: /\bthe\s+weekend\b(?!\s+(?:of|before|after)\b)/gi, make: (m, _t, base) => ({ kind: 'weekend', ...span(m, base) }) },
  // last summer, this autumn, the summer, summer 2016, the summer of 2016, in spring; not "the fall of Aleppo"
  { key: /[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter/g,
    re: /\b(?:(last|this|next|past|coming)\s+|(the)\s+)?(?:(?:early|late|mid)[\s-]+)?([Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)\b(?:\s+(?:of\s+)?(\d{4})\b)?/g,
    make: (m, text, base) => {
      const end = base + m.index + m[0].length;
      const lead = prevWord(text, base + m.index)?.word.toLowerCase() ?? '';
      const preposition = /^(?:in|during|by|until|before|after|through|since|from)$/.test(lead);
      if (!m[4] && !m[1] && !m[2] && !preposition) return null;
      if (m[3]!.toLowerCase() === 'fall' && !m[4] && !m[1] && /^\s+(?:of|in|from|to|by|on)\b/i.test(text.slice(end, end + 6))) return null;
      return { kind: 'season', ...span(m, base), which: m[1] ? which(m[1]) : null, season: SEASONS[m[3]!.toLowerCase()]!,
        bare: !m[1] && !m[2], ...(m[4] ? { year: Number(m[4]) } : {}) };
    } },
  // three days ago, a week ago, a fortnight ago
  { key: /ago/g,
    re: new RegExp(`\\b(?:(${COUNT})\\s+(day|week|month|year)s?|a\\s+fortnight)\\s+ago\\b`, 'gi'),
    make: (m, text, base) => {
      if (approximation(text, base + m.index) === 'open') return null;
      const n = m[1] ? count(m[1]) : 2;
      return Number.isNaN(n) ? null : { kind: 'ago', ...span(m, base), count: n, unit: m[2] ? unitOf(m[2]) : 'week' };
    } },
  { key: /today|yesterday|tomorrow|tonight|morning|afternoon|evening|night/gi,
    re: /\b(?:(earlier|later)\s+)?(today|yesterday|tomorrow|tonight)\b(?:\s+(?:morning|afternoon|evening|night))?|(?<!\bthe\s)\b(this\s+(?:morning|afternoon|evening)|last\s+night)\b/gi,
    make: (m, _t, base) => {
      const w = (m[2] ?? m[3]!).toLowerCase().replace(/\s+/, ' ');
      return { kind: 'deictic', ...span(m, base), offset: w === 'yesterday' || w === 'last night' ? -1 : w === 'tomorrow' ? 1 : 0 };
    } },
  // the first half of 2025, the second half of next year, H2 2025
  { key: /half|H[12]/g,
    re: /\b(?:the\s+)?(first|second|1st|2nd)\s+half\s+of\s+(?:(\d{4})\b|(?:the|this)\s+year\b|(last|next)\s+year\b)|\b(H[12])\s?(\d{4})\b/g,
    make: (m, _t, base) => ({
      kind: 'part', ...span(m, base), part: m[4] ? (m[4] as 'H1' | 'H2') : /first|1st/i.test(m[1]!) ? 'H1' : 'H2',
      ...(m[2] || m[5] ? { year: Number(m[2] ?? m[5]) } : {}), ...(m[3] ? { shift: which(m[3]) } : {}),
    }) },
  // the third quarter of 2024, the final quarter of the year
  { key: /quarter/g,
    re: /\b(?:the\s+)?(first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s+quarter\s+of\s+(?:(\d{4})\b|(?:the|this)\s+year\b|(last|next)\s+year\b)/g,
    make: (m, _t, base) => ({ kind: 'part', ...span(m, base), part: `Q${ORDINAL[m[1]!.toLowerCase()]!}` as 'Q1', ...(m[2] ? { year: Number(m[2]) } : {}), ...(m[3] ? { shift: which(m[3]) } : {}) }) },
  // Q3 2024
  { key: /Q[1-4]/g, re: /\bQ([1-4])\s?(\d{4})\b/g, make: (m, _t, base) => ({ kind: 'part', ...span(m, base), part: `Q${m[1]}` as 'Q1', year: Number(m[2]) }) },
  { key: /0['’]?s/g, re: /\b(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(1[5-9]\d0|20\d0)['’]?s\b/g, make: (m, _t, base) => ({ kind: 'decade', ...span(m, base), year: Number(m[1]) }) },
  // three days earlier, two weeks later, two days after the activation, a year before, hours later
  { key: /earlier|later|before|after|previously/gi,
    re: new RegExp(`\\b(?:(${COUNT})\\s+(days?|weeks?|months?|years?|hours|minutes)|(a\\s+fortnight|hours|minutes))\\s+(earlier|later|before|after|previously)\\b(?!\\s+than\\b)`, 'gi'),
    make: (m, text, base) => {
      const approx = approximation(text, base + m.index);
      if (approx === 'open') return null;
      const what = (m[2] ?? m[3]!).toLowerCase();
      const hours = what === 'hours' || what === 'minutes';
      // "48 hours later" is two days on; "hours later", "two hours later" the same day.
      const n = what.includes('fortnight') ? 2 : hours ? (what === 'hours' && m[1] ? Math.floor(count(m[1]) / 24) : 0) : count(m[1]!);
      const unit = what.includes('fortnight') ? 'week' : hours ? 'day' : unitOf(what);
      if (Number.isNaN(n)) return null;
      const rel = m[4]!.toLowerCase();
      const direction = rel === 'later' || rel === 'after' ? 1 : -1;
      const end = base + m.index + m[0].length;
      const isApprox = !!approx || hours;
      if ((rel === 'before' || rel === 'after') && !adverbial(text, end)) {
        return { kind: 'relation', ...span(m, base), count: n, unit, direction, complement: end, approx: isApprox };
      }
      return { kind: 'shift', ...span(m, base), count: n, unit, direction, approx: isApprox };
    } },
  { key: /before|after|previous|next|following|preceding|prior/gi,
    re: /\bthe\s+(day|week|month|year|night|morning|evening)\s+(before|after)\b|\bthe\s+(previous|next|following|preceding|prior)\s+(day|week|month|year|night|morning|evening|weekend)\b/gi,
    make: (m, text, base) => {
      const direction = /before|previous|preceding|prior/i.test(m[2] ?? m[3]!) ? -1 : 1;
      if (m[4]?.toLowerCase() === 'weekend') return { kind: 'weekendFrom', ...span(m, base), direction };
      const unit = unitOf(/^(?:night|morning|evening)$/i.test(m[1] ?? m[4]!) ? 'day' : (m[1] ?? m[4])!);
      const end = base + m.index + m[0].length;
      if (m[2] && !adverbial(text, end)) return { kind: 'relation', ...span(m, base), count: 1, unit, direction, complement: end, approx: false };
      // "the following week": counted from the date before, else from the day the story opened on.
      return { kind: 'shift', ...span(m, base), count: 1, unit, direction, approx: false, ...(m[4] && unit !== 'day' ? { story: true } : {}) };
    } },
  { key: /that|same/gi,
    re: /\b(?:(?:later|earlier)\s+)?(?:that|the\s+same)\s+(day|week|month|year|morning|afternoon|evening|night)\b/gi,
    make: (m, _t, base) => ({ kind: 'same', ...span(m, base), unit: unitOf(/^(?:morning|afternoon|evening|night)$/i.test(m[1]!) ? 'day' : m[1]!) }) },
  // earlier in the day, later in the year: the anchor's, else the publication date's
  { key: /earlier|later/gi,
    re: /\b(?:earlier|later)\s+in\s+the\s+(day|week|month|year)\b/gi,
    make: (m, _t, base) => ({ kind: 'same', ...span(m, base), unit: unitOf(m[1]!), orPublication: true }) },
  { key: /following|previous|preceding|next/g,
    re: new RegExp(`\\bthe\\s+(following|previous|preceding|next)\\s+(${WEEKDAY_RE})\\b`, 'g'),
    make: (m, _t, base) => ({ kind: 'weekdayFrom', ...span(m, base), weekday: WEEKDAYS[m[2]!.toLowerCase()]!, direction: /following|next/.test(m[1]!) ? 1 : -1 }) },
];

const REACH = 64;

/** Every relative, anchored, seasonal and part-of-year expression in the text, unfiltered. */
export function patternCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  // Families that share a key (`week|month|year`) share its windows.
  const windows: (readonly number[] | undefined)[] = [];
  for (let i = 0; i < ALL.length; i++) {
    const k = KEY_OF[i]!;
    scanFamily(text, ALL[i]!, out, (windows[k] ??= keyWindows(text, ALL[k]!.key)));
  }
  return out;
}

const ALL: readonly Family[] = [...FAMILIES, HOLIDAYS];
/** For each family, the first family with the same key. */
const KEY_OF = ALL.map((f) => ALL.findIndex((g) => g.key.source === f.key.source && g.key.flags === f.key.flags));

/** Runs a family's pattern on merged windows around its keys, each widened to whole words. */
export function scanFamily(text: string, f: Family, out: Candidate[], windows: readonly number[] = keyWindows(text, f.key)): void {
  for (let w = 0; w < windows.length; w += 2) {
    const from = windows[w]!;
    const slice = text.slice(from, windows[w + 1]!);
    f.re.lastIndex = 0;
    for (let m = f.re.exec(slice); m; m = f.re.exec(slice)) {
      const c = f.make(m, text, from);
      if (c) out.push(c);
    }
  }
}

/** The windows around a key's matches, merged where they touch: `[from, to, from, to, ...]`. */
function keyWindows(text: string, key: RegExp): number[] {
  const out: number[] = [];
  let from = -1;
  let to = -1;
  const hits = keyHits(text, key);
  for (let h = 0; h < hits.length; h += 2) {
    const index = hits[h]!;
    let a = Math.max(0, index - REACH);
    let b = Math.min(text.length, index + hits[h + 1]! + REACH);
    while (a > 0 && !/\s/.test(text[a - 1]!) && index - a < REACH * 2) a--;
    while (b < text.length && !/\s/.test(text[b]!) && b - index < REACH * 3) b++;
    if (a <= to) {
      to = Math.max(to, b);
      continue;
    }
    if (from >= 0) out.push(from, to);
    from = a;
    to = b;
  }
  if (from >= 0) out.push(from, to);
  return out;
}

export type { Family };
