import type { ArticleHeader, DateMention, Sentence, Span } from '../model';
import { fromIso } from './calendar';
import { findCandidates, type Candidate } from './candidates';
import { resolve } from './resolve';
import { tenseAt } from './tense';
import type { Resolved } from './timex';

const LEAD_IN = /(?:\b(?:on|in|from|since|by|until|till|through|during|before|after|early|mid|late|earlier|later)[\s-]+)$/i;

/**
 * Every date expression of the article, normalised against its own publication date. Sentences
 * are scanned in order so that `three days earlier` can lean on the date said just before.
 */
export function extractDates(
  text: string,
  sentences: readonly Sentence[],
  header: ArticleHeader,
  extraRegions: readonly Span[] = [],
): DateMention[] {
  const published = header.published ? fromIso(header.published.value) : null;
  const out: DateMention[] = [];
  let anchor: Resolved | null = null;
  let anchorParagraph = -1;

  const regions: { span: Span; paragraph: number }[] = [
    ...extraRegions.map((span) => ({ span, paragraph: -1 })),
    ...sentences.map((s) => ({ span: s.span, paragraph: s.paragraph })),
  ];
  for (const { span, paragraph } of regions) {
    if (paragraph !== anchorParagraph) {
      anchor = null;
      anchorParagraph = paragraph;
    }
    const sentenceText = text.slice(span.start, span.end);
    for (const c of findCandidates(text, span.start, span.end)) {
      const tense = tenseAt(sentenceText, c.start - span.start, c.end - span.start);
      const r = resolve(c, { published, tense, anchor });
      if (!r) continue;
      const start = extendLeft(text, span.start, c);
      const where = isHeader(start, c.end, header) ? 'header' : 'body';
      out.push({
        span: { start, end: c.end },
        text: text.slice(start, c.end),
        value: r.resolved.value,
        range: r.resolved.range,
        granularity: r.resolved.granularity,
        resolution: `'${text.slice(start, c.end)}' ${r.how}`,
        relative: r.relative,
        where,
        event: null,
      });
      if (r.resolved.granularity === 'day' && r.resolved.range) anchor = r.resolved;
    }
  }
  return out;
}

function extendLeft(text: string, floor: number, c: Candidate): number {
  if (c.kind === 'anchored' || c.kind === 'ago' || c.kind === 'unit' || c.kind === 'season' || c.kind === 'edge' || c.kind === 'part') {
    if (c.kind !== 'edge' && c.kind !== 'part') return c.start;
  }
  const before = text.slice(Math.max(floor, c.start - 12), c.start);
  const m = LEAD_IN.exec(before);
  return m ? c.start - m[0].length : c.start;
}

function isHeader(start: number, end: number, header: ArticleHeader): boolean {
  if (start < header.bodyStart) return true;
  const d = header.dateline?.span;
  if (d && start >= d.start && end <= d.end) return true;
  const p = header.published?.span;
  return !!p && start <= p.start && end >= p.end;
}
