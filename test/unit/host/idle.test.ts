import { afterEach, describe, expect, it, vi } from 'vitest';
import { IdleGate } from '../../../server/src/lsp/idle';

describe('background writing waits for the editor to pause', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  const settle = async (p: Promise<void>) => {
    let done = false;
    void p.then(() => (done = true));
    await vi.advanceTimersByTimeAsync(0);
    return () => done;
  };

  it('goes on at once when nobody is typing, waits for a quiet spell while someone is', async () => {
    vi.useFakeTimers();
    const gate = new IdleGate(500, 30_000, () => Date.now());
    expect((await settle(gate.pauser()()))()).toBe(true);
    gate.edited();
    const done = await settle(gate.pauser()());
    await vi.advanceTimersByTimeAsync(300);
    gate.edited(); // still typing: another 500 ms from now
    await vi.advanceTimersByTimeAsync(400);
    expect(done()).toBe(false);
    await vi.advanceTimersByTimeAsync(150);
    expect(done()).toBe(true);
  });

  it('never waits longer than its patience in all, nor once the server shuts down', async () => {
    vi.useFakeTimers();
    const gate = new IdleGate(500, 2_000, () => Date.now());
    const pause = gate.pauser();
    gate.edited();
    const typing = setInterval(() => gate.edited(), 100);
    const first = await settle(pause());
    await vi.advanceTimersByTimeAsync(1_900);
    expect(first()).toBe(false);
    await vi.advanceTimersByTimeAsync(150);
    expect(first()).toBe(true);
    // The same piece of work: patience is spent, no more waiting.
    expect((await settle(pause()))()).toBe(true);
    const other = await settle(gate.pauser()());
    expect(other()).toBe(false);
    gate.hurry();
    await vi.advanceTimersByTimeAsync(100);
    expect(other()).toBe(true);
    clearInterval(typing);
  });
});
