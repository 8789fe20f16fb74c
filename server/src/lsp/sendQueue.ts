/** How long a slice of queued diagnostics may hold the thread before requests are let in. */
export const SLICE_MS = 8;

/**
 * The articles whose diagnostics a keystroke left to send after its own (see
 * `ServerContext.publishFirst`): those its warnings point into first and all in the next task
 * (urgent), then the rest a slice of about `SLICE_MS` at a time, so that a request or the next
 * keystroke waits for one slice at most. A later keystroke's urgent articles go before what
 * earlier ones left. An article sent by any other path leaves the queue.
 */
export class SendQueue {
  private readonly unsent = new Set<string>();
  private readonly urgent = new Set<string>();
  private scheduled: { cancel(): void } | undefined;

  constructor(
    private readonly send: (uri: string) => void,
    private readonly later: (task: () => void) => { cancel(): void } = (task) => {
      const id = setImmediate(task);
      return { cancel: () => clearImmediate(id) };
    },
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Queues `urgent` ahead of everything queued, and `rest` behind it. */
  add(urgent: readonly string[], rest: Iterable<string>): void {
    const queued = [...urgent, ...this.unsent, ...rest];
    this.unsent.clear();
    for (const uri of queued) this.unsent.add(uri);
    for (const uri of urgent) this.urgent.add(uri);
    this.schedule();
  }

  /** An article's diagnostics were sent: it is not waited for, nor sent again. */
  sent(uri: string): void {
    this.unsent.delete(uri);
    this.urgent.delete(uri);
  }

  get size(): number {
    return this.unsent.size;
  }

  /** Nothing more is sent (the server is shutting down). */
  clear(): void {
    this.scheduled?.cancel();
    this.scheduled = undefined;
    this.unsent.clear();
    this.urgent.clear();
  }

  private schedule(): void {
    this.scheduled ??= this.later(() => {
      this.scheduled = undefined;
      const started = this.now();
      for (const uri of this.unsent) {
        if (!this.urgent.size && this.now() - started > SLICE_MS) break;
        // `send` reports back through `sent`, which takes the article off the queue.
        this.sent(uri);
        this.send(uri);
      }
      if (this.unsent.size) this.schedule();
    });
  }
}
