import type { Diagnostic, Hover, Location } from 'vscode-languageserver';
import { createHash } from 'node:crypto';
import { ArchiveSession, type ArchiveStatus } from '../archive/session';
import { archiveIdOf } from '../corpus/archive';
import type { ArticleRecord } from '../corpus';
import { archiveFindings } from '../service/archive';
import type { ArchiveSettings } from './archiveSettings';
import { archiveHoverLines, archiveLocations, toArchiveDiagnostics } from './archiveRender';
import type { Feature, ServerContext } from './context';

/** Client → server: the archive password from VS Code's secret storage (never from settings). */
export const ARCHIVE_PASSWORD_NOTIFICATION = 'copydesk/archivePassword';
/** Server → client: the archive's state, for a status bar item. */
export const ARCHIVE_STATUS_NOTIFICATION = 'copydesk/archiveStatus';
/** Client → server: the text of an archived article, for the read-only `copydesk-archive:` view. */
export const ARCHIVE_ARTICLE_REQUEST = 'copydesk/archiveArticle';

/** The client gets this long after `initialized` to hand over the password before the first connection. */
const PASSWORD_GRACE_MS = 300;
/** Edits settle for this long before an article's archive checks run (one round of queries per pause, not per keystroke). */
const DEBOUNCE_MS = 400;

/**
 * The newsroom archive in the language server. Without `copydesk.archive.url` it does nothing
 * and every feature answers from the workspace alone, exactly as before. With it, the archive is
 * consulted after the desk, never before: hovers, definitions and references wait for it at most
 * `timeoutMs` and otherwise answer without it; archive warnings are worked out in the background
 * for open articles and published when they arrive. All results from the archive are marked.
 */
export class ArchiveLink {
  session: ArchiveSession | null = null;
  private key = '';
  private generation = 0;
  private password: string | undefined;
  private readonly checked = new Map<string, { record: ArticleRecord; diagnostics: Diagnostic[] }>();
  private readonly hashes = new Map<string, { text: string; hash: string }>();
  private pending = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly ctx: ServerContext) {}

  get settings(): ArchiveSettings {
    return this.ctx.settings().archive;
  }

  /** (Re)connects when the URL, time limit or password changed; disconnects when the URL is gone. */
  configure(): void {
    const s = this.settings;
    const key = JSON.stringify([s.url, s.timeoutMs, this.password ?? null]);
    if (key === this.key) return;
    this.key = key;
    const old = this.session;
    this.session = null;
    this.generation++;
    void old?.close();
    this.checked.clear();
    if (!s.url) {
      if (!old) return;
      this.status({ state: 'off', message: 'No archive configured.' });
      this.ctx.publish(this.ctx.desk.uris());
      return;
    }
    if (/\/\/[^/@]*:[^@]*@/.test(s.url)) this.ctx.log('copydesk.archive.url holds a password: settings are not secret; use "Copydesk: Set Archive Password" instead.');
    // A replaced session may still report: only the current one speaks for the archive.
    const generation = ++this.generation;
    this.session = new ArchiveSession({
      url: s.url,
      ...(this.password !== undefined ? { password: this.password } : {}),
      timeoutMs: s.timeoutMs,
      onStatus: (st) => generation === this.generation && this.status(st),
      onRecover: () => generation === this.generation && this.recheck(),
    });
    this.recheck();
  }

  setPassword(password: string | undefined): void {
    this.password = password || undefined;
    this.configure();
  }

  private status(s: ArchiveStatus): void {
    this.ctx.log(`Archive: ${s.message}`);
    try {
      void this.ctx.connection.sendNotification(ARCHIVE_STATUS_NOTIFICATION, s).catch(() => undefined);
    } catch {
      // The session may report after the client has gone (a database dropping at shutdown).
    }
  }

  /** Content hashes of the desk's articles: their archived copies are the same articles, not other sources. */
  known(): Set<string> {
    const out = new Set<string>();
    for (const uri of this.ctx.desk.uris()) {
      const text = this.ctx.desk.article(uri)!.text;
      let h = this.hashes.get(uri);
      if (!h || h.text !== text) this.hashes.set(uri, (h = { text, hash: createHash('sha256').update(text, 'utf8').digest('hex') }));
      out.add(h.hash);
    }
    return out;
  }

  /** Archive warnings of an article, if worked out for its current text (stale positions are never shown). */
  diagnostics(uri: string): Diagnostic[] {
    const c = this.checked.get(uri);
    return c && c.record === this.ctx.desk.article(uri) ? c.diagnostics : [];
  }

  schedule(uris: Iterable<string>): void {
    if (!this.session) return;
    for (const uri of uris) if (this.ctx.documents.get(uri) && this.checked.get(uri)?.record !== this.ctx.desk.article(uri)) this.pending.add(uri);
    if (this.pending.size && !this.timer) this.timer = setTimeout(() => void this.run(), DEBOUNCE_MS);
  }

  /** Everything again (the archive came back, or a new connection). */
  private recheck(): void {
    this.checked.clear();
    this.schedule(this.ctx.documents.all().map((d) => d.uri));
  }

  private async run(): Promise<void> {
    this.timer = undefined;
    const uris = [...this.pending];
    this.pending = new Set();
    const session = this.session;
    if (!session) return;
    for (const uri of uris) {
      const record = this.ctx.desk.article(uri);
      if (!record || this.session !== session) continue;
      try {
        const found = await archiveFindings(session, this.ctx.desk, uri, this.known());
        if (this.ctx.desk.article(uri) !== record) continue; // edited meanwhile: a later run has it
        const before = JSON.stringify(this.diagnostics(uri));
        const diagnostics = toArchiveDiagnostics(this.ctx, uri, found);
        this.checked.set(uri, { record, diagnostics });
        if (JSON.stringify(diagnostics) !== before) this.ctx.publish([uri]);
      } catch {
        // Unreachable or too slow: the session reports it and rechecks when the archive is back.
      }
    }
  }

  /** A question to the archive that gives up after the time limit (or at once when there is no archive). */
  async ask<T>(question: (session: ArchiveSession) => Promise<T>): Promise<T | undefined> {
    const session = this.session;
    if (!session || session.state.state === 'error') return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), this.settings.timeoutMs)));
    try {
      return await Promise.race([question(session).catch(() => undefined), late]);
    } finally {
      clearTimeout(timer);
    }
  }

  close(): void {
    if (this.timer) clearTimeout(this.timer);
    void this.session?.close();
    this.session = null;
  }
}

