import type { ArticleEntity, Sentence, Speaker } from '../model';
import { foldKey } from '../text/fold';
import type { MentionIndex } from './mentions';

/** What the speaker rules read, built once per article so that each quotation costs little. */
export interface QuoteContext {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly mentions: MentionIndex;
  readonly entities: readonly ArticleEntity[];
  readonly byId: ReadonlyMap<string, ArticleEntity>;
  /** People by the last word of their name, folded (`muller ludenscheidt` → Zoë Müller-Lüdenscheidt). */
  readonly surnames: ReadonlyMap<string, readonly ArticleEntity[]>;
  /** People by each word of the roles the article gives them (`mayor` → Đorđe Petrović). */
  readonly roleHolders: ReadonlyMap<string, readonly ArticleEntity[]>;
  /** Speakers already found, in text order: pronouns and `the spokesman` refer back to them. */
  readonly spoken: Speaker[];
  /** The subject of a sentence, by sentence index (found on demand, remembered). */
  subjectOf(sentence: number): { written: string; start: number } | null;
}

export function buildContext(
  text: string,
  sentences: readonly Sentence[],
  mentions: MentionIndex,
  entities: readonly ArticleEntity[],
  subject: (ctx: QuoteContext, sentence: Sentence) => { written: string; start: number } | null,
): QuoteContext {
  const surnames = new Map<string, ArticleEntity[]>();
  const roleHolders = new Map<string, ArticleEntity[]>();
  for (const e of entities) {
    if (e.kind !== 'person') continue;
    const last = foldKey(e.name).split(' ').pop();
    if (last) push(surnames, last, e);
    const nouns = new Set(e.roles.flatMap((r) => r.text.toLowerCase().split(/[^\p{L}-]+/u)).filter(Boolean));
    for (const n of nouns) push(roleHolders, n, e);
  }
  const memo = new Map<number, { written: string; start: number } | null>();
  const ctx: QuoteContext = {
    text,
    sentences,
    mentions,
    entities,
    byId: new Map(entities.map((e) => [e.id, e])),
    surnames,
    roleHolders,
    spoken: [],
    subjectOf(k) {
      if (!memo.has(k)) memo.set(k, sentences[k] ? subject(ctx, sentences[k]) : null);
      return memo.get(k)!;
    },
  };
  return ctx;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Index of the sentence containing `offset` (or the last one before it), by binary search. */
export function sentenceIndexAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.span.start <= offset) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}
