import type { Quotation } from '../../analysis/model';
import { comparePublished, describeArticle, fileName, type ArticleRecord } from '../article';
import type { Finding } from '../findings';
import type { QuoteMatch, QuoteRef } from '../quotes';
import type { FamilyMembers } from '../quotes/families';
import { LastingAnswers } from '../lasting';
import type { DeskView } from '../view';

/** A quotation must be this long before a changed word or a different speaker is worth a warning. */
const MIN_WORDS_TO_CHECK = 5;

/**
 * The article that first carried a quotation: the earliest-published one (undated ones last, then
 * by name); of several copies in it, the closest to this quotation, then the first. Only the
 * copies in that article are aligned.
 */
export function sourceOf(view: DeskView, uri: string, quote: Quotation): Source {
  const family = view.quotes.bigFamily(uri, quote.id);
  if (family && !family.near.length) return familySource(view, uri, quote, family.members);
  const copies = view.quotes.copies(uri, quote.id);
  if (copies.length < MANY_COPIES) return findSource(view, uri, quote);
  return sources.get(view, `${uri}#${quote.id}`, [copies], () => ({ value: findSource(view, uri, quote), uris: (u) => view.quotes.holdsQuotationOrCopy(u, uri, quote.id) }));
}

type Source = { ref: QuoteRef; match: QuoteMatch | null };

/**
 * A line quoted by this many articles or more has its source kept across changes to other
 * articles: a keystroke re-checks the articles pointing into the one typed into, and each of
 * their quotations looked through its thousand copies again for the earliest.
 */
const MANY_COPIES = 32;
const sources = new LastingAnswers<Source>(1_000);

function findSource(view: DeskView, uri: string, quote: Quotation): Source {
  let best: ArticleRecord = view.article(uri)!;
  let inBest: QuoteRef[] = [];
  for (const copy of view.quotes.copyRefs(uri, quote.id)) {
    const a = copy.uri === best.uri ? best : view.article(copy.uri);
    if (!a) continue;
    // Articles compare equal only to themselves: a second copy in the same article.
    const order = comparePublished(a, best);
    if (order < 0) {
      best = a;
      inBest = [copy];
    } else if (order === 0 && inBest.length) inBest.push(copy);
  }
  if (!inBest.length) return { ref: { uri, quote }, match: null };
  let chosen: QuoteMatch | undefined;
  for (const copy of inBest) {
    const m = view.quotes.matchWith(uri, quote.id, copy);
    if (!m) continue;
    if (!chosen || m.alignment.coverage > chosen.alignment.coverage || (m.alignment.coverage === chosen.alignment.coverage && copy.quote.span.start < chosen.other.quote.span.start)) chosen = m;
  }
  return chosen ? { ref: chosen.other, match: chosen } : { ref: { uri, quote }, match: null };
}

/**
 * The source of a quotation of a stock phrase quoted thousands of times, with no copies outside
 * its family: the first in the family's earliest article (the family's copies are all aligned the
 * same, so `findSource` would pick that one), or itself when that article is its own. The
 * earliest article is worked out once per family, not once per member: listing the Desk view's
 * quotations asked for the source of each of a phrase's 37,000 quotations, each reading all the
 * others.
 */
function familySource(view: DeskView, uri: string, quote: Quotation, members: FamilyMembers): Source {
  const first = earliest.get(view, members.words, [members], () => ({ value: earliestMember(view, members), uris: (u) => view.quotes.holdsWords(u, members.words) }));
  const ref = first === undefined ? undefined : view.quotes.placeOf(first);
  if (!ref || ref.uri === uri) return { ref: { uri, quote }, match: null };
  const match = view.quotes.matchWith(uri, quote.id, ref);
  return match ? { ref: match.other, match } : { ref: { uri, quote }, match: null };
}

const earliest = new LastingAnswers<string | undefined>(1_000);

/** The key of the first member of a family in its earliest-published article. */
function earliestMember(view: DeskView, members: FamilyMembers): string | undefined {
  let best: ArticleRecord | undefined;
  let at = -1;
  for (let i = 0; i < members.keys.length; i++) {
    const u = members.uris[i]!;
    // Members are listed by article: each article's first is its first by place.
    if (i > 0 && u === members.uris[i - 1]) continue;
    const a = view.article(u);
    if (a && (!best || comparePublished(a, best) < 0)) {
      best = a;
      at = i;
    }
  }
  return at < 0 ? undefined : members.keys[at];
}

/** Quotations altered from their source: a substituted, dropped or added word, a lost negation. */
export function misquotes(view: DeskView, uri: string): Finding[] {
  const severity = view.settings.severity.misquote;
  const article = view.article(uri);
  if (severity === 'off' || !article) return [];
  const out: Finding[] = [];
  for (const q of article.model.quotes) {
    if (view.quotes.wordCount(uri, q.id) < MIN_WORDS_TO_CHECK) continue;
    const { ref, match } = sourceOf(view, uri, q);
    if (!match || ref.uri === uri || (!match.alignment.changes.length && !match.alignment.reordered)) continue;
    const source = view.article(ref.uri)!;
    const changes = match.alignment.changes;
    const describe = match.alignment.reordered
      ? 'the same words in another order'
      : changes
      .slice(0, 3)
      .map((c) => (c.quoteWords && c.sourceWords ? `"${c.quoteContext}" where the source has "${c.sourceContext}"` : c.quoteWords ? `adds "${c.quoteWords}" ("${c.quoteContext}")` : `drops "${c.sourceWords}" ("${c.sourceContext}")`))
      .join('; ');
    const window = match.alignment.sourceWindow;
    const quoteWindow = match.alignment.quoteWindow;
    const sourceWords = window ? source.text.slice(window.start, window.end) : ref.quote.text;
    out.push({
      code: 'misquote',
      severity,
      uri,
      span: q.span,
      message: `Quotation differs from its source, ${describeArticle(source)}: ${describe}. The source reads: "${shorten(sourceWords)}"`,
      related: [{ uri: ref.uri, span: ref.quote.span, message: `Source: ${describeArticle(source)} — "${shorten(ref.quote.text)}"` }],
      fixes: quoteWindow && window
        ? [{ title: `Restore the source's wording from ${fileName(ref.uri)}`, edits: [{ uri, span: quoteWindow, newText: sourceWords }], preferred: true }]
        : [],
    });
  }
  return out;
}

function shorten(s: string, max = 140): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}
