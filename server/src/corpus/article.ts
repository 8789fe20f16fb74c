import type { ArticleModel, Span } from '../analysis/model';
import { spanContaining } from '../analysis/text/spanList';
import { formatDay, fromIso } from '../analysis/dates/calendar';

/** One article as the desk knows it: where it lives, its text and what the analysis read. */
export interface ArticleRecord {
  readonly uri: string;
  readonly text: string;
  readonly model: ArticleModel;
}

/**
 * An article whose model is read when first asked for: a persisted model on a warm start, which
 * nothing may need before the desk files it in the background (parsing ten thousand was a
 * quarter of the start). The reader is let go once read.
 */
export class ArticleOnFile implements ArticleRecord {
  private read: (() => ArticleModel) | undefined;
  private parsed: ArticleModel | undefined;

  constructor(readonly uri: string, readonly text: string, read: () => ArticleModel) {
    this.read = read;
  }

  get model(): ArticleModel {
    if (this.parsed === undefined) {
      this.parsed = this.read!();
      this.read = undefined;
    }
    return this.parsed;
  }
}

/** The file name at the end of a URI or path: what editors call an article in messages. */
export function fileName(uri: string): string {
  const clean = uri.replace(/[?#].*$/, '');
  const name = clean.slice(clean.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/** `Northline News (02-northline-wire-bridge.txt, Fri 15 Mar 2024)`: an article named as editors would. */
export function describeArticle(a: ArticleRecord): string {
  const source = a.model.header.source?.value;
  const date = a.model.header.published ? formatDay(fromIso(a.model.header.published.value)) : 'undated';
  return source ? `${source} (${fileName(a.uri)}, ${date})` : `${fileName(a.uri)} (${date})`;
}

/** The sentence around a span, trimmed to a readable length, for evidence in messages. */
export function sentenceOf(a: ArticleRecord, span: Span, max = 160): string {
  const s = spanContaining(a.model.sentences, span.start) ?? span;
  const text = a.text.slice(s.start, s.end).replace(/\s+/g, ' ').trim();
  if (text.length <= max) return text;
  const at = span.start - s.start;
  const from = Math.max(0, Math.min(at - max / 2, text.length - max));
  return `${from > 0 ? '…' : ''}${text.slice(from, from + max).trim()}${from + max < text.length ? '…' : ''}`;
}

/** Publication order: dated articles first, oldest first; undated ones last. */
export function comparePublished(a: ArticleRecord, b: ArticleRecord): number {
  const pa = a.model.header.published?.value;
  const pb = b.model.header.published?.value;
  if (pa && pb) return pa < pb ? -1 : pa > pb ? 1 : a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0;
  if (pa) return -1;
  if (pb) return 1;
  return a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0;
}
