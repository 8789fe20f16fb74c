import type { Located, Span } from '../model';
import type { FrontMatter } from './frontMatter';
import { bareName, CHROME_LABEL, dateOnly, LABEL, NOT_A_SOURCE } from './lines';
import { isOutletLine, isSectionLine, isTagline } from './furniture';
import { isMasthead } from './source';
import type { FoundDateline } from './published';

/** Wire prefixes before a headline: `UPDATE 1-`, `CORRECTED-`, `EXCLUSIVE:`. */
const WIRE_PREFIX = /^(?:#+\s*|(?:UPDATE|CORRECTED|REFILE|WRAPUP|EXCLUSIVE|ANALYSIS|BREAKING|FACTBOX|EXPLAINER)\s*\d*\s*[-–:]\s*)/;

function words(s: string): string[] {
  return s.replace(/^#+\s*/, '').split(/\s+/).filter((w) => /\p{L}/u.test(w));
}

/** An editor's note closing a draft's line: `... said on Friday. [TK: confirm day]`. */
const NOTE_AT_END = /\s*\[[^\]]{0,200}\]\s*$/;

/**
 * A line that reads as a headline: a few words, not a label, date, masthead, caption or sentence
 * of copy. Above the byline (`sentenceOk`), a short line may be sentences: a column's headline
 * (`Fellgate was not a rogue firm. It was a warning.`).
 */
function isHeadlineLike(text: string, line: Span, relaxed: boolean, sentenceOk = false): boolean {
  const s = text.slice(line.start, line.end).trim();
  if (LABEL.test(s) || CHROME_LABEL.test(s) || dateOnly(text, line) || isMasthead(text, line) || isTagline(s) || isSectionLine(s)) return false;
  if (/[.;]$/.test(s) && !/\.\.\.$/.test(s) && !(sentenceOk && words(s).length <= 12)) return false; // a standfirst or caption, not a headline
  if (/\b(?:draft|not for publication|do not publish|embargoed)\b/i.test(s)) return false; // a draft's slug line
  const n = words(s).length;
  if (!relaxed) return n >= 3 && n <= 25 && s !== s.toUpperCase();
  // Short (`Bridge shuts`) and all-capital (`TOWN SHUTS BRIDGE`) headlines, when nothing better is there.
  return n >= 2 && n <= 14 && !/[.!?:]$/.test(s) && !NOT_A_SOURCE.test(s) && !(bareName(s) && s !== s.toUpperCase());
}

/** A sentence of copy: six words or more ending in a full stop (not a headline, which takes none). */
function isProse(text: string, line: Span): boolean {
  const s = text.slice(line.start, line.end).replace(NOTE_AT_END, '').trim();
  const n = words(s).length;
  // A short question is a headline's (`Ashcombe maternity unit: what happens now?`), not copy.
  if (/\?["”’)*_]*$/.test(s)) return n >= 12;
  return /[.!]["”’)*_]*$/.test(s) && !/\.\.\.$/.test(s) && n >= 6;
}

/**
 * Lines of a hard-wrapped paragraph (a standfirst wrapped at 72 columns): a line that ends
 * mid-sentence and whose next line goes on in lower case, and that next line. Neither is a headline.
 */
function wrappedLines(text: string, top: readonly Span[]): Set<Span> {
  const out = new Set<Span>();
  for (let i = 0; i + 1 < top.length; i++) {
    const s = text.slice(top[i]!.start, top[i]!.end);
    const next = text.slice(top[i + 1]!.start, top[i + 1]!.end);
    if (/^\p{Ll}/u.test(next) && !LABEL.test(next) && !/[.!?:;]["”’)*_]*$/.test(s)) {
      out.add(top[i]!);
      out.add(top[i + 1]!);
    }
  }
  return out;
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
  const bylineLine = byline ? top.findIndex((l) => l.start <= byline.span.start && byline.span.start <= l.end) : -1;
  // The headline comes before the copy: nothing after the dateline or the first sentence of prose
  // (a line above the byline is header, however it reads; a draft's closing `[TK: ...]` note is cut).
  const prose = top.findIndex((l, i) => i > bylineLine && isProse(text, l));
  const wrap = wrappedLines(text, top);
  const header = top.filter((l, i) => (!dateline || l.start < dateline.line.start) && (prose < 0 || i < prose) && !wrap.has(l) && !(i === 0 && isOutletLine(text, top, 0)));
  const candidates = header.filter((l) => isHeadlineLike(text, l, false, top.indexOf(l) < bylineLine));
  // The first line, when it reads as a headline, is one; below it come standfirsts and captions.
  if (candidates[0] && candidates[0] === top[0]) return headlineValue(text, candidates[0]);
  if (byline) {
    const before = candidates.filter((l) => l.end <= byline.span.start);
    let nearest = before[before.length - 1];
    // A standfirst sits right under its headline and runs longer (`The system that paid Bill
    // Hardacre never once checked...` under `Fellgate was not a rogue firm.`); a kicker is shorter.
    const above = before[before.length - 2];
    if (nearest && above && top.indexOf(nearest) - top.indexOf(above) === 1 && words(text.slice(above.start, above.end)).length >= 4) {
      const n = words(text.slice(nearest.start, nearest.end)).length;
      if (n >= 12 && n > words(text.slice(above.start, above.end)).length) nearest = above;
    }
    if (nearest && (bylineLine < 0 || bylineLine - top.indexOf(nearest) <= 3)) return headlineValue(text, nearest);
    // A tabloid's headline in capitals (`HERO GRAN, 82, FIGHTS OFF BURGLAR`) right above the byline.
    const shouted = !candidates.length && header.filter((l) => l.end <= byline.span.start && top.indexOf(l) >= bylineLine - 2 && isHeadlineLike(text, l, true)).pop();
    if (shouted && !isOutletLine(text, top, top.indexOf(shouted))) return headlineValue(text, shouted);
  }
  if (candidates[0]) return headlineValue(text, candidates[0]);
  // Only at the very top: further down, a short line in capitals is a section heading (`WHO'S IN CHARGE`).
  const relaxed = header.slice(0, 2).find((l) => isHeadlineLike(text, l, true));
  return relaxed ? headlineValue(text, relaxed) : null;
}
