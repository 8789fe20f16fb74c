import type { AnalysisNotice, ArticleEntity, Located, Quotation, Sentence, Span, Speaker } from '../model';
import { chromeParagraphs } from './chrome';
import { buildContext, sentenceIndexAt } from './context';
import { classifyQuote } from './kinds';
import { findQuotations, type MarkedQuote } from './marks';
import { MentionIndex } from './mentions';
import { inheritSpeakers } from './inherit';
import { findSpeaker } from './speakers';
import { sentenceSubject } from './subject';
import { findTurns, spokenTurns, turnSpeaker } from './transcript';
import { WINDOW } from './window';
import { trimSpan } from '../text/trimSpan';

export interface QuoteResult {
  readonly quotes: Quotation[];
  readonly notices: AnalysisNotice[];
}

interface Kept {
  readonly mark: MarkedQuote;
  readonly parts: Span[];
  readonly text: string;
  readonly enclosing: MarkedQuote | null;
  readonly fragment: boolean;
}

/** Quotations with their speakers; scare quotes and titles are left out. Linear in the text. */
export function extractQuotes(
  text: string,
  paragraphs: readonly Span[],
  sentences: readonly Sentence[],
  entities: readonly ArticleEntity[],
  headline: Located<string> | null,
): QuoteResult {
  const { marks, strays } = findQuotations(text, paragraphs);
  const notices: AnalysisNotice[] = strays.map((s) => ({
    code: 'unclosed-quotation' as const,
    span: { start: s.at, end: s.at + 1 },
    message: 'This quotation mark is never closed; the next opening mark starts a new quotation.',
  }));
  const enclosing = enclosingOf(marks);
  const british = isBritish(text, marks, enclosing, headline);
  const chrome = chromeParagraphs(text, paragraphs);
  const kept: Kept[] = [];
  const keptMarks = new Set<MarkedQuote>();
  marks.forEach((m, i) => {
    const parts = m.parts.map((p) => trimSpan(text, p)).filter((p) => p.end > p.start);
    if (!parts.length || chrome.has(m.paragraph)) return;
    const inner = parts.map((p) => text.slice(p.start, p.end)).join(' ');
    const outer = enclosing[i] ?? null;
    const inHeadline = inHeadlineCopy(text, paragraphs[m.paragraph]!, m, outer, headline);
    if (m.style === 'single' && !inHeadline && !outer && !british && inner.split(/\s+/).length < 4) return;
    const from = outer ? outer.open + 1 : sentenceAt(sentences, m.open)?.span.start ?? m.open;
    const to = outer ? outer.close : Math.max(sentenceAt(sentences, m.close)?.span.end ?? m.close, m.close + 1);
    const before = text.slice(Math.max(from, m.open - WINDOW), m.open);
    const after = text.slice(m.close + 1, Math.min(to, m.close + 1 + WINDOW));
    const sentence = text.slice(Math.max(from, m.open - WINDOW), Math.min(to, m.close + 1 + WINDOW));
    if (!inHeadline && classifyQuote(inner, before, after, sentence, headline?.value ?? null) !== 'quotation') return;
    if (inHeadline && headline && inner.trim() === headline.value.trim()) return;
    if (m.unclosed) notices.push(unclosed(m.open));
    // Inside a title or scare quote that was dropped (`comment at "USA, Russia ‘not there yet’ on
    // Syria deal"`), a quote stands on its own; inside a quotation, it is someone else's words.
    const quotedIn = outer && keptMarks.has(outer) ? outer : null;
    keptMarks.add(m);
    kept.push({ mark: m, parts, text: inner, enclosing: quotedIn, fragment: isFragment(inner, before) });
  });

  const topLevel = kept.filter((k) => !k.enclosing).flatMap((k) => k.parts);
  const mentions = new MentionIndex(entities, topLevel);
  const ctx = buildContext(text, sentences, mentions, entities, sentenceSubject);
  const turns = findTurns(text, paragraphs);
  // Labels repeat (`SMITH:` speaks many turns): each is resolved once.
  const byLabel = new Map<string, Speaker>();
  const turnSpeakers = turns.map((t) => {
    const label = text.slice(t.label.start, t.label.end);
    const known = byLabel.get(label) ?? turnSpeaker(ctx, t, turns[0]!.label.start);
    byLabel.set(label, known);
    return { ...known, span: t.label };
  });
  const turnOf = new Map(turns.flatMap((t, i) => t.paragraphs.map((p) => [p, i] as const)));

  const quotes: Quotation[] = [];
  const nested = new Set<Quotation>();
  const others = kept.map((k) => ({ start: k.mark.open + 1, end: k.mark.close }));
  kept.forEach((k, i) => {
    const m = k.mark;
    const s = wrappedSentence(text, sentences, Math.max(0, sentenceIndexAt(sentences, m.open)));
    const from = k.enclosing ? k.enclosing.open + 1 : s?.span.start ?? m.open;
    const to = k.enclosing ? k.enclosing.close : Math.max(sentenceAt(sentences, m.close)?.span.end ?? m.close, m.close + 1);
    const near = neighbours(others, i, m.open - WINDOW, m.close + WINDOW).filter((o) => !(o.start <= m.open && o.end >= m.close));
    const site = { open: m.open, close: m.close, sentence: s ?? { span: { start: from, end: to }, paragraph: m.paragraph }, from, to, others: near, lead: leadIn(text, paragraphs, sentences, m) };
    let speaker = s ? findSpeaker(ctx, site) : null;
    const turn = turnOf.get(m.paragraph);
    if (turn !== undefined && !k.enclosing) {
      // In a turn, the words are the speaker's unless the turn names another; `I` is the speaker.
      const own = turnSpeakers[turn]!;
      if (!speaker) speaker = own;
      else if (/^(?:i|we)$/i.test(speaker.text)) speaker = { ...speaker, entity: own.entity, how: `${speaker.how}, first person of ${own.text}` };
    }
    if (speaker) ctx.spoken.push(speaker);
    const quote: Quotation = {
      id: '',
      span: { start: k.parts[0]!.start, end: k.parts[k.parts.length - 1]!.end },
      parts: k.parts,
      text: k.text,
      fragment: k.fragment,
      speaker: k.enclosing ? nestedSpeaker(speaker, k.enclosing) : speaker,
      paragraph: m.paragraph,
    };
    if (k.enclosing) nested.add(quote);
    quotes.push(quote);
  });
  const numbered = quotes.map((q, i) => ({ ...q, id: `q${i}` }));
  const nestedNumbered = new Set(numbered.filter((_, i) => nested.has(quotes[i]!)));
  const speech = turns.map((t, i) => ({ text: t.parts.map((p) => text.slice(p.start, p.end)).join(' '), speaker: turnSpeakers[i]! }));
  const marked = inheritSpeakers(text, paragraphs, numbered, ctx, nestedNumbered, speech);
  // After the marked ones: a position inside a quotation within a turn finds that quotation first.
  return { quotes: [...marked, ...spokenTurns(text, turns, turnSpeakers, marked, marked.length)], notices };
}

