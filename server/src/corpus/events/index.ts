import type { ArticleModel } from '../../analysis/model';
import { overlaps } from '../../analysis/dates/timex';
import { foldWords } from '../../analysis/text/fold';
import { entityKeyList } from '../registry';
import { hasSorted } from '../sorted';
import { disjoint, gapDays, meets, plausiblyOne, refKey, sameStory, sameTerms, signature, type EventRef, type Indexed } from './indexed';
import { ONE_STORY, oneOfSeveral, sharedNames, singular, STORY_DAYS, storyOf, type Story } from './story';

export type { EventRef } from './indexed';


/**
 * Weighted word overlap from which two mentions of one kind, sharing a participant, place or
 * telling number, are the same happening. Measured on the gold corpora: different happenings of
 * one kind stay below 0.06, mentions of the same one reach 0.08 and above (`candidates` shows it).
 */
const SAME_EVENT = 0.075;
/**
 * Without a shared participant, place or number, the wording alone must say more: from 0.14 two
 * mentions are linked when their dates agree (hover, timeline), and only from 0.35 strongly enough
 * to call differing dates a conflict (measured: different happenings of a kind reach 0.13, and one
 * misread 0.29; the same one starts at 0.14).
 */
const WEAK_BY_WORDS = 0.14;
const STRONG_BY_WORDS = 0.35;
/** A word filed under more events of one kind than this is too common to find candidates by. */
const STOP_POSTING = 300;

/**
 * Dated happenings across the workspace, indexed by kind and by the entities and numbers they
 * involve, so the candidates for "the same event" are found without comparing all pairs.
 */
export class EventIndex {
  private readonly postings = new Map<string, Set<string>>();
  private readonly events = new Map<string, Indexed>();
  private readonly byUri = new Map<string, string[]>();
  /** Each event's same happenings, as keys: re-filing an article whose happenings only moved keeps them. */
  private readonly matchCache = new Map<string, string[]>();
  /** In how many indexed events each word occurs: common words count for little. */
  private readonly df = new Map<string, number>();
  /** Each article's names and how many happenings of each kind it dates (see story.ts). */
  private readonly stories = new Map<string, Story>();
  /** Happenings due on a date that were called off, by kind: plans for that date are superseded. */
  private readonly calledOff = new Map<string, Set<string>>();
  /**
   * Each word's weight while the counts it is worked out from stand (`similarity`): checking a
   * workspace compares each happening with scores of candidates, a logarithm per word each time.
   */
  private readonly weights = new Map<string, number>();