const links = new WeakMap<ServerContext, ArchiveLink>();

/** The hover, with what the archive knows appended (and marked as the archive's). */
export async function withArchiveHover(ctx: ServerContext, uri: string, offset: number, hover: Hover | null): Promise<Hover | null> {
  const link = links.get(ctx);
  if (!link?.session) return hover;
  const extra = await link.ask((a) => archiveHoverLines(ctx, a, uri, offset, link.known()));
  if (!extra?.lines.length) return hover;
  const head = hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
  return {
    contents: { kind: 'markdown', value: [head, head ? '\n---\n' : '', ...extra.lines].join('\n') },
    range: hover?.range ?? extra.range,
  };
}

/** Definition: an archived article that carried the quotation before any workspace article comes first. */
export async function withArchiveDefinition(ctx: ServerContext, uri: string, offset: number, found: Location[]): Promise<Location[]> {
  const link = links.get(ctx);
  if (!link?.session) return found;
  const more = await link.ask((a) => archiveLocations(ctx, a, uri, offset, link.known(), 'definition'));
  return more?.length ? [...more, ...found] : found;
}

/** References: the workspace's, then the archive's (archived articles carrying the words, or naming the person). */
export async function withArchiveReferences(ctx: ServerContext, uri: string, offset: number, found: Location[]): Promise<Location[]> {
  const link = links.get(ctx);
  if (!link?.session) return found;
  const more = await link.ask((a) => archiveLocations(ctx, a, uri, offset, link.known(), 'references'));
  return more?.length ? [...found, ...more] : found;
}

export const archiveFeature: Feature = {
  register(ctx) {
    const link = new ArchiveLink(ctx);
    links.set(ctx, link);
    ctx.connection.onNotification(ARCHIVE_PASSWORD_NOTIFICATION, (p: { password?: unknown }) => {
      link.setPassword(typeof p?.password === 'string' ? p.password : undefined);
    });
    ctx.connection.onRequest(ARCHIVE_ARTICLE_REQUEST, async (p: { uri?: unknown }) => {
      const id = typeof p?.uri === 'string' ? archiveIdOf(p.uri) : null;
      const got = id ? await link.ask((a) => a.article(id)) : undefined;
      return got ? { text: got.text, path: got.article.path, published: got.article.published } : null;
    });
  },
  initialized(ctx) {
    const t = setTimeout(() => links.get(ctx)?.configure(), PASSWORD_GRACE_MS);
    t.unref?.();
  },
  settingsChanged(ctx) {
    links.get(ctx)?.configure();
  },
  shutdown(ctx) {
    links.get(ctx)?.close();
  },
  deskChanged(ctx, uris) {
    links.get(ctx)?.schedule(uris);
  },
  diagnostics(ctx, uri) {
    return links.get(ctx)?.diagnostics(uri) ?? [];
  },
};