/** For each mark, the nearest mark around it (a quote inside a quote), by one sweep with a stack. */
function enclosingOf(marks: readonly MarkedQuote[]): (MarkedQuote | undefined)[] {
  const stack: MarkedQuote[] = [];
  return marks.map((m) => {
    while (stack.length && stack[stack.length - 1]!.close < m.open) stack.pop();
    const top = stack[stack.length - 1];
    const outer = top && top.close > m.close ? top : undefined;
    stack.push(m);
    return outer;
  });
}

/**
 * British copy quotes with single marks and nests double ones inside: when single-quoted
 * stretches outside any double quote outnumber double-quoted ones, single marks are quotations.
 */
function isBritish(text: string, marks: readonly MarkedQuote[], enclosing: readonly (MarkedQuote | undefined)[], headline: Located<string> | null): boolean {
  let singles = 0;
  let doubles = 0;
  marks.forEach((m, i) => {
    if (enclosing[i] || headline && m.open >= headline.span.start && m.close <= headline.span.end) return;
    if (m.style === 'double') doubles++;
    else if (/\s/.test(text.slice(m.open + 1, m.close).trim())) singles++;
  });
  return singles > doubles;
}

/**
 * A quote in the headline, or in a copy of it (a blog repeating the headline line, a footer's
 * `comment at "USA, Russia ‘not there yet’ on Syria deal"`): headlines quote with single marks
 * and attribute nothing, so their quotes are taken as quotations whatever their length.
 */
