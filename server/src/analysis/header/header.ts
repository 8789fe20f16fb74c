import type { ArticleHeader, Dateline, Located, PublishedDate, Span } from '../model';
import { findFullDates } from '../dates/absolute';
import { findDateline } from './dateline';
import { readFrontMatter, type FrontMatter } from './frontMatter';
import { splitLines, type Line } from '../text/paragraphs';

/** How many non-blank lines at the top can be header: masthead, dates, headline, byline, standfirst. */
const HEADER_LINES = 14;

const LABEL = /^[\s*_>#-]*(published|first published|posted|date|dated|updated|last updated|by|author|writer|byline|reporter|source)\b\s*(?:on\b)?\s*[:\-–]?\s*/i;
const CHROME_LABEL = /^[\s*_>#-]*(desk notes?|notes?|editor'?s note|slug|tags?|filed under|category|section|keywords|embargo(?:ed)?|contact|media contact|photo|caption|image|read more|share|comments?)\b\s*:/i;

/** Reads headline, publication date, byline, source and dateline from what newsrooms write. */
export function readHeader(text: string): ArticleHeader {
  const fm = readFrontMatter(text);
  const from = fm?.span.end ?? 0;
  const lines = splitLines(text, from).map((l) => trimmed(text, l)).filter((l) => l.end > l.start);
  const top = lines.slice(0, HEADER_LINES);

  const dateline = findDatelineNearTop(text, top);
  const published = findPublished(text, fm, top, dateline);
  const byline = findByline(text, fm, top, lines);
  const headline = findHeadline(text, fm, top, byline, dateline);
  const source = findSource(text, fm, top, lines, dateline);
  const bodyStart = findBodyStart(text, top, dateline, from);
  return { headline, published, byline, source, dateline: dateline?.dateline ?? null, bodyStart };
}

function trimmed(text: string, l: Line): Span {
  let { start, end } = l;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

interface FoundDateline {
  dateline: Dateline;
  line: Span;
  /** The dateline's full date when it states a year. */
  full: PublishedDate | null;
}

function findDatelineNearTop(text: string, top: readonly Span[]): FoundDateline | null {
  for (const line of top) {
    const d = findDateline(text, line.start, line.end);
    if (d) return { ...d, line };
  }
  return null;
}

/** A header line that is (nearly) only a date: `Fri 15 Mar 2024 11:42 GMT`, ` date 2017-04-24 WORLD`, `- — Oct 20, 2016`. */
function dateOnlyLine(text: string, line: Span): PublishedDate | null {
  const [d] = findFullDates(text, line.start, line.end);
  if (!d) return null;
  const rest = (text.slice(line.start, d.span.start) + ' ' + text.slice(d.span.end, line.end))
    .replace(/\b\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?\b|\b(?:GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|[A-Z]{2,4}T)\b/g, ' ')
    .replace(/[^\p{L}\s]+/gu, ' ')
    .trim();
  const words = rest ? rest.split(/\s+/) : [];
  if (words.length > 2) return null;
  return { value: d.iso, span: d.span, how: `header line "${text.slice(line.start, line.end).trim()}"` };
}

function findPublished(
  text: string,
  fm: FrontMatter | null,
  top: readonly Span[],
  dateline: FoundDateline | null,
): PublishedDate | null {
  for (const key of ['date', 'published', 'pubdate', 'publish_date', 'published_at', 'created']) {
    const field = fm?.fields.get(key);
    if (!field) continue;
    const [d] = findFullDates(text, field.span.start, field.span.end);
    if (d) return { value: d.iso, span: d.span, how: `front matter "${key}: ${field.value}"` };
  }
  let updated: PublishedDate | null = null;
  for (const line of top) {
    const m = LABEL.exec(text.slice(line.start, line.end));
    if (!m || !/publish|post|date/i.test(m[1]!)) {
      if (m && /updated/i.test(m[1]!) && !updated) updated = labelled(text, line, m[1]!);
      continue;
    }
    const found = labelled(text, line, m[1]!);
    if (found) return found;
  }
  for (const line of top) {
    if (dateline && line.start >= dateline.line.start) break;
    const d = dateOnlyLine(text, line);
    if (d) return d;
  }
  return dateline?.full ?? updated;
}

function labelled(text: string, line: Span, label: string): PublishedDate | null {
  const [d] = findFullDates(text, line.start, line.end);
  return d ? { value: d.iso, span: d.span, how: `"${label}" line "${text.slice(line.start, line.end).trim()}"` } : null;
}

const NAME = /^[\p{Lu}][\p{L}'’.-]*(?:\s+(?:(?:de|da|del|della|van|von|der|den|al|el|bin|ibn|le|la|du|dos|di)\s+)?[\p{Lu}][\p{L}'’.-]*){0,3}/u;

function cleanName(raw: string): string | null {
  const m = NAME.exec(raw.trim());
  return m ? m[0].replace(/[.,]$/, '') : null;
}

function locate(text: string, from: number, to: number, value: string): Located<string> {
  const i = text.indexOf(value, from);
  const start = i >= 0 && i < to ? i : from;
  return { value, span: { start, end: start + value.length } };
}

function findByline(
  text: string,
  fm: FrontMatter | null,
  top: readonly Span[],
  lines: readonly Span[],
): Located<string> | null {
  for (const line of top) {
    const s = text.slice(line.start, line.end);
    const m = /^[\s*_>-]*(?:posted\b.*?\bby|written by|by)\s+(.+)$/i.exec(s) ?? /\bposted\b.*?\bby\s+(.+)$/i.exec(s);
    if (m) {
      const name = cleanName(m[1]!);
      if (name) return locate(text, line.start + m.index + m[0].length - m[1]!.length, line.end, name);
    }
  }
  for (const key of ['author', 'byline', 'writer', 'authors']) {
    const field = fm?.fields.get(key);
    const name = field && cleanName(field.value);
    if (field && name) return locate(text, field.span.start, field.span.end, name);
  }
  for (const line of lines) {
    const s = text.slice(line.start, line.end);
    const m = /^[\s*_>-]*(?:author|writer|byline|reporter|words)\s*:\s*(.+)$/i.exec(s);
    const name = m && cleanName(m[1]!);
    if (m && name) return locate(text, line.start + m[0].length - m[1]!.length, line.end, name);
  }
  const credit = /\((?:reporting|reported|writing|written|additional reporting)\s+by\s+([^;)]+)/i.exec(text);
  if (credit) {
    const name = cleanName(credit[1]!);
    if (name) return locate(text, credit.index, credit.index + credit[0].length, name);
  }
  return null;
}

function isHeadlineLike(text: string, line: Span): boolean {
  const s = text.slice(line.start, line.end).trim();
  if (LABEL.test(s) || CHROME_LABEL.test(s) || dateOnlyLine(text, line)) return false;
  if (/\s(?:\||--|·)\s/.test(s)) return false; // masthead: "Kelbourne Courier | Local News"
  if (/[.;]$/.test(s) && !/\.\.\.$/.test(s)) return false; // a standfirst or caption, not a headline
  const words = s.replace(/^#+\s*/, '').split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < 3 || words.length > 25) return false;
  if (s === s.toUpperCase()) return false; // "PRESS RELEASE", "FOR IMMEDIATE RELEASE"
  return true;
}

function headlineValue(text: string, line: Span): Located<string> {
  let start = line.start;
  const s = text.slice(line.start, line.end);
  const prefix = /^(?:#+\s*|(?:UPDATE|CORRECTED|REFILE|WRAPUP|EXCLUSIVE|ANALYSIS)\s*\d*\s*[-–:]\s*)/.exec(s);
  if (prefix) start += prefix[0].length;
  return { value: text.slice(start, line.end).trim(), span: { start, end: line.end } };
}

function findHeadline(
  text: string,
  fm: FrontMatter | null,
  top: readonly Span[],
  byline: Located<string> | null,
  dateline: FoundDateline | null,
): Located<string> | null {
  for (const key of ['headline', 'title']) {
    const field = fm?.fields.get(key);
    if (field) return { value: field.value, span: field.span };
  }
  const heading = top.find((l) => /^#\s+\S/.test(text.slice(l.start, l.end)));
  if (heading) return headlineValue(text, heading);
  const candidates = top.filter((l) => (!dateline || l.start < dateline.line.start) && isHeadlineLike(text, l));
  if (byline) {
    const before = candidates.filter((l) => l.end <= byline.span.start);
    const nearest = before[before.length - 1];
    if (nearest && top.indexOf(nearest) >= 0) {
      const bylineLine = top.findIndex((l) => l.start <= byline.span.start && byline.span.start <= l.end);
      if (bylineLine < 0 || bylineLine - top.indexOf(nearest) <= 3) return headlineValue(text, nearest);
    }
  }
  return candidates[0] ? headlineValue(text, candidates[0]) : null;
}

function findSource(
  text: string,
  fm: FrontMatter | null,
  top: readonly Span[],
  lines: readonly Span[],
  dateline: FoundDateline | null,
): Located<string> | null {
  for (const key of ['source', 'publisher', 'outlet', 'publication', 'site']) {
    const field = fm?.fields.get(key);
    if (field) return { value: field.value, span: field.span };
  }
  for (const line of lines) {
    const m = /^\s*source\s*:\s*(.+?)\s*$/i.exec(text.slice(line.start, line.end));
    if (m) return locate(text, line.start, line.end, m[1]!);
  }
  if (dateline?.dateline.agency) {
    return locate(text, dateline.line.start, dateline.line.end, dateline.dateline.agency);
  }
  for (const line of top.slice(0, 3)) {
    const s = text.slice(line.start, line.end);
    if (LABEL.test(s) || /\bposted\b/i.test(s)) continue;
    const m = /^\s*([^|]+?)\s+(?:\||--|·)\s+/.exec(s);
    if (m) return locate(text, line.start, line.end, m[1]!);
    const by = /^\s*By\s+[^–—|]+?\s+[–—|]\s+([^–—|]+?)\s+[–—|]/.exec(s);
    if (by) return locate(text, line.start, line.end, by[1]!);
  }
  return null;
}

function findBodyStart(text: string, top: readonly Span[], dateline: FoundDateline | null, from: number): number {
  if (dateline) return dateline.line.start;
  let last = -1;
  top.forEach((l, i) => {
    const s = text.slice(l.start, l.end);
    if (LABEL.test(s) || dateOnlyLine(text, l) || /^#\s/.test(s)) last = i;
  });
  const after = top[last + 1];
  return after ? after.start : from;
}
