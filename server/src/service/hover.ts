import { mentionAt, mentionCount } from '../analysis/entities/mentionList';
import { describe } from '../analysis/dates/resolve';
import { overlaps } from '../analysis/dates/timex';
import { describeArticle, sentenceOf, sourceOf, type Desk } from '../corpus';
import type { ArticleModel, Quotation, Role } from '../analysis/model';
import { foldKey } from '../analysis/text/fold';
import { LastingAnswers } from '../corpus/lasting';
import { targetAt } from './locate';
import type { DateHover, EntityHover, HoverInfo, QuoteHover } from './types';

const MAX_LIST = 12;
const MAX_QUOTES = 6;

/**
 * Hovers worked out for the desk as it is (`Desk.version`): an editor moving the mouse over a
 * name asks again and again, and a person named in thousands of articles, or a line quoted by a
 * thousand, is worth working out once per change of the desk, not once per request.
 */
const answered = new WeakMap<Desk, { version: number; hovers: Map<string, HoverInfo | null> }>();
const MAX_ANSWERED = 200;
/** Names' and quotations' hovers, kept across changes to other articles (see `LastingAnswers`). */
const lasting = new LastingAnswers<HoverInfo | null>(MAX_ANSWERED);

/** What Copydesk knows about the name, date or quotation under the cursor. */
export function hoverAt(desk: Desk, uri: string, offset: number): HoverInfo | null {
  const article = desk.article(uri);
  if (!article) return null;
  const target = targetAt(article, offset);
  if (!target) return null;
  let memo = answered.get(desk);
  if (!memo || memo.version !== desk.version) answered.set(desk, (memo = { version: desk.version, hovers: new Map() }));
  const { hovers } = memo;
  const remember = (key: string, make: () => HoverInfo | null) => {
    let info = hovers.get(key);
    if (info === undefined) {
      info = make();
      if (hovers.size >= MAX_ANSWERED) hovers.clear();
      hovers.set(key, info);
    }
    return info;
  };
  if (target.kind === 'date') return remember(`d${uri}#${target.index}`, () => dateHover(desk, uri, target.index));
  if (target.kind === 'quote') {
    const { id } = target.quote;
    return remember(`q${uri}#${id}`, () => {
      const speaker = target.quote.speaker?.entity ? desk.registry.entityOf(uri, target.quote.speaker.entity) : undefined;
      const copies = desk.quotes.copiesToken(uri, id);
      return lasting.get(desk, `q${uri}#${id}`, [copies, speaker], () => ({ value: quoteHover(desk, uri, id), uris: (u) => desk.quotes.holdsQuotationOrCopy(u, uri, id) }));
    });
  }
  // A name's mentions share one answer, each with its own span (the same object each time it is asked).
  const { entity, mention } = target;
  return remember(`m${uri}#${entity.id}@${mention.span.start}`, () => {
    const info = remember(`e${uri}#${entity.id}`, () => {
      const we = desk.registry.entityOf(uri, entity.id);
      // A person's hover reads the same in each article naming them (the span is set below): one
      // answer per person, not one per article and person worked out again from their thousand.
      const key = we ? `c${we.key}` : `e${uri}#${entity.id}`;
      return lasting.get(desk, key, [we], () => ({ value: entityHover(desk, uri, entity.id), uris: we ? we.members.map((m) => m.uri) : [uri] }));
    });
    return info && { ...info, span: mention.span };
  });
}

function entityHover(desk: Desk, uri: string, entityId: string): EntityHover | null {
  const we = desk.registry.entityOf(uri, entityId);
  const own = desk.article(uri)!.model.entities.find((e) => e.id === entityId)!;
  const members = we?.members ?? [{ uri, entity: own }];
  const roles: EntityHover['roles'][number][] = [];
  const mentionedIn: EntityHover['mentionedIn'][number][] = [];
  const quotes: EntityHover['quotes'][number][] = [];
  // Lists are cut short, and a person quoted in a thousand articles is hovered over often: each
  // article is named, and each quotation's words folded, only where it is listed.
  const roleTexts = new Set<string>();
  const quoteKeys = new Set<string>();
  const folded = new Map<string, string>();
  let more = 0;
  for (const m of members) {
    const a = desk.article(m.uri);
    if (!a) continue;
    let described: string | undefined;
    const label = () => (described ??= describeArticle(a));
    // Once the list is full no role changes it: the rest are not looked at.
    for (const r of roles.length < MAX_LIST ? m.entity.roles : NO_ROLES) {
      const text = r.text.toLowerCase();
      if (!roleTexts.has(text)) {
        roleTexts.add(text);
        if (roles.length < MAX_LIST) roles.push({ uri: m.uri, span: r.span, article: label(), text: r.text, sentence: sentenceOf(a, r.span, 200) });
      }
    }
    if (mentionedIn.length < MAX_LIST * 4) mentionedIn.push({ uri: m.uri, span: mentionAt(m.entity.mentions, 0).span, article: label() });
    for (const q of quotedBy(a.model).get(m.entity.id) ?? NONE) {
      // The same words quoted by several articles (or twice in one) are listed once, where first seen.
      let key = folded.get(q.text);
      if (key === undefined) folded.set(q.text, (key = foldKey(q.text)));
      if (quoteKeys.has(key)) continue;
      quoteKeys.add(key);
      if (quotes.length < MAX_QUOTES) quotes.push({ uri: m.uri, span: q.span, article: label(), text: q.text });
      else more++;
    }
  }
  return {
    kind: 'entity',
    // The mention under the cursor replaces it (`hoverAt`): one answer serves every mention.
    span: mentionAt(own.mentions, 0).span,
    name: we?.name ?? own.name,
    entityKind: we?.kind ?? own.kind,
    mentions: members.reduce((n, m) => n + mentionCount(m.entity.mentions), 0),
    articles: new Set(members.map((m) => m.uri)).size,
    roles,
    spellings: (we?.spellings ?? []).map((s) => ({ text: s.text, articles: s.uris.length })),
    mentionedIn,
    quotes,
    moreQuotes: more,
  };
}

