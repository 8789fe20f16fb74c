import { mentionCount, mentionFull, mentionText } from '../analysis/entities/mentionList';
import type { ArticleEntity, EntityKind } from '../analysis/model';
import { foldKey } from '../analysis/text/fold';
import { comparePublished, type ArticleRecord } from './article';
import { clusterPeople } from './clusterPeople';
import type { Context } from './clusterContexts';
import { Memo } from './memo';
import { folded, organisationKeys, personBuckets } from './names';
import { sortedDistinct } from './sorted';

/**
 * An article's entities filed under one bucket: the one ref itself when there is one (most
 * are: a one-element array for each of half a million article-bucket pairs was a fifth of the
 * registry's heap at ten thousand articles), else the refs in the article's order.
 */
type Filed = EntityRef | EntityRef[];

/** One article's record of an entity. */
export interface EntityRef {
  readonly uri: string;
  readonly entity: ArticleEntity;
}

/** One real-world entity across the workspace: every article's record of it, and the spelling most use. */
export interface WorkspaceEntity {
  /** Stable within one state of the workspace: `person:sergey lavrov`. */
  readonly key: string;
  readonly kind: EntityKind;
  /** The form most articles use (or the one an editor pinned). */
  readonly name: string;
  readonly members: readonly EntityRef[];
  /** Full spellings seen, each with the articles that use it, most used first. */
  readonly spellings: readonly { readonly text: string; readonly uris: readonly string[] }[];
}

/** Facts an editor pinned in the desk file; the registry obeys them over its own guesses. */
export interface Pins {
  /** Folded spelling (canonical or variant) → the spelling an editor chose as canonical. */
  readonly canonical: ReadonlyMap<string, string>;
  /** Pairs of folded full names an editor marked as different people. */
  readonly distinct: readonly (readonly [string, string])[];
  /** Folded canonical name → a role the editor pinned. */
  readonly roles: ReadonlyMap<string, string>;
}

export const NO_PINS: Pins = { canonical: new Map(), distinct: [], roles: new Map() };

/**
 * The cross-article entity registry. Articles are filed by bucket (a person's folded surname; an
 * organisation's or place's folded name and initials), and a bucket's clusters are worked out only
 * when asked for and only again after one of its articles changes.
 */
export class EntityRegistry {
  /**
   * Bucket → article → the article's entities filed under it, in the article's order. Keyed by
   * article, not by entity: filing ten thousand articles made a key string per entity and bucket
   * (a tenth of filing them), and unfiling one walked every entity of its buckets.
   */
  private readonly buckets = new Map<string, Map<string, Filed>>();
  private readonly keysOf = new Map<string, string[]>();
  /** Each article's refs as filed (one per entity, in each of its buckets), for `refresh`. */
  private readonly refsOf = new Map<string, { entity: ArticleEntity }[]>();
  /** Each article's entities' folded names, sorted, each once (see `ClusterContexts`). */
  private readonly contexts = new Map<string, Context>();
  private readonly clusterCache = new Map<string, WorkspaceEntity[]>();
  /** See `memberIndex`; kept while a bucket's clusters are. */
  private readonly memberIndexes = new WeakMap<readonly WorkspaceEntity[], Map<string, WorkspaceEntity>>();
  /** Buckets chained together by entities filed under several of them; cached and dropped together. */
  private readonly components = new Map<string, ReadonlySet<string>>();
  private pins: Pins = NO_PINS;
  /**
   * `entityOf`'s answers while nothing is filed: checking an article asks for the speaker of
   * each copy of each of its quotations, a thousand copies of a famous line each time.
   */
  private readonly answers = new Memo<WorkspaceEntity | null>(50_000);
  private answered = 0;

  constructor(private readonly article: (uri: string) => ArticleRecord | undefined) {}

  setPins(pins: Pins): void {
    this.pins = pins;
    this.forgetAnswers();
    this.clusterCache.clear();
    // A pinned variant may have another surname ("Serguei Lavrof"): re-file everything under the new pins.
    for (const uri of [...this.keysOf.keys()]) {
      const record = this.article(uri);
      if (record) this.update(uri, record.model.entities);
    }
  }

  get pinned(): Pins {
    return this.pins;
  }

