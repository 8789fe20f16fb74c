import type { Quotation } from '../../analysis/model';
import { fileName } from '../article';
import { LastingAnswers } from '../lasting';
import type { FamilyMembers } from '../quotes/families';
import type { DeskView } from '../view';
import type { Speaker, Voiced } from './speakers';

const FIRST = 5;

/**
 * Who a big family's members give their words to, counted once for the family: checking each
 * of a line's thousands of quotations read every other one's speaker (4,000 copies of a
 * six-word line took 8 s to check, quadratic). A member's warning subtracts its own article
 * from the counts, and reads only the places and names it shows.
 */
export interface Tally {
  /** The members that name their speaker, in the family's order (by article, then place). */
  readonly voiced: readonly Voiced[];
  readonly byKey: ReadonlyMap<string, { readonly name: string; readonly members: number }>;
  /** Article → speaker key → members there. */
  readonly byArticle: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** Articles with a voiced member. */
  readonly articles: number;
  /** Speaker key → articles giving the words to that speaker alone. */
  readonly articlesOnly: ReadonlyMap<string, number>;
  /** The first `max` members outside `uri` giving the words to someone other than `key`. */
  differ(uri: string, key: string, max: number): Voiced[];
  /** Those members' speakers' names: the first few in their order, and how many. */
  names(uri: string, key: string): { first: string[]; total: number };
  /** Those members' articles' file names: the first few in their order, and how many. */
  files(uri: string, key: string): { first: string[]; total: number };
}

const tallies = new LastingAnswers<Tally>(1_000);

export function tallyOf(view: DeskView, members: FamilyMembers, speakerOf: (uri: string, q: Quotation) => Speaker | null): Tally {
  return tallies.get(view, members.words, [members, view.registry, view.registry.answersVersion], () => ({
    value: new FamilyTally(members, view, speakerOf),
    // A member's speaker or place changes with its article.
    uris: (u) => view.quotes.holdsWords(u, members.words),
  }));
}

class FamilyTally implements Tally {
  readonly voiced: Voiced[] = [];
  readonly byKey = new Map<string, { name: string; members: number }>();
  readonly byArticle = new Map<string, Map<string, number>>();
  readonly articlesOnly = new Map<string, number>();
  /** Past the last voiced member of `voiced[i]`'s article. */
  private readonly blockEnd: number[] = [];
  /** The next member with another speaker than `voiced[i]`'s. */
  private readonly nextOther: number[] = [];
  /** The next article not voicing only what `voiced[i]`'s article voices alone (from its first member). */
  private readonly nextOtherBlock: number[] = [];
  /** A speaker's first member, and its first in another article. */
  private readonly firstAt = new Map<string, [number, number]>();
  /** File name → speaker key → articles with that name voicing it. */
  private readonly byFile = new Map<string, Map<string, number>>();
  private readonly filesOnly = new Map<string, number>();

  constructor(members: FamilyMembers, view: DeskView, speakerOf: (uri: string, q: Quotation) => Speaker | null) {
    for (const key of members.keys) {
      const ref = view.quotes.placeOf(key);
      const speaker = ref && speakerOf(ref.uri, ref.quote);
      if (ref && speaker) this.voiced.push({ ref, speaker });
    }
    const v = this.voiced;
    v.forEach(({ ref, speaker }, i) => {
      const k = this.byKey.get(speaker.key);
      if (k) k.members++;
      else this.byKey.set(speaker.key, { name: speaker.name, members: 1 });
      let here = this.byArticle.get(ref.uri);
      if (!here) this.byArticle.set(ref.uri, (here = new Map()));
      here.set(speaker.key, (here.get(speaker.key) ?? 0) + 1);
      const at = this.firstAt.get(speaker.key);
      if (!at) this.firstAt.set(speaker.key, [i, -1]);
      else if (at[1] < 0 && v[at[0]]!.ref.uri !== ref.uri) at[1] = i;
    });
    for (const [uri, keys] of this.byArticle) {
      if (keys.size === 1) bump(this.articlesOnly, keys.keys().next().value!);
      const name = fileName(uri);
      let file = this.byFile.get(name);
      if (!file) this.byFile.set(name, (file = new Map()));
      for (const k of keys.keys()) bump(file, k);
    }
    for (const keys of this.byFile.values()) if (keys.size === 1) bump(this.filesOnly, keys.keys().next().value!);
    const only = (i: number) => {
      const keys = this.byArticle.get(v[i]!.ref.uri)!;
      return keys.size === 1 ? keys.keys().next().value! : null;
    };
    for (let i = v.length - 1; i >= 0; i--) {
      const next = v[i + 1];
      const sameArticle = next?.ref.uri === v[i]!.ref.uri;
      this.blockEnd[i] = sameArticle ? this.blockEnd[i + 1]! : i + 1;
      this.nextOther[i] = !next ? v.length : next.speaker.key !== v[i]!.speaker.key ? i + 1 : this.nextOther[i + 1]!;
      const after = this.blockEnd[i]!;
      this.nextOtherBlock[i] = sameArticle ? this.nextOtherBlock[i + 1]! : after >= v.length ? v.length : only(after) !== only(i) || only(i) === null ? after : this.nextOtherBlock[after]!;
    }
  }

  get articles(): number {
    return this.byArticle.size;
  }

  differ(uri: string, key: string, max: number): Voiced[] {
    const out: Voiced[] = [];
    const v = this.voiced;
    for (let i = 0; i < v.length && out.length < max; ) {
      if (v[i]!.ref.uri === uri) i = this.blockEnd[i]!;
      else if (v[i]!.speaker.key === key) i = this.nextOther[i]!;
      else out.push(v[i++]!);
    }
    return out;
  }

  names(uri: string, key: string): { first: string[]; total: number } {
    const own = this.byArticle.get(uri);
    // Each name where it is first given outside `uri`: the order the warning lists them in.
    const at = new Map<string, number>();
    for (const [k, { name, members }] of this.byKey) {
      if (k === key || members - (own?.get(k) ?? 0) <= 0) continue;
      const [first, second] = this.firstAt.get(k)!;
      const pos = this.voiced[first]!.ref.uri === uri ? second : first;
      if (!at.has(name) || pos < at.get(name)!) at.set(name, pos);
    }
    return { first: [...at].sort((a, b) => a[1] - b[1]).slice(0, FIRST).map(([name]) => name), total: at.size };
  }

  files(uri: string, key: string): { first: string[]; total: number } {
    const v = this.voiced;
    const first: string[] = [];
    for (let i = 0; i < v.length && first.length < FIRST; ) {
      const here = v[i]!.ref.uri;
      const keys = this.byArticle.get(here)!;
      if (here !== uri && (keys.size > 1 || !keys.has(key))) {
        const name = fileName(here);
        if (!first.includes(name)) first.push(name);
      }
      // Articles giving the words to `key` alone, one run of them at a time.
      i = keys.size === 1 && keys.has(key) ? this.nextOtherBlock[i]! : this.blockEnd[i]!;
    }
    // File names with an article giving the words to someone else, less what `uri` alone adds.
    let total = this.byFile.size - (this.filesOnly.get(key) ?? 0);
    const name = fileName(uri);
    const file = this.byFile.get(name);
    const own = this.byArticle.get(uri);
    if (file && own) {
      const withOwn = [...file.keys()].some((k) => k !== key);
      const without = [...file].some(([k, n]) => k !== key && n - (own.has(k) ? 1 : 0) > 0);
      if (withOwn && !without) total--;
    }
    return { first, total };
  }
}

function bump(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}
