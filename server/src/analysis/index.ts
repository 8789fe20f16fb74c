import { extractDates } from './dates';
import { extractEntities } from './entities';
import { attachEvents } from './events';
import { readHeader } from './header/header';
import { readFrontMatter } from './header/frontMatter';
import type { AnalysisNotice, ArticleModel, Span } from './model';
import { extractQuotes } from './quotes';
import { looksLikeMarkdown, splitParagraphs } from './text/paragraphs';
import { splitSentences } from './text/sentences';

export type * from './model';

export interface AnalysisOptions {
  /** Characters analysed at most; the rest of a longer text is left out with a notice. */
  readonly maxLength?: number;
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
  const header = readHeader(text);
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
    paragraphs,
    sentences,
    entities,
    dates,
    quotes,
    events,
    notices: [...notices, ...quoteNotices],
  };
}
