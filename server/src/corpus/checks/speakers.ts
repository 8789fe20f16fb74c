import type { Quotation } from '../../analysis/model';
import { describeArticle, fileName, sentenceOf } from '../article';
import { MAX_RELATED, type Finding } from '../findings';
import type { QuoteRef } from '../quotes';
import type { DeskView } from '../view';
import { tallyOf, type Tally } from './speakerTally';

/** A quotation must be this long before a different speaker is worth a warning. */
const MIN_WORDS_TO_CHECK = 5;

export interface Speaker {
  readonly key: string;
  readonly name: string;
}

/** A copy whose speaker is a named person. */
export interface Voiced {
  readonly ref: QuoteRef;
  readonly speaker: Speaker;
}

/** The same words given to different named people by different articles. */
export function speakerMismatches(view: DeskView, uri: string): Finding[] {
  const severity = view.settings.severity['speaker-mismatch'];
  const article = view.article(uri);
  if (severity === 'off' || !article) return [];
  const out: Finding[] = [];
  for (const q of article.model.quotes) {
    if (view.quotes.wordCount(uri, q.id) < MIN_WORDS_TO_CHECK) continue;
    const mine = speakerKey(view, uri, q);
    if (!mine) continue;
    // A stock phrase quoted by thousands is counted once for its family, not read again for each.
    const family = view.quotes.bigFamily(uri, q.id);
    const found = family && !family.near.length ? familyMismatch(view, uri, mine, tallyOf(view, family.members, (u, x) => speakerKey(view, u, x))) : mismatch(view, mine, voicedCopies(view, uri, q));
    if (found) out.push({ code: 'speaker-mismatch', severity, uri, span: q.span, message: found.message, related: found.related, fixes: [] });
  }
  return out;
}

/** A quotation's copies in other articles that name their speaker, as listed. */
export function voicedCopies(view: DeskView, uri: string, q: Quotation): Voiced[] {
  const out: Voiced[] = [];
  for (const m of view.quotes.matches(uri, q.id)) {
    const speaker = speakerKey(view, m.other.uri, m.other.quote);
    if (speaker) out.push({ ref: m.other, speaker });
  }
  return out;
}

interface Mismatch {
  readonly message: string;
  readonly related: Finding['related'];
}

/** The warning from every copy read: for a quotation of a family of a few dozen at most. */
export function mismatch(view: DeskView, mine: Speaker, others: readonly Voiced[]): Mismatch | null {
  const differ = others.filter((o) => o.speaker.key !== mine.key);
  if (!differ.length) return null;
  // Where most sources agree with this one, the warning belongs on the outliers, not here.
  // Counted by article: one that gives another part of the quotation to this speaker but these
  // words to someone else does not agree.
  const differing = new Set(differ.map((d) => d.ref.uri));
  const agreeing = new Set(others.filter((o) => !differing.has(o.ref.uri)).map((o) => o.ref.uri));
  if (agreeing.size + 1 > differing.size) return null;
  const names = [...new Set(differ.map((d) => d.speaker.name))];
  const files = [...new Set(differ.map((d) => fileName(d.ref.uri)))];
  return say(view, mine, differ.slice(0, MAX_RELATED), differ.length, { first: names, total: names.length }, { first: files, total: files.length });
}

/**
 * The same warning as `mismatch` for a member of a big family, from the family's tally: how
 * many copies, articles and file names give the words to whom, less the member's own article.
 * Only the places and names the warning shows are looked for, from the family's lists.
 */
function familyMismatch(view: DeskView, uri: string, mine: Speaker, tally: Tally): Mismatch | null {
  const own = tally.byArticle.get(uri)!;
  let ownOther = 0;
  for (const [k, n] of own) if (k !== mine.key) ownOther += n;
  const count = tally.voiced.length - (tally.byKey.get(mine.key)?.members ?? 0) - ownOther;
  if (!count) return null;
  const only = tally.articlesOnly.get(mine.key) ?? 0;
  const differing = tally.articles - only - (ownOther ? 1 : 0);
  const agreeing = only - (own.size === 1 ? 1 : 0);
  if (agreeing + 1 > differing) return null;
  return say(view, mine, tally.differ(uri, mine.key, MAX_RELATED), count, tally.names(uri, mine.key), tally.files(uri, mine.key));
}

/** `a, b, c, d, e, and 3 more`. */
function some(list: { first: readonly string[]; total: number }, max = 5): string {
  const shown = list.first.slice(0, max).join(', ');
  return list.total <= max ? shown : `${shown}, and ${list.total - max} more`;
}

function say(view: DeskView, mine: Speaker, shown: readonly Voiced[], count: number, names: { first: readonly string[]; total: number }, files: { first: readonly string[]; total: number }): Mismatch {
  // Only the places kept are described (a sentence each): a line a thousand articles give to
  // someone else would describe a thousand.
  const related = shown.map(({ ref, speaker }) => {
    const a = view.article(ref.uri)!;
    return { uri: ref.uri, span: ref.quote.speaker?.span ?? ref.quote.span, message: `${describeArticle(a)} gives it to ${speaker.name}: "${sentenceOf(a, ref.quote.span)}"` };
  });
  return { message: `Speaker differs between sources: this article gives these words to ${mine.name}; ${some(files)} ${count === 1 ? 'gives' : 'give'} them to ${some(names)}.`, related };
}

/**
 * Each quotation's speaker as the registry last knew them: checking an article looks up the
 * speaker of every copy of its quotations, a thousand for a famous line, and again for each of
 * the articles a keystroke re-checks.
 */
const speakers = new WeakMap<Quotation, { registry: DeskView['registry']; version: number; uri: string; speaker: Speaker | null }>();

export function speakerKey(view: DeskView, uri: string, q: Quotation): Speaker | null {
  const { registry } = view;
  const known = speakers.get(q);
  if (known && known.registry === registry && known.version === registry.answersVersion && known.uri === uri) return known.speaker;
  const speaker = lookUpSpeaker(view, uri, q);
  speakers.set(q, { registry, version: registry.answersVersion, uri, speaker });
  return speaker;
}

function lookUpSpeaker(view: DeskView, uri: string, q: Quotation): Speaker | null {
  const id = q.speaker?.entity;
  if (!id) return null;
  const e = view.article(uri)?.model.entities.find((x) => x.id === id);
  if (!e || e.kind !== 'person') return null;
  const we = view.registry.entityOf(uri, id);
  return we ? { key: we.key, name: we.name } : { key: `${uri}#${id}`, name: e.name };
}
