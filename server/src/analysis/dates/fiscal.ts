import { daysInMonth, pad, type Ymd } from './calendar';
import type { Candidate, CandidateOf } from './kinds';
import { scanFamily, type Family } from './patterns';
import type { Tense } from './tense';
import type { Resolved } from './timex';
import { MONTH_RE, MONTHS } from './words';

/**
 * Company periods: fiscal years and their quarters (`fiscal 2025`, `Fourth quarter fiscal 2025`,
 * `Q3 FY2025`), calendar ones said as such (`the first half of calendar 2026`), a bare `Q3` or
 * `the first half` where the copy is about money, and reporting periods ending on a date (`the
 * three months to June 30, 2025`, `the quarter to 30.06.2025`).
 *
 * A fiscal year is named after the calendar year it ends in; where it ends is read from the
 * article (`Its fiscal year ends on June 30`), or inferred from the latest fiscal quarter it
 * reports on (results come out weeks after a quarter closes, and most quarters close with a
 * calendar quarter). Periods come out as calendar quarters or halves where they line up
 * (`2025-Q2`), else as month ranges (`2024-07/2025-06`).
 */

const ORD: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4, last: 4 };
type Part = CandidateOf<'part'>['part'];

const FISCAL_PART: Family = {
  key: /[Ff]iscal|[Ff]inancial|FY|[Cc]alendar/g,
  re: /\b(?:(?:the\s{1,2})?(first|second|third|fourth|final|1st|2nd|3rd|4th)[\s-]quarter\s{1,2}(?:of\s{1,2})?|(?:the\s{1,2})?(first|second|1st|2nd)[\s-]half\s{1,2}(?:of\s{1,2})?|Q([1-4])\s{1,2}|H([12])\s{1,2})?(?:(?:fiscal|financial)(?:\s{1,2}year)?\s{1,2}(\d{4})|FY\s?(\d{4}|\d{2})|(calendar)\s{1,2}(?:year\s{1,2})?(\d{4}))\b/gi,
  make: (m, _t, base) => {
    const y = m[5] ?? m[6] ?? m[8]!;
    const year = Number(y.length === 2 ? `20${y}` : y);
    const part: Part = m[1] ? (`Q${ORD[m[1].toLowerCase()]}` as Part) : m[3] ? (`Q${m[3]}` as Part) : m[2] ? (`H${ORD[m[2].toLowerCase()]}` as Part) : m[4] ? (`H${m[4]}` as Part) : 'FY';
    const calendar = !!m[7];
    if (calendar && part === 'FY') return { kind: 'year', start: base + m.index, end: base + m.index + m[0].length, year };
    return { kind: 'part', start: base + m.index, end: base + m.index + m[0].length, part, year, ...(calendar ? {} : { fiscal: true }) };
  },
};

/** Words that put a bare `Q3` or `the first half` in a company's accounts rather than a match. */
const MONEY = /\b(?:revenues?|sales|profits?|earnings|income|loss(?:es)?|turnover|margins?|orders?|order\s+book|EBITDA|dividends?|results|guidance|forecasts?|fiscal|financial|bookings|shipments|GDP|economy|inflation)\b/i;

const BARE_PART: Family = {
  key: /Q[1-4]|H[12]|quarter|half/g,
  re: /\b(?:Q([1-4])|H([12])|(?:the\s{1,2})?(first|second|third|fourth|final|1st|2nd|3rd|4th)\s{1,2}(quarter|half))\b(?![-‐]|\s{1,2}(?:of|fiscal|financial|calendar|FY|\d)\b)/g,
  make: (m, text, base) => {
    const start = base + m.index;
    const end = start + m[0].length;
    if (!MONEY.test(text.slice(Math.max(0, start - 160), Math.min(text.length, end + 160)))) return null;
    const n = m[1] ?? m[2] ?? String(ORD[m[3]!.toLowerCase()]);
    const half = !!m[2] || m[4] === 'half';
    if (half && Number(n) > 2) return null;
    return { kind: 'part', start, end, part: `${half ? 'H' : 'Q'}${n}` as Part, bare: true };
  },
};

