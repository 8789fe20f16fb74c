import type { Span } from '../model';
import { NOT_NAMES } from './lexicon';

/** An outlet named by a line of the copy's own furniture, and the span of words beside it that name no entity. */
export interface OutletLine {
  readonly name: Span;
  /** `UK Desk`, `Healthcare`: the desk or section after the outlet's name. */
  readonly desk: Span | null;
}

// `Pennant News -- UK Desk`, `BNN Nordic Newswire -- Healthcare`, `LÉMAN FINANCE REVIEW — English edition`.
const WIRE_LINE = /^[ \t]*([\p{Lu}][\p{L}&.' ]{2,60}?)[ \t]+(?:--|—|–)[ \t]+([^\n]{1,40}?)[ \t]*$/u;
// `*Antigen Notes — a newsletter about vaccines*`, `*Up The Kettle: an unofficial fan blog*`.
const SELF_DESCRIBED = /^[ \t]*[*_]*([\p{Lu}][\p{L}&.' ]{2,60}?)[*_]*[ \t]*(?:--|—|–|:)[ \t]+an?[ \t]+(?:[\p{L}-]+[ \t]+){0,4}?(?:newsletter|blog|podcast|magazine|newspaper|website|site|journal|digest|bulletin|column)\b/iu;
const MOST_LINES = 16;

/**
 * Outlets the first lines of an article name in wire and newsletter furniture: a feed's `Name --
 * Desk` line within the header, a newsletter's or blog's line describing itself. Reads at most the
 * first sixteen lines, one pattern each, anchored at the line's start.
 */
export function outletLines(text: string, bodyStart: number): OutletLine[] {
  const out: OutletLine[] = [];
  let at = 0;
  for (let n = 0; n < MOST_LINES && at < text.length; n++) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const line = text.slice(at, end).replace(/\r$/, '');
    const wire = at < bodyStart ? WIRE_LINE.exec(line) : null;
    if (wire && looksLikeOutlet(wire[1]!) && !/draft|publication|embargo/i.test(line)) {
      const start = at + line.indexOf(wire[1]!);
      const deskAt = at + line.lastIndexOf(wire[2]!);
      out.push({ name: { start, end: start + wire[1]!.length }, desk: { start: deskAt, end: deskAt + wire[2]!.length } });
    } else {
      const self = SELF_DESCRIBED.exec(line);
      if (self && looksLikeOutlet(self[1]!)) {
        const start = at + line.indexOf(self[1]!);
        out.push({ name: { start, end: start + self[1]!.length }, desk: null });
      }
    }
    at = end + 1;
  }
  return out;
}

/** Two to six capitalised words that are not a date or a label: `Atlantic Markets Wire`, not `DRAFT v2` or `Fri 7 Feb`. */
function looksLikeOutlet(name: string): boolean {
  const words = name.trim().split(/\s+/);
  if (words.length < 2 || words.length > 6 || /\d|\//.test(name)) return false;
  return words.every((w) => /^[\p{Lu}&]/u.test(w) || NOT_NAMES.has(w.toLowerCase())) && words.some((w) => !NOT_NAMES.has(w.toLowerCase()));
}
