import { analyseArticle } from '../../server/src/analysis';
import type { ArticleModel, Span } from '../../server/src/analysis/model';

/**
 * An article written inline, with cursor markers: `article('said |M|onday')` gives the text
 * without the bars and the offsets they marked, so tests can assert on covered text.
 */
export function article(marked: string): { text: string; marks: number[]; model: ArticleModel } {
  const parts = marked.split('|');
  const marks: number[] = [];
  let text = '';
  parts.forEach((part, i) => {
    text += part;
    if (i < parts.length - 1) marks.push(text.length);
  });
  return { text, marks, model: analyseArticle(text) };
}

/** The text a span covers. */
export function covered(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}
