import { analyseArticle, type AnalysisOptions } from '../analysis';
import type { ArticleModel } from '../analysis/model';
import { ArticleOnFile, type ArticleRecord } from './article';
import { dateConflicts } from './checks/dateConflict';
import { nameVariants } from './checks/nameVariant';
import { noDateline } from './checks/noDateline';
import { misquotes } from './checks/quotations';
import { speakerMismatches } from './checks/speakers';
import { EventIndex } from './events';
import { factsOf, type Facts } from './facts';
import { DEFAULT_SEVERITY, MAX_RELATED, pointsInto, type Finding, type FindingCode, type SavedFindings } from './findings';
import { QuoteIndex } from './quotes';
import { EntityRegistry, type Pins } from './registry';
import type { CheckSettings, DeskView } from './view';
import { FindingWords } from './wording';

export const DEFAULT_SETTINGS: CheckSettings = { severity: DEFAULT_SEVERITY };

/** Changes `changedSince` can tell about. */
const CHANGE_LOG = 256;

const CHECKS = [nameVariants, misquotes, speakerMismatches, dateConflicts, noDateline];

/**
 * The desk: every article of the workspace and the cross-article indexes over them. Changing an
 * article re-files only that article and drops the cached findings of the articles it shares a
 * person, a quotation or a happening with; findings are worked out again only when asked for.
 *
 * Articles filed while a workspace is read (`file`) reach the indexes later (`fileSome`), or at
 * the latest when anything reads an index (`registry`, `quotes` and `events` file every article
 * still waiting first): on a warm start whose findings were saved, nothing needs the indexes to
 * publish them, and building them for ten thousand articles was most of the start.
 */
export class Desk implements DeskView {
  private readonly articles = new Map<string, ArticleRecord>();
  private readonly findingsCache = new Map<string, Finding[]>();
  /** The cached findings' words, shared between them. */
  private readonly words = new FindingWords();
  /** Findings a previous session saved for this same state of the desk, not read yet (see `prime`). */
  private readonly saved = new Map<string, SavedFindings>();
  /** What each article's findings were last worked out from (compared on the next change). */
  private readonly facts = new Map<string, Facts>();
  /** For each article, the articles whose cached findings have related locations in it. */
  private readonly referrers = new Map<string, Set<string>>();
  /** Articles on the desk not yet in its indexes, in the order they were filed (see `file`). */
  private readonly waiting = new Map<string, ArticleRecord>();
  private readonly people: EntityRegistry;
  private readonly quoteIndex = new QuoteIndex();
  private readonly eventIndex = new EventIndex();
  settings: CheckSettings;
  /** Counts changes to what findings are worked out from (articles, pins, settings). */
  private changes = 0;
  /**
   * The articles filed, replaced or removed at each of the last versions, for `changedSince`, and
   * the last version at which everything may have changed (pins, settings, a workspace filed).
   */
  private readonly recent: { version: number; uri: string }[] = [];
  private everythingAt = 0;

  constructor(settings: CheckSettings = DEFAULT_SETTINGS, private readonly analysis: AnalysisOptions = {}) {
    this.settings = settings;
    this.people = new EntityRegistry((uri) => this.articles.get(uri));
  }

  /** The people, organisations and places of every article (each article waiting filed first). */
  get registry(): EntityRegistry {
    this.fileAll();
    return this.people;
  }

  /** Every article's quotations, indexed (each article waiting filed first). */
  get quotes(): QuoteIndex {
    this.fileAll();
    return this.quoteIndex;
  }

  /** Every article's dated happenings, indexed (each article waiting filed first). */
  get events(): EventIndex {
    this.fileAll();
    return this.eventIndex;
  }

  /** The editor's pins, which findings depend on; reading them files nothing. */
  get pins(): Pins {
    return this.people.pinned;
  }

  /** How many articles wait to reach the indexes. */
  get unfiled(): number {
    return this.waiting.size;
  }

  article(uri: string): ArticleRecord | undefined {
    return this.articles.get(uri);
  }

  uris(): string[] {
    return [...this.articles.keys()];
  }

  get size(): number {
    return this.articles.size;
  }

  /** Changes with every article filed, replaced or removed, and with pins and settings. */
  get version(): number {
    return this.changes;
  }