export function fiscalCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  scanFamily(text, FISCAL_PART, out);
  scanFamily(text, BARE_PART, out);
  return out;
}

const PERIOD_BEFORE = /\b(?:the\s{1,2})?(?:(three|six|nine|twelve|3|6|9|12)\s{1,2}months|(quarter|half[-\s]year|half|year))\s{1,2}(?:to|ended|ending|through|until)\s{1,2}$/i;
const PERIOD_HINT = /months|quarter|half|year/i;
const PERIOD_MONTHS: Record<string, number> = { three: 3, '3': 3, six: 6, '6': 6, nine: 9, '9': 9, twelve: 12, '12': 12, quarter: 3, half: 6, 'half-year': 6, 'half year': 6, year: 12 };

/** `the three months to June 30, 2025`: the date ends a reporting period, which is the expression. */
export function asPeriod(text: string, floor: number, c: Candidate): Candidate {
  if ((c.kind !== 'calendar' || c.month === undefined) && c.kind !== 'numeric') return c;
  const before = text.slice(Math.max(floor, c.start - 40), c.start);
  // Every period names its length (`months`, `quarter`, `half`, `year`): most dates have none of these before them.
  if (!PERIOD_HINT.test(before)) return c;
  const m = PERIOD_BEFORE.exec(before);
  if (!m) return c;
  return { kind: 'period', start: c.start - before.length + m.index, end: c.end, months: PERIOD_MONTHS[(m[1] ?? m[2]!).toLowerCase()]!, closing: c };
}

const YEAR_END_BEFORE = /\b(?:(?:fiscal|financial|tax|school|academic|budget|business)\s{1,2}years?\s{1,2}(?:ends?|ending|begins?|beginning|starts?|starting|runs?|closes?)|year[-\s]end(?:\s{1,2}(?:is|of|falls\s{1,2}on))?)\s{1,2}(?:on\s{1,2}|in\s{1,2})?$/i;

/** `Its fiscal year ends on June 30`: a date every year, not one of them. */
export function isRecurringYearEnd(text: string, floor: number, c: Candidate): boolean {
  if (c.kind !== 'calendar' || c.year !== undefined || c.month === undefined) return false;
  const before = text.slice(Math.max(floor, c.start - 50), c.start);
  // Both forms say `year`: a plain search rules out nearly every date before the anchored pattern runs.
  return YEAR_HINT.test(before) && YEAR_END_BEFORE.test(before);
}

const YEAR_HINT = /year/i;

const STATED_END = new RegExp(
  `\\b(?:[Ff]iscal|[Ff]inancial)\\s{1,2}year(?:[-\\s]end)?\\s{1,2}(?:ends|ending|ended|end|closes|is|of|runs\\s{1,2}(?:to|through|until))\\s{1,2}(?:on\\s{1,2}|in\\s{1,2})?(?:\\d{1,2}(?:st|nd|rd|th)?\\s{1,2}(?:of\\s{1,2})?(${MONTH_RE})|(${MONTH_RE}))`,
  'g',
);

/**
 * The month the company's fiscal year ends in (1-12): as the article states it, else inferred
 * from the latest fiscal quarter it names, which closed at the last calendar quarter end at least
 * two weeks before publication; null when the article does neither.
 */
