/**
 * Coalesces bursts (every keystroke re-analyses an article, every analysis may change diagnostics)
 * into one call once things are quiet; `now()` runs at once, cancelling what was pending.
 */
export function debounce(fn: () => void, ms: number): { (): void; now(): void; cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  const call = () => {
    cancel();
    timer = setTimeout(() => {
      timer = undefined;
      fn();
    }, ms);
  };
  call.now = () => {
    cancel();
    fn();
  };
  call.cancel = cancel;
  return call;
}
