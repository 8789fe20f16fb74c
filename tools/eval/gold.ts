import { readFileSync } from 'node:fs';
import type { Span } from '../../server/src/analysis/model';

/** The gold annotation format of ../shared/corpus/GOLD-FORMAT.md. */
export interface Gold {
  readonly corpus: string;
  readonly documents?: Record<string, { published: string | null; byline: string | null }>;
  readonly entities?: Record<string, { kind: string; name: string; roles: string[]; mentions: Record<string, string[]> }>;
  readonly dates?: { doc: string; text: string; n?: number; value: string | null; event?: string | null }[];
  readonly events?: Record<string, { what: string; date: string | null }>;
  readonly quotes?: { doc: string; text: string; n?: number; speaker: string | null; fragment?: boolean; group?: string | null }[];
  readonly expected?: { code: string; doc?: string; text?: string; n?: number; event?: string; group?: string; why?: string }[];
  readonly unexpected?: { code: string; doc?: string; text?: string; n?: number; event?: string; group?: string; why?: string }[];
  readonly notQuotes?: { doc: string; text: string; n?: number }[];
  /**
   * Not in GOLD-FORMAT: how the corpus annotates transcript turns (`NAME: words…`). The format's
   * quotations are the words inside quotation marks, so by default a turn is not a quotation
   * record and the model's spoken turns are not scored; `"quotations"` when the annotator
   * recorded every turn as one (their notes say so).
   */
  readonly transcriptTurns?: 'quotations';
}

export function readGold(file: string): Gold {
  return JSON.parse(readFileSync(file, 'utf8')) as Gold;
}

/** The n-th (1-based) occurrence of `needle` in `text`, or null when the gold text is not there. */
export function locate(text: string, needle: string, n = 1): Span | null {
  let from = 0;
  for (let i = 1; ; i++) {
    const at = text.indexOf(needle, from);
    if (at < 0) return null;
    if (i === n) return { start: at, end: at + needle.length };
    from = at + 1;
  }
}

export const overlap = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