export function fiscalYearEnd(text: string, candidates: readonly Candidate[], published: Ymd | null): number | null {
  STATED_END.lastIndex = 0;
  const stated = STATED_END.exec(text);
  if (stated) return MONTHS[(stated[1] ?? stated[2])!.toLowerCase().replace('.', '')] ?? null;
  if (!published) return null;
  let latest: { year: number; q: number } | null = null;
  for (const c of candidates) {
    if (c.kind !== 'part' || !c.fiscal || c.year === undefined || c.part[0] !== 'Q') continue;
    const q = Number(c.part[1]);
    if (!latest || c.year * 4 + q > latest.year * 4 + latest.q) latest = { year: c.year, q };
  }
  if (!latest) return null;
  // The last calendar quarter end at least 14 days before publication.
  const now = published.year * 12 + published.month - 1;
  let quarterEnd = now - 1;
  while (quarterEnd % 3 !== 2) quarterEnd--;
  if (quarterEnd === now - 1 && published.day < 14) quarterEnd -= 3;
  // The fiscal year ends 3 × (4 − q) months after that quarter; it must be the year named.
  const yearEnd = quarterEnd + 3 * (4 - latest.q);
  return Math.floor(yearEnd / 12) === latest.year ? (yearEnd % 12) + 1 : null;
}

/** Months `a`..`b` (indices year × 12 + month − 1) as a resolved period. */
export function monthSpan(a: number, b: number): Resolved {
  const y = Math.floor(a / 12);
  const ma = (a % 12) + 1;
  const yb = Math.floor(b / 12);
  const mb = (b % 12) + 1;
  const len = b - a + 1;
  const range = { first: `${pad(y, 4)}-${pad(ma, 2)}-01`, last: `${pad(yb, 4)}-${pad(mb, 2)}-${pad(daysInMonth(yb, mb), 2)}` };
  if (len === 12 && ma === 1) return { value: pad(y, 4), range, granularity: 'year' };
  if (len === 6 && (ma === 1 || ma === 7)) return { value: `${pad(y, 4)}-H${ma === 1 ? 1 : 2}`, range, granularity: 'half' };
  if (len === 3 && (ma - 1) % 3 === 0) return { value: `${pad(y, 4)}-Q${(ma - 1) / 3 + 1}`, range, granularity: 'quarter' };
  if (len === 1) return { value: `${pad(y, 4)}-${pad(ma, 2)}`, range, granularity: 'month' };
  return { value: `${pad(y, 4)}-${pad(ma, 2)}/${pad(yb, 4)}-${pad(mb, 2)}`, range, granularity: len >= 12 ? 'year' : len >= 6 ? 'half' : len >= 3 ? 'quarter' : 'month' };
}

/** First and last month index of a part of the year `year` ends in (`end`: its last month, 1-12). */
function partMonths(year: number, part: Part, end: number): [number, number] {
  const last = year * 12 + end - 1;
  const first = last - 11;
  if (part === 'FY') return [first, last];
  const n = Number(part[1]);
  const size = part[0] === 'H' ? 6 : 3;
  return [first + size * (n - 1), first + size * n - 1];
}

/** A part of a fiscal year (year-end month known), or of a calendar year (`end` 12). */
export function yearPart(year: number, part: Part, end: number): Resolved {
  const [a, b] = partMonths(year, part, end);
  return monthSpan(a, b);
}

/**
 * `in Q3` said without a year: the latest such period begun by publication (the next one in the
 * future tense), of the fiscal year when the article keeps fiscal accounts.
 */
export function barePart(p: Ymd, part: Part, end: number, tense: Tense): Resolved {
  const now = p.year * 12 + p.month - 1;
  for (const year of tense === 'future' ? [p.year, p.year + 1, p.year + 2] : [p.year + 1, p.year, p.year - 1]) {
    const [a] = partMonths(year, part, end);
    if (tense === 'future' ? a > now : a <= now) return yearPart(year, part, end);
  }
  return yearPart(p.year, part, end);
}

/** `the three months to June 30, 2025`: the months ending with the end date's month. */
export function periodEnding(endDate: Resolved, months: number): Resolved | null {
  if (!endDate.range) return null;
  const [y, m] = endDate.range.last.split('-').map(Number) as [number, number];
  const b = y * 12 + m - 1;
  return monthSpan(b - months + 1, b);
}
