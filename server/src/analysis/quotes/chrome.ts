import type { Span } from '../model';

/**
 * Web chrome around an article: links to other stories (`Related: Care worker "ignored for
 * months", tribunal told`) and boxes of other headlines under a heading (`MOST READ`, `Trending`).
 * Their quotation marks belong to other stories' headlines, whose speakers this article never
 * names: they are not quotations of this article.
 */

/** A paragraph that links elsewhere: `Related: ...`, `Read more: ...`, `See also: ...`. */
const LINK_LABEL =
  /^[\s>*_#•-]*(?:related(?:\s+(?:stories|articles|content|coverage|links?))?|read\s+more|read\s+next|see\s+also|also\s+read|more\s+on\s+this(?:\s+story)?|recommended|trending|most\s+read|most\s+popular|watch|listen|sponsored|promoted)\s*[:|›>»]/i;

/** A heading over a box of other stories' headlines. */
const BOX_HEADING =
  /^[\s>*_#]*(?:most\s+(?:read|popular|viewed|shared|commented)|trending(?:\s+now)?|related(?:\s+(?:stories|articles|content|coverage|links|posts))?|read\s+(?:more|next)|more\s+(?:stories|from\s+[\p{L} ]{1,30}|on\s+this(?:\s+story)?)|recommended(?:\s+for\s+you)?|you\s+may\s+(?:also\s+)?like|top\s+stories|latest\s+(?:news|stories)|editor['’]?s\s+picks|what\s+to\s+read\s+next|don['’]t\s+miss)[\s:*_]*$/iu;

/** A line of a box: a list item or a headline (a few words, no closing full stop). */
function boxItem(s: string): boolean {
  const t = s.trim();
  if (/^(?:\d{1,2}[.)]|[-*•·])\s/.test(t)) return true;
  const words = t.split(/\s+/).length;
  return words <= 16 && !/[.!?:]["”’)]*$/.test(t);
}

/** Indices of the paragraphs that are chrome; linear in the paragraphs (each is read from its start only). */
export function chromeParagraphs(text: string, paragraphs: readonly Span[]): Set<number> {
  const out = new Set<number>();
  let inBox = false;
  paragraphs.forEach((p, i) => {
    const head = text.slice(p.start, Math.min(p.end, p.start + 200));
    if (LINK_LABEL.test(head)) {
      out.add(i);
      return;
    }
    if (p.end - p.start <= 60 && BOX_HEADING.test(head)) {
      out.add(i);
      inBox = true;
      return;
    }
    // The box goes on while its lines read as list items or headlines; prose ends it.
    if (inBox && p.end - p.start <= 200 && boxItem(head)) out.add(i);
    else inBox = false;
  });
  return out;
}
