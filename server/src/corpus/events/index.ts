import type { ArticleModel, DateMention, EventMention } from '../../analysis/model';
import { entityKeys } from '../registry';

export interface EventRef {
  readonly uri: string;
  readonly event: EventMention;
  readonly date: DateMention;
}

interface Indexed {
  readonly ref: EventRef;
  /** Each participant's or place's keys (one entity may be filed under several names). */
  readonly entities: readonly ReadonlySet<string>[];
  readonly terms: ReadonlySet<string>;
  readonly postings: readonly string[];
}

const refKey = (uri: string, id: string) => `${uri}#${id}`;

/**
 * Dated happenings across the workspace, indexed by kind and by the entities and numbers they
 * involve, so the candidates for "the same event" are found without comparing all pairs.
 */
export class EventIndex {
  private readonly postings = new Map<string, Set<string>>();
  private readonly events = new Map<string, Indexed>();
  private readonly byUri = new Map<string, string[]>();
  private readonly matchCache = new Map<string, EventRef[]>();

  update(uri: string, model: ArticleModel | null): Set<string> {
    const affected = new Set<string>([uri]);
    for (const key of this.byUri.get(uri) ?? []) {
      for (const p of this.events.get(key)!.postings) {
        const list = this.postings.get(p);
        if (!list) continue;
        list.delete(key);
        list.forEach((k) => this.touch(k, affected));
        if (!list.size) this.postings.delete(p);
      }
      this.events.delete(key);
      this.matchCache.delete(key);
    }
    this.byUri.delete(uri);
    if (!model) return affected;
    const keys: string[] = [];
    for (const event of model.events) {
      const date = model.dates[event.date];
      if (!date || !date.range) continue;
      const entities = [...event.participants, ...event.places]
        .map((id) => model.entities.find((e) => e.id === id))
        .filter((e) => !!e);
      const perEntity = entities.map((e) => new Set(entityKeys(e)));
      const eKeys = new Set(perEntity.flatMap((k) => [...k]));
      const numbers = event.terms.filter((t) => /^\d{2,}$/.test(t) && !/^(?:19|20)\d\d$/.test(t));
      const postings = [...[...eKeys].map((k) => `${event.kind}|${k}`), ...numbers.map((n) => `${event.kind}|#${n}`)];
      const key = refKey(uri, event.id);
      this.events.set(key, { ref: { uri, event, date }, entities: perEntity, terms: new Set(event.terms), postings });
      keys.push(key);
      for (const p of postings) {
        let list = this.postings.get(p);
        if (!list) this.postings.set(p, (list = new Set()));
        list.forEach((k) => this.touch(k, affected));
        list.add(key);
      }
    }
    this.byUri.set(uri, keys);
    return affected;
  }

  private touch(key: string, affected: Set<string>): void {
    this.matchCache.delete(key);
    const e = this.events.get(key);
    if (e) affected.add(e.ref.uri);
  }

  /** Mentions of the same happening in other articles (dated, same kind, same people or place, similar wording). */
  sameEvent(uri: string, eventId: string): EventRef[] {
    const key = refKey(uri, eventId);
    const cached = this.matchCache.get(key);
    if (cached) return cached;
    const me = this.events.get(key);
    if (!me) return [];
    const candidates = new Set<string>();
    for (const p of me.postings) this.postings.get(p)?.forEach((k) => candidates.add(k));
    const out: EventRef[] = [];
    for (const k of candidates) {
      const other = this.events.get(k)!;
      if (other.ref.uri === uri) continue;
      if (isSameEvent(me, other)) out.push(other.ref);
    }
    this.matchCache.set(key, out);
    return out;
  }

  *all(): Iterable<EventRef> {
    for (const e of this.events.values()) yield e.ref;
  }
}

/**
 * Two mentions place the same happening when they name the same kind of happening, share a
 * participant or place, and their clauses say much the same (or share several participants).
 * Two council meetings a fortnight apart share the council but not the wording.
 */
function isSameEvent(a: Indexed, b: Indexed): boolean {
  // Entities, not keys: one place filed under two names ("Astana", its gazetteer name) counts once.
  const shared = a.entities.filter((ka) => b.entities.some((kb) => [...ka].some((k) => kb.has(k)))).length;
  let common = 0;
  for (const t of a.terms) if (b.terms.has(t)) common++;
  const jaccard = common / (a.terms.size + b.terms.size - common || 1);
  const sharedNumber = [...a.terms].some((t) => /^\d{2,}$/.test(t) && !/^(?:19|20)\d\d$/.test(t) && b.terms.has(t));
  if (shared === 0 && !sharedNumber) return false;
  return jaccard >= 0.15 || (shared >= 2 && jaccard >= 0.08) || (sharedNumber && jaccard >= 0.08);
}
