import type { Span } from '../model';
import { chronoCandidates } from './chronoScan';
import { asPeriod, fiscalCandidates, isRecurringYearEnd } from './fiscal';
import type { Candidate } from './kinds';
import { numberCandidates } from './numbers';
import { patternCandidates } from './patterns';
import { prevWord } from './words';

export type { Candidate } from './kinds';

/**
 * Every date expression of the text, grouped by the region (sentence) holding it, overlaps
 * resolved in favour of the longer expression. Each family is one linear pass over the whole
 * text; chrono only reads windows around month and weekday names.
 */
export function findCandidates(text: string, regions: readonly Span[]): Candidate[][] {
  const all = [...patternCandidates(text), ...fiscalCandidates(text), ...numberCandidates(text), ...chronoCandidates(text, regions)];
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const grouped: Candidate[][] = regions.map(() => []);
  let r = 0;
  for (const c of all) {
    while (r < regions.length && regions[r]!.end <= c.start) r++;
    const region = regions[r];
    if (!region || c.start < region.start || c.end > region.end) continue;
    const list = grouped[r]!;
    const prev = list[list.length - 1];
    if (prev && c.start < prev.end) {
      if (c.end - c.start > prev.end - prev.start) list[list.length - 1] = c;
      continue;
    }
    list.push(c);
  }
  for (let i = 0; i < grouped.length; i++) {
    const floor = regions[i]!.start;
    grouped[i] = withYearShift(text, grouped[i]!)
      .filter((c) => !isRecurringYearEnd(text, floor, c))
      .map((c) => withLead(text, floor, asPeriod(text, floor, c)));
  }
  return grouped;
}

/** `between 1 and 3 March last year`, `on 5 May next year`: one expression, its year counted from the dateline. */
function withYearShift(text: string, list: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of list) {
    const prev = out[out.length - 1];
    if (prev?.kind === 'calendar' && prev.year === undefined && prev.month !== undefined && prev.modifier === undefined &&
        c.kind === 'unit' && c.unit === 'year' && /^[\s,]{0,3}$/.test(text.slice(prev.end, c.start)) && /^(?:last|next|this)\s/i.test(text.slice(c.start, c.end))) {
      out[out.length - 1] = { ...prev, end: c.end, yearShift: c.which };
      continue;
    }
    out.push(c);
  }
  return out;
}

const LEADS = new Set<Candidate['kind']>(['calendar', 'numeric', 'year', 'shortYear', 'season', 'part', 'decade', 'unit', 'holiday']);
const PLACING = /^(?:on|in|from|since)$/i;
const MODIFIER = /^(?:early|mid|late|earlier|later)$/i;
const EDGE = /^(?:end|start|beginning|middle|turn)$/i;
/** `on the morning of 18 September`: a part of the day belongs to the date. */
const DAYPART = /^(?:morning|afternoon|evening|night)$/i;

/**
 * Widens an expression over the words that belong to it: `on`/`in`/`from`/`since` (as the gold
 * conventions write `on Monday`, `since 2013`), `late`/`mid-`/`Earlier`, `the end of`, and the
 * `the` of `on the 3rd of March`. `in Monday's meeting` keeps its `in` out: it places the meeting.
 */
function withLead(text: string, floor: number, c: Candidate): Candidate {
  if (!LEADS.has(c.kind)) return c;
  let start = c.start;
  let w = prevWord(text, start, floor);
  if (c.kind !== 'unit') {
    if (w && MODIFIER.test(w.word)) {
      start = w.start;
      w = prevWord(text, start, floor);
    } else if (w && w.word.toLowerCase() === 'of' && (c.kind === 'calendar' || c.kind === 'year')) {
      const edge = prevWord(text, w.start, floor);
      if (edge && (EDGE.test(edge.word) || (DAYPART.test(edge.word) && c.kind === 'calendar' && c.day !== undefined))) {
        start = edge.start;
        const the = prevWord(text, start, floor);
        if (the && the.word.toLowerCase() === 'the') start = the.start;
        w = prevWord(text, start, floor);
      }
    } else if (w && w.word.toLowerCase() === 'the' && /^(?:\d{1,2}(?:st|nd|rd|th)|end|start|beginning|middle|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|twenty|thirty)\b/i.test(text.slice(c.start, c.start + 12))) {
      start = w.start;
      w = prevWord(text, start, floor);
    }
  }
  if (/^['’]s$/.test(text.slice(c.end - 2, c.end))) return start === c.start ? c : { ...c, start };
  if (w && PLACING.test(w.word) && c.kind !== 'unit') {
    start = w.start;
    // "early on Tuesday", "late on Monday"
    const m = prevWord(text, start, floor);
    if (m && MODIFIER.test(m.word)) start = m.start;
  }
  return start === c.start ? c : { ...c, start };
}