  /** Files an article's entities; returns the buckets touched (old and new), for invalidation. */
  update(uri: string, entities: readonly ArticleEntity[] | null): Set<string> {
    this.forgetAnswers();
    const touched = new Set<string>(this.keysOf.get(uri) ?? []);
    for (const b of touched) this.buckets.get(b)?.delete(uri);
    this.keysOf.delete(uri);
    this.refsOf.delete(uri);
    this.contexts.delete(uri);
    if (entities) {
      // Gathered per bucket first: each bucket (some hold most of the workspace) is then looked up once.
      const filed = new Map<string, Filed>();
      const refs: { uri: string; entity: ArticleEntity }[] = [];
      const context: string[] = [];
      for (const e of entities) {
        context.push(folded(e.name));
        const ref = { uri, entity: e };
        refs.push(ref);
        for (const b of this.bucketsOf(e)) {
          const list = filed.get(b);
          if (list === undefined) filed.set(b, ref);
          else if (Array.isArray(list)) list.push(ref);
          else filed.set(b, [list, ref]);
        }
      }
      for (const [b, list] of filed) {
        let bucket = this.buckets.get(b);
        if (!bucket) this.buckets.set(b, (bucket = new Map()));
        bucket.set(uri, list);
        touched.add(b);
      }
      this.keysOf.set(uri, [...filed.keys()]);
      this.refsOf.set(uri, refs);
      this.contexts.set(uri, sortedDistinct(context));
    }
    for (const b of touched) {
      for (const c of this.components.get(b) ?? [b]) {
        this.clusterCache.delete(c);
        this.components.delete(c);
      }
      if (this.buckets.get(b)?.size === 0) this.buckets.delete(b);
    }
    return touched;
  }

  /**
   * Points an article's filed entities at a new model of it whose entities are unchanged but for
   * where they are mentioned (`factsOf`: an ordinary keystroke). The clusters stay as they are —
   * they hold these same refs, now with the new mentions — instead of being worked out again,
   * which for a person named in hundreds of articles is most of a keystroke's cost.
   */
  refresh(uri: string, entities: readonly ArticleEntity[]): void {
    // `entityOf`'s answers stay too: the same clusters, and the same ids in this article.
    const byId = new Map(entities.map((e) => [e.id, e]));
    for (const ref of this.refsOf.get(uri) ?? []) {
      const e = byId.get(ref.entity.id);
      if (e) ref.entity = e;
    }
  }

  /** Changes whenever `entityOf` may answer otherwise: answers derived from it are kept until then. */
  get answersVersion(): number {
    return this.answered;
  }

  private forgetAnswers(): void {
    this.answers.clear();
    this.answered++;
  }

  /** Buckets an article's entities are filed under. */
  bucketsOfArticle(uri: string): readonly string[] {
    return this.keysOf.get(uri) ?? [];
  }

  /** Articles filed under a bucket. */
  articlesIn(bucket: string): Set<string> {
    return new Set(this.buckets.get(bucket)?.keys());
  }

  /** The workspace entity an article's entity belongs to. */
  entityOf(uri: string, entityId: string): WorkspaceEntity | undefined {
    const key = `${uri}#${entityId}`;
    return this.answers.get(key, () => {
      const record = this.article(uri);
      const e = record?.model.entities.find((x) => x.id === entityId);
      if (!e) return null;
      for (const b of this.bucketsOf(e)) {
        const found = this.memberIndex(this.clusters(b)).get(key);
        if (found) return found;
      }
      return null;
    }) ?? undefined;
  }

  /**
   * Each member of a bucket's clusters (`uri#id`) → its cluster, the first holding it: a person
   * named in thousands of articles was looked for member by member on every lookup.
   */
  private memberIndex(clusters: readonly WorkspaceEntity[]): ReadonlyMap<string, WorkspaceEntity> {
    let index = this.memberIndexes.get(clusters);
    if (!index) {
      index = new Map();
      for (const c of clusters) for (const m of c.members) if (!index.has(`${m.uri}#${m.entity.id}`)) index.set(`${m.uri}#${m.entity.id}`, c);
      this.memberIndexes.set(clusters, index);
    }
    return index;
  }

  /** Every workspace entity (for reports and workspace symbols). */
  all(): WorkspaceEntity[] {
    const seen = new Set<string>();
    const out: WorkspaceEntity[] = [];
    for (const b of [...this.buckets.keys()].sort()) {
      for (const c of this.clusters(b)) {
        const id = `${c.members[0]!.uri}#${c.members[0]!.entity.id}`;
        if (seen.has(id)) continue;
        c.members.forEach((m) => seen.add(`${m.uri}#${m.entity.id}`));
        out.push(c);
      }
    }
    return out;
  }

  /** Clusters of one bucket, computed once per change of the bucket. */
  clusters(bucket: string): WorkspaceEntity[] {
    const cached = this.clusterCache.get(bucket);
    if (cached) return cached;
    const { refs, buckets } = this.gather(bucket);
    const clusters = bucket.startsWith('p:') ? clusterPeople(refs, { pins: this.pins, article: this.article, contexts: this.contexts }) : [refs];
    const result = clusters.filter((c) => c.length).map((c) => this.toEntity(c));
    for (const b of buckets) {
      this.clusterCache.set(b, result);
      this.components.set(b, buckets);
    }
    return result;
  }

