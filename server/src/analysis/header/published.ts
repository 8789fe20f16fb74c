import type { Dateline, PublishedDate, Span } from '../model';
import { findFullDates } from '../dates/absolute';
import { isValidYmd, toIso } from '../dates/calendar';
import type { FrontMatter } from './frontMatter';
import { cleanName, dateOnly, LABEL, MAX_HEADER_LINE, parts } from './lines';

export interface FoundDateline {
  dateline: Dateline;
  line: Span;
  /** The dateline's full date when it states a year. */
  full: PublishedDate | null;
}

const FRONT_MATTER_KEYS = ['date', 'published', 'pubdate', 'publish_date', 'published_at', 'publishdate', 'created', 'created_at'];
const PUBLISHED_LABEL = /publish|post|date|filed|released|issued/i;
const UPDATED_LABEL = /updated|modified/i;
/** `© 2024 Northline News`, `Copyright 2024`: a year the whole article states. */
const COPYRIGHT = /(?:©|\(c\)|copyright)\s*(?:\p{L}+\s+)?((?:19|20)\d{2})\b/iu;

/**
 * The article's own publication date, from what it states, in this order: front matter, a
 * labelled line (`Published: 14 March 2024`, `Posted on ...`), a header line that is only a date
 * (`Thursday, April 28, 2016`, `— Oct 20, 2016`), the date part of a byline or masthead line
 * (`By Jane Doe | March 15, 2024`), a dateline that states a year, a year-less wire dateline
 * completed from a date the article states elsewhere (an `Updated:` line on the same day, a
 * copyright year), and last an `Updated:` line alone. Nothing stated, nothing returned.
 */
export function findPublished(
  text: string,
  fm: FrontMatter | null,
  top: readonly Span[],
  dateline: FoundDateline | null,
): PublishedDate | null {
  for (const key of FRONT_MATTER_KEYS) {
    const field = fm?.fields.get(key);
    if (!field) continue;
    const [d] = findFullDates(text, field.span.start, Math.min(field.span.end, field.span.start + MAX_HEADER_LINE));
    if (d) return { value: d.iso, span: d.span, how: `front matter "${key}: ${field.value}"` };
  }
  let updated: PublishedDate | null = null;
  for (const line of top) {
    const m = LABEL.exec(text.slice(line.start, line.end));
    if (!m) continue;
    if (UPDATED_LABEL.test(m[1]!)) updated ??= labelled(text, line, m[1]!);
    else if (PUBLISHED_LABEL.test(m[1]!)) {
      const found = labelled(text, line, m[1]!);
      if (found) return found;
    }
  }
  const header = dateline ? top.filter((l) => l.start < dateline.line.start) : top;
  for (const line of header) {
    const label = LABEL.exec(text.slice(line.start, line.end));
    if (label && UPDATED_LABEL.test(label[1]!)) continue; // an update is not the publication
    const d = dateOnly(text, line);
    if (d) return d;
  }
  for (const line of header) {
    const d = inBylineOrMasthead(text, line);
    if (d) return d;
  }
  // `TRANSCRIPT: Island Radio Breakfast, Friday 21 March 2025`: a title line that ends with its date.
  const first = top[0];
  if (first && (!dateline || first.start < dateline.line.start)) {
    const d = trailingDate(text, first);
    if (d) return d;
  }
  if (dateline?.full) return dateline.full;
  if (dateline?.dateline.date?.startsWith('XXXX')) {
    const completed = completeYear(text, dateline, updated);
    if (completed) return completed;
  }
  return updated;
}

function trailingDate(text: string, line: Span): PublishedDate | null {
  const s = text.slice(line.start, line.end);
  const cuts = [...s.matchAll(/[,–—|]\s|\s-\s/g)].map((m) => m.index).slice(-3).reverse();
  for (const cut of cuts) {
    const d = dateOnly(text, { start: line.start + cut + 1, end: line.end });
    if (d) return { ...d, how: `title line "${s.trim()}"` };
  }
  return null;
}

function labelled(text: string, line: Span, label: string): PublishedDate | null {
  const [d] = findFullDates(text, line.start, Math.min(line.end, line.start + MAX_HEADER_LINE));
  return d ? { value: d.iso, span: d.span, how: `"${label}" line "${text.slice(line.start, line.end).trim()}"` } : null;
}

/** `By Jane Doe | March 15, 2024`, `*By Hannah Lowe, 14 March 2024*`, `Jane Doe · 15 March 2024 · 4 min read`. */
function inBylineOrMasthead(text: string, line: Span): PublishedDate | null {
  const s = text.slice(line.start, line.end);
  const by = /^[\s*_>-]*(?:by|words by|story by|written by)\s+/i.exec(s);
  if (by) {
    const name = cleanName(s.slice(by[0].length));
    if (name) {
      const rest = { start: line.start + by[0].length + name.length, end: line.end };
      const d = dateOnly(text, rest, 'byline line');
      if (d) return { ...d, how: `byline line "${s.trim()}"` };
    }
  }
  const pieces = parts(text, line);
  if (pieces.length < 2) return null;
  for (const p of pieces) {
    const d = dateOnly(text, p);
    if (d) return { ...d, how: `header line "${s.trim()}"` };
  }
  return null;
}

/**
 * A wire dateline gives month and day (`LISBON, March 3 (Agency) -`); the year may be stated
 * elsewhere: an `Updated:` line on the same month and day, or a copyright line. Otherwise the
 * year stays unknown and the article has no full publication date.
 */
function completeYear(text: string, dateline: FoundDateline, updated: PublishedDate | null): PublishedDate | null {
  const [, mm, dd] = dateline.dateline.date!.split('-');
  if (updated && updated.value.slice(5) === `${mm}-${dd}`) return updated;
  const c = COPYRIGHT.exec(text.length > 20_000 ? text.slice(0, 10_000) + text.slice(-10_000) : text);
  if (!c) return null;
  const ymd = { year: Number(c[1]), month: Number(mm), day: Number(dd) };
  if (!isValidYmd(ymd)) return null;
  const d = dateline.dateline;
  return { value: toIso(ymd), span: d.span, how: `dateline "${text.slice(d.span.start, d.span.end).trim()}" with the year of "${c[0]}"` };
}
