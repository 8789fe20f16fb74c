import type { Quotation, Span, Speaker } from '../model';
import { trimSpan } from '../text/trimSpan';
import { sentenceIndexAt, type QuoteContext } from './context';
import { bySurname, resolveSpeaker, subjectPerson } from './resolve';

/** One speaker's turn in a transcript: `SMITH: We will not close the bridge.` */
export interface Turn {
  /** The label as written: `SMITH`, `Q`, `Ms Tate`. */
  readonly label: Span;
  /** The words of the turn, one part per paragraph. */
  readonly parts: readonly Span[];
  /** Index of each paragraph the turn covers. */
  readonly paragraphs: readonly number[];
}

/** A turn runs over at most this many paragraphs; more unlabelled ones between turns are prose. */
const MAX_TURN_PARAGRAPHS = 4;

/**
 * `SMITH:`, `MR. ASHDOWN:`, `Q:`, `A:` or a mixed-case name (`Peter Hallam:`) opening a
 * paragraph; after the first word, a one-letter one (`BRENDAN Ó SÚILLEABHÁIN:`, `J. R. SMITH:`).
 */
const LABEL = /^[>*_\s]*((?:Q|A)|\p{Lu}[\p{Lu}'’.-]+(?:\s+\p{Lu}[\p{Lu}'’.-]*){0,3}|\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})[*_]*\s*:[ \t]+(?=\S)/u;

/** Labels that open header and web-chrome lines, not turns of speech. */
const NOT_SPEAKERS = new Set(
  ('source sources update updated note notes correction clarification photo photos caption image tags tag contact ' +
    'published posted date dated by author writer reporter byline embargo ends keywords slug headline dateline what ' +
    'why who when where how background read more related editor editors warning disclaimer summary and but also')
    .split(' '),
);

/**
 * Transcript turns: paragraphs opening with a speaker label. A turn is verbatim speech but not a
 * quotation record (it has no marks); its label is the speaker of the quotations inside it that
 * name no other, and its words are a source for the same words quoted elsewhere (a Q-and-A's
 * headline quoting the answer). Only where the article reads as a
 * transcript (two labelled paragraphs or more, with a label used twice or both `Q` and `A`), so
 * that a stray `Note:` or `UPDATE:` line is never taken for speech. An unlabelled paragraph
 * between two turns goes on the turn before it (up to a few); one after the last turn is prose.
 */
