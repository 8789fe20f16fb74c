import { mentionCount, mentionText } from '../../analysis/entities/mentionList';
import type { ArticleModel, EventMention } from '../../analysis/model';
import { foldedWords } from '../names';
import { entityKeyList } from '../registry';
import { byCodeUnits, hasSorted } from '../sorted';

/**
 * What an article's story is made of, for telling "the same happening" where the clauses share
 * neither a name nor wording: the people and organisations it names, and how many dated
 * happenings of each kind it reports.
 *
 * Two tellings of one story (several names in common) that each report a single dated parade,
 * rescue or jury retiring are, in all likelihood, reporting the same one, however differently
 * they word it. Where either article reports two of a kind (two hearings of a case), or the kind
 * is too common to be singular (statements), nothing follows from it.
 */
export interface Story {
  /**
   * Each key of each person or organisation named, sorted, and at the same place in `nameOf` the
   * entity's index. Sorted arrays, here and in `nameWords`, not a map and a set: kept for every
   * article, those were half the event index's heap at ten thousand articles.
   */
  readonly names: readonly string[];
  readonly nameOf: readonly number[];
  /** Dated happenings per specific kind (see `specificKind`), and the other happenings their clauses report. */
  readonly kinds: ReadonlyMap<string, number>;
  /** The words of every name it uses (folded), sorted, each once: a name in common is no evidence of one happening. */
  readonly nameWords: readonly string[];
}

/** Kinds too general to be singular in a story. */
const GENERAL = new Set(['happening', 'opening', 'release', 'decision', 'return', 'travel']);

/**
 * The kind a happening is singular by: its own, or for a statement the happenings it speaks of
 * (`confirmed it was in talks`: a statement about talks); null when it cannot be singular.
 */
export function specificKind(e: EventMention): string | null {
  if (GENERAL.has(e.kind)) return null;
  if (e.kind !== 'statement') return e.kind;
  return e.related?.length ? `statement|${[...e.related].sort().join(',')}` : null;
}

export function storyOf(model: ArticleModel): Story {
  const names = new Map<string, number>();
  const nameWords = new Set<string>();
  model.entities.forEach((e, i) => {
    if (e.kind !== 'place') for (const k of entityKeyList(e)) names.set(k, i);
    for (let i = 0; i < mentionCount(e.mentions); i++) for (const w of foldedWords(mentionText(e.mentions, i))) nameWords.add(w);
  });
  const kinds = new Map<string, number>();
  const count = (k: string) => kinds.set(k, (kinds.get(k) ?? 0) + 1);
  for (const e of model.events) {
    if (!model.dates[e.date]?.range) continue;
    const kind = specificKind(e);
    if (kind) count(kind);
    // "Thursday's session, at which the council voted": a vote of its own, beside the one dated.
    for (const r of e.related ?? []) if (r !== e.kind) count(r);
  }
  const sorted = [...names.keys()].sort(byCodeUnits);
  return { names: sorted, nameOf: sorted.map((k) => names.get(k)!), kinds, nameWords: [...nameWords].sort(byCodeUnits) };
}

/** How many people and organisations of `b` are named in `a` too. */
export function sharedNames(a: Story, b: Story): number {
  const seen = new Set<number>();
  b.names.forEach((k, i) => {
    if (hasSorted(a.names, k)) seen.add(b.nameOf[i]!);
  });
  return seen.size;
}

/** Two tellings of one story name at least this many people or organisations in common. */
export const ONE_STORY = 2;
/** Linked only by their story, two mentions dated further apart than this are two happenings. */
export const STORY_DAYS = 7;

/** Words that count a happening as one of a series (`a second man was arrested`, `voted again`). */
const ORDINAL = new Set(['second', 'third', 'fourth', 'fifth', 'again', 'renewed', 'repeat']);
/** ...and words that set it beside another of its kind (`another meeting`, `fresh talks`). */
const ANOTHER = new Set([...ORDINAL, 'another', 'further', 'fresh', 'latest']);

/** The sentence counts its happening as one of a series. */
export function oneOfSeveral(e: EventMention): boolean {
  return e.terms.some((t) => ORDINAL.has(t));
}

/**
 * Both mentions are the only dated happening of their specific kind in their articles, and
 * neither's sentence says it is one of several.
 */
export function singular(a: EventMention, sa: Story, b: EventMention, sb: Story): boolean {
  const ka = specificKind(a);
  if (!ka || ka !== specificKind(b) || sa.kinds.get(ka) !== 1 || sb.kinds.get(ka) !== 1) return false;
  return !a.terms.some((t) => ANOTHER.has(t)) && !b.terms.some((t) => ANOTHER.has(t));
}