  /**
   * Files an article's dated happenings, replacing those filed before; returns the articles whose
   * matches may have changed (sharing a posting with a happening filed or unfiled). A happening
   * filed before as it is now (its kind, words, date, participants and places; only moved) keeps
   * its place and its matches, and touches nobody, as long as the article's story (its names and
   * kinds of happening) is the same. With `peers`, collects the articles dating a happening
   * re-filed, before and after (matching is symmetric): those whose findings can change. With
   * `collect` false (a whole workspace being filed), the articles affected are looked for only
   * while some matches are cached (each happening filed walked every posting list it joined).
   */
  update(uri: string, model: ArticleModel | null, peers?: Set<string>, collect = true): Set<string> {
    const affected = new Set<string>([uri]);
    const quiet = !collect && this.matchCache.size === 0;
    const fresh = model ? this.entries(uri, model) : new Map<string, Indexed>();
    const story = model ? storyOf(model) : undefined;
    const before = this.stories.get(uri);
    const kept = new Set<string>();
    if (story && before && sameStory(before, story)) {
      for (const key of this.byUri.get(uri) ?? []) {
        const next = fresh.get(key);
        if (next && signature(next) === signature(this.events.get(key)!)) kept.add(key);
      }
    }
    // A happening called off supersedes plans in other articles of its story, not only its peers.
    const calledOff = (k: string, e: Indexed | undefined) => !kept.has(k) && e?.ref.event.status === 'called-off';
    const all = [...(this.byUri.get(uri) ?? [])].some((k) => calledOff(k, this.events.get(k))) || [...fresh].some(([k, e]) => calledOff(k, e));
    // Only dates changed (the same words, counted the same, in the same story): matching is
    // symmetric and no word's weight moved, so the happenings whose matches can change are those
    // matching one re-filed, before or after — not every happening sharing a posting list with
    // one (a busy organisation's, thousands), which each keystroke walked.
    const onlyPeers = !!peers && !all && !!story && !!before && sameStory(before, story) && sameTerms(this.unkept(uri, kept), [...fresh].filter(([k]) => !kept.has(k)).map(([, e]) => e));
    const gather = (keys: Iterable<string>) => {
      if (!peers) return;
      for (const k of keys) {
        if (!all && kept.has(k)) continue;
        for (const r of this.sameEventOf(k)) {
          peers.add(r.uri);
          if (onlyPeers) this.matchCache.delete(refKey(r.uri, r.event.id));
        }
      }
    };
    gather(this.byUri.get(uri) ?? []);
    for (const key of this.byUri.get(uri) ?? []) {
      if (kept.has(key)) {
        this.events.set(key, { ...this.events.get(key)!, ref: fresh.get(key)!.ref });
        continue;
      }
      for (const t of this.events.get(key)!.terms) {
        // A term no event has any more goes: kept at zero, every term ever seen would stay.
        const n = (this.df.get(t) ?? 1) - 1;
        if (n > 0) this.df.set(t, n);
        else this.df.delete(t);
      }
      for (const p of this.events.get(key)!.postings) {
        const list = this.postings.get(p);
        if (!list) continue;
        list.delete(key);
        if (!quiet && !onlyPeers) list.forEach((k) => this.touch(k, affected));
        if (!list.size) this.postings.delete(p);
      }
      const e = this.events.get(key)!.ref.event;
      if (e.status === 'called-off') this.calledOff.get(e.kind)?.delete(key);
      this.events.delete(key);
      this.matchCache.delete(key);
    }
    // Counts changed: weights read before (the peers gathered above) no longer hold.
    this.weights.clear();
    this.byUri.delete(uri);
    this.stories.delete(uri);
    if (!model) return affected;
    this.stories.set(uri, story!);
    for (const [key, indexed] of fresh) {
      if (kept.has(key)) continue;
      const event = indexed.ref.event;
      for (const t of indexed.terms) this.df.set(t, (this.df.get(t) ?? 0) + 1);
      this.events.set(key, indexed);
      if (event.status === 'called-off') {
        let set = this.calledOff.get(event.kind);
        if (!set) this.calledOff.set(event.kind, (set = new Set()));
        set.add(key);
      }
      for (const p of indexed.postings) {
        let list = this.postings.get(p);
        if (!list) this.postings.set(p, (list = new Set()));
        if (!quiet && !onlyPeers) list.forEach((k) => this.touch(k, affected));
        list.add(key);
      }
    }
    this.weights.clear();
    this.byUri.set(uri, [...fresh.keys()]);
    gather(fresh.keys());
    return affected;
  }

  /** An article's filed happenings other than those kept as they are. */
  private unkept(uri: string, kept: ReadonlySet<string>): Indexed[] {
    return (this.byUri.get(uri) ?? []).filter((k) => !kept.has(k)).map((k) => this.events.get(k)!);
  }

  /** An article's dated happenings as they would be filed, by key, in the article's order. */
  private entries(uri: string, model: ArticleModel): Map<string, Indexed> {
    const out = new Map<string, Indexed>();
    for (const event of model.events) {
      const date = model.dates[event.date];
      if (!date || !date.range) continue;
      const entities = [...event.participants, ...event.places]
        .map((id) => model.entities.find((e) => e.id === id))
        .filter((e) => !!e);
      const perEntity = entities.map(entityKeyList);
      const eKeys = new Set(perEntity.flat());
      const numbers = event.terms.filter((t) => /^\d{2,}$/.test(t) && !/^(?:19|20)\d\d$/.test(t));
      // Content words find candidates too: clauses that name no one ("the audit committee met")
      // and places filed under different names still meet through what they say.
      const words = event.terms.filter((t) => t.length >= 4 && !/^\d+$/.test(t));
      const postings = [
        ...[...eKeys].map((k) => `${event.kind}|${k}`),
        ...numbers.map((n) => `${event.kind}|#${n}`),
        ...words.map((w) => `${event.kind}|w:${w}`),
      ];
      const places = event.places.map((id) => model.entities.find((e) => e.id === id)).filter((e) => !!e).map(entityKeyList);
      out.set(refKey(uri, event.id), { ref: { uri, event, date }, entities: perEntity, terms: new Set(event.terms), postings, places, numbers });
    }
    return out;
  }