function inHeadlineCopy(text: string, para: Span, m: MarkedQuote, outer: MarkedQuote | null, headline: Located<string> | null): boolean {
  if (!headline) return false;
  if (m.open >= headline.span.start && m.close <= headline.span.end) return true;
  const h = headline.value.trim();
  const same = (from: number, to: number): boolean => to - from < h.length * 2 && text.slice(from, to).trim() === h;
  return (!!outer && same(outer.open + 1, outer.close)) || same(para.start, para.end);
}

function neighbours(others: readonly Span[], i: number, from: number, to: number): Span[] {
  const out: Span[] = [];
  for (let j = i - 1; j >= 0 && others[j]!.start >= from; j--) out.push(others[j]!);
  for (let j = i + 1; j < others.length && others[j]!.start < to; j++) out.push(others[j]!);
  return out;
}

/**
 * A nested quote's speaker is named inside the quote around it (`"When she said 'we close', I
 * cried"`), as written: a pronoun there is the outer speaker's, not one to resolve from the copy.
 */
function nestedSpeaker(speaker: Speaker | null, outer: MarkedQuote): Speaker | null {
  if (!speaker?.span || speaker.span.start <= outer.open || speaker.span.end > outer.close) return null;
  return speaker.how === 'pronoun' ? { ...speaker, entity: null } : speaker;
}

/**
 * The sentence at index `i`, joined to the one before when a single line break cut it from it
 * mid-sentence (`He told the\nHarbour Gazette: "..."` in hard-wrapped Markdown).
 */
function wrappedSentence(text: string, sentences: readonly Sentence[], i: number): Sentence | undefined {
  const s = sentences[i];
  const prev = sentences[i - 1];
  if (!s || !prev || prev.paragraph === s.paragraph) return s;
  const gap = text.slice(prev.span.end, s.span.start);
  if (!/^[ \t]*\r?\n[ \t]*$/.test(gap) || /[.!?:;"”’)]$/.test(text.slice(prev.span.start, prev.span.end))) return s;
  return { span: { start: prev.span.start, end: s.span.end }, paragraph: s.paragraph };
}

/** The sentence ending the paragraph before, when it ends with a colon and this quotation opens its own paragraph. */
function leadIn(text: string, paragraphs: readonly Span[], sentences: readonly Sentence[], m: MarkedQuote): Sentence | null {
  const para = paragraphs[m.paragraph]!;
  const previous = paragraphs[m.paragraph - 1];
  if (!previous || !/^[\s>*_]*$/.test(text.slice(para.start, m.open)) || !/:[\s*_]*$/.test(text.slice(previous.end - 3, previous.end))) return null;
  return sentenceAt(sentences, previous.end - 1) ?? null;
}

function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  const i = sentenceIndexAt(sentences, offset);
  return i >= 0 ? sentences[i] : undefined;
}

function unclosed(at: number): AnalysisNotice {
  return {
    code: 'unclosed-quotation',
    span: { start: at, end: at + 1 },
    message: 'This quotation mark is never closed; the quotation is taken to end with its paragraph.',
  };
}

function isFragment(inner: string, before: string): boolean {
  const t = inner.trim();
  if (/^[\p{Ll}]/u.test(t) && !/[.!?]["”’]?$/.test(t)) return true;
  const words = t.split(/\s+/).length;
  return words <= 5 && !/[.!?,]$/.test(t) && /\S\s*$/.test(before);
}
