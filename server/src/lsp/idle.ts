/**
 * Waits for the editor to pause. Background writing (the findings saved after a full check, a
 * second of work at 10,000 articles) is done in slices; a slice landing between two keystrokes
 * delays the second. Each slice waits until no edit came for `quietMs` — but never for more
 * than `patienceMs` in all (ten minutes: an editor who never pauses still gets the index saved),
 * and not at all once the server is shutting down. (With 30 s, a bench typing without a pause
 * had two keystrokes of ~450 ms when the save resumed.)
 */
export class IdleGate {
  private lastEdit = -Infinity;
  private hurried = false;
  /** Wakes the pieces of work waiting now (`hurry`). */
  private readonly sleeping = new Set<() => void>();

  constructor(private readonly quietMs = 500, private readonly patienceMs = 600_000, private readonly now: () => number = () => performance.now()) {}

  /** An edit was made. */
  edited(): void {
    this.lastEdit = this.now();
  }

  /** No more waiting: the server is shutting down. */
  hurry(): void {
    this.hurried = true;
    for (const wake of [...this.sleeping]) wake();
  }

  /** A function to await before each slice of one piece of background work. */
  pauser(): () => Promise<void> {
    const started = this.now();
    return async () => {
      for (;;) {
        const t = this.now();
        const wait = this.lastEdit + this.quietMs - t;
        if (this.hurried || wait <= 0 || t - started >= this.patienceMs) return;
        await this.sleep(Math.min(wait, this.patienceMs - (t - started)));
      }
    };
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.sleeping.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      this.sleeping.add(wake);
    });
  }
}