  /**
   * Re-files an article whose happenings, dates and names are as filed and only moved (a word
   * typed elsewhere in it): what is compared stays, the references take the new model's spans,
   * and no other article's matches change. False (nothing done) when the events are not the same.
   */
  refresh(uri: string, model: ArticleModel): boolean {
    const keys = this.byUri.get(uri) ?? [];
    const refs: EventRef[] = [];
    for (const event of model.events) {
      const date = model.dates[event.date];
      if (date?.range) refs.push({ uri, event, date });
    }
    if (refs.length !== keys.length || refs.some((r, i) => refKey(uri, r.event.id) !== keys[i])) return false;
    refs.forEach((ref, i) => this.events.set(keys[i]!, { ...this.events.get(keys[i]!)!, ref }));
    return true;
  }

  private touch(key: string, affected: Set<string>): void {
    this.matchCache.delete(key);
    const e = this.events.get(key);
    if (e) affected.add(e.ref.uri);
  }

  /** Mentions of the same happening in other articles (dated, same kind, same people or place, similar wording). */
  sameEvent(uri: string, eventId: string): EventRef[] {
    return this.sameEventOf(refKey(uri, eventId));
  }

  private sameEventOf(key: string): EventRef[] {
    const cached = this.matchCache.get(key);
    if (cached) return this.refs(cached);
    const me = this.events.get(key);
    if (!me) return [];
    const uri = me.ref.uri;
    const candidates = this.candidateKeys(me);
    const out: string[] = [];
    for (const k of candidates) {
      const other = this.events.get(k)!;
      if (other.ref.uri === uri) continue;
      const link = this.link(me, other);
      const a = me.ref.date.range!;
      const b = other.ref.date.range!;
      // A weak link stands only where the dates agree: words alone never make a conflict; a
      // link by the story alone only between dates days apart.
      if (link === 'strong' ? plausiblyOne(a, b) : link === 'story' ? overlaps(a, b) || gapDays(a, b) <= STORY_DAYS : link === 'weak' && overlaps(a, b)) out.push(k);
    }
    // In a fixed order, whatever the order articles were filed or re-filed in: by article, then
    // as the article tells them.
    const order = (k: string) => this.byUri.get(this.events.get(k)!.ref.uri)!.indexOf(k);
    out.sort((x, y) => {
      const ux = this.events.get(x)!.ref.uri;
      const uy = this.events.get(y)!.ref.uri;
      return ux < uy ? -1 : ux > uy ? 1 : order(x) - order(y);
    });
    this.matchCache.set(key, out);
    return this.refs(out);
  }

  /** The current references of indexed events (a key is dropped from every cache it is in before its event goes). */
  private refs(keys: readonly string[]): EventRef[] {
    return keys.map((k) => this.events.get(k)!.ref);
  }

  /** Every candidate considered for an event, with the measures that decided (for tuning and explanations). */
  candidates(uri: string, eventId: string): { ref: EventRef; same: boolean; shared: number; overlap: number; sharedNumber: boolean }[] {
    const me = this.events.get(refKey(uri, eventId));
    if (!me) return [];
    return [...this.candidateKeys(me)]
      .map((k) => this.events.get(k)!)
      .filter((o) => o.ref.uri !== uri)
      .map((o) => ({ ref: o.ref, same: this.link(me, o) !== null, ...this.similarity(me, o) }));
  }

  /** Events sharing a posting with this one; a word most events of the kind use finds nothing. */
  private candidateKeys(me: Indexed): Set<string> {
    const keys = new Set<string>();
    for (const p of me.postings) {
      const list = this.postings.get(p);
      if (!list || (p.includes('|w:') && list.size > STOP_POSTING)) continue;
      list.forEach((k) => keys.add(k));
    }
    return keys;
  }

  *all(): Iterable<EventRef> {
    for (const e of this.events.values()) yield e.ref;
  }

