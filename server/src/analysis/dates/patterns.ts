import type { Candidate, SeasonCode, Which } from './kinds';
import { MONTH_RE, MONTHS, NUMBER_RE, numberValue, unitOf, WEEKDAYS, WEEKDAY_RE } from './words';

/** A family of date expressions found by one regular expression over the whole text. */
type Make = (m: RegExpExecArray, text: string) => Candidate | Candidate[] | null;

const at = (m: RegExpExecArray) => ({ start: m.index, end: m.index + m[0].length });
const which = (w: string | undefined): Which => {
  const x = (w ?? '').toLowerCase();
  return /^(?:last|past|previous)$|past$/.test(x) ? -1 : /^(?:next|coming)$|coming$/.test(x) ? 1 : 0;
};

const ORDINAL: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4, last: 4 };
const SEASONS: Record<string, SeasonCode> = { spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI' };
const APPROX = '(?:about|around|nearly|almost|some|roughly|just|only|barely|less\\s+than|more\\s+than|over|at\\s+least)';
const OPEN_ENDED = /^(?:less|more|over|at|barely)/i;
const COUNT = `(?:${NUMBER_RE}|a\\s+couple\\s+of|a\\s+few|several|couple\\s+of)`;

function count(word: string): number {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (w.endsWith('couple of')) return 2;
  return numberValue(w);
}

/** After `the day before`: punctuation or the end means "before that", a noun phrase names the anchor. */
function adverbial(text: string, end: number): boolean {
  return /^\s*(?:[,.;:!?)"”’—–-]|$|and\b|but\b|when\b|as\b|while\b)/.test(text.slice(end, end + 6));
}

const TO = '\\s*(?:-|–|—|to|and|until|till)\\s*';
const ORD = '(?:st|nd|rd|th)?';
/** The full stop of `Nov.`, never the one ending a sentence after `May`. */
const DOT = '(?:(?<=(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec))\\.)?';
const monthOf = (w: string) => MONTHS[w.toLowerCase().replace('.', '')]!;

const PATTERNS: [RegExp, Make][] = [
  // Day ranges in one month, which chrono misreads after "from" as hours: 3-5 May, May 3 to 5, 2024.
  [new RegExp(`\\b(\\d{1,2})${ORD}${TO}(\\d{1,2})${ORD}\\s+(?:of\\s+)?(${MONTH_RE})\\b${DOT}(?:,?\\s+(\\d{4})\\b)?|\\b(${MONTH_RE})\\b${DOT}\\s+(\\d{1,2})${ORD}${TO}(\\d{1,2})${ORD}(?!\\d)(?:,?\\s+(\\d{4})\\b)?`, 'g'), (m) => {
    const [d1, d2, mo, y] = m[1] ? [m[1], m[2]!, m[3]!, m[4]] : [m[6]!, m[7]!, m[5]!, m[8]];
    const day = Number(d1);
    const endDay = Number(d2);
    if (endDay <= day || endDay > 31) return null;
    const month = monthOf(mo);
    return { kind: 'calendar', ...at(m), month, day, endMonth: month, endDay, ...(y ? { year: Number(y), endYear: Number(y) } : {}) };
  }],
  // last week, this month, next year, this past weekend, early next year, the end of last month
  [/(?<!\bthe\s)\b(?:((?:early|late|mid|earlier|later)[\s-]+)|((?:the\s+)?(?:end|start|beginning|middle|turn|rest)\s+of\s+))?(last|this(?:\s+(?:past|coming))?|next)\s+(week|month|year|weekend)\b(?![-‐]|\s+(?:old|long|running)\b)/gi,
    (m) => ({ kind: 'unit', ...at(m), which: which(m[3]), unit: m[4]!.toLowerCase() as 'week' | 'month' | 'year' | 'weekend' })],
  // the end of the month, the start of the year: this one
  [/\b(?:the\s+)?(?:end|start|beginning|middle|turn|rest)\s+of\s+the\s+(week|month|year)\b/gi,
    (m) => ({ kind: 'unit', ...at(m), which: 0, unit: m[1]!.toLowerCase() as 'week' | 'month' | 'year' })],
  [/\bthe\s+weekend\b(?!\s+(?:of|before|after)\b)/gi, (m) => ({ kind: 'weekend', ...at(m) })],
  // last summer, this autumn, the summer, summer 2016, the summer of 2016, in spring; not "the fall of Aleppo"
  [/\b(?:(last|this|next|past|coming)\s+|(the)\s+)?(?:(?:early|late|mid)[\s-]+)?([Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)\b(?:\s+(?:of\s+)?(\d{4})\b)?/g,
    (m, text) => {
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 6);
      const preposition = /\b(?:in|during|by|until|before|after|through|since|from)\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index));
      if (!m[4] && !m[1] && !m[2] && !preposition) return null;
      if (m[3]!.toLowerCase() === 'fall' && !m[4] && !m[1] && /^\s+(?:of|in|from|to|by|on)\b/i.test(after)) return null;
      return { kind: 'season', ...at(m), which: m[1] ? which(m[1]) : null, season: SEASONS[m[3]!.toLowerCase()]!, bare: !m[1] && !m[2], ...(m[4] ? { year: Number(m[4]) } : {}) };
    }],
  // three days ago, a week ago, a fortnight ago
  [new RegExp(`\\b(?:(${APPROX})\\s+)?(${COUNT})\\s+(day|week|month|year)s?\\s+ago\\b|\\b(?:(${APPROX})\\s+)?a\\s+fortnight\\s+ago\\b`, 'gi'), (m) => {
    if (OPEN_ENDED.test(m[1] ?? m[4] ?? '')) return null;
    const n = m[2] ? count(m[2]) : 2;
    return Number.isNaN(n) ? null : { kind: 'ago', ...at(m), count: n, unit: m[3] ? unitOf(m[3]) : 'week' };
  }],
  [/\b(?:(earlier|later)\s+)?(today|yesterday|tomorrow|tonight)\b(?:\s+(?:morning|afternoon|evening|night))?|(?<!\bthe\s)\b(this\s+(?:morning|afternoon|evening)|last\s+night)\b/gi, (m) => {
    const w = (m[2] ?? m[3]!).toLowerCase();
    return { kind: 'deictic', ...at(m), offset: w === 'yesterday' || w === 'last night' ? -1 : w === 'tomorrow' ? 1 : 0 };
  }],
  // the first half of 2025, the second half of next year, H2 2025
  [/\b(?:the\s+)?(first|second|1st|2nd)\s+half\s+of\s+(?:(\d{4})\b|(?:the|this)\s+year\b|(last|next)\s+year\b)|\b(H[12])\s*(\d{4})\b/g, (m) => ({
    kind: 'part', ...at(m), part: m[4] ? (m[4] as 'H1' | 'H2') : /first|1st/i.test(m[1]!) ? 'H1' : 'H2',
    ...(m[2] || m[5] ? { year: Number(m[2] ?? m[5]) } : {}), ...(m[3] ? { shift: which(m[3]) } : {}),
  })],
  // the third quarter of 2024, the final quarter of the year, Q3 2024
  [/\b(?:the\s+)?(first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s+quarter\s+of\s+(?:(\d{4})\b|(?:the|this)\s+year\b|(last|next)\s+year\b)|\bQ([1-4])\s*(\d{4})\b/g, (m) => {
    const q = m[4] ? Number(m[4]) : ORDINAL[m[1]!.toLowerCase()]!;
    return { kind: 'part', ...at(m), part: `Q${q}` as 'Q1', ...(m[2] || m[5] ? { year: Number(m[2] ?? m[5]) } : {}), ...(m[3] ? { shift: which(m[3]) } : {}) };
  }],
  [/\b(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(1[5-9]\d0|20\d0)['’]?s\b/g, (m) => ({ kind: 'decade', ...at(m), year: Number(m[1]) })],
  // three days earlier, two weeks later, two days after the activation, a year before
  [new RegExp(`\\b(?:(${APPROX})\\s+)?(${COUNT}|a\\s+fortnight|(?:\\d+\\s+)?hours)\\s*(?:(day|week|month|year)s?\\s+)?(earlier|later|before|after|previously)\\b`, 'gi'), (m, text) => {
    const approx = m[1] ?? '';
    if (OPEN_ENDED.test(approx)) return null;
    const what = m[2]!.toLowerCase();
    let n: number;
    let unit = m[3] ? unitOf(m[3]) : null;
    if (what.endsWith('hours')) {
      if (unit) return null;
      const h = Number.parseInt(what, 10);
      n = Number.isNaN(h) ? 0 : Math.floor(h / 24);
      unit = 'day';
    } else if (what.includes('fortnight')) {
      if (unit) return null;
      n = 2;
      unit = 'week';
    } else {
      n = count(what);
    }
    if (!unit || Number.isNaN(n)) return null;
    const rel = m[4]!.toLowerCase();
    const direction = rel === 'later' || rel === 'after' ? 1 : -1;
    const end = m.index + m[0].length;
    if ((rel === 'before' || rel === 'after') && !adverbial(text, end)) {
      return { kind: 'relation', ...at(m), count: n, unit, direction, complement: end, approx: !!approx };
    }
    return { kind: 'shift', ...at(m), count: n, unit, direction, approx: !!approx || what.endsWith('hours') };
  }],
  [/\bthe\s+(day|week|month|year|night|morning|evening)\s+(before|after)\b|\bthe\s+(previous|next|following|preceding|prior)\s+(day|week|month|year|night|morning|evening)\b/gi, (m, text) => {
    const unit = unitOf(/^(?:night|morning|evening)$/i.test(m[1] ?? m[4]!) ? 'day' : (m[1] ?? m[4])!);
    const direction = /before|previous|preceding|prior/i.test(m[2] ?? m[3]!) ? -1 : 1;
    const end = m.index + m[0].length;
    if (m[2] && !adverbial(text, end)) return { kind: 'relation', ...at(m), count: 1, unit, direction, complement: end, approx: false };
    return { kind: 'shift', ...at(m), count: 1, unit, direction, approx: false };
  }],
  [/\b(?:(?:later|earlier)\s+)?(?:that|the\s+same)\s+(day|week|month|year|morning|afternoon|evening|night)\b/gi, (m) => ({
    kind: 'same', ...at(m), unit: unitOf(/^(?:morning|afternoon|evening|night)$/i.test(m[1]!) ? 'day' : m[1]!),
  })],
  [new RegExp(`\\bthe\\s+(following|previous|preceding|next)\\s+(${WEEKDAY_RE})\\b`, 'g'), (m) => ({
    kind: 'weekdayFrom', ...at(m), weekday: WEEKDAYS[m[2]!.toLowerCase()]!, direction: /following|next/.test(m[1]!) ? 1 : -1,
  })],
];

/** Every relative, anchored, seasonal and part-of-year expression in the text, unfiltered. */
export function patternCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const [re, make] of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const c = make(m, text);
      if (Array.isArray(c)) out.push(...c);
      else if (c) out.push(c);
    }
  }
  return out;
}
