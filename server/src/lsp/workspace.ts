import { createHash } from 'node:crypto';
import { MessageType, ShowMessageNotification } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import type { ArticleRecord, Desk } from '../corpus';
import { analyseArticle, DEFAULT_MAX_LENGTH, type AnalysisOptions, type ArticleModel } from '../analysis';
import type { Decoded } from '../host/decode';
import { findArticles, modifiedDay, readArticle } from '../host/files';
import { defaultAnalyser, WORKER_FILE, type Analyser } from '../host/analysisPool';
import { heapShare, INDEX_CEILING } from '../host/memory';
import { SharedJson } from '../host/sharedJson';
import { analysisVersion, modelKey, ModelStore } from '../host/modelStore';
import type { ServerContext } from './context';
import { fileWaiting } from './filing';
import { IdleGate } from './idle';
import { byRelevance } from './relevance';

/**
 * A key of everything an article's findings depend on: every article's model (by its key, as
 * filed by this index, else worked out from its text), the check settings, the pins. Worked out
 * without reading a model: on a warm start they are parsed only once the desk files them.
 */
function deskState(desk: Desk, filed: ReadonlyMap<string, { readonly record: ArticleRecord; readonly key: string }>): string {
  const hash = createHash('sha256');
  for (const uri of desk.uris().sort()) {
    const record = desk.article(uri)!;
    const known = filed.get(uri);
    hash.update(`${uri}\t${known?.record === record ? known.key : modelKey(record.text, DEFAULT_MAX_LENGTH)}\n`);
  }
  const pins = desk.pins;
  hash.update(JSON.stringify([desk.settings, [...pins.canonical], pins.distinct, [...pins.roles]]));
  return hash.digest('hex');
}

export interface WorkspaceHost {
  readonly readFile: (path: string) => Promise<Decoded>;
  /** A file's modification day, without reading it (for open articles, whose text is the editor's). */
  readonly modifiedDay: (path: string) => Promise<string | undefined>;
  readonly findArticles: typeof findArticles;
  /** Who analyses articles during a full index (worker threads in the bundle). */
  readonly analyser: () => Analyser;
  /** The analysis version models are persisted under; undefined: nothing is persisted. */
  readonly modelVersion: () => string | undefined;
  /** How full the heap is (see `INDEX_CEILING`). */
  readonly heapShare: () => number;
}

let bundleVersion: string | undefined | null = null;

export const NODE_HOST: WorkspaceHost = {
  readFile: readArticle,
  modifiedDay,
  findArticles,
  analyser: defaultAnalyser,
  modelVersion: () => (bundleVersion === null ? (bundleVersion = analysisVersion(WORKER_FILE)) : bundleVersion),
  heapShare,
};

/**
 * Keeps the desk in step with the workspace folders: the first full index, files changed on disk,
 * and open buffers, which always win over the file on disk.
 *
 * A full index reads files, takes each unchanged article's model from the store persisted in
 * the editor's storage folder, and sends the others to the analysis workers; this thread only
 * files the models on the desk (in file order, so the desk is the same whatever finishes first)
 * and stays free to answer requests. An open article's edits are analysed here at once: one
 * article is quick, and its diagnostics must follow the keystroke.
 */
export class WorkspaceIndexer {
  folders: string[] = [];
  /** The editor's storage folder for this workspace (`initializationOptions.storagePath`). */
  storagePath: string | undefined;
  private store: Promise<ModelStore | undefined> | undefined;
  /** Findings to persist once the index just built is checked, if the desk is still as it was. */
  private unsaved: { store: ModelStore; state: string; version: number } | undefined;
  private saving: Promise<void> = Promise.resolve();
  /** When the editor last changed an article: background writing waits for a pause. */
  private readonly idle = new IdleGate();
  /** Each file's last modification day, as last read from disk. */
  private readonly modified = new Map<string, string>();
  /** The fallback day each article on the desk was analysed with (none: its own date only). */
  private readonly analysedWith = new Map<string, string | undefined>();

  constructor(private readonly ctx: ServerContext, private readonly host: WorkspaceHost, private readonly canProgress: () => boolean) {}

  /**
   * The day an undated article's relative dates are resolved against, when the editor chose
   * `copydesk.undatedArticles: fileModificationDate` (an article stating its own date ignores it).
   */
  private fallbackDay(uri: string): string | undefined {
    return this.ctx.settings().undatedArticles === 'fileModificationDate' ? this.modified.get(uri) : undefined;
  }