  /** Participants in common, and the IDF-weighted overlap of the clauses' words. */
  private similarity(a: Indexed, b: Indexed): { shared: number; overlap: number; sharedNumber: boolean } {
    // Entities, not keys: one place filed under two names ("Astana", its gazetteer name) counts once.
    let shared = 0;
    for (const ka of a.entities) if (b.entities.some((kb) => meets(ka, kb))) shared++;
    const n = this.events.size + 1;
    const weight = (t: string) => {
      let w = this.weights.get(t);
      if (w === undefined) this.weights.set(t, (w = Math.log(n / (this.df.get(t) ?? 1)) + 0.1));
      return w;
    };
    let common = 0;
    let union = 0;
    for (const t of a.terms) {
      const w = weight(t);
      union += w;
      if (b.terms.has(t)) common += w;
    }
    for (const t of b.terms) if (!a.terms.has(t)) union += weight(t);
    const sharedNumber = a.numbers.some((t) => b.terms.has(t));
    return { shared, overlap: union ? common / union : 0, sharedNumber };
  }

  /**
   * Two mentions place the same happening when they name the same kind of happening, share a
   * participant, a place or a telling number, and their clauses say much the same (rare words
   * weigh more than common ones): a strong link. Without anything shared but words, a close
   * wording makes a weak link, good for showing other sources that agree but never for a conflict.
   * Two council meetings a fortnight apart share the council but not the wording.
   */
  private link(a: Indexed, b: Indexed): 'strong' | 'story' | 'weak' | null {
    // A missile strike is not the chemical attack; a meeting that voted is not the one that
    // deferred: what qualifies each happening, or what else its clause reports, has nothing in common.
    const ea = a.ref.event;
    const eb = b.ref.event;
    if (disjoint(ea.modifiers, eb.modifiers) || disjoint(ea.related, eb.related)) return null;
    // A statement about talks is not a statement about a purchase, nor a bare one.
    if (ea.kind === 'statement' && !!ea.related?.length !== !!eb.related?.length) return null;
    // "A second fan was arrested on Tuesday" is not the arrest another article dates to Sunday.
    if (oneOfSeveral(ea) !== oneOfSeveral(eb)) return null;
    const { shared, overlap, sharedNumber } = this.similarity(a, b);
    if ((shared > 0 || sharedNumber) && overlap >= SAME_EVENT) return 'strong';
    if (overlap >= STRONG_BY_WORDS) return 'strong';
    if (this.oneStory(a, b, shared, sharedNumber)) return 'story';
    return !shared && !sharedNumber && overlap >= WEAK_BY_WORDS ? 'weak' : null;
  }

  /**
   * The only dated happening of its kind in each of two tellings of one story (see story.ts),
   * whose clauses have something in common besides the word for the happening: a participant,
   * a place, a number or another word.
   */
  private oneStory(a: Indexed, b: Indexed, shared: number, sharedNumber: boolean): boolean {
    const sa = this.stories.get(a.ref.uri);
    const sb = this.stories.get(b.ref.uri);
    const ea = a.ref.event;
    const eb = b.ref.event;
    if (!sa || !sb || !singular(ea, sa, eb, sb) || sharedNames(sa, sb) < ONE_STORY) return false;
    // A strike on one town is not a strike on another.
    if (a.places.length && b.places.length && !a.places.some((ka) => b.places.some((kb) => meets(ka, kb)))) return false;
    if (shared > 0 || sharedNumber) return true;
    const own = new Set(foldWords(`${ea.trigger.value} ${eb.trigger.value}`));
    return [...a.terms].some((t) => t.length >= 4 && b.terms.has(t) && !own.has(t) && !hasSorted(sa.nameWords, t) && !hasSorted(sb.nameWords, t));
  }

  /**
   * A plan for a date on which, another mention of the story says, the happening was called
   * off (`will be sentenced on Friday`, where a later report has it `due on 14 February, but
   * adjourned`): it was right when written and says nothing against the date it finally took.
   */
  superseded(ref: EventRef): boolean {
    if (ref.event.status !== 'planned' || !ref.date.range) return false;
    const mine = this.stories.get(ref.uri);
    for (const key of this.calledOff.get(ref.event.kind) ?? []) {
      const c = this.events.get(key)!.ref;
      if (!c.date.range || !overlaps(c.date.range, ref.date.range)) continue;
      const theirs = this.stories.get(c.uri);
      if (c.uri === ref.uri || (mine && theirs && sharedNames(mine, theirs) >= ONE_STORY)) return true;
    }
    return false;
  }
}
