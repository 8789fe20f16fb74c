import type { Span } from '../model';

/**
 * The furniture of a page's top that is neither headline nor outlet by itself, but tells them
 * apart: section breadcrumbs (`News › Health`, `Home > Sport > Football`, `News | Courts`),
 * taglines (`A weekly newsletter about life in Millbrook`, `Up The Kettle: an unofficial fan
 * blog`) and the outlet's own name line above them (`Ashcombe & Eden Gazette`).
 */

/** Words that name a section in a breadcrumb (wider than a masthead's right-hand part: a crumb stands alone). */
const SECTION =
  /\b(?:news|desk|world|business|sport|sports|opinion|politics|local|national|international|regional|edition|wire|online|daily|weekly|blog|magazine|review|briefing|features?|culture|science|technology|tech|health|environment|economy|markets?|home|latest|analysis|comment|courts?|crime|football|cricket|rugby|tennis|golf|racing|lifestyle|travel|money|finance|property|education|entertainment|arts|books|music|film|tv|weather|uk|us|europe|asia|africa|americas)\b/i;

/** Words that end an outlet's name: `Ashcombe & Eden Gazette`, `Daily Clarion`, `The Vale Mercury`. */
const OUTLET_WORD =
  /\b(?:gazette|times|post|herald|courier|examiner|chronicle|tribune|journal|mercury|record|review|news|wire|press|observer|guardian|telegraph|mail|express|star|standard|echo|argus|sentinel|dispatch|bulletin|advertiser|gleaner|clarion|ledger|register|inquirer|enquirer|monitor|reporter|recorder|globe|beacon|weekly|magazine|today|online|matters)$/i;

/** Nouns a tagline describes the outlet with. */
const MEDIUM = '(?:newsletter|blog|podcast|magazine|site|website|webzine|zine|journal|digest|bulletin|publication|fanzine|column)';

/** `A weekly newsletter about life in Millbrook`, `Serving the Aldervale since 1881`, `The voice of the valley`. */
const TAGLINE = new RegExp(`^[*_\\s]*(?:(?:an?|the|your)\\s+(?:[\\p{L}'’-]+\\s+){0,4}${MEDIUM}\\b|serving\\s|the\\s+voice\\s+of\\b|[^:]{2,40}:\\s+(?:an?|the|your)\\s+(?:[\\p{L}'’-]+\\s+){0,5}${MEDIUM}\\b)`, 'iu');

/** The outlet a tagline names before its colon: `*Up The Kettle: an unofficial Kettleby United fan blog*`. */
const NAMED_TAGLINE = new RegExp(`^[*_\\s]*(\\p{Lu}[^:*_]{1,40}?):\\s+(?:an?|the|your)\\s+(?:[\\p{L}'’-]+\\s+){0,5}${MEDIUM}\\b`, 'u');

export function isTagline(s: string): boolean {
  return s.length <= 120 && TAGLINE.test(s);
}

export function taglineName(s: string): string | null {
  return s.length <= 120 ? NAMED_TAGLINE.exec(s)?.[1]?.trim() ?? null : null;
}

/** A breadcrumb or section line: two or more short parts between separators, one a section word (`News › Health`). */
export function isSectionLine(s: string): boolean {
  if (s.length > 80) return false;
  const crumbs = s.trim().split(/\s*(?:[|›>»·•]|\s\/\s|--)\s*/).filter(Boolean);
  return crumbs.length >= 2 && crumbs.every((c) => c.split(/\s+/).length <= 3) && crumbs.some((c) => SECTION.test(c));
}

/** A part that is only section words (`News`, `Local News`, `Courts`): a section, not an outlet. */
export function sectionOnly(s: string): boolean {
  const words = s.trim().split(/\s+/);
  return words.length <= 3 && words.every((w) => SECTION.test(w) || /^(?:&|and|the)$/i.test(w));
}

/** A short line of capitalised words (`Ashcombe & Eden Gazette`, `KIRKFIELD EXAMINER`). */
function nameShaped(s: string): boolean {
  const words = s.trim().split(/\s+/);
  return words.length <= 5 && !/[.!?:;,]$/.test(s.trim()) && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || /^(?:of|the|and|&|de|la|el|du|di)$/i.test(w));
}

/**
 * The first line names the outlet when it is name-shaped and a breadcrumb or tagline follows it,
 * or it ends on a word outlets end on. Such a line is never the headline.
 */
export function isOutletLine(text: string, top: readonly Span[], i: number): boolean {
  const line = top[i];
  if (!line) return false;
  const s = text.slice(line.start, line.end);
  if (!nameShaped(s)) return false;
  const next = top[i + 1] ? text.slice(top[i + 1]!.start, top[i + 1]!.end) : '';
  return isSectionLine(next) || isTagline(next) || OUTLET_WORD.test(s.trim());
}
