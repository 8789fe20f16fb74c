import { describe, expect, it } from 'vitest';
import { SendQueue, SLICE_MS } from '../../../server/src/lsp/sendQueue';

/** A keystroke's queued diagnostics, with tasks run by hand and a clock that moves 1 ms per article sent. */
function harness() {
  let clock = 0;
  const tasks: (() => void)[] = [];
  const sentOrder: string[] = [];
  const queue: SendQueue = new SendQueue(
    (uri) => {
      sentOrder.push(uri);
      clock += 1;
    },
    (task) => {
      tasks.push(task);
      return { cancel: () => tasks.splice(tasks.indexOf(task), 1) };
    },
    () => clock,
  );
  const runTask = () => {
    const before = sentOrder.length;
    tasks.shift()!();
    return sentOrder.slice(before);
  };
  return { queue, tasks, sentOrder, runTask };
}

describe('the queue of a keystroke\'s diagnostics', () => {
  const many = (p: string, n: number) => Array.from({ length: n }, (_, i) => `${p}${i}`);

  it('sends the urgent articles in the next task, whatever they cost, then the rest a slice at a time', () => {
    const { queue, runTask, tasks } = harness();
    queue.add(many('u', 12), many('r', 30));
    const first = runTask();
    expect(first.slice(0, 12)).toEqual(many('u', 12));
    // The urgent ones took 12 ms, past SLICE_MS: the slice ends with them.
    expect(first.length).toBe(12);
    const second = runTask();
    expect(second.length).toBe(SLICE_MS + 1);
    while (tasks.length) runTask();
    expect(queue.size).toBe(0);
  });

  it('puts a later keystroke\'s urgent articles before what earlier ones left', () => {
    const { queue, runTask, sentOrder, tasks } = harness();
    queue.add([], many('old', 20));
    runTask();
    queue.add(['new'], ['tail']);
    const next = runTask();
    expect(next[0]).toBe('new');
    while (tasks.length) runTask();
    expect(sentOrder.at(-1)).toBe('tail');
    expect(new Set(sentOrder).size).toBe(sentOrder.length);
  });

  it('forgets an article sent another way: it is not sent twice, and an urgent one holds no slice open', () => {
    const { queue, runTask, sentOrder } = harness();
    queue.add(['u'], many('r', 30));
    // Published with everything else before the queue's turn came.
    queue.sent('u');
    queue.sent('r0');
    const slice = runTask();
    expect(slice).not.toContain('u');
    expect(slice).not.toContain('r0');
    expect(slice.length).toBe(SLICE_MS + 1);
    expect(sentOrder.filter((x) => x === 'r1')).toEqual(['r1']);
  });

  it('sends nothing more once cleared', () => {
    const { queue, tasks } = harness();
    queue.add(['u'], ['r']);
    queue.clear();
    expect(tasks).toEqual([]);
    expect(queue.size).toBe(0);
  });
});
