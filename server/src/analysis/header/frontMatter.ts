import { parse as parseYaml } from 'yaml';
import type { Span } from '../model';

export interface FrontMatter {
  /** The whole block including both `---` fences. */
  readonly span: Span;
  /** Top-level scalar fields, with the span of each value in the article text. */
  readonly fields: ReadonlyMap<string, { value: string; span: Span }>;
}

const FENCE = /^---[ \t]*\r?\n/;

/**
 * YAML front matter (`---` ... `---` at the very top), as Markdown blogs and static-site
 * newsrooms write it. Invalid YAML is not an error for an article: the block is still skipped
 * as header, and whatever `key: value` lines can be read are kept.
 */
export function readFrontMatter(text: string): FrontMatter | null {
  const open = FENCE.exec(text);
  if (!open) return null;
  const close = /^(?:---|\.\.\.)[ \t]*$/m;
  const rest = text.slice(open[0].length);
  const m = close.exec(rest);
  if (!m) return null;
  const bodyEnd = open[0].length + m.index;
  const end = bodyEnd + m[0].length;
  const fields = new Map<string, { value: string; span: Span }>();

  let parsed: unknown = null;
  try {
    parsed = parseYaml(text.slice(open[0].length, bodyEnd));
  } catch {
    parsed = null;
  }
  // The value runs to the end of the line and its trailing blanks are cut here: the lazy
  // `(.*?)[ \t]*$` retried the blanks at every character, quadratic on a line of tabs.
  const lineRe = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*)$/gm;
  const block = text.slice(0, bodyEnd);
  lineRe.lastIndex = open[0].length;
  for (let lm = lineRe.exec(block); lm; lm = lineRe.exec(block)) {
    const key = lm[1]!.toLowerCase();
    let raw = lm[2]!;
    let cut = raw.length;
    while (cut > 0 && (raw[cut - 1] === ' ' || raw[cut - 1] === '\t')) cut--;
    raw = raw.slice(0, cut);
    let start = lm.index + lm[0].indexOf(raw, lm[1]!.length + 1);
    if (/^["']/.test(raw) && raw.endsWith(raw[0]!)) {
      raw = raw.slice(1, -1);
      start += 1;
    }
    const fromYaml = parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>)[lm[1]!] : undefined;
    const value = typeof fromYaml === 'string' ? fromYaml : fromYaml instanceof Date ? fromYaml.toISOString().slice(0, 10) : raw;
    if (raw) fields.set(key, { value, span: { start, end: start + raw.length } });
  }
  return { span: { start: 0, end }, fields };
}