  /** Articles whose entities share a bucket, or a chain of buckets, with these. */
  relatedArticles(buckets: Iterable<string>): Set<string> {
    const out = new Set<string>();
    for (const b of buckets) for (const ref of this.gather(b).refs) out.add(ref.uri);
    return out;
  }

  /**
   * Buckets chain through entities filed under several of them: `UN` ↔ `un` ↔ `United Nations`;
   * a surname's two Double Metaphone codes.
   */
  private gather(bucket: string): { refs: EntityRef[]; buckets: ReadonlySet<string> } {
    const seen = new Set<string>([bucket]);
    const queue = [bucket];
    // An entity filed under several of these buckets is one ref, filed in each.
    const refs = new Set<EntityRef>();
    while (queue.length && seen.size < 64) {
      const b = queue.shift()!;
      for (const filed of this.buckets.get(b)?.values() ?? []) {
        for (const ref of Array.isArray(filed) ? filed : [filed]) {
          if (refs.has(ref)) continue;
          refs.add(ref);
          for (const nb of this.bucketsOf(ref.entity)) {
            if (seen.has(nb)) continue;
            seen.add(nb);
            queue.push(nb);
          }
        }
      }
    }
    return { refs: [...refs], buckets: seen };
  }

  /** A person pinned under another spelling is filed under the pinned spelling's surname. */
  private bucketsOf(e: ArticleEntity): string[] {
    const pinned = e.kind === 'person' && this.pins.canonical.size ? this.pins.canonical.get(folded(e.name)) : undefined;
    return pinned ? personBuckets(pinned) : entityKeys(e);
  }

  private toEntity(members: EntityRef[]): WorkspaceEntity {
    const kindVotes = new Map<EntityKind, number>();
    for (const m of members) kindVotes.set(m.entity.kind, (kindVotes.get(m.entity.kind) ?? 0) + 1);
    const kind = [...kindVotes].sort((a, b) => b[1] - a[1])[0]![0];
    const forms = new Map<string, Set<string>>();
    for (const m of members) {
      const ms = m.entity.mentions;
      for (let i = 0; i < mentionCount(ms); i++) {
        if (!mentionFull(ms, i)) continue;
        const text = mentionText(ms, i);
        const set = forms.get(text) ?? new Set<string>();
        set.add(m.uri);
        forms.set(text, set);
      }
    }
    const order = (uris: Set<string>) => [...uris].map((u) => this.article(u)).filter((a): a is ArticleRecord => !!a).sort(comparePublished)[0]?.uri ?? '';
    const spellings = [...forms]
      .map(([text, uris]) => ({ text, uris: [...uris].sort() }))
      .sort((a, b) => b.uris.length - a.uris.length || (order(new Set(a.uris)) < order(new Set(b.uris)) ? -1 : 1));
    const pinned = spellings.map((s) => this.pins.canonical.get(foldKey(s.text))).find(Boolean);
    const name = pinned ?? spellings[0]?.text ?? members[0]!.entity.name;
    return { key: `${kind}:${foldKey(name)}`, kind, name, members, spellings };
  }
}

/** The keys an entity is filed and matched under across articles (a fresh array each time). */
export function entityKeys(e: ArticleEntity): string[] {
  return [...entityKeyList(e)];
}

/** `entityKeys` as kept, shared by every caller: never to be changed. */
export function entityKeyList(e: ArticleEntity): readonly string[] {
  let keys = keysMemo.get(e);
  if (!keys) keysMemo.set(e, (keys = shared(e.kind === 'person' ? personBuckets(e.name) : organisationKeys(e).map((k) => `n:${k}`))));
  return keys;
}

/**
 * Each entity's keys, worked out once: filing an article asks for them (registry, happenings) and
 * so does every lookup of who an entity is. Models are never changed once made.
 */
const keysMemo = new WeakMap<ArticleEntity, readonly string[]>();

/**
 * Lists of keys as kept for entities, one array (and one string per key) for each list seen
 * lately: ten thousand articles name the same few thousand entities, and an array and fresh key
 * strings per entity were a third of the registry's heap.
 */
const keyLists = new Memo<readonly string[]>(20_000);

function shared(keys: readonly string[]): readonly string[] {
  const kept = keyLists.get(keys.join('\u0000'), () => keys);
  return kept.length === keys.length && kept.every((k, i) => k === keys[i]) ? kept : keys;
}

