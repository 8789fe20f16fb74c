import { formatDay, fromIso } from '../../analysis/dates/calendar';
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
  // Resolved against a fallback the editor chose (the file's date), they still rest on a guess.
  const reference = article.model.header.reference;
  const unresolved = article.model.dates.filter((d) => d.relative && (d.value === null || !!reference));
  if (!unresolved.length) return [];
  const first = firstLine(article.text);
  const list = unresolved.slice(0, 4).map((d) => `"${d.text.trim()}"`).join(', ');
  const more = unresolved.length > 4 ? ` and ${unresolved.length - 4} more` : '';
  const message = reference
    ? `No dateline: this article states no publication date; ${list}${more} were resolved against ${reference.how} (${formatDay(fromIso(reference.value))}), which may not be the day it was written.`
    : `No dateline: this article states no publication date, so ${list}${more} cannot be resolved to a day or compared with other sources.`;
  return [{
    code: 'no-dateline',
    severity,
    uri,
    span: first,
    message,
    related: unresolved.slice(0, 8).map((d) => ({
      uri,
      span: d.span,
      message: reference ? `"${d.text.trim()}": ${d.resolution}` : `"${d.text.trim()}" cannot be resolved without a publication date`,
    })),
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
