import { describe, expect, it } from 'vitest';
import type { ServerContext } from '../../server/src/lsp/context';
import { WorkspaceChecker } from '../../server/src/lsp/checking';

/** A context whose articles each take `ms` to check, recording what is published and when. */
function slowDesk(count: number, ms: number) {
  const uris = Array.from({ length: count }, (_, i) => `file:///w/${i}.txt`);
  const checked = new Set<string>();
  const published: string[][] = [];
  const ctx = {
    desk: {
      findings(uri: string) {
        const until = performance.now() + ms;
        while (performance.now() < until) {
          /* an article slow to check */
        }
        if (uri.endsWith('/3.txt')) throw new Error('a check that throws');
        checked.add(uri);
        return [];
      },
    },
    publish: (u: Iterable<string>) => void published.push([...u]),
  } as unknown as ServerContext;
  return { uris, checked, published, ctx };
}

describe('checking the workspace after a full index', () => {
  it('publishes every article, a slice at a time, and lets other work run between slices', async () => {
    const { uris, published, ctx } = slowDesk(40, 2);
    const checker = new WorkspaceChecker(ctx, () => false);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const result = await checker.checkAll(uris);
    clearInterval(timer);
    expect(result?.checked).toBe(40);
    // Every article published once, in order; an article whose checks throw too (publish logs why).
    expect(published.flat()).toEqual(uris);
    expect(published.length).toBeGreaterThan(2);
    // 80 ms of checking in 15 ms slices: timers (requests, in the server) ran in between.
    expect(ticks).toBeGreaterThan(2);
  });

  it('stops when a new index begins', async () => {
    const { uris, published, ctx } = slowDesk(100, 2);
    const checker = new WorkspaceChecker(ctx, () => false);
    const running = checker.checkAll(uris);
    await new Promise((r) => setImmediate(r));
    checker.cancel();
    expect(await running).toBeNull();
    expect(published.flat().length).toBeLessThan(100);
  });
});
