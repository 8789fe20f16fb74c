import type { ArticleHeader, DateMention, Sentence, Span } from '../model';
import { resolveAnchored, fits, type Anchor } from './anchor';
import { fromIso } from './calendar';
import { findCandidates } from './candidates';
import { ANCHORED, type Candidate } from './kinds';
import { numericConvention } from './numbers';
import { resolve, type Resolution } from './resolve';
import { tenseAt } from './tense';
import { day } from './timex';
import { prevWord } from './words';

interface Region {
  readonly span: Span;
  /** Paragraph index; -1 for front-matter fields, which anchor nothing. */
  readonly paragraph: number;
}

interface Found {
  readonly c: Candidate;
  readonly r: Resolution;
}

/**
 * Every date expression of the article, normalised against its own publication date. Sentences
 * are read in order so that `three days earlier` can lean on the date said just before (in its
 * sentence, its paragraph or the paragraph before), and a bare time of day on the day the story
 * is about.
 */
export function extractDates(
  text: string,
  sentences: readonly Sentence[],
  header: ArticleHeader,
  extraRegions: readonly Span[] = [],
): DateMention[] {
  const published = header.published ? fromIso(header.published.value) : null;
  const regions: Region[] = [
    ...extraRegions.map((span) => ({ span, paragraph: -1 })),
    ...sentences.map((s) => ({ span: s.span, paragraph: s.paragraph })),
  ].sort((a, b) => a.span.start - b.span.start);
  const grouped = findCandidates(text, regions.map((r) => r.span));
  let convention: 'dmy' | 'mdy' | null | undefined;
  const conventionOf = () => (convention === undefined ? (convention = numericConvention(text, grouped.flat())) : convention);

  const out: DateMention[] = [];
  const anchors: (Anchor & { paragraph: number })[] = [];
  let lede: Anchor | null = null;

  regions.forEach((region, i) => {
    const cands = grouped[i]!;
    if (!cands.length) return;
    const { span } = region;
    const sentence = text.slice(span.start, span.end);
    const tense = (c: Candidate) => tenseAt(sentence, c.start - span.start, c.end - span.start);
    const found: Found[] = [];
    for (const c of cands) {
      if (ANCHORED.has(c.kind)) continue;
      const r = resolve(c, { published, tense: tense(c), convention: conventionOf });
      if (r) found.push({ c, r });
    }
    const here = (c: Candidate): Anchor[] =>
      found.filter((f) => f.c.start < c.start && f.r.resolved.range).map((f) => ({ resolved: f.r.resolved, text: text.slice(f.c.start, f.c.end), at: f.c.start }));
    for (const c of cands) {
      if (!ANCHORED.has(c.kind)) continue;
      let r: Resolution | null = null;
      if (c.kind === 'time') {
        const t = tense(c);
        // A time needs a happening that took or will take place: "opens at 9am" is a timetable.
        if (isAttached(text, c, cands) || t.tense === 'none' || t.habitual || recurring(text, span.start, c)) continue;
        const sameDay = found.find((f) => f.r.resolved.granularity === 'day' && f.r.resolved.range?.first === f.r.resolved.range?.last);
        const a = sameDay ? toAnchor(text, sameDay) : nearest(anchors, region.paragraph, 'day') ?? lede ?? publicationAnchor(header);
        r = resolveAnchored(c, a, null);
      } else if (c.kind === 'relation') {
        const comp = found.find((f) => f.c.start >= c.complement && f.c.start - c.complement <= 60 && !/[,;:]/.test(text.slice(c.complement, f.c.start)));
        const before = here(c).pop() ?? null;
        r = resolveAnchored(c, before, comp ? toAnchor(text, comp) : null);
      } else {
        const unit = c.kind === 'weekdayFrom' ? 'day' : c.kind === 'shift' || c.kind === 'same' ? c.unit : 'day';
        const a = here(c).reverse().find((x) => fits(x, unit)) ?? nearest(anchors, region.paragraph, unit);
        r = resolveAnchored(c, a, null);
      }
      if (r) found.push({ c, r });
    }
    found.sort((a, b) => a.c.start - b.c.start);
    for (const { c, r } of found) {
      const where = isHeader(c.start, c.end, header) || region.paragraph < 0 ? 'header' : 'body';
      const written = text.slice(c.start, c.end);
      out.push({
        span: { start: c.start, end: c.end },
        text: written,
        value: r.resolved.value,
        range: r.resolved.range,
        granularity: r.resolved.granularity,
        resolution: `'${written}' ${r.how}`,
        relative: r.relative,
        where,
        event: null,
      });
      if (where === 'body' && r.resolved.range) {
        const a = { resolved: r.resolved, text: written, at: c.start, paragraph: region.paragraph };
        anchors.push(a);
        if (!lede && r.resolved.granularity === 'day' && r.resolved.range.first === r.resolved.range.last) lede = a;
      }
    }
  });
  return out;
}

const toAnchor = (text: string, f: Found): Anchor => ({ resolved: f.r.resolved, text: text.slice(f.c.start, f.c.end), at: f.c.start });

/** The latest fitting date of this paragraph or the one before: further back, the copy has moved on. */
function nearest(anchors: readonly (Anchor & { paragraph: number })[], paragraph: number, unit: 'day' | 'week' | 'month' | 'year'): Anchor | null {
  for (let i = anchors.length - 1; i >= 0; i--) {
    const a = anchors[i]!;
    if (a.paragraph < paragraph - 1) return null;
    if (fits(a, unit)) return a;
  }
  return null;
}

function publicationAnchor(header: ArticleHeader): Anchor | null {
  const p = header.published;
  return p ? { resolved: day(fromIso(p.value)), text: 'the publication date', at: p.span.start } : null;
}

const JOINERS = new Set(['at', 'on', 'from', 'by', 'until', 'till', 'to', 'and', 'between', 'around', 'about', 'before', 'after', 'the', 'of', 'local', 'time', 'gmt', 'utc', 'shortly', 'just', 'approximately', 'roughly']);

/** `on Saturday from 10am`, `Tuesday at 3 p.m.`, `at 10am on Monday`: the day carries the date. */
function isAttached(text: string, c: Candidate, cands: readonly Candidate[]): boolean {
  return cands.some((o) => {
    if (o === c) return false;
    const gap = o.end <= c.start ? text.slice(o.end, c.start) : o.start >= c.end ? text.slice(c.end, o.start) : '';
    if (gap.length > 24 || /[;:.!?]/.test(gap)) return false;
    return gap.split(/[^\p{L}]+/u).every((w) => !w || JOINERS.has(w.toLowerCase()));
  });
}

/** `every day at 9am`, `each morning from 7am`, `daily at noon`: a timetable, not a date. */
function recurring(text: string, floor: number, c: Candidate): boolean {
  let at = c.start;
  for (let k = 0; k < 4; k++) {
    const w = prevWord(text, at, floor);
    if (!w) return false;
    if (/^(?:every|each|daily|nightly|weekdays|weekends|usually|normally|typically|between)$/i.test(w.word)) return true;
    at = w.start;
  }
  return false;
}

function isHeader(start: number, end: number, header: ArticleHeader): boolean {
  if (start < header.bodyStart) return true;
  const d = header.dateline?.span;
  if (d && start >= d.start && end <= d.end) return true;
  const p = header.published?.span;
  return !!p && start <= p.start && end >= p.end;
}
