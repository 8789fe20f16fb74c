import { mentionsOf } from '../analysis/entities/mentionList';
import { createHash } from 'node:crypto';
import { analyseArticle } from '../analysis';
import type { ArticleModel, Span } from '../analysis/model';
import { foldKey } from '../analysis/text/fold';
import { sentenceOf, type ArticleRecord } from '../corpus';
import { quoteTokens } from '../corpus/quotes/normalise';
import { entityKeys } from '../corpus/registry';
import { LineIndex } from '../service/lines';
import { shingleKeys } from './shingles';

/**
 * One article as rows of the archive's tables. Built from the same analysis and the same
 * normalisation the workspace uses (`quoteTokens`, `foldKey`, `entityKeys`), so a lookup from
 * the desk and a row in the archive agree on what "the same words" and "the same name" are.
 */
export interface ArticleRows {
  readonly article: {
    id: string; path: string; hash: string; analysed_by: string; published: string | null; source: string | null;
    headline: string | null; byline: string | null; text: string;
  };
  readonly quotes: QuoteRow[];
  readonly entities: EntityRow[];
  readonly events: EventRow[];
}

/** Where a span is: offsets and line/character both, since the server has no archived text at hand. */
interface Placed {
  span_start: number; span_end: number; start_line: number; start_char: number; end_line: number; end_char: number;
}

// Column names as in the tables: rows go to PostgreSQL as JSON through jsonb_to_recordset.
export interface QuoteRow extends Placed { quote_id: string; text: string; norm: string; shingles: string[]; n_words: number; speaker: string | null }
export interface EntityRow extends Placed {
  entity_id: string; kind: string; name: string; name_key: string; names: string[];
  roles: { text: string; sentence: string }[]; mentions: number;
}
export interface EventRow extends Placed {
  event_id: string; kind: string; trigger: string; date_text: string; value: string | null; first_day: string; last_day: string;
  resolution: string; terms: string[]; keys: string[]; postings: string[];
}

declare const COPYDESK_VERSION: string;

/**
 * The Copydesk that analysed a row (the package version, `dev` from source). A new release may
 * read articles better, so rows another version wrote are analysed again, though their text is the same.
 */
export const ANALYSED_BY = typeof COPYDESK_VERSION === 'string' ? COPYDESK_VERSION : 'dev';

/** Content hash of an article's text (hex SHA-256): what "changed" means to the indexer. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The archive id of an article: 63 bits of the SHA-256 of its path, as a decimal string (a bigint). */
export function articleId(path: string): string {
  const h = createHash('sha256').update(path, 'utf8').digest();
  return (h.readBigUInt64BE(0) & 0x7fffffffffffffffn).toString();
}

export function articleRows(path: string, text: string, model: ArticleModel = analyseArticle(text)): ArticleRows {
  const lines = new LineIndex(text);
  const place = (s: Span): Placed => {
    const a = lines.position(s.start);
    const b = lines.position(s.end);
    return { span_start: s.start, span_end: s.end, start_line: a.line, start_char: a.character, end_line: b.line, end_char: b.character };
  };
  const record: ArticleRecord = { uri: path, text, model };
  const h = model.header;

  const quotes: QuoteRow[] = [];
  for (const q of model.quotes) {
    const words = quoteTokens(text, q).map((t) => t.word);
    if (!words.length) continue;
    const speaker = q.speaker?.entity ? model.entities.find((e) => e.id === q.speaker!.entity)?.name ?? q.speaker.text : q.speaker?.text ?? null;
    quotes.push({ quote_id: q.id, text: q.text, norm: words.join(' '), shingles: shingleKeys(words), n_words: words.length, speaker, ...place(q.span) });
  }

  const entities: EntityRow[] = model.entities.map((e) => {
    const mentions = mentionsOf(e.mentions);
    const names = new Set([foldKey(e.name), ...mentions.filter((m) => m.full).map((m) => foldKey(m.text))]);
    names.delete('');
    const roles = e.roles.map((r) => ({ text: r.text, sentence: sentenceOf(record, r.span, 200) }));
    return {
      entity_id: e.id, kind: e.kind, name: e.name, name_key: foldKey(e.name), names: [...names], roles,
      mentions: mentions.length, ...place(mentions[0]?.span ?? { start: 0, end: 0 }),
    };
  });

  const events: EventRow[] = [];
  for (const ev of model.events) {
    const d = model.dates[ev.date];
    if (!d?.range) continue;
    const involved = [...ev.participants, ...ev.places].map((id) => model.entities.find((e) => e.id === id)).filter((e) => !!e);
    const keys = [...new Set(involved.flatMap((e) => entityKeys(e)))];
    // The same postings the workspace's EventIndex files events under: kind|entity key, kind|#number.
    const numbers = ev.terms.filter((t) => /^\d{2,}$/.test(t) && !/^(?:19|20)\d\d$/.test(t));
    const postings = [...keys.map((k) => `${ev.kind}|${k}`), ...numbers.map((n) => `${ev.kind}|#${n}`)];
    events.push({
      event_id: ev.id, kind: ev.kind, trigger: ev.trigger.value, date_text: d.text, value: d.value, first_day: d.range.first,
      last_day: d.range.last, resolution: d.resolution, terms: [...ev.terms], keys, postings, ...place(d.span),
    });
  }

  return {
    article: {
      id: articleId(path), path, hash: contentHash(text), analysed_by: ANALYSED_BY, published: /^\d{4}-\d{2}-\d{2}$/.test(h.published?.value ?? '') ? h.published!.value : null,
      source: h.source?.value ?? null, headline: h.headline?.value ?? null, byline: h.byline?.value ?? null, text,
    },
    quotes,
    entities,
    events,
  };
}