const NONE: readonly Quotation[] = [];
const NO_ROLES: readonly Role[] = [];
const speakersQuoted = new WeakMap<ArticleModel, ReadonlyMap<string, readonly Quotation[]>>();

/**
 * An article's quotations by speaker, worked out once per model: a person named in thousands of
 * articles was looked for among every quotation of each of them on every hover.
 */
function quotedBy(model: ArticleModel): ReadonlyMap<string, readonly Quotation[]> {
  let bySpeaker = speakersQuoted.get(model);
  if (!bySpeaker) {
    const map = new Map<string, Quotation[]>();
    for (const q of model.quotes) {
      const id = q.speaker?.entity;
      if (!id) continue;
      const list = map.get(id);
      if (list) list.push(q);
      else map.set(id, [q]);
    }
    speakersQuoted.set(model, (bySpeaker = map));
  }
  return bySpeaker;
}

function dateHover(desk: Desk, uri: string, index: number): DateHover {
  const article = desk.article(uri)!;
  const d = article.model.dates[index]!;
  const event = d.event ? article.model.events.find((e) => e.id === d.event) : undefined;
  const others = event ? desk.events.sameEvent(uri, event.id) : [];
  return {
    kind: 'date',
    span: d.span,
    text: d.text,
    value: d.value,
    reading: d.value ? describe({ value: d.value, range: d.range, granularity: d.granularity }) : 'unresolved',
    resolution: d.resolution,
    event: event ? `${event.kind} (“${event.trigger.value}”)` : null,
    otherSources: others.map((o) => {
      const a = desk.article(o.uri)!;
      return {
        uri: o.uri,
        span: o.date.span,
        article: describeArticle(a),
        text: o.date.text,
        reading: describe({ value: o.date.value, range: o.date.range, granularity: o.date.granularity }),
        agrees: !!(o.date.range && d.range && overlaps(o.date.range, d.range)),
      };
    }),
  };
}

function quoteHover(desk: Desk, uri: string, quoteId: string): QuoteHover {
  const article = desk.article(uri)!;
  const q = article.model.quotes.find((x) => x.id === quoteId)!;
  const speakerEntity = q.speaker?.entity ? desk.registry.entityOf(uri, q.speaker.entity) : undefined;
  const { ref, match } = sourceOf(desk, uri, q);
  const source = desk.article(ref.uri)!;
  // A line quoted by a thousand articles (a stock phrase by tens of thousands) lists the first
  // few dozen: only those are read and described, and the articles are counted once per list.
  const carriedBy = new Map<string, QuoteHover['carriedBy'][number]>();
  for (const other of desk.quotes.copyPlaces(uri, quoteId)) {
    if (carriedBy.size >= MAX_LIST * 4) break;
    const a = desk.article(other.uri);
    if (a && !carriedBy.has(other.uri)) carriedBy.set(other.uri, { uri: other.uri, span: other.quote.span, article: describeArticle(a) });
  }
  const window = match?.alignment.sourceWindow;
  return {
    kind: 'quote',
    span: q.span,
    text: q.text,
    spoken: q.spoken === true,
    speaker: speakerEntity?.name ?? q.speaker?.text ?? null,
    attribution: q.speaker ? attribution(q.speaker.how, q.speaker.text) : null,
    source: { uri: ref.uri, span: ref.quote.span, article: describeArticle(source) },
    isSource: ref.uri === uri,
    sourceText: match?.alignment.changes.length ? (window ? source.text.slice(window.start, window.end) : ref.quote.text) : null,
    carriers: 1 + desk.quotes.carrierCount(uri, quoteId),
    carriedBy: [...carriedBy.values()],
  };
}

/** `X said` with `Mr Ashdown` → `Mr Ashdown said`; a pronoun or a role reads `he (pronoun)`. */
export function attribution(how: string, written: string): string {
  return /\bX\b/.test(how) ? how.replace(/\bX\b/, written) : `${written} (${how})`;
}
