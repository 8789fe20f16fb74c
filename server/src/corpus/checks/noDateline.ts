import type { Finding } from '../findings';
import type { DeskView } from '../view';

/**
 * An article with no publication date whose relative dates (`on Tuesday`, `next month`) cannot
 * be resolved: a hint at its first line, listing what could not be placed.
 */
export function noDateline(view: DeskView, uri: string): Finding[] {
  const severity = view.settings.severity['no-dateline'];
  const article = view.article(uri);
  if (severity === 'off' || !article || article.model.header.published) return [];
  const unresolved = article.model.dates.filter((d) => d.relative && d.value === null);
  if (!unresolved.length) return [];
  const first = firstLine(article.text);
  const list = unresolved.slice(0, 4).map((d) => `"${d.text.trim()}"`).join(', ');
  const more = unresolved.length > 4 ? ` and ${unresolved.length - 4} more` : '';
  return [{
    code: 'no-dateline',
    severity,
    uri,
    span: first,
    message: `No dateline: this article states no publication date, so ${list}${more} cannot be resolved to a day or compared with other sources.`,
    related: unresolved.slice(0, 8).map((d) => ({ uri, span: d.span, message: `"${d.text.trim()}" cannot be resolved without a publication date` })),
    fixes: [],
  }];
}

function firstLine(text: string): { start: number; end: number } {
  let start = 0;
  while (start < text.length && /\s/.test(text[start]!)) start++;
  let end = start;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  return { start, end: Math.max(end, start) };
}
