import type { Quotation } from '../analysis/model';
import { foldKey } from '../analysis/text/fold';
import { sourceOf, type Desk } from '../corpus';
import { entityKeys } from '../corpus/registry';
import { archiveUri, describeArchived, type Archive, type ArchivedEntity, type ArchivedEvent, type ArchivedQuote, type ArchivedRange } from '../corpus/archive';
import { align, type Alignment } from '../corpus/quotes/align';
import { isSameQuotation, MIN_WORDS } from '../corpus/quotes';
import { quoteTokens, type QuoteToken } from '../corpus/quotes/normalise';

/**
 * What the newsroom archive adds to the desk, worked out by the same rules as the desk: an
 * archived quotation is "the same words" when Copydesk's own alignment says so (the database
 * only proposes candidates), and an archived article is "the source" when it was published
 * before every workspace article carrying the words. Pure: the archive is handed in.
 *
 * `known` holds the content hashes of the desk's articles: an archived copy of an article that
 * is open on the desk is the same article, not another source.
 */
export interface ArchivedCarrier {
  readonly quote: ArchivedQuote;
  readonly uri: string;
  /** `Harbour Gazette (ferry.txt, 2019-05-01, archive)` */
  readonly label: string;
  /** This quotation aligned against the archived one as reference. */
  readonly alignment: Alignment;
}

/** A place in an archived article: its URI and where (line/character: the text is not at hand). */
export interface ArchivedPlace {
  readonly uri: string;
  readonly range: ArchivedRange;
  readonly label: string;
}

const MIN_WORDS_TO_CHECK = 5;

/** Archived quotations that are the same words as this one, oldest first. */
export async function archivedCarriers(archive: Archive, desk: Desk, uri: string, quote: Quotation, known: ReadonlySet<string>): Promise<ArchivedCarrier[]> {
  const article = desk.article(uri);
  if (!article) return [];
  const mine = quoteTokens(article.text, quote);
  if (mine.length < MIN_WORDS) return [];
  const hits = await archive.quotations(mine.map((t) => t.word), 20);
  const out: ArchivedCarrier[] = [];
  for (const q of hits) {
    if (known.has(q.article.hash)) continue;
    const theirs = tokensOf(q.text);
    const alignment = align(mine, theirs, article.text, q.text);
    if (!isSameQuotation(alignment, mine.length, theirs.length)) continue;
    out.push({ quote: q, uri: archiveUri(q.article), label: describeArchived(q.article), alignment });
  }
  return out.sort((a, b) => byPublished(a.quote.article.published, b.quote.article.published));
}

/** The archived article that first carried the words, when it predates the workspace's own source. */
export function archivedSource(desk: Desk, uri: string, quote: Quotation, carriers: readonly ArchivedCarrier[]): ArchivedCarrier | null {
  const first = carriers.find((c) => c.quote.article.published);
  if (!first) return null;
  const { ref } = sourceOf(desk, uri, quote);
  const published = desk.article(ref.uri)?.model.header.published?.value;
  return !published || first.quote.article.published! < published.slice(0, 10) ? first : null;
}

/** A finding against the archive, with where each related place is in its archived article. */
export interface ArchiveFinding {
  readonly code: 'misquote' | 'date-conflict';
  readonly span: { readonly start: number; readonly end: number };
  readonly message: string;
  readonly related: readonly (ArchivedPlace & { readonly message: string })[];
}

/** Misquotes against an archived source, and happenings the archive dates differently (a few days off). */
export async function archiveFindings(archive: Archive, desk: Desk, uri: string, known: ReadonlySet<string>): Promise<ArchiveFinding[]> {
  const article = desk.article(uri);
  if (!article) return [];
  const out: ArchiveFinding[] = [];
  const severity = desk.settings.severity;
  for (const q of severity.misquote === 'off' ? [] : article.model.quotes) {
    if (quoteTokens(article.text, q).length < MIN_WORDS_TO_CHECK) continue;
    const src = archivedSource(desk, uri, q, await archivedCarriers(archive, desk, uri, q, known));
    if (!src || !src.alignment.changes.length) continue;
    const what = src.alignment.changes.slice(0, 3).map((c) =>
      c.quoteWords && c.sourceWords ? `"${c.quoteContext}" where the source has "${c.sourceContext}"` : c.quoteWords ? `adds "${c.quoteWords}"` : `drops "${c.sourceWords}"`).join('; ');
    out.push({
      code: 'misquote',
      span: q.span,
      message: `Quotation differs from its source in the archive, ${src.label}: ${what}. The source reads: "${shorten(src.quote.text)}"`,
      related: [{ uri: src.uri, range: src.quote.range, label: src.label, message: `Source (archive): ${src.label} — "${shorten(src.quote.text)}"` }],
    });
  }
  for (const c of severity['date-conflict'] === 'off' ? [] : await archivedEventConflicts(archive, desk, uri, known)) out.push(c);
  return out;
}

