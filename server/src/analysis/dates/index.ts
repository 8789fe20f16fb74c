import type { ArticleHeader, DateMention, Sentence, Span } from '../model';
import { resolveAnchored, fits, type Anchor } from './anchor';
import { KINDS } from '../events/lexicon';
import { fromIso } from './calendar';
import { findCandidates } from './candidates';
import { fiscalYearEnd } from './fiscal';
import { ANCHORED, type Candidate } from './kinds';
import { numericConvention } from './numbers';
import { resolve, type Resolution } from './resolve';
import { tenseAt, type TenseCue } from './tense';
import { day } from './timex';
import { prevWord, type Unit } from './words';

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
  // An undated article may be resolved against a fallback the editor chose (the file's date).
  const reference = header.published ?? header.reference ?? null;
  const published = reference ? fromIso(reference.value) : null;
  const label = header.published ? 'dated' : 'file modified';
  const regions: Region[] = [
    ...extraRegions.map((span) => ({ span, paragraph: -1 })),
    ...sentences.map((s) => ({ span: s.span, paragraph: s.paragraph })),
  ].sort((a, b) => a.span.start - b.span.start);
  const grouped = findCandidates(text, regions.map((r) => r.span));
  let convention: 'dmy' | 'mdy' | null | undefined;
  const conventionOf = () => (convention === undefined ? (convention = numericConvention(text, grouped.flat(), header.dateline?.place ?? null)) : convention);
  let fiscal: number | null | undefined;
  const fiscalEnd = () => (fiscal === undefined ? (fiscal = fiscalYearEnd(text, grouped.flat(), published)) : fiscal);

  const out: DateMention[] = [];
  const anchors: (Anchor & { paragraph: number })[] = [];
  let lede: Anchor | null = null;

  regions.forEach((region, i) => {
    const cands = grouped[i]!;
    if (!cands.length) return;
    const { span } = region;
    // Tense is read within a bounded stretch around each expression: a run-on "sentence" of a
    // megabyte must not make every expression read all of it.
    const tense = (c: Candidate) => {
      const from = Math.max(span.start, c.start - TENSE_REACH);
      const to = Math.min(span.end, c.end + TENSE_REACH);
      return tenseAt(text.slice(from, to), c.start - from, c.end - from);
    };
    const found: (Found | null)[] = cands.map((c) => {
      if (ANCHORED.has(c.kind)) return null;
      // The tense is read only if the expression needs it: most (`2019`, `three days ago`) do not.
      let cue: TenseCue | undefined;
      const r = resolve(c, { published, label, tense: () => (cue ??= tense(c)), convention: conventionOf, fiscalEnd });
      return r ? { c, r } : null;
    });
    // Anchored expressions, in order: each may lean on one resolved just before it.
    cands.forEach((c, k) => {
      if (!ANCHORED.has(c.kind)) return;
      let r: Resolution | null = null;
      const before = (unit: Unit) => {
        for (let j = k - 1; j >= Math.max(0, k - NEIGHBOURS); j--) {
          const f = found[j];
          // A time leans on the day, not on another time of the same sentence.
          if (c.kind === 'time' && f?.r.resolved.granularity === 'minute') continue;
          if (f && f.r.resolved.range && fits(toAnchor(text, f), unit)) return toAnchor(text, f);
        }
        return null;
      };
      if (c.kind === 'time') {
        const t = tense(c);
        // A time needs a happening that took or will take place: "opens at 9am" is a timetable.
        if (isAttached(text, c, cands[k - 1], cands[k + 1]) || t.tense === 'none' || t.habitual || recurring(text, span.start, c)) return;
        // "rose 4% by 1230 GMT": a time something was measured by is a limit, not a happening's.
        if (LIMIT.test(prevWord(text, c.start, span.start)?.word ?? '')) return;
        // A bare time is on the day its sentence names, else on the day the story is about
        // (its first dated day), else on the publication day.
        const a = before('day') ?? lede ?? publicationAnchor(header);
        r = resolveAnchored(c, a, null);
      } else if (c.kind === 'relation') {
        const comp = found.slice(k + 1, k + 1 + NEIGHBOURS).find((f) => f && f.c.start - c.complement <= 60 && !/[,;:]/.test(text.slice(c.complement, f.c.start)));
        const clause = k > 0 && found[k - 1]?.r.resolved.range ? toAnchor(text, found[k - 1]!) : null;
        // "On the day after the quake": the quake the story opened on, when nothing nearer dates it.
        const story = !comp && !clause && lede && lede.at < c.start && namesHappening(text, c.complement, lede.at) ? lede : null;
        r = resolveAnchored(c, clause, comp ? toAnchor(text, comp) : story);
      } else if (c.kind === 'shift' && k > 0 && cands[k - 1]!.kind !== 'time' && APPOSITION.test(text.slice(cands[k - 1]!.end, c.start))) {
        // "on the morning of 18 September, some 52 hours later,": the span the date took, not a second date.
        return;
      } else {
        const unit: Unit = c.kind === 'shift' || c.kind === 'same' ? c.unit : 'day';
        const fallback = c.kind === 'same' && c.orPublication ? publicationAnchor(header) : null;
        // "By the following weekend": with no date near, the weekend after the day the story opened on.
        const story = (c.kind === 'weekendFrom' || (c.kind === 'shift' && c.story)) && lede && lede.at < c.start ? lede : null;
        r = resolveAnchored(c, before(unit) ?? nearest(anchors, region.paragraph, unit) ?? fallback ?? story, null);
      }
      if (r) found[k] = { c, r };
    });
    for (const f of found) {
      if (!f) continue;
      const { c, r } = f;
      const where = isHeader(c.start, c.end, header) || region.paragraph < 0 ? 'header' : 'body';
      const written = text.slice(c.start, c.end);
      out.push({
        span: { start: c.start, end: c.end },
        text: written,
        value: r.resolved.value,
        range: r.resolved.range,
        granularity: r.resolved.granularity,
        // Straight apostrophes inside the quoted text become typographic ones, so the quoted
        // expression always reads as one (`'Monday’s' (the publication day) ...`).
        resolution: `'${written.replace(/'/g, '’')}' ${r.how}`,
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

const TENSE_REACH = 240;
const NEIGHBOURS = 8;

const LIMIT = /^(?:by|until|till|before|after)$/i;
const APPOSITION = /^\s*,\s*(?:(?:some|about|around|nearly|almost|roughly|approximately|just|only|barely)\s+)?$/i;

/**
 * `the quake` after `the day after`: a happening of a kind named around the story's opening date
 * (`at`), in its headline, standfirst or first lines, before the phrase itself.
 */
function namesHappening(text: string, from: number, at: number): boolean {
  const m = /^\s+(?:the|this|that)\s+([\p{L}-]+)/u.exec(text.slice(from, from + 40));
  const kind = m ? KINDS.get(m[1]!.toLowerCase()) : undefined;
  if (!kind) return false;
  const opening = text.slice(Math.max(0, at - 1500), Math.min(at + 400, from)).toLowerCase();
  return (opening.match(/[\p{L}-]+/gu) ?? []).some((w) => KINDS.get(w) === kind);
}

const toAnchor = (text: string, f: Found): Anchor => ({ resolved: f.r.resolved, text: text.slice(f.c.start, f.c.end), at: f.c.start });

/** The latest fitting date of this paragraph or the one before: further back, the copy has moved on. */
function nearest(anchors: readonly (Anchor & { paragraph: number })[], paragraph: number, unit: 'day' | 'week' | 'month' | 'year'): Anchor | null {
  for (let i = anchors.length - 1; i >= Math.max(0, anchors.length - 16); i--) {
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
function isAttached(text: string, c: Candidate, ...neighbours: (Candidate | undefined)[]): boolean {
  return neighbours.some((o) => {
    if (!o || o.kind === 'time') return false;
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
