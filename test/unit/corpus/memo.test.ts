import { describe, expect, it } from 'vitest';
import { Memo } from '../../../server/src/corpus/memo';

describe('Memo', () => {
  it('makes a value once while it is kept, and keeps at most twice its capacity, the recently used', () => {
    const memo = new Memo<number>(2);
    let made = 0;
    const get = (k: string) => memo.get(k, () => ++made);
    expect([get('a'), get('b'), get('a')]).toEqual([1, 2, 1]);
    expect(made).toBe(2);
    get('c'); // a new generation: a, b are old
    get('a'); // back in the young one
    get('d'); // a new generation again: c, a old; b gone
    expect(memo.size).toBeLessThanOrEqual(4);
    expect(get('a')).toBe(1);
    expect(get('b')).toBe(made);
    expect(made).toBe(5);
  });
});
