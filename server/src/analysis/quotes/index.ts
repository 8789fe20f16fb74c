import type { AnalysisNotice, ArticleEntity, Located, Quotation, Sentence, Span, Speaker } from '../model';
import { foldKey } from '../text/fold';
import { sentenceAt } from '../text/sentences';
import { classifyQuote } from './kinds';
import { findQuotations, type MarkedQuote } from './marks';
import { findSpeaker, type MentionRef, type SpeakerContext } from './speakers';

export interface QuoteResult {
  readonly quotes: Quotation[];
  readonly notices: AnalysisNotice[];
}

/** Quotations with their speakers; scare quotes and titles are left out. */
export function extractQuotes(
  text: string,
  paragraphs: readonly Span[],
  sentences: readonly Sentence[],
  entities: readonly ArticleEntity[],
  headline: Located<string> | null,
): QuoteResult {
  const marked = findQuotations(text, paragraphs);
  const doubles = marked.filter((m) => m.style === 'double');
  const mentions: MentionRef[] = entities
    .flatMap((entity) => entity.mentions.map((m) => ({ span: m.span, entity })))
    .filter((m) => !doubles.some((q) => m.span.start > q.open && m.span.end <= q.close))
    .sort((a, b) => a.span.start - b.span.start);
  const ctx: SpeakerContext = { text, mentions, entities };
  const notices: AnalysisNotice[] = [];
  const quotes: Quotation[] = [];

  for (const m of marked) {
    const parts = m.parts.map((p) => trim(text, p)).filter((p) => p.end > p.start);
    if (!parts.length) continue;
    const inner = parts.map((p) => text.slice(p.start, p.end)).join(' ');
    const openSentence = sentenceAt(sentences, m.open) ?? sentenceAt(sentences, m.open + 1);
    const closeSentence = sentenceAt(sentences, m.close) ?? sentenceAt(sentences, m.close - 1) ?? openSentence;
    const sentence: Span = {
      start: openSentence?.span.start ?? paragraphs[m.paragraph]!.start,
      end: Math.max(closeSentence?.span.end ?? 0, m.close + 1),
    };
    const enclosing = doubles.find((d) => d !== m && d.open < m.open && d.close > m.close);
    const inHeadline = headline !== null && m.open >= headline.span.start && m.close <= headline.span.end;
    if (m.style === 'single' && !inHeadline && !enclosing && !looksLikeQuote(text, m)) continue;
    if (m.unclosed) {
      notices.push({
        code: 'unclosed-quotation',
        span: { start: m.open, end: m.open + 1 },
        message: 'This quotation mark is never closed; the quotation is taken to end with its paragraph.',
      });
    }
    const before = text.slice(sentence.start, m.open);
    const after = text.slice(m.close + 1, sentence.end);
    const kind = m.style === 'single' && (inHeadline || enclosing)
      ? 'quotation'
      : classifyQuote(inner, before, after, text.slice(sentence.start, sentence.end), headline?.value ?? null);
    if (kind !== 'quotation') continue;
    let speaker: Speaker | null = findSpeaker(ctx, m.open, m.close, sentence);
    if (!speaker) speaker = fromPreviousQuote(quotes, m.paragraph);
    quotes.push({
      id: `q${quotes.length}`,
      span: { start: parts[0]!.start, end: parts[parts.length - 1]!.end },
      parts,
      text: inner,
      fragment: isFragment(inner, before),
      speaker,
      paragraph: m.paragraph,
    });
  }
  return { quotes: inheritFromSameWords(quotes), notices };
}

/** British copy quotes with single marks; a single-quoted stretch of several words ending a clause is a quotation. */
function looksLikeQuote(text: string, m: MarkedQuote): boolean {
  const inner = text.slice(m.open + 1, m.close);
  return inner.trim().split(/\s+/).length >= 4;
}

function fromPreviousQuote(quotes: readonly Quotation[], paragraph: number): Speaker | null {
  const prev = quotes[quotes.length - 1];
  if (!prev || prev.paragraph !== paragraph || !prev.speaker) return null;
  return { ...prev.speaker, how: 'previous quotation in the paragraph' };
}

/** A headline's `'hangs by a thread'` takes the speaker of the same words quoted in the body. */
function inheritFromSameWords(quotes: Quotation[]): Quotation[] {
  return quotes.map((q) => {
    if (q.speaker) return q;
    const key = foldKey(q.text);
    if (!key) return q;
    const same = quotes.find((o) => o !== q && o.speaker?.entity && foldKey(o.text).includes(key));
    return same ? { ...q, speaker: { ...same.speaker!, how: 'the same words quoted elsewhere in the article' } } : q;
  });
}

function isFragment(inner: string, before: string): boolean {
  const t = inner.trim();
  if (/^[\p{Ll}]/u.test(t) && !/[.!?]["”’]?$/.test(t)) return true;
  const words = t.split(/\s+/).length;
  return words <= 5 && !/[.!?,]$/.test(t) && /\S\s*$/.test(before);
}

function trim(text: string, p: Span): Span {
  let { start, end } = p;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}
