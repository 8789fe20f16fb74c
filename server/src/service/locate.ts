import { findMention, mentionAt, mentionEnd, mentionStart } from '../analysis/entities/mentionList';
import type { ArticleEntity, DateMention, NameMention, Quotation } from '../analysis/model';
import type { ArticleRecord } from '../corpus';

/** What sits under the cursor: the most specific of a name, a date and a quotation. */
export type Target =
  | { readonly kind: 'entity'; readonly entity: ArticleEntity; readonly mention: NameMention }
  | { readonly kind: 'date'; readonly date: DateMention; readonly index: number }
  | { readonly kind: 'quote'; readonly quote: Quotation };

const inside = (offset: number, s: { start: number; end: number }) => offset >= s.start && offset <= s.end;

export function targetAt(article: ArticleRecord, offset: number): Target | null {
  const m = article.model;
  for (const entity of m.entities) {
    const ms = entity.mentions;
    const i = findMention(ms, (j) => offset >= mentionStart(ms, j) && offset <= mentionEnd(ms, j));
    if (i >= 0) return { kind: 'entity', entity, mention: mentionAt(ms, i) };
  }
  const index = m.dates.findIndex((d) => inside(offset, d.span));
  if (index >= 0) return { kind: 'date', date: m.dates[index]!, index };
  const quote = m.quotes.find((q) => q.parts.some((p) => inside(offset, p)));
  return quote ? { kind: 'quote', quote } : null;
}
