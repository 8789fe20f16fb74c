import { extractDates } from './dates';
import { extractEntities } from './entities';
import { attachEvents } from './events';
import { readHeader } from './header/header';
import { readFrontMatter } from './header/frontMatter';
import type { AnalysisNotice, ArticleModel, Span } from './model';
import { extractQuotes } from './quotes';
import { looksLikeMarkdown, splitParagraphs } from './text/paragraphs';
import { splitSentences } from './text/sentences';
import { toSpanList } from './text/spanList';

export type * from './model';

export interface AnalysisOptions {
  /** Characters analysed at most; the rest of a longer text is left out with a notice. */
  readonly maxLength?: number;
  /**
   * A date to resolve relative dates against when the article states none (`2024-03-12`, and how
   * it was known: `the file was last modified`). The article still counts as undated.
   */
  readonly fallbackDate?: { readonly value: string; readonly how: string };
}

export const DEFAULT_MAX_LENGTH = 2_000_000;

/**
 * Reads one article: header, paragraphs and sentences, the people, organisations and places it
 * names, its dates resolved against its own publication date, its quotations with speakers, and
 * the happenings its dates place. Pure: text in, model out.
 */
export function analyseArticle(fullText: string, options: AnalysisOptions = {}): ArticleModel {
  const max = options.maxLength ?? DEFAULT_MAX_LENGTH;
  const notices: AnalysisNotice[] = [];
  let text = fullText;
  if (text.length > max) {
    text = text.slice(0, max);
    notices.push({
      code: 'truncated',
      span: { start: max, end: max },
      message: `Only the first ${max.toLocaleString('en')} characters of this ${fullText.length.toLocaleString('en')}-character file were analysed.`,
    });
  }
  const stated = readHeader(text);
  const fallback = options.fallbackDate;
  const header = !stated.published && fallback && /^\d{4}-\d{2}-\d{2}$/.test(fallback.value)
    ? { ...stated, reference: { value: fallback.value, span: { start: 0, end: 0 }, how: fallback.how } }
    : stated;
  const frontMatter = readFrontMatter(text);
  const bodyFrom = frontMatter?.span.end ?? 0;
  const paragraphs = splitParagraphs(text, bodyFrom, text.length, { markdown: looksLikeMarkdown(text), headerEnd: header.bodyStart });
  const sentences = splitSentences(text, paragraphs);
  const entities = extractEntities(text, sentences, header);
  const dateFields: Span[] = frontMatter
    ? [...frontMatter.fields].filter(([k]) => /date|published/.test(k)).map(([, v]) => v.span)
    : [];
  const found = extractDates(text, sentences, header, dateFields);
  const { quotes, notices: quoteNotices } = extractQuotes(text, paragraphs, sentences, entities, header.headline);
  const { events, dates } = attachEvents(text, sentences, entities, found);
  return {
    length: text.length,
    header,
    paragraphs: toSpanList(paragraphs),
    sentences: toSpanList(sentences.map((s) => s.span)),
    entities,
    dates,
    quotes,
    events,
    notices: [...notices, ...quoteNotices],
  };
}
