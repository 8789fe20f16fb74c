import { URI } from 'vscode-uri';
import type { Decoded } from '../host/decode';
import { findArticles, readArticle } from '../host/files';
import type { ServerContext } from './context';

export interface WorkspaceHost {
  readonly readFile: (path: string) => Promise<Decoded>;
  readonly findArticles: typeof findArticles;
}

export const NODE_HOST: WorkspaceHost = { readFile: readArticle, findArticles };

/**
 * Keeps the desk in step with the workspace folders: the first full index, files changed on disk,
 * and open buffers, which always win over the file on disk.
 */
export class WorkspaceIndexer {
  folders: string[] = [];

  constructor(private readonly ctx: ServerContext, private readonly host: WorkspaceHost, private readonly canProgress: () => boolean) {}

  upsert(uri: string, text: string): void {
    try {
      this.ctx.publish(this.ctx.desk.upsert(uri, text));
    } catch (e) {
      this.ctx.log(`Copydesk could not analyse ${uri}: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
    }
  }

  remove(uri: string): void {
    const affected = this.ctx.desk.remove(uri);
    this.ctx.positions.forget(uri);
    this.ctx.publish([uri, ...affected]);
  }

  /** Re-reads a file after it changed on disk or its editor closed. */
  async loadFromDisk(uri: string): Promise<void> {
    const path = URI.parse(uri).fsPath;
    const result = await this.host.readFile(path);
    if (this.ctx.documents.get(uri)) return;
    if (result.ok) this.upsert(uri, result.text);
    else {
      this.ctx.log(`Skipped ${path}: ${result.reason}`);
      if (this.ctx.desk.article(uri)) this.remove(uri);
    }
  }

  /** Reads every article of the workspace folders, reporting progress, yielding to requests as it goes. */
  async indexAll(): Promise<{ articles: number; ms: number }> {
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
    let done = 0;
    for (const file of files) {
      const uri = URI.file(file).toString();
      if (!documents.get(uri)) {
        const result = await this.host.readFile(file);
        if (!result.ok) this.ctx.log(`Skipped ${file}: ${result.reason}`);
        else {
          try {
            desk.upsert(uri, result.text);
          } catch (e) {
            this.ctx.log(`Copydesk could not analyse ${file}: ${e instanceof Error ? e.message : String(e)}`);
          }
        }
      }
      done++;
      if (done % 50 === 0) {
        progress?.report(Math.round((done / files.length) * 100), `${done} of ${files.length} articles`);
        await new Promise((r) => setImmediate(r));
      }
    }
    this.ctx.publish(desk.uris());
    progress?.done();
    const ms = Date.now() - started;
    this.ctx.log(`Indexed ${desk.size} articles in ${ms} ms.`);
    return { articles: desk.size, ms };
  }
}
