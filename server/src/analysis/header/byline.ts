import type { Located, Span } from '../model';
import type { FrontMatter } from './frontMatter';
import { bareName, cleanName, dateOnly, LABEL, locate, parts } from './lines';

const BY = /^[\s*_>-]*(?:posted\b.*?\bby|written by|words by|story by|(?:live |additional )?reporting by|interview(?:ed)? by|text by|by)\s+(.+)$/i;
const POSTED_BY = /\bposted\b.*?\bby\s+(.+)$/i;
const AUTHOR_LABEL = /^[\s*_>-]*(?:author|authors|writer|byline|reporter|words)\s*:\s*(.+)$/i;
const CREDIT = /\((?:reporting|reported|writing|written|additional reporting)\s+by\s+([^;)]+)/i;

/**
 * The byline, as newsrooms print it: `By Hannah Lowe, Local Democracy Reporter`, `Posted ... by
 * Clara Fuentes`, front matter `author:`, `Author: Lesley Wroughton` (often at the foot), a bare
 * name beside the date (`Hannah Lowe` over `First published on Thu 14 Mar 2024`), a name part of
 * a `Jane Doe · 15 March 2024 · 4 min read` line, or a wire credit `(Reporting by Tom Brandreth)`.
 */
export function findByline(text: string, fm: FrontMatter | null, top: readonly Span[], lines: readonly Span[]): Located<string> | null {
  for (const line of top) {
    // Each part of a masthead line too: `Issue 212 | Friday, March 21, 2025 | by Rosa Delgado`.
    for (const part of [line, ...parts(text, line).slice(1)]) {
      const s = text.slice(part.start, part.end);
      const m = BY.exec(s) ?? POSTED_BY.exec(s);
      const name = m && cleanName(m[1]!);
      if (m && name) return locate(text, part.start + m.index + m[0].length - m[1]!.length, part.end, name);
    }
  }
  for (const key of ['author', 'byline', 'writer', 'authors', 'creator']) {
    const field = fm?.fields.get(key);
    const name = field && cleanName(field.value.replace(/^\[?\s*["']?/, ''));
    if (field && name) return locate(text, field.span.start, field.span.end, name);
  }
  for (const line of lines) {
    // `Anchor: Jim Kessler | Reporter: Dana Whitlock`: the labelled part, wherever it sits in the line.
    for (const part of parts(text, line)) {
      const s = text.slice(part.start, part.end);
      const m = AUTHOR_LABEL.exec(s);
      const name = m && cleanName(m[1]!);
      if (m && name) return locate(text, part.start + m[0].length - m[1]!.length, part.end, name);
    }
  }
  const beside = nameBesideDate(text, top);
  if (beside) return beside;
  const credit = CREDIT.exec(text);
  if (credit) {
    const name = cleanName(credit[1]!);
    if (name) return locate(text, credit.index, credit.index + credit[0].length, name);
  }
  return null;
}

/** A bare name in a header line next to a date: on the line above or below it, or as a part of the same line. */
function nameBesideDate(text: string, top: readonly Span[]): Located<string> | null {
  for (let i = 0; i < top.length; i++) {
    const line = top[i]!;
    const pieces = parts(text, line);
    const dated = pieces.some((p) => dateOnly(text, p) || /\bmin(?:ute)?s? read\b/i.test(text.slice(p.start, p.end)));
    if (pieces.length > 1 && dated) {
      const name = pieces.find((p) => bareName(text.slice(p.start, p.end)));
      if (name) return { value: text.slice(name.start, name.end), span: name };
    }
    if (!dateOnly(text, line) && !LABEL.test(text.slice(line.start, line.end))) continue;
    // Not the first line: a short title-case headline (`Bridge Closes Today`) looks like a name.
    for (const j of [i - 1, i + 1]) {
      const other = j > 0 ? top[j] : undefined;
      if (other && bareName(text.slice(other.start, other.end))) return { value: text.slice(other.start, other.end), span: other };
    }
  }
  return null;
}
