import type { ArticleModel } from '../../server/src/analysis/model';
import { mentionAt, mentionCount, mentionsOf, mentionStart } from '../../server/src/analysis/entities/mentionList';
import { spanAt, spanContaining, spanCount } from '../../server/src/analysis/text/spanList';

/**
 * What must hold of any article model, whatever the text (issue 9): every span lies inside the
 * analysed text, and every span that claims text covers exactly that text (UTF-16 offsets, as
 * the model promises). Returns the violations found, empty when the model is sound.
 */
export function violations(text: string, model: ArticleModel): string[] {
  const out: string[] = [];
  if (model.length > text.length) out.push(`model.length ${model.length} > text length ${text.length}`);
  const within = (path: string, s: unknown) => {
    if (!s || typeof s !== 'object') return;
    const { start, end } = s as { start?: unknown; end?: unknown };
    if (typeof start !== 'number' || typeof end !== 'number') return;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) {
      out.push(`${path}: span ${start}..${end} outside 0..${text.length}`);
    }
  };
  const covers = (path: string, span: { start: number; end: number } | null | undefined, claimed: string) => {
    if (span && text.slice(span.start, span.end) !== claimed) {
      out.push(`${path}: claims ${JSON.stringify(claimed.slice(0, 80))} but covers ${JSON.stringify(text.slice(span.start, span.end).slice(0, 80))}`);
    }
  };
  // Every object with start/end anywhere in the model, however deep.
  const walk = (path: string, o: unknown) => {
    if (!o || typeof o !== 'object') return;
    if (Array.isArray(o)) return o.forEach((x, i) => walk(`${path}[${i}]`, x));
    within(path, o);
    for (const [k, v] of Object.entries(o)) walk(`${path}.${k}`, v);
  };
  walk('model', model);

  const h = model.header;
  for (const [k, l] of [['headline', h.headline], ['byline', h.byline], ['source', h.source]] as const) if (l) covers(`header.${k}`, l.span, l.value);
  if (h.bodyStart < 0 || h.bodyStart > text.length) out.push(`header.bodyStart ${h.bodyStart} outside the text`);
  // A name broken over a line or spaced twice is spelled with single spaces (`de\nMistura` is
  // `de Mistura`), so that spellings compare: its span covers the name, its text is that, spaced.
  // Mentions are kept flat (`MentionList`), out of the walk's sight: each is a span, a text and
  // flags, in text order.
  model.entities.forEach((e, i) => {
    const l = e.mentions;
    const shaped = l.length % 4 === 0 && l.every((x, j) => (j % 4 === 2 ? typeof x === 'string' : Number.isInteger(x) && (j % 4 !== 3 || (x as number) >= 0 && (x as number) <= 3)));
    if (!shaped) return out.push(`entities[${i}].mentions are not a mention list`);
    for (let j = 0; j < mentionCount(l); j++) {
      within(`entities[${i}].mentions[${j}]`, mentionAt(l, j).span);
      if (j > 0 && mentionStart(l, j) < mentionStart(l, j - 1)) out.push(`entities[${i}].mentions are not in text order`);
    }
  });
  model.entities.forEach((e, i) => mentionsOf(e.mentions).forEach((m, j) => {
    const spaced = text.slice(m.span.start, m.span.end).replace(/\s+/g, ' ');
    if (m.text !== spaced && m.text !== text.slice(m.span.start, m.span.end)) covers(`entities[${i}].mentions[${j}]`, m.span, m.text);
  }));
  model.dates.forEach((d, i) => covers(`dates[${i}]`, d.span, d.text));
  model.quotes.forEach((q, i) => {
    const joined = q.parts.map((p) => text.slice(p.start, p.end)).join(' ');
    if (joined !== q.text) out.push(`quotes[${i}]: text ${JSON.stringify(q.text.slice(0, 80))} is not its parts joined ${JSON.stringify(joined.slice(0, 80))}`);
    if (q.speaker?.span) covers(`quotes[${i}].speaker`, q.speaker.span, q.speaker.text);
    if (q.paragraph < 0 || q.paragraph >= Math.max(1, spanCount(model.paragraphs))) out.push(`quotes[${i}].paragraph ${q.paragraph} out of range`);
  });
  model.events.forEach((e, i) => {
    covers(`events[${i}].trigger`, e.trigger.span, e.trigger.value);
    if (e.date < 0 || e.date >= model.dates.length) out.push(`events[${i}].date ${e.date} is no date`);
  });
  // Spans in order, each sentence within a paragraph.
  for (const [name, list] of [['paragraphs', model.paragraphs], ['sentences', model.sentences]] as const) {
    if (list.length % 2 || list.some((n, i) => !Number.isInteger(n) || n < 0 || n > model.length || (i > 0 && n < list[i - 1]!))) out.push(`${name} are not spans in order`);
  }
  for (let i = 0; i < spanCount(model.sentences); i++) {
    const s = spanAt(model.sentences, i);
    const p = spanContaining(model.paragraphs, s.start);
    if (!p || s.end > p.end) out.push(`sentences[${i}] is in no paragraph`);
  }
  // Entity references point at entities of this article.
  const ids = new Set(model.entities.map((e) => e.id));
  model.quotes.forEach((q, i) => q.speaker?.entity && !ids.has(q.speaker.entity) && out.push(`quotes[${i}].speaker.entity ${q.speaker.entity} unknown`));
  model.events.forEach((e, i) => [...e.participants, ...e.places].forEach((p) => !ids.has(p) && out.push(`events[${i}] names unknown entity ${p}`)));
  return out;
}
