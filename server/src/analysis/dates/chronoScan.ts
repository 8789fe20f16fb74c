import * as chrono from 'chrono-node';
import type { Span } from '../model';
import type { Candidate } from './kinds';
import { MONTH_RE, WEEKDAY_ABBR_RE, WEEKDAY_RE } from './words';

/**
 * Absolute dates by chrono-node (`April 7`, `May 3-4`, `Nov. 8`, `the 3rd of March`, `Thursday,
 * February 29`, `Oct 20, 2016`). chrono is costly, so it only reads short windows around a
 * capitalised month or weekday name; everything relative is left to our own rules.
 */
const HIT = new RegExp(`\\b(?:${MONTH_RE}|${WEEKDAY_RE}|${WEEKDAY_ABBR_RE}(?=\\.?,?\\s+\\d))\\b`, 'g');
const NAMED = new RegExp(`${MONTH_RE}|${WEEKDAY_RE}|${WEEKDAY_ABBR_RE}\\.?,?\\s+\\d`);
const BARE_MONTH = new RegExp(`^${MONTH_RE}\\.?$`);
const BARE_WEEKDAY = new RegExp(`^${WEEKDAY_RE}$`);
/** A bare month is a date after these words (`since October`, `in May`), not in `Theresa May`. */
const MONTH_LEAD = /\b(?:in|since|from|until|till|by|through|during|before|after|of|early|mid|late|last|next|this|and|or|to|between|end|start|beginning|throughout|into|for|as\s+of)[\s-]+$/i;
/** Named days that are not dates of the article (`Black Friday`, `Bloody Sunday`). */
const NAMED_DAY = /\b(?:Black|Good|Cyber|Super|Ash|Holy|Easter|Palm|Bloody|Maundy|Shrove|Giving|Small\s+Business|Patriots|Pancake)\s+$/;
const EVERY = /\b(?:every|each)\s$/i;
const RELATIVE = /\b(?:ago|later|earlier|after|before|within|week|weeks|days|months|years|today|tomorrow|yesterday|tonight|now|following|previous)\b/i;
const WINDOW_BEFORE = 28;
const WINDOW_AFTER = 36;
const REFERENCE = new Date(Date.UTC(2000, 0, 1));

export function chronoCandidates(text: string, regions: readonly Span[]): Candidate[] {
  const out: Candidate[] = [];
  HIT.lastIndex = 0;
  let r = 0;
  let windowStart = -1;
  let windowEnd = -1;
  let windowRegion = -1;
  const flush = () => {
    if (windowStart >= 0) parseWindow(text, windowStart, windowEnd, out);
    windowStart = -1;
  };
  for (let m = HIT.exec(text); m; m = HIT.exec(text)) {
    while (r < regions.length && regions[r]!.end <= m.index) r++;
    const region = regions[r];
    if (!region || region.start > m.index) continue;
    const from = Math.max(region.start, m.index - WINDOW_BEFORE);
    const to = Math.min(region.end, m.index + m[0].length + WINDOW_AFTER);
    if (windowRegion === r && from <= windowEnd) {
      windowEnd = Math.max(windowEnd, to);
      continue;
    }
    flush();
    windowStart = from;
    windowEnd = to;
    windowRegion = r;
  }
  flush();
  return out;
}

function parseWindow(text: string, from: number, to: number, out: Candidate[]): void {
  // Widen to whole words so chrono never sees half a number.
  while (from > 0 && /\w/.test(text[from - 1]!) && from > to - 200) from--;
  while (to < text.length && /\w/.test(text[to]!) && to < from + 200) to++;
  const slice = text.slice(from, to);
  for (const res of chrono.parse(slice, REFERENCE)) {
    const s = res.start;
    if (!s.isCertain('month') && !s.isCertain('weekday') && !s.isCertain('day')) continue;
    // "from 3-5 May" read as three to five o'clock in May: our day-range pattern has it right.
    if (s.isCertain('hour') && s.isCertain('month') && !s.isCertain('day')) continue;
    const raw = withoutTime(res.text.replace(/[\s,.;:]+$/, ''), s.isCertain('hour'));
    if (!NAMED.test(raw) || RELATIVE.test(raw) && !/^(?:last|next|this)\s+\w+day$/i.test(raw)) continue;
    // Figures-only dates follow the outlet's convention, which is ours to read (numbers.ts).
    if (/\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}/.test(raw)) continue;
    const start = from + res.index;
    let end = start + raw.length;
    const before = text.slice(Math.max(0, start - 24), start);
    const core = raw.replace(/^(?:on|in|from|since)\s+/i, '');
    if (BARE_MONTH.test(core) && !MONTH_LEAD.test(before + raw.slice(0, raw.length - core.length))) continue;
    if (BARE_WEEKDAY.test(core) && (NAMED_DAY.test(before) || EVERY.test(before) || /^s\b/.test(text.slice(end, end + 2)))) continue;
    // "the end of March" is March: chrono would make it the 31st.
    const edge = /^(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+/i.test(raw);
    if (/^['’]s\b/.test(text.slice(end, end + 3))) end += 2;
    const modifier = /^(last|next|this)\s/i.exec(raw)?.[1]?.toLowerCase() as 'last' | 'next' | 'this' | undefined;
    const e = res.end;
    out.push({
      kind: 'calendar', start, end,
      ...(s.isCertain('year') ? { year: s.get('year')! } : {}),
      ...(s.isCertain('month') ? { month: s.get('month')! } : {}),
      ...(s.isCertain('day') && !edge ? { day: s.get('day')! } : {}),
      ...(s.isCertain('weekday') ? { weekday: s.get('weekday')! } : {}),
      ...(e && e.isCertain('day') ? { endDay: e.get('day')!, endMonth: e.get('month')!, ...(e.isCertain('year') ? { endYear: e.get('year')! } : {}) } : {}),
      ...(modifier ? { modifier } : {}),
    });
  }
}

const CLOCK = /^(?:\d{1,2}[:.]\d{2}(?:[ap]\.?m\.?)?|\d{1,2}[ap]\.?m\.?|noon|midnight|midday)$/i;
const MERIDIEM = /^(?:[ap]\.?m\.?|GMT|UTC|[A-Z]{2,4}T?)$/;
const TIME_JOINER = /^(?:at|from|around|about|by|until|till|before|after|shortly|,)$/i;

/**
 * `on Saturday from 10am` → `on Saturday`, `Fri 15 Mar 2024 11:42 GMT` → `Fri 15 Mar 2024`: the
 * day is the date; the conventions leave a time joined to a day out of the expression.
 */
function withoutTime(raw: string, hasTime: boolean): string {
  if (!hasTime) return raw;
  const tokens = [...raw.matchAll(/[^\s,]+|,/g)];
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]![0];
    const next = tokens[k + 1]?.[0] ?? '';
    if (!CLOCK.test(t) && !(/^\d{1,4}$/.test(t) && MERIDIEM.test(next) && !/^\d{4}$/.test(t))) continue;
    let cut = k;
    while (cut > 1 && TIME_JOINER.test(tokens[cut - 1]![0])) cut--;
    return raw.slice(0, tokens[cut]!.index).replace(/[\s,]+$/, '');
  }
  return raw;
}