  /** Adds or replaces an article; a model given must have been made with `fallbackDay(uri)`. */
  upsert(uri: string, text: string, model?: ArticleModel): void {
    try {
      const day = this.fallbackDay(uri);
      if (!model && day) model = analyseArticle(text, { fallbackDate: fallbackDate(day) });
      this.analysedWith.set(uri, day);
      this.idle.edited();
      const { leading, rest } = byRelevance(this.ctx.desk, uri, this.ctx.desk.upsert(uri, text, model));
      this.ctx.publishFirst(leading, rest);
    } catch (e) {
      this.ctx.log(`Copydesk could not analyse ${uri}: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
    }
  }

  remove(uri: string): void {
    this.modified.delete(uri);
    this.analysedWith.delete(uri);
    const affected = this.ctx.desk.remove(uri);
    this.ctx.positions.forget(uri);
    this.ctx.publish([uri, ...affected]);
  }

  /** Re-reads a file after it changed on disk or its editor closed. */
  async loadFromDisk(uri: string): Promise<void> {
    const path = URI.parse(uri).fsPath;
    const result = await this.host.readFile(path);
    if (this.ctx.documents.get(uri)) return;
    if (!result.ok) {
      this.ctx.log(`Skipped ${path}: ${result.reason}`);
      if (this.ctx.desk.article(uri)) this.remove(uri);
      return;
    }
    if (result.modified) this.modified.set(uri, result.modified);
    const day = this.fallbackDay(uri);
    if (this.ctx.desk.article(uri)?.text === result.text && this.analysedWith.get(uri) === day) return;
    const store = await this.openStore();
    const key = modelKey(result.text, DEFAULT_MAX_LENGTH, day);
    const model = store?.get(key);
    this.upsert(uri, result.text, model);
    if (store && !model) {
      const filed = this.ctx.desk.article(uri);
      if (filed?.text === result.text) store.put(key, filed.model);
      void store.flush();
    }
  }

  /**
   * An open article's file changed on disk (it was saved): its text stays the editor's, but under
   * `copydesk.undatedArticles: fileModificationDate` its new date may move its resolved dates.
   */
  async refreshFileDate(uri: string): Promise<void> {
    if (this.ctx.settings().undatedArticles !== 'fileModificationDate') return;
    const day = await this.host.modifiedDay(URI.parse(uri).fsPath);
    const open = this.ctx.documents.get(uri);
    if (!day || !open) return;
    this.modified.set(uri, day);
    if (this.ctx.desk.article(uri) && this.analysedWith.get(uri) !== day) this.upsert(uri, open.getText());
  }

  private openStore(): Promise<ModelStore | undefined> {
    const version = this.host.modelVersion();
    if (!this.store && this.storagePath && version) {
      this.store = ModelStore.open(this.storagePath, version).catch((e: unknown) => {
        this.ctx.log(`Copydesk cannot keep its index in ${this.storagePath}: ${e instanceof Error ? e.message : String(e)}`);
        return undefined;
      });
    }
    return this.store ?? Promise.resolve(undefined);
  }

  /**
   * After a full index, once every article's findings are worked out: keeps them for the next
   * start, unless an article, a pin or a setting changed meanwhile (they would not be the
   * findings of the state they are filed under).
   */
  saveFindings(): void {
    const pending = this.unsaved;
    this.unsaved = undefined;
    const { desk } = this.ctx;
    // The findings as they are now (the lists, not copies: a later change replaces an article's
    // list rather than changing it), written while the editor goes on.
    // Written while the editor pauses (see IdleGate).
    if (pending && desk.version === pending.version) this.saving = pending.store.saveFindings(pending.state, desk.uris().map((u) => [u, desk.findings(u)] as const), this.idle.pauser());
  }

  /**
   * Runs the analysis on this thread over a few articles (the open ones first), the models
   * dropped: the workspace is analysed in worker threads, so the first keystroke otherwise paid
   * for compiling the analysis here (at 10k, 0.7 s for the first and tens of ms for the next few).
   * One article a task, so that a request or a keystroke waits for one at most.
   */
  async warmUp(): Promise<void> {
    const { desk, documents } = this.ctx;
    const uris = [...new Set([...documents.all().map((d) => d.uri), ...desk.uris().slice(0, WARM_UP_ARTICLES)])].slice(0, WARM_UP_ARTICLES);
    for (const uri of uris) {
      await new Promise((resolve) => setImmediate(resolve));
      const text = desk.article(uri)?.text;
      // An ordinary article warms the analysis as well as a long one, and holds the thread less.
      if (text !== undefined && text.length <= WARM_UP_MAX_LENGTH) analyseArticle(text);
    }
  }

  /**
   * A persisted model, parsed when the desk first needs it. A damaged line (a disk error; a torn
   * line is never read) is analysed again on this thread, with the workers' analysis, so the
   * model is the one its key names and the saved findings still hold.
   */
  private persisted(store: ModelStore, key: string, bytes: Buffer, reader: SharedJson, uri: string, text: string, day: string | undefined): () => ArticleModel {
    let json: Buffer | undefined = bytes;
    let model: ArticleModel | undefined;
    return () => {
      if (model) return model;
      try {
        model = reader.parse<ArticleModel>(json!.toString('utf8'));
      } catch {
        this.ctx.log(`Copydesk's persisted model of ${uri} is damaged: analysing it again.`);
        model = analyseArticle(text, { maxLength: DEFAULT_MAX_LENGTH, ...(day ? { fallbackDate: fallbackDate(day) } : {}) });
        store.put(key, model);
        void store.flush();
      }
      json = undefined;
      return model;
    };
  }

