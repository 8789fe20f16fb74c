import * as chrono from 'chrono-node';
import { MONTH_RE, NUMBER_RE, WEEKDAY_RE } from './words';

/** A stretch of text that names a calendar point or period, before resolution. */
export type Candidate =
  | { kind: 'calendar'; start: number; end: number; year?: number; month?: number; day?: number; weekday?: number;
      endYear?: number; endMonth?: number; endDay?: number; modifier?: 'last' | 'next' | 'this' }
  | { kind: 'unit'; start: number; end: number; which: 'last' | 'this' | 'next'; unit: 'week' | 'month' | 'year' | 'weekend' }
  | { kind: 'season'; start: number; end: number; which: 'last' | 'this' | 'next' | 'the'; season: 'SP' | 'SU' | 'FA' | 'WI'; year?: number }
  | { kind: 'ago'; start: number; end: number; count: number; unit: 'day' | 'week' | 'month' | 'year' }
  | { kind: 'deictic'; start: number; end: number; offset: number }
  | { kind: 'part'; start: number; end: number; part: 'H1' | 'H2' | 'Q1' | 'Q2' | 'Q3' | 'Q4'; year?: number }
  | { kind: 'edge'; start: number; end: number; unit: 'week' | 'month' | 'year' }
  | { kind: 'year'; start: number; end: number; year: number }
  | { kind: 'anchored'; start: number; end: number; count: number; unit: 'day' | 'week' | 'month' | 'year'; direction: 1 | -1; relation: 'shift' | 'same' };

const SEASONS: Record<string, 'SP' | 'SU' | 'FA' | 'WI'> = { spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI' };

/** Cheap test run before chrono: most sentences name no month, weekday or numeric date. */
const CHRONO_WORTHY = new RegExp(`\\b(?:${MONTH_RE}|${WEEKDAY_RE}|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\\b|\\d{1,4}[-/.]\\d{1,2}[-/.]\\d{1,4}`, 'i');

type Pattern = [RegExp, (m: RegExpExecArray) => Candidate | null];

const unitOf = (u: string): 'day' | 'week' | 'month' | 'year' => u.toLowerCase().replace(/s$/, '') as 'day' | 'week' | 'month' | 'year';

const PATTERNS: Pattern[] = [
  [/\b(last|this|next|past|coming)\s+(week|month|year|weekend)\b(?!\s+(?:old|long))/gi, (m) => ({
    kind: 'unit', start: m.index, end: m.index + m[0].length,
    which: ({ past: 'last', coming: 'next' } as Record<string, 'last' | 'next'>)[m[1]!.toLowerCase()] ?? (m[1]!.toLowerCase() as 'last' | 'this' | 'next'),
    unit: m[2]!.toLowerCase() as 'week' | 'month' | 'year' | 'weekend',
  })],
  [/\bthe\s+weekend\b/gi, (m) => ({ kind: 'unit', start: m.index, end: m.index + m[0].length, which: 'this', unit: 'weekend' })],
  [/\b(last|this|next|the|in|during|by|in the)\s+(spring|summer|autumn|fall|winter)\b(?:\s+of\s+(\d{4}))?/gi, (m) => {
    const w = m[1]!.toLowerCase();
    return {
      kind: 'season', start: m.index, end: m.index + m[0].length,
      which: w === 'last' || w === 'this' || w === 'next' ? w : 'the',
      season: SEASONS[m[2]!.toLowerCase()]!, ...(m[3] ? { year: Number(m[3]) } : {}),
    };
  }],
  [new RegExp(`\\b(${NUMBER_RE})\\s+(day|week|month|year)s?\\s+ago\\b`, 'gi'), (m) => ({
    kind: 'ago', start: m.index, end: m.index + m[0].length, count: numberOf(m[1]!), unit: unitOf(m[2]!),
  })],
  [/\b(?:earlier\s+|later\s+)?(today|yesterday|tomorrow|tonight)\b/gi, (m) => ({
    kind: 'deictic', start: m.index, end: m.index + m[0].length,
    offset: { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 }[m[1]!.toLowerCase()]!,
  })],
  [/\b(?:in\s+)?the\s+(first|second|1st|2nd)\s+half\s+of\s+(?:(\d{4})|the\s+year)\b/gi, (m) => ({
    kind: 'part', start: m.index, end: m.index + m[0].length, part: /first|1st/i.test(m[1]!) ? 'H1' : 'H2', ...(m[2] ? { year: Number(m[2]) } : {}),
  })],
  [/\b(?:in\s+)?the\s+(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter(?:\s+of\s+(?:(\d{4})|the\s+year))?\b/gi, (m) => ({
    kind: 'part', start: m.index, end: m.index + m[0].length,
    part: (['Q1', 'Q2', 'Q3', 'Q4'] as const)[['first', 'second', 'third', 'fourth'].indexOf(m[1]!.toLowerCase().replace(/^1st$/, 'first').replace(/^2nd$/, 'second').replace(/^3rd$/, 'third').replace(/^4th$/, 'fourth'))]!,
    ...(m[2] ? { year: Number(m[2]) } : {}),
  })],
  [/\bthe\s+(?:end|start|beginning|middle)\s+of\s+the\s+(week|month|year)\b/gi, (m) => ({
    kind: 'edge', start: m.index, end: m.index + m[0].length, unit: m[1]!.toLowerCase() as 'week' | 'month' | 'year',
  })],
  [new RegExp(`\\b(${NUMBER_RE})\\s+(day|week|month|year)s?\\s+(earlier|later|before|after)\\b`, 'gi'), (m) => {
    const rel = m[3]!.toLowerCase();
    return {
      kind: 'anchored', start: m.index, end: m.index + m[0].length, count: numberOf(m[1]!), unit: unitOf(m[2]!),
      direction: rel === 'earlier' || rel === 'before' ? -1 : 1,
      relation: rel === 'before' || rel === 'after' ? 'same' : 'shift',
    };
  }],
  [/\bthe\s+(day|week|month|year)\s+(before|after)\b|\bthe\s+(previous|next|following)\s+(day|week|month|year)\b/gi, (m) => ({
    kind: 'anchored', start: m.index, end: m.index + m[0].length, count: 1, unit: unitOf(m[1] ?? m[4]!),
    direction: /before|previous/i.test(m[0]) ? -1 : 1, relation: 'shift',
  })],
  [/(?<![\d,.$€£#-])\b(1[0-9]\d{2}|20\d{2}|21\d{2})\b(?![\d,]|\.\d|-\d|\s*(?:%|per\s?cent|people|km|kilometres|miles|metres|tonnes|hectares|euros?|dollars|pounds|GMT|hours|hrs)\b)/g, (m) => ({
    kind: 'year', start: m.index, end: m.index + m[0].length, year: Number(m[1]),
  })],
];

function numberOf(word: string): number {
  const n = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30 }[word.toLowerCase()];
  return n ?? Number(word);
}

/** All candidates in `text[from, to)`, overlapping ones resolved in favour of the longer. */
export function findCandidates(text: string, from: number, to: number): Candidate[] {
  const slice = text.slice(from, to);
  const found: Candidate[] = [];
  for (const [re, make] of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      const c = make(m);
      if (c) found.push(c);
    }
  }
  if (CHRONO_WORTHY.test(slice)) found.push(...chronoCandidates(slice));
  const shifted = found.map((c) => ({ ...c, start: c.start + from, end: c.end + from }));
  return dropOverlaps(shifted);
}