export function findTurns(text: string, paragraphs: readonly Span[]): Turn[] {
  const labelled: { label: Span; body: number; paragraph: number; key: string }[] = [];
  paragraphs.forEach((p, paragraph) => {
    const m = LABEL.exec(text.slice(p.start, Math.min(p.end, p.start + 80)));
    if (!m) return;
    const words = m[1]!.toLowerCase().replace(/[.'’]/g, '').split(/\s+/);
    if (words.some((w) => NOT_SPEAKERS.has(w))) return;
    const start = p.start + m[0].indexOf(m[1]!);
    labelled.push({ label: { start, end: start + m[1]!.length }, body: p.start + m[0].length, paragraph, key: m[1]!.toUpperCase() });
  });
  if (labelled.length < 2) return [];
  const counts = new Map<string, number>();
  for (const l of labelled) counts.set(l.key, (counts.get(l.key) ?? 0) + 1);
  const qa = counts.has('Q') && counts.has('A');
  const repeated = [...counts.values()].some((n) => n >= 2);
  if (!qa && !repeated) return [];
  // Keep the labels that recur or are Q/A, and all-caps names (a transcript's house style).
  const keep = labelled.filter((l) => (counts.get(l.key) ?? 0) >= 2 || (qa && /^[QA]$/.test(l.key)) || /^[\p{Lu}'’. -]+$/u.test(text.slice(l.label.start, l.label.end)));
  return keep.map((l, i) => {
    const parts: Span[] = [{ start: l.body, end: paragraphs[l.paragraph]!.end }];
    const covered = [l.paragraph];
    const next = keep[i + 1];
    if (next && next.paragraph - l.paragraph <= MAX_TURN_PARAGRAPHS) {
      for (let p = l.paragraph + 1; p < next.paragraph; p++) {
        parts.push(paragraphs[p]!);
        covered.push(p);
      }
    }
    return { label: l.label, parts, paragraphs: covered };
  });
}

/**
 * Who speaks a turn: the label resolved to a person (`HALLAM` by surname, whatever the entity
 * layer made of the capitals), `A` the interviewee, `Q`, `HOST` or `ANCHOR` as written.
 */
export function turnSpeaker(ctx: QuoteContext, t: Turn, introEnd: number): Speaker {
  const label = ctx.text.slice(t.label.start, t.label.end);
  const how = 'transcript label';
  if (label === 'A') return { text: label, span: t.label, entity: interviewee(ctx, introEnd), how };
  const surname = label === label.toUpperCase() ? bySurname(ctx, label.replace(/^(?:MR|MRS|MS|DR)\.?\s+/, '')) : null;
  return surname ? { text: label, span: t.label, entity: surname, how } : resolveSpeaker(ctx, label, t.label.start, how);
}

/** Lines that name the interviewer, not the interviewee. */
const CREDIT_LINE = /(?:\bby|\breporter:|\bwriter:|\binterviewer:)\s*$/i;

/**
 * In a Q-and-A, `A` is the person the introduction presents: the first person who is the subject
 * of a sentence before the first question (`Ximena Orellana has been Chile's minister...`), else
 * the first person named, leaving out the credited interviewer.
 */
function interviewee(ctx: QuoteContext, introEnd: number): string | null {
  const credited = (at: number): boolean => CREDIT_LINE.test(ctx.text.slice(ctx.text.lastIndexOf('\n', at) + 1, at));
  const last = sentenceIndexAt(ctx.sentences, introEnd - 1);
  for (let k = 0; k <= last; k++) {
    const person = subjectPerson(ctx, k);
    if (person) return person;
  }
  const named = ctx.mentions.within(0, introEnd).find((m) => m.entity.kind === 'person' && !credited(m.span.start));
  return named?.entity.id ?? null;
}

/**
 * Each turn's words as a spoken quotation by its speaker: a radio interview is where a paper's
 * quotation comes from, and a turn is what the paper quotes (a sentence or a few words of it,
 * matched as any shorter copy is). A turn's label and the unlabelled paragraphs it runs over are
 * left as `findTurns` read them; a turn with no words is left out. A marked quotation inside a
 * turn given to someone else (a listener's text the presenter reads out) is cut out of it: those
 * are not the speaker's words, and a paper quoting them would otherwise find the presenter
 * saying them too. Ids follow the marked quotations' (`firstId` on).
 */
export function spokenTurns(text: string, turns: readonly Turn[], speakers: readonly Speaker[], marked: readonly Quotation[], firstId: number): Quotation[] {
  const out: Quotation[] = [];
  // Turns are in order and apart: one pass over the marked quotations, never turns × quotations.
  const byStart = [...marked].sort((a, b) => a.span.start - b.span.start);
  let next = 0;
  turns.forEach((t, i) => {
    const speaker = speakers[i] ?? null;
    const from = t.parts[0]!.start;
    const to = t.parts[t.parts.length - 1]!.end;
    while (next < byStart.length && byStart[next]!.span.end <= from) next++;
    const others: Span[] = [];
    for (let k = next; k < byStart.length && byStart[k]!.span.start < to; k++) {
      if (!sameSpeaker(byStart[k]!.speaker, speaker)) others.push(byStart[k]!.span);
    }
    const parts = t.parts.flatMap((p) => cutOut(p, others)).map((p) => trimSpan(text, p)).filter((p) => p.end > p.start);
    if (!parts.length) return;
    out.push({
      id: `q${firstId + out.length}`,
      span: { start: parts[0]!.start, end: parts[parts.length - 1]!.end },
      parts,
      text: parts.map((p) => text.slice(p.start, p.end)).join(' '),
      fragment: false,
      speaker,
      paragraph: t.paragraphs[0]!,
      spoken: true,
    });
  });
  return out;
}

const sameSpeaker = (a: Speaker | null, b: Speaker | null): boolean =>
  !!a && !!b && (a.entity || b.entity ? a.entity === b.entity : a.text === b.text);

/** `span` less the quotations in it (sorted by start; their marks too), as the pieces left. */
function cutOut(span: Span, quotes: readonly Span[]): Span[] {
  const out: Span[] = [];
  let at = span.start;
  for (const q of quotes) {
    if (q.end <= at || q.start >= span.end) continue;
    if (q.start - 1 > at) out.push({ start: at, end: q.start - 1 });
    at = Math.max(at, q.end + 1);
  }
  if (at < span.end) out.push({ start: at, end: span.end });
  return out;
}