  /**
   * Resolves once the findings being saved are on disk: a shutdown waits for it, else the next
   * start works them all out again. The rest is written without waiting for the editor to pause.
   */
  settled(): Promise<void> {
    this.idle.hurry();
    return this.saving;
  }

  /** Says, once per index, that articles were left out to stay within the memory limit, and how to change that. */
  private reportFull(full: { at: number; share: number }, total: number): void {
    const left = total - full.at;
    const message = `Copydesk left ${left.toLocaleString('en')} of ${total.toLocaleString('en')} articles out of its index: the language server had used ${Math.round(full.share * 100)}% of its memory limit. Articles left out are not cross-checked until opened. Raise copydesk.server.maxMemory, or narrow copydesk.include.`;
    this.ctx.log(message);
    // A notification: nothing to answer, and the index does not wait for the editor to close it.
    void this.ctx.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message });
  }

  /** Reads every article of the workspace folders, reporting progress, yielding to requests as it goes. */
  async indexAll(): Promise<{ articles: number; ms: number; analysed: number; reused: number; findingsReused: boolean }> {
    const { connection, desk, documents } = this.ctx;
    const progress = this.canProgress() ? await connection.window.createWorkDoneProgress() : undefined;
    progress?.begin('Copydesk', 0, 'Finding articles…', false);
    const started = Date.now();
    const settings = this.ctx.settings();
    let files: string[] = [];
    for (const folder of this.folders) {
      const found = await this.host.findArticles(folder, [...settings.include], [...settings.exclude]);
      for (const e of found.errors) this.ctx.log(`Could not read ${e.path}: ${e.reason}`);
      files = files.concat(found.files);
    }
    const fresh = new Set(files.map((f) => URI.file(f).toString()));
    for (const uri of desk.uris()) if (!fresh.has(uri) && !documents.get(uri)) desk.remove(uri);
    const store = await this.openStore();
    const analyser = this.host.analyser();
    /** Every model this index found, by key (kept in the store), and the key of each article it filed. */
    const live = new Map<string, ArticleModel | (() => ArticleModel)>();
    const filed = new Map<string, { record: ArticleRecord; key: string }>();
    // One pool of shared strings for every model this index parses (dropped with it, see SharedJson).
    const reader = new SharedJson();
    let analysed = 0;
    let reused = 0;

    /** Reads one file and finds its model: unchanged on the desk, persisted, or analysed by a worker. */
    const prepare = async (file: string) => {
      const uri = URI.file(file).toString();
      // An open article's text is the editor's; only its file's date is read from disk.
      if (documents.get(uri)) {
        if (settings.undatedArticles === 'fileModificationDate' && !this.modified.has(uri)) {
          const day = await this.host.modifiedDay(file);
          if (day) this.modified.set(uri, day);
        }
        return undefined;
      }
      const result = await this.host.readFile(file);
      if (!result.ok) {
        this.ctx.log(`Skipped ${file}: ${result.reason}`);
        return undefined;
      }
      const text = result.text;
      if (result.modified) this.modified.set(uri, result.modified);
      const day = this.fallbackDay(uri);
      const key = store ? modelKey(text, DEFAULT_MAX_LENGTH, day) : '';
      const onDesk = desk.article(uri);
      if (onDesk?.text === text && this.analysedWith.get(uri) === day) return { uri, text, key, day, model: onDesk.model, filed: true };
      const stored = store?.take(key);
      if (stored) {
        reused++;
        return { uri, text, key, day, model: this.persisted(store!, key, stored, reader, uri, text, day), filed: false };
      }
      try {
        const got = await analyser.analyse(text, DEFAULT_MAX_LENGTH, day ? fallbackDate(day) : undefined);
        const model: ArticleModel | (() => ArticleModel) = typeof got === 'string' ? reader.parse<ArticleModel>(got) : got;
        analysed++;
        if (typeof got === 'string') store?.putJson(key, got);
        else store?.put(key, model);
        return { uri, text, key, day, model, filed: false };
      } catch (e) {
        this.ctx.log(`Copydesk could not analyse ${file}: ${e instanceof Error ? e.message : String(e)}`);
        return undefined;
      }
    };

    // A window of files in flight, filed in order as they complete: the workers stay busy while
    // a long article holds the head of the window.
    const window: Promise<Awaited<ReturnType<typeof prepare>>>[] = [];
    const ahead = Math.max(8, analyser.parallel * 8);
    let done = 0;
    /** Where reading stopped because the heap is near its limit (see `INDEX_CEILING`). */
    let full: { at: number; share: number } | undefined;
    try {
      for (let i = 0; (i < files.length && !full) || window.length; ) {
        while (i < files.length && window.length < ahead && !full) {
          const share = i % MEMORY_CHECK_EVERY === 0 ? this.host.heapShare() : 0;
          if (share > INDEX_CEILING) full = { at: i, share };
          else window.push(prepare(files[i++]!));
        }
        const item = await window.shift()!;
        if (item && !item.filed && !documents.get(item.uri)) {
          desk.file(item.uri, item.text, item.model);
          // An analysed model goes into the indexes at once, and so do those filed before it: the
          // thread is waiting for the workers anyway. Persisted ones wait (see below).
          if (typeof item.model !== 'function') desk.fileAll();
          this.analysedWith.set(item.uri, item.day);
        }
        if (item && store) {
          live.set(item.key, item.model);
          const record = desk.article(item.uri);
          if (record && (item.filed || !documents.get(item.uri))) filed.set(item.uri, { record, key: item.key });
        }
        done++;
        if (done % 50 === 0) {
          progress?.report(Math.round((done / files.length) * 100), `${done} of ${files.length} articles`);
        }
      }
    } finally {
      await analyser.close();
    }
    if (full) this.reportFull(full, files.length);
    // Open articles are not read from disk, but a changed fallback setting changes their dates.
    for (const doc of documents.all()) {
      if (desk.article(doc.uri) && this.analysedWith.get(doc.uri) !== this.fallbackDay(doc.uri)) this.upsert(doc.uri, doc.getText());
    }
    // The same desk as last time (every model, the settings, the pins): its findings are too.
    const state = store ? deskState(desk, filed) : '';
    const saved = store?.loadFindings(state);
    if (saved) {
      for (const uri of desk.uris()) {
        const findings = saved.get(uri);
        if (findings) desk.prime(uri, findings);
      }
    } else {
      // Every article is checked next, which reads the indexes: built now, a slice at a time.
      await fileWaiting(this.ctx);
    }
    // The open articles' warnings come with the index; the rest follow in the background
    // (`checkAll`), and are kept for the next start once all are worked out.
    this.ctx.publish(documents.all().map((d) => d.uri).filter((u) => desk.article(u)));
    this.unsaved = store && !saved ? { store, state, version: desk.version } : undefined;
    // The findings are known: the persisted models go into the indexes after this (`fileWaiting`,
    // run next by the server), and whatever reads an index first (a hover, a keystroke) files
    // the rest at once (see Desk).
    progress?.done();
    // Written before indexing is reported complete (a restart right after finds it all); the
    // rewrite without dead lines, when due, goes on in the background.
    await store?.flush();
    void store?.retain(live);
    const ms = Date.now() - started;
    this.ctx.log(`Indexed ${desk.size} articles in ${ms} ms (${analysed} analysed, ${reused} from the persisted index${saved ? ', findings too' : ''}).`);
    return { articles: desk.size, ms, analysed, reused, findingsReused: !!saved };
  }
}

/** Articles read between two looks at the heap (a look costs microseconds; an article, milliseconds). */
const MEMORY_CHECK_EVERY = 25;

/** Articles analysed to warm this thread up once the index is built (see `warmUp`). */
const WARM_UP_ARTICLES = 5;
const WARM_UP_MAX_LENGTH = 50_000;

/** How a fallback day is named in every resolution made against it. */
function fallbackDate(day: string): NonNullable<AnalysisOptions['fallbackDate']> {
  return { value: day, how: "the file's last modification" };
}