function chronoCandidates(slice: string): Candidate[] {
  const out: Candidate[] = [];
  for (const r of chrono.parse(slice, new Date(Date.UTC(2000, 0, 1)))) {
    const s = r.start;
    if (!s.isCertain('month') && !s.isCertain('weekday') && !s.isCertain('day')) continue;
    // chrono's own relative readings ("last week", "two days after") are ours to resolve.
    if (/\b(?:ago|later|earlier|after|before|within|next|last|this|week|weeks|days|months|years|today|tomorrow|yesterday|tonight|now)\b/i.test(r.text) && !/\b(?:last|next|this)\s+\w+day\b/i.test(r.text)) continue;
    if (!new RegExp(`${MONTH_RE}|${WEEKDAY_RE}|\\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\\b|\\d{1,4}[-/.]\\d{1,2}`, 'i').test(r.text)) continue;
    const text = r.text.replace(/[\s,.;:]+$/, '');
    const modifier = /^(last|next|this)\s/i.exec(text)?.[1]?.toLowerCase() as 'last' | 'next' | 'this' | undefined;
    const c: Candidate = {
      kind: 'calendar', start: r.index, end: r.index + text.length,
      ...(s.isCertain('year') ? { year: s.get('year')! } : {}),
      ...(s.isCertain('month') ? { month: s.get('month')! } : {}),
      ...(s.isCertain('day') ? { day: s.get('day')! } : {}),
      ...(s.isCertain('weekday') ? { weekday: s.get('weekday')! } : {}),
      ...(r.end && r.end.isCertain('day') ? { endDay: r.end.get('day')!, endMonth: r.end.get('month')!, ...(r.end.isCertain('year') ? { endYear: r.end.get('year')! } : {}) } : {}),
      ...(modifier ? { modifier } : {}),
    };
    out.push(c);
  }
  return out;
}

function dropOverlaps(cands: Candidate[]): Candidate[] {
  cands.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const out: Candidate[] = [];
  for (const c of cands) {
    const prev = out[out.length - 1];
    if (prev && c.start < prev.end) {
      if (c.end - c.start > prev.end - prev.start) out[out.length - 1] = c;
      continue;
    }
    out.push(c);
  }
  return out;
}