  /**
   * The articles changed since a version, or null when that is not known (everything may have
   * changed since, or it is further back than the last `CHANGE_LOG` changes). An answer worked out
   * from a few articles (a person's mentions, a quotation's copies) stays good across keystrokes
   * in any other article, which is most of them.
   */
  changedSince(version: number): ReadonlySet<string> | null {
    if (version < this.everythingAt) return null;
    const oldest = this.recent[0];
    if (version < this.changes && (!oldest || oldest.version > version + 1)) return null;
    const out = new Set<string>();
    for (let i = this.recent.length - 1; i >= 0 && this.recent[i]!.version > version; i--) out.add(this.recent[i]!.uri);
    return out;
  }

  private changed(uri: string | null): void {
    this.changes++;
    if (uri === null) {
      this.everythingAt = this.changes;
      this.recent.length = 0;
      return;
    }
    if (this.recent.length >= CHANGE_LOG) this.recent.splice(0, CHANGE_LOG >> 1);
    this.recent.push({ version: this.changes, uri });
  }

  /**
   * An article's findings if they are worked out already or were saved by the last session (read
   * now: a status count must not work out ten thousand, reading them is quick).
   */
  knownFindings(uri: string): readonly Finding[] | undefined {
    return this.findingsCache.get(uri) ?? (this.saved.has(uri) ? this.findings(uri) : undefined);
  }

  /**
   * Adds or replaces an article (analysing it unless a model is given); returns the articles
   * whose findings may have changed, this one included. When what other articles can see of it
   * (`factsOf`: names, quotations, dated happenings, header) is unchanged — an ordinary keystroke —
   * only the articles whose findings point into it are re-checked, not every article sharing a
   * person or a quotation with it.
   */
  upsert(uri: string, text: string, model: ArticleModel = analyseArticle(text, this.analysis)): Set<string> {
    this.fileAll();
    const previous = this.articles.get(uri);
    const affected = new Set<string>([uri]);
    this.changed(uri);
    const personBuckets = (u: string) => this.people.bucketsOfArticle(u).filter((b) => b.startsWith('p:'));
    const before = previous ? personBuckets(uri) : [];
    const was = previous ? this.facts.get(uri) ?? factsOf(previous.model) : undefined;
    const now = factsOf(model);
    const names = !was || was.header !== now.header || was.entities !== now.entities;
    this.articles.set(uri, { uri, text, model });
    this.facts.set(uri, now);
    if (names) this.people.update(uri, model.entities);
    else this.people.refresh(uri, model.entities);
    if (names) this.people.relatedArticles(new Set([...before, ...personBuckets(uri)])).forEach((u) => affected.add(u));
    const quotes = this.quoteIndex.update(uri, text, model.quotes);
    if (names || was.quotes !== now.quotes) quotes.forEach((u) => affected.add(u));
    // Dated happenings: when only they changed (a date typed), the articles whose findings can
    // change are those dating one of those that changed, before or after (matching is symmetric)
    // — not every article sharing a participant with one, which for a busy organisation is
    // hundreds. Happenings that only moved (names, dates and happenings as filed) keep their matches.
    if (names) this.eventIndex.update(uri, model).forEach((u) => affected.add(u));
    else if (was.events !== now.events || !this.eventIndex.refresh(uri, model)) {
      const peers = new Set<string>();
      this.eventIndex.update(uri, model, peers);
      peers.forEach((u) => affected.add(u));
    }
    this.referrers.get(uri)?.forEach((u) => affected.add(u));
    for (const u of affected) this.forget(u);
    return affected;
  }

  /**
   * Files an article while a whole workspace is read, without working out which other articles
   * it affects (every article is checked once the reading is done): for a person named in
   * thousands of articles that is a pass over all of them per article, quadratic over an index.
   * It reaches the indexes later, in the order filed (see the class); a model given as a function
   * is read only then, or when the article's model is first asked for.
   */
  file(uri: string, text: string, model: ArticleModel | (() => ArticleModel)): void {
    this.changed(null);
    const record = typeof model === 'function' ? new ArticleOnFile(uri, text, model) : { uri, text, model };
    this.articles.set(uri, record);
    this.facts.delete(uri);
    // Filed again: it reaches the indexes in its new place, as it did when they were built at once.
    this.waiting.delete(uri);
    this.waiting.set(uri, record);
    this.forgetAll();
    this.referrers.clear();
  }

