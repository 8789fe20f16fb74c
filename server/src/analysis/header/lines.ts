import type { Located, PublishedDate, Span } from '../model';
import { findFullDates } from '../dates/absolute';
import type { Line } from '../text/paragraphs';

/** Header lines are short; a longer line is copy, and is not parsed for dates (chrono is slow on long text). */
export const MAX_HEADER_LINE = 200;

/** Labels of header lines: `Published:`, `Updated:`, `By`, `Author:`, `SOURCE:`. */
export const LABEL =
  /^[\s*_>#-]*(published|first published|posted|date|dated|updated|last updated|last modified|modified|by|author|authors|writer|byline|reporter|source|filed|released|issued)\b\s*(?:on\b)?\s*[:\-–]?\s*/i;

/** Lines of web chrome and desk furniture, never a headline. */
export const CHROME_LABEL =
  /^[\s*_>#-]*(?:(?:desk(?: notes?)?|notes?|editor'?s note|tk|nb|query|slug|tags?|filed under|category|categories|section|keywords|embargo(?:ed)?|contact|media contact|press contact|photo|caption|image|read more|share|comments?|related)\b\s*:|(?:write|leave|post|add) (?:a|your) comment|be the first to comment|share (?:this|on)\b|read more\b|related (?:stories|articles|posts)|advertisement$|subscribe\b|sign up\b|\d+ comments?$|no comments)/i;

/** Markers of a draft or a release, never an outlet's name. */
export const NOT_A_SOURCE = /\b(?:draft|not for publication|embargo(?:ed)?|for immediate release|press release|news release|media release|transcript|exclusive|breaking|update)\b/i;

/** Separators between the parts of a masthead or byline line: `Courier | Local News`, `Jane Doe · 4 min read`. */
export const SEPARATOR = /\s+(?:\||·|•|--|—|–|-)\s+/g;

export function trimmed(text: string, l: Span | Line): Span {
  let { start, end } = l;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** The parts of a line between separators, trimmed. */
export function parts(text: string, line: Span): Span[] {
  if (line.end - line.start > MAX_HEADER_LINE) return [line];
  const s = text.slice(line.start, line.end);
  const out: Span[] = [];
  let from = 0;
  SEPARATOR.lastIndex = 0;
  for (let m = SEPARATOR.exec(s); m; m = SEPARATOR.exec(s)) {
    out.push(trimmed(text, { start: line.start + from, end: line.start + m.index }));
    from = m.index + m[0].length;
  }
  out.push(trimmed(text, { start: line.start + from, end: line.end }));
  return out.filter((p) => p.end > p.start);
}

/**
 * A stretch of a header line that is (nearly) only a date: `Fri 15 Mar 2024 11:42 GMT`,
 * ` date 2017-04-24 WORLD`, `- — Oct 20, 2016`, `Recorded 12 March 2024`. At most two other
 * words, so that a sentence mentioning a date is never read as the publication date.
 */
export function dateOnly(text: string, line: Span, how = 'header line'): PublishedDate | null {
  if (line.end - line.start > MAX_HEADER_LINE) return null;
  const [d] = findFullDates(text, line.start, line.end);
  if (!d) return null;
  const rest = (text.slice(line.start, d.span.start) + ' ' + text.slice(d.span.end, line.end))
    .replace(/\b\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?\b|\b(?:GMT|UTC|BST|CET|CEST|EET|EEST|EST|EDT|CST|CDT|PST|PDT|[A-Z]{2,4}T)\b|\b(?:at|on)\b/g, ' ')
    .replace(/[^\p{L}\s]+/gu, ' ')
    .trim();
  const words = rest ? rest.split(/\s+/) : [];
  if (words.length > 2) return null;
  return { value: d.iso, span: d.span, how: `${how} "${text.slice(line.start, line.end).trim()}"` };
}

/** A personal name as bylines write it: `Hannah Lowe`, `Staffan de Mistura`, `HANNAH LOWE`. */
const NAME = /^[\p{Lu}][\p{L}'’.-]*(?:\s+(?:(?:de|da|del|della|van|von|der|den|al|el|bin|ibn|le|la|du|dos|di)\s+)?[\p{Lu}][\p{L}'’.-]*){0,3}/u;

export function cleanName(raw: string): string | null {
  const t = raw.trim();
  const m = NAME.exec(t);
  if (!m) return null;
  // Two reporters share a byline: `Chiamaka Eze and Tom Ridley` (a comma brings a role instead).
  const joined = /^\s+(?:and|&)\s+/.exec(t.slice(m[0].length));
  const other = joined ? NAME.exec(t.slice(m[0].length + joined[0].length)) : null;
  const name = other && /\s/.test(other[0].trim()) ? t.slice(0, m[0].length + joined![0].length + other[0].length) : m[0];
  return name.replace(/[.,]$/, '');
}

/** A line or part that is only a name of two to four words (`Hannah Lowe`), as some outlets print bylines. */
export function bareName(s: string): boolean {
  const t = s.trim();
  if (!/^[\p{Lu}][\p{L}'’.-]+(?:\s+(?:(?:de|da|del|van|von|der|al|el|bin|le|la|du|di)\s+)?[\p{Lu}][\p{L}'’.-]+){1,3}$/u.test(t)) return false;
  // `The Morning Briefing` beside a broadcast date is a programme, not a person: names take no article.
  return !NOT_A_SOURCE.test(t) && !/^the\s/i.test(t) && !/\b(?:news|desk|times|post|daily|press|wire|review|courier|gazette|herald|journal|tribune|online|media|briefing|show|programme|program|podcast|hour|live|today|tonight|weekly|magazine)\b/i.test(t);
}

export function locate(text: string, from: number, to: number, value: string): Located<string> {
  const i = text.indexOf(value, from);
  const start = i >= 0 && i < to ? i : from;
  return { value, span: { start, end: start + value.length } };
}
