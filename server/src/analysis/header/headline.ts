import type { Located, Span } from '../model';
import type { FrontMatter } from './frontMatter';
import { bareName, CHROME_LABEL, dateOnly, LABEL, NOT_A_SOURCE } from './lines';
import { isMasthead } from './source';
import type { FoundDateline } from './published';

/** Wire prefixes before a headline: `UPDATE 1-`, `CORRECTED-`, `EXCLUSIVE:`. */
const WIRE_PREFIX = /^(?:#+\s*|(?:UPDATE|CORRECTED|REFILE|WRAPUP|EXCLUSIVE|ANALYSIS|BREAKING|FACTBOX|EXPLAINER)\s*\d*\s*[-–:]\s*)/;

function words(s: string): string[] {
  return s.replace(/^#+\s*/, '').split(/\s+/).filter((w) => /\p{L}/u.test(w));
}

/** A line that reads as a headline: a few words, not a label, date, masthead, caption or sentence of copy. */
function isHeadlineLike(text: string, line: Span, relaxed: boolean): boolean {
  const s = text.slice(line.start, line.end).trim();
  if (LABEL.test(s) || CHROME_LABEL.test(s) || dateOnly(text, line) || isMasthead(text, line)) return false;
  if (/[.;]$/.test(s) && !/\.\.\.$/.test(s)) return false; // a standfirst or caption, not a headline
  if (/\b(?:draft|not for publication|do not publish|embargoed)\b/i.test(s)) return false; // a draft's slug line
  const n = words(s).length;
  if (!relaxed) return n >= 3 && n <= 25 && s !== s.toUpperCase();
  // Short (`Bridge shuts`) and all-capital (`TOWN SHUTS BRIDGE`) headlines, when nothing better is there.
  return n >= 2 && n <= 14 && !/[.!?:]$/.test(s) && !NOT_A_SOURCE.test(s) && !(bareName(s) && s !== s.toUpperCase());
}

/** A sentence of copy: six words or more ending in a full stop (not a headline, which takes none). */
function isProse(text: string, line: Span): boolean {
  const s = text.slice(line.start, line.end).trim();
  return /[.!?]["”’)*_]*$/.test(s) && !/\.\.\.$/.test(s) && words(s).length >= 6;
}

function headlineValue(text: string, line: Span): Located<string> {
  let start = line.start;
  const prefix = WIRE_PREFIX.exec(text.slice(line.start, line.end));
  if (prefix) start += prefix[0].length;
  return { value: text.slice(start, line.end).trim(), span: { start, end: line.end } };
}

/**
 * The headline: front matter `title:`, a Markdown `# heading`, the headline-like line nearest
 * above the byline, else the first headline-like line of the header; short or all-capital lines
 * only when there is no other.
 */
export function findHeadline(
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
  // The headline comes before the copy: nothing after the dateline or the first sentence of prose.
  const prose = top.findIndex((l) => isProse(text, l));
  const header = top.filter((l, i) => (!dateline || l.start < dateline.line.start) && (prose < 0 || i < prose));
  const candidates = header.filter((l) => isHeadlineLike(text, l, false));
  // The first line, when it reads as a headline, is one; below it come standfirsts and captions.
  if (candidates[0] && candidates[0] === top[0]) return headlineValue(text, candidates[0]);
  if (byline) {
    const before = candidates.filter((l) => l.end <= byline.span.start);
    const nearest = before[before.length - 1];
    if (nearest) {
      const bylineLine = top.findIndex((l) => l.start <= byline.span.start && byline.span.start <= l.end);
      if (bylineLine < 0 || bylineLine - top.indexOf(nearest) <= 3) return headlineValue(text, nearest);
    }
  }
  if (candidates[0]) return headlineValue(text, candidates[0]);
  // Only at the very top: further down, a short line in capitals is a section heading (`WHO'S IN CHARGE`).
  const relaxed = header.slice(0, 2).find((l) => isHeadlineLike(text, l, true));
  return relaxed ? headlineValue(text, relaxed) : null;
}