  /** Puts articles waiting into the indexes for about `ms` milliseconds (one at least); returns how many still wait. */
  fileSome(ms: number): number {
    const until = performance.now() + ms;
    for (const record of this.waiting.values()) {
      this.index(record);
      if (performance.now() >= until) break;
    }
    return this.waiting.size;
  }

  /** Puts every article waiting into the indexes. */
  fileAll(): void {
    for (const record of this.waiting.values()) this.index(record);
  }

  private index(record: ArticleRecord): void {
    this.waiting.delete(record.uri);
    const { uri, text, model } = record;
    this.people.update(uri, model.entities);
    this.quoteIndex.update(uri, text, model.quotes, false);
    this.eventIndex.update(uri, model, undefined, false);
  }

  remove(uri: string): Set<string> {
    if (!this.articles.has(uri)) return new Set();
    this.fileAll();
    const affected = new Set<string>([uri]);
    this.changed(uri);
    this.people.relatedArticles(this.people.bucketsOfArticle(uri).filter((b) => b.startsWith('p:'))).forEach((u) => affected.add(u));
    this.people.update(uri, null);
    this.quoteIndex.update(uri, null, null).forEach((u) => affected.add(u));
    this.eventIndex.update(uri, null).forEach((u) => affected.add(u));
    this.articles.delete(uri);
    this.facts.delete(uri);
    this.referrers.get(uri)?.forEach((u) => affected.add(u));
    for (const u of affected) this.forget(u);
    affected.delete(uri);
    return affected;
  }

  setPins(pins: Pins): Set<string> {
    this.fileAll();
    this.people.setPins(pins);
    this.changed(null);
    this.forgetAll();
    return new Set(this.articles.keys());
  }

  setSettings(settings: CheckSettings): Set<string> {
    this.settings = settings;
    this.changed(null);
    this.forgetAll();
    return new Set(this.articles.keys());
  }

  /** Takes findings worked out before for the same state of the desk (a warm start), to be read when asked for. */
  prime(uri: string, saved: SavedFindings): void {
    if (!this.articles.has(uri)) return;
    this.findingsCache.delete(uri);
    this.saved.set(uri, saved);
    this.noteReferences(uri, saved.pointsInto);
  }

  private forget(uri: string): void {
    this.findingsCache.delete(uri);
    this.saved.delete(uri);
  }

  private forgetAll(): void {
    this.findingsCache.clear();
    this.saved.clear();
  }

  private noteReferences(uri: string, others: Iterable<string>): void {
    for (const other of others) {
      let set = this.referrers.get(other);
      if (!set) this.referrers.set(other, (set = new Set()));
      set.add(uri);
    }
  }

  /** Findings for one article, computed on first request after a change. */
  findings(uri: string): Finding[] {
    const cached = this.findingsCache.get(uri) ?? this.readSaved(uri);
    if (cached) return cached;
    const article = this.articles.get(uri);
    if (!article) return [];
    const out: Finding[] = [];
    for (const check of CHECKS) out.push(...check(this, uri));
    for (const n of article.model.notices) {
      const code = n.code as FindingCode;
      const severity = this.settings.severity[code] ?? 'information';
      if (severity !== 'off') out.push({ code, severity, uri, span: n.span, message: n.message, related: [], fixes: [] });
    }
    out.sort((a, b) => a.span.start - b.span.start || (a.code < b.code ? -1 : 1));
    // Checks that can list many places cut them too; this holds for every check (see MAX_RELATED).
    for (let i = 0; i < out.length; i++) {
      const f = out[i]!;
      out[i] = this.words.share(f.related.length > MAX_RELATED ? { ...f, related: f.related.slice(0, MAX_RELATED) } : f);
    }
    this.findingsCache.set(uri, out);
    this.noteReferences(uri, pointsInto(uri, out));
    return out;
  }

  /** Saved findings, read into the cache (those pointing into other articles were noted when primed). */
  private readSaved(uri: string): Finding[] | undefined {
    const saved = this.saved.get(uri);
    if (!saved) return undefined;
    this.saved.delete(uri);
    try {
      const findings = saved.read();
      this.findingsCache.set(uri, findings);
      return findings;
    } catch {
      // Unreadable (a damaged file): worked out again.
      return undefined;
    }
  }
}
