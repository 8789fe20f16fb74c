import type { Located, Span } from '../model';
import type { FrontMatter } from './frontMatter';
import { isOutletLine, sectionOnly, taglineName } from './furniture';
import { CHROME_LABEL, dateOnly, LABEL, locate, NOT_A_SOURCE, parts } from './lines';
import type { FoundDateline } from './published';

/** Words that name a section or a desk: the right-hand part of `Kelbourne Courier — Local News`. */
const SECTION =
  /\b(?:news|desk|world|business|sport|sports|opinion|politics|local|national|international|regional|edition|wire|online|daily|weekly|blog|magazine|review|briefing|features?|culture|science|technology|tech|health|environment|economy|markets?|home|latest|analysis|comment)\b/i;

/** `About Norvald Energy`: the boilerplate heading of a press release names the issuer. */
const ABOUT = /^[\s#*_]*About\s+(\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+(?:&|and|of|the|\p{Lu}[\p{L}\p{N}&.'’-]*)){0,5})[\s*_:]*$/u;

/**
 * A masthead line: the outlet and its section between separators (`Kelbourne Courier | Local
 * News`, `Northline News -- Regional Desk`, `Kelbourne Courier — Local News`). A dash alone is
 * common in headlines, so a line split only by dashes needs a section word on its right.
 */
export function isMasthead(text: string, line: Span): boolean {
  const s = text.slice(line.start, line.end).trim();
  if (s.length > 100 || /[.!?]$/.test(s)) return false;
  if (/\s(?:\||--|·|•)\s/.test(s)) return true;
  const pieces = parts(text, line);
  if (pieces.length < 2) return false;
  const right = text.slice(pieces[pieces.length - 1]!.start, pieces[pieces.length - 1]!.end);
  return right.split(/\s+/).length <= 3 && SECTION.test(right);
}

/**
 * The outlet: front matter `source:`, a `SOURCE:` line, the wire's agency in its dateline, the
 * outlet of a `By X – outlet –` line, a masthead's first part, the issuer of a press release
 * (`About Norvald Energy`), or a short name line over the headline (`RiverWatch Iberia`).
 * Draft and release markers (`DRAFT v2`, `FOR IMMEDIATE RELEASE`) are never the outlet.
 */
export function findSource(
  text: string,
  fm: FrontMatter | null,
  top: readonly Span[],
  lines: readonly Span[],
  dateline: FoundDateline | null,
  headline: Located<string> | null,
  byline: Located<string> | null,
): Located<string> | null {
  for (const key of ['source', 'publisher', 'outlet', 'publication', 'site', 'site_name', 'publisher_name']) {
    const field = fm?.fields.get(key);
    if (field) return { value: field.value, span: field.span };
  }
  for (const line of lines) {
    // The rest of the line, trimmed here: `:\s*(.+?)\s*$` backtracked to the 3rd degree on spaces.
    const value = /^\s*source\s*:(.*)$/i.exec(text.slice(line.start, line.end))?.[1]!.trim();
    if (value && !/^https?:/i.test(value)) return locate(text, line.start, line.end, value);
  }
  // A wire-distributed release ends `SOURCE Vantrell Corp.` (PR Newswire's sign-off, no colon): the issuer.
  const signOff = releaseSignOff(text, lines);
  if (signOff) return signOff;
  // A release names its issuer in its `About X` boilerplate; a distributor's slug (`/PRNewswire/`) is not the source.
  const issuer = aboutLine(text, lines, dateline);
  const release = top.some((l) => /\b(?:press|news|media) release|for immediate release/i.test(text.slice(l.start, l.end)));
  const distributed = !!dateline && /\/[^/]+\/\s*\S*\s*$/.test(text.slice(dateline.dateline.span.start, dateline.dateline.span.end));
  if (issuer && (release || distributed)) return issuer;
  if (dateline?.dateline.agency) return locate(text, dateline.line.start, dateline.line.end, dateline.dateline.agency);
  for (const line of top.slice(0, 3)) {
    const s = text.slice(line.start, line.end);
    const outlet = bylineOutlet(s);
    if (outlet) return locate(text, line.start, line.end, outlet);
    if (LABEL.test(s) || CHROME_LABEL.test(s) || /\bposted\b/i.test(s) || NOT_A_SOURCE.test(s) || !isMasthead(text, line)) continue;
    if (byline && byline.span.start >= line.start && byline.span.start < line.end) continue; // `Jane Doe · 4 min read`
    const pieces = parts(text, line);
    // `Share on Facebook | Share on X`, `News | Courts`: buttons and sections, not an outlet.
    if (pieces.some((p) => dateOnly(text, p)) || sectionOnly(text.slice(pieces[0]!.start, pieces[0]!.end))) continue;
    return { value: text.slice(pieces[0]!.start, pieces[0]!.end), span: pieces[0]! };
  }
  if (issuer) return issuer;
  // `Ashcombe & Eden Gazette` over `News › Health`; `Up The Kettle: an unofficial fan blog`.
  if (isOutletLine(text, top, 0)) return { value: text.slice(top[0]!.start, top[0]!.end), span: top[0]! };
  for (const line of top) {
    const name = taglineName(text.slice(line.start, line.end));
    if (name) return locate(text, line.start, line.end, name);
  }
  return nameOverHeadline(text, top, headline);
}

/** `SOURCE Vantrell Corp.` among a release's last lines (capitals, no colon: the distributor's convention). */
function releaseSignOff(text: string, lines: readonly Span[]): Located<string> | null {
  for (let i = lines.length - 1; i >= 0 && i >= lines.length - 4; i--) {
    const line = lines[i]!;
    const name = /^\s*SOURCE\s+(\p{Lu}[^\n]{0,80})$/u.exec(text.slice(line.start, Math.min(line.end, line.start + 100)))?.[1]?.trim();
    if (name) return locate(text, line.start, line.end, name);
  }
  return null;
}

/**
 * The outlet in `By Jane Doe – Kelbourne Courier – 4 March 2024`: the part between the first two
 * dashes (or bars), each dash with spaces around it. Split rather than matched by one pattern
 * with nested lazy runs, which backtracked to the 5th degree on a long line of spaces and tabs.
 */
function bylineOutlet(s: string): string | null {
  const m = /^\s*By\s([^–—|]*)[–—|]([^–—|]*)[–—|]/.exec(s);
  if (!m || m[1]!.length < 2 || !/\s$/.test(m[1]!) || !/^\s/.test(m[2]!) || !/\s$/.test(m[2]!)) return null;
  return m[2]!.trim() || null;
}

/**
 * The issuer named by a press release's `About X` heading, in the second half of the text. A
 * release about a deal has one for each company: the issuer is the one its lead opens on
 * (`Vantrell Corp. (NYSE: VNTL) today announced`), else the first (its own boilerplate leads).
 */
function aboutLine(text: string, lines: readonly Span[], dateline: FoundDateline | null): Located<string> | null {
  const found: Located<string>[] = [];
  for (let i = Math.max(0, Math.floor(lines.length / 2) - 1); i < lines.length; i++) {
    const line = lines[i]!;
    const m = ABOUT.exec(text.slice(line.start, line.end));
    if (m && !/^(?:the author|us|this|our|me)$/i.test(m[1]!)) found.push(locate(text, line.start, line.end, m[1]!.trim()));
  }
  if (found.length < 2 || !dateline) return found[0] ?? null;
  const lead = text.slice(dateline.dateline.span.end, dateline.dateline.span.end + 200).replace(/^[\s\-–—:]+/, '');
  return found.find((f) => lead.startsWith(f.value.split(/\s+/)[0]!)) ?? found[0]!;
}

/** `RiverWatch Iberia` over a tagline and the headline: a short name on the first line, above the headline. */
function nameOverHeadline(text: string, top: readonly Span[], headline: Located<string> | null): Located<string> | null {
  const first = top[0];
  if (!first || !headline || headline.span.start <= first.end) return null;
  const h = headline.value;
  if (h.split(/\s+/).length < 3 || h === h.toUpperCase()) return null; // the headline itself is a guess
  const s = text.slice(first.start, first.end).trim();
  if (LABEL.test(s) || CHROME_LABEL.test(s) || NOT_A_SOURCE.test(s) || dateOnly(text, first) || /[.!?:;,]$/.test(s)) return null;
  const words = s.split(/\s+/);
  if (words.length > 5 || !words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || /^(?:of|the|and|&|de|la|el)$/i.test(w))) return null;
  // A kicker or section label (`Opinion`, `Local News`, `Breaking`) names no outlet.
  if (words.every((w) => SECTION.test(w) || /^(?:the|and|&|breaking|live|exclusive)$/i.test(w))) return null;
  return { value: s, span: first };
}
