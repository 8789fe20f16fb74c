import type { ServerContext } from './context';

/** How long one slice of checking may hold the thread before requests get their turn. */
const SLICE_MS = 15;

/**
 * Works out and publishes every article's findings after a full index, a slice at a time, off the
 * request path: an editor can hover, jump and type as soon as the index is built, while the
 * warnings of a workspace of thousands arrive in the Problems view. The articles open in the
 * editor were published with the index; an article changed meanwhile is published by its change.
 */
export class WorkspaceChecker {
  private generation = 0;

  constructor(private readonly ctx: ServerContext, private readonly canProgress: () => boolean) {}

  /** Stops a check under way (a new index will start its own). */
  cancel(): void {
    this.generation++;
  }

  /** Publishes each article's findings; resolves with how many were checked, or null when cancelled. */
  async checkAll(uris: readonly string[]): Promise<{ checked: number; ms: number } | null> {
    const generation = ++this.generation;
    const started = Date.now();
    const progress = this.canProgress() && uris.length ? await this.ctx.connection.window.createWorkDoneProgress() : undefined;
    progress?.begin('Copydesk', 0, `Checking ${uris.length} articles…`, false);
    let done = 0;
    let reported = 0;
    try {
      while (done < uris.length) {
        if (generation !== this.generation) return null;
        const from = done;
        const until = performance.now() + SLICE_MS;
        // Findings are worked out (and cached) within the slice's time; publishing them is quick.
        // An article whose checks throw is left to `publish`, which logs why and goes on.
        while (done < uris.length && performance.now() < until) {
          try {
            this.ctx.desk.findings(uris[done++]!);
          } catch {
            /* logged by publish */
          }
        }
        this.ctx.publish(uris.slice(from, done));
        if (progress && done - reported >= 200) {
          reported = done;
          progress.report(Math.round((done / uris.length) * 100), `${done} of ${uris.length} articles checked`);
        }
        // Messages that arrived meanwhile (a hover, a keystroke) are handled before the next slice.
        await new Promise((resolve) => setImmediate(resolve));
      }
    } finally {
      progress?.done();
    }
    return { checked: done, ms: Date.now() - started };
  }
}
