import type { ArticleHeader, Span } from '../model';
import { splitLines } from '../text/paragraphs';
import { findByline } from './byline';
import { findDateline } from './dateline';
import { readFrontMatter } from './frontMatter';
import { findHeadline } from './headline';
import { dateOnly, LABEL, trimmed } from './lines';
import { findPublished, type FoundDateline } from './published';
import { findSource } from './source';

/** How many non-blank lines at the top can be header: masthead, dates, headline, byline, standfirst. */
const HEADER_LINES = 14;

/** How much of a line the header reads: longer than any header line (and than MAX_HEADER_LINE, which marks copy). */
const HEADER_CLIP = 500;

/** Reads headline, publication date, byline, source and dateline from what newsrooms write. */
export function readHeader(text: string): ArticleHeader {
  const fm = readFrontMatter(text);
  const from = fm?.span.end ?? 0;
  // Header patterns read each line to its end; a line of megabytes (a file with no line breaks)
  // made some of them quadratic or worse. No header line is that long: each is read to HEADER_CLIP.
  const lines = splitLines(text, from)
    .map((l) => trimmed(text, l))
    .filter((l) => l.end > l.start)
    .map((l) => (l.end - l.start > HEADER_CLIP ? { start: l.start, end: l.start + HEADER_CLIP } : l));
  const top = lines.slice(0, HEADER_LINES);

  const dateline = findDatelineNearTop(text, top);
  const published = findPublished(text, fm, top, dateline);
  const byline = findByline(text, fm, top, lines);
  const headline = findHeadline(text, fm, top, byline, dateline);
  const source = findSource(text, fm, top, lines, dateline, headline, byline);
  const bodyStart = findBodyStart(text, top, dateline, from, [published?.span, byline?.span]);
  return { headline, published, byline, source, dateline: dateline?.dateline ?? null, bodyStart };
}

function findDatelineNearTop(text: string, top: readonly Span[]): FoundDateline | null {
  for (const line of top) {
    const d = findDateline(text, line.start, line.end);
    if (d) return { ...d, line };
  }
  return null;
}

/** The body starts at the dateline, or after the last header line (a label, a date, the byline's line, a `#` heading). */
function findBodyStart(text: string, top: readonly Span[], dateline: FoundDateline | null, from: number, found: (Span | undefined)[]): number {
  if (dateline) return dateline.line.start;
  let last = -1;
  top.forEach((l, i) => {
    const s = text.slice(l.start, l.end);
    const holds = found.some((f) => f && f.start >= l.start && f.start < l.end);
    if (LABEL.test(s) || dateOnly(text, l) || /^#\s/.test(s) || holds) last = i;
  });
  const after = top[last + 1];
  return after ? after.start : from;
}
