import type { Span } from '../analysis/model';
import { formatDay, fromIso } from '../analysis/dates/calendar';
import { fileName, sourceOf, type ArticleRecord, type Desk } from '../corpus';

/**
 * The line above a quotation other articles carry: `quoted in 3 articles · source: 000 (21 Apr
 * 2017)`. Quotations only this article carries get no lens: a lens on every quotation would be
 * noise on a page of copy.
 */
export interface QuoteLens {
  readonly span: Span;
  /** Plain text (the adapter makes it safe for the editor's lens rendering). */
  readonly title: string;
}

/** `Kelbourne Courier (14 Mar 2024)`, or for an article with no outlet its file name: `000 (21 Apr 2017)`. */
export function shortSource(a: ArticleRecord): string {
  const name = a.model.header.source?.value ?? a.model.header.dateline?.agency ?? shortFileName(a.uri);
  const published = a.model.header.published?.value;
  const date = published ? formatDay(fromIso(published)).replace(/^\w+ /, '') : 'undated';
  const cut = name.length > 40 ? `${name.slice(0, 39)}…` : name;
  return `${cut} (${date})`;
}

/** `000_f7cdaf3cc7810e4a.txt` → `000`; `01-kelbourne-courier-bridge.txt` → `01-kelbourne-courier-bridge`. */
function shortFileName(uri: string): string {
  const base = fileName(uri).replace(/\.[^.]+$/, '');
  return /^\d+_[0-9a-f]{8,}$/i.test(base) ? base.replace(/_.*$/, '') : base;
}

export function quoteLenses(desk: Desk, uri: string): QuoteLens[] {
  const a = desk.article(uri);
  if (!a) return [];
  const out: QuoteLens[] = [];
  for (const q of a.model.quotes) {
    if (!desk.quotes.has(uri, q.id)) continue;
    // Counted, not listed: a stock phrase is carried by tens of thousands of quotations, and the
    // lens is asked for again whenever another article changes. Clicking it asks for the list.
    const others = desk.quotes.carrierCount(uri, q.id);
    if (!others) continue;
    const articles = 1 + others;
    const { ref, match } = sourceOf(desk, uri, q);
    const source = ref.uri === uri ? 'this article is the source' : `source: ${shortSource(desk.article(ref.uri)!)}`;
    const differs = match?.alignment.changes.length ? ' · wording differs' : '';
    out.push({ span: q.span, title: `quoted in ${articles} articles · ${source}${differs}` });
  }
  return out;
}