/**
 * Archived mentions of the same happening as this event: same kind, a shared participant or
 * place, similar wording, and dated within a fortnight of it (years apart is another happening of
 * the same kind, next year's budget vote, not the same one).
 */
export async function archivedSameEvents(archive: Archive, desk: Desk, uri: string, eventId: string, known: ReadonlySet<string>): Promise<ArchivedEvent[]> {
  const m = desk.article(uri)?.model;
  const ev = m?.events.find((e) => e.id === eventId);
  const d = ev && m!.dates[ev.date];
  if (!ev || !d?.range) return [];
  const keys = eventKeys(desk, uri, [...ev.participants, ...ev.places]);
  if (!keys.length) return [];
  return (await archive.events(ev.kind, keys))
    .filter((o) => !known.has(o.article.hash) && sameHappening(ev.terms, keys, o) && Math.abs(days(o.first) - days(d.range!.first)) <= 14);
}

/** The same happening dated differently by archived articles (where they are not outnumbered by those that agree). */
async function archivedEventConflicts(archive: Archive, desk: Desk, uri: string, known: ReadonlySet<string>): Promise<ArchiveFinding[]> {
  const m = desk.article(uri)!.model;
  const out: ArchiveFinding[] = [];
  for (const ev of m.events) {
    const d = m.dates[ev.date];
    if (!d?.range) continue;
    const near = await archivedSameEvents(archive, desk, uri, ev.id, known);
    const differ = near.filter((o) => o.last < d.range!.first || o.first > d.range!.last);
    if (!differ.length || differ.length < near.length - differ.length + 1) continue;
    out.push({
      code: 'date-conflict',
      span: d.span,
      message: `Date conflict with the archive over the ${ev.kind} (“${ev.trigger.value}”): here "${d.text.trim()}" ${d.resolution.replace(/^'[^']*'\s*/, '')}; ` +
        differ.map((o) => `${describeArchived(o.article)} has "${o.dateText.trim()}" (${o.resolution.replace(/^'[^']*'\s*/, '')})`).join('; ') + '.',
      related: differ.map((o) => ({ uri: archiveUri(o.article), range: o.range, label: describeArchived(o.article), message: `${describeArchived(o.article)}: "${o.dateText.trim()}" — ${o.resolution}` })),
    });
  }
  return out;
}

/** Mirrors the desk's EventIndex rule (isSameEvent) for an archived event. */
function sameHappening(terms: readonly string[], keys: readonly string[], o: ArchivedEvent): boolean {
  const shared = keys.filter((k) => o.keys.includes(k)).length;
  const mine = new Set(terms);
  const theirs = new Set(o.terms);
  let common = 0;
  for (const t of mine) if (theirs.has(t)) common++;
  const jaccard = common / (mine.size + theirs.size - common || 1);
  if (shared === 0) return false;
  return jaccard >= 0.15 || (shared >= 2 && jaccard >= 0.08);
}

function eventKeys(desk: Desk, uri: string, ids: readonly string[]): string[] {
  const m = desk.article(uri)!.model;
  const keys = new Set<string>();
  for (const id of ids) {
    const e = m.entities.find((x) => x.id === id);
    if (!e) continue;
    for (const k of entityKeys(e)) keys.add(k);
  }
  return [...keys];
}

/** Archived records of the entity named here: by its workspace name, folded as the desk folds names. */
export async function archivedEntities(archive: Archive, name: string, known: ReadonlySet<string>): Promise<ArchivedEntity[]> {
  return (await archive.entities(foldKey(name))).filter((e) => !known.has(e.article.hash));
}

/** Tokens of an archived quotation's own text (the span covers all of it). */
function tokensOf(text: string): QuoteToken[] {
  const whole: Quotation = { id: 'a', span: { start: 0, end: text.length }, parts: [{ start: 0, end: text.length }], text, fragment: false, speaker: null, paragraph: 0 };
  return quoteTokens(text, whole);
}

const days = (iso: string) => Date.parse(iso.slice(0, 10)) / 86_400_000;

function byPublished(a: string | null, b: string | null): number {
  if (a && b) return a < b ? -1 : a > b ? 1 : 0;
  return a ? -1 : b ? 1 : 0;
}

function shorten(s: string, max = 140): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}
