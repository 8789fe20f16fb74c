import { describe, expect, it } from 'vitest';
import { resolve, type ResolveContext } from '../../../server/src/analysis/dates/resolve';
import type { TenseCue } from '../../../server/src/analysis/dates/tense';

/** A context whose tense says how often it was read: reading a clause's tense is the costly part of resolving. */
function context(cue: TenseCue): ResolveContext & { reads: () => number } {
  let reads = 0;
  return {
    published: { year: 2024, month: 3, day: 14 },
    tense: () => {
      reads++;
      return cue;
    },
    convention: () => null,
    reads: () => reads,
  };
}

describe('resolve reads the tense only where it decides', () => {
  it('does not read it for a year, a count back or a week', () => {
    const ctx = context({ tense: 'past', cue: 'said' });
    expect(resolve({ kind: 'year', start: 0, end: 4, year: 2019 }, ctx)?.resolved.value).toBe('2019');
    expect(resolve({ kind: 'ago', start: 0, end: 12, count: 3, unit: 'day' }, ctx)?.resolved.value).toBe('2024-03-11');
    expect(resolve({ kind: 'unit', start: 0, end: 9, which: -1, unit: 'week' }, ctx)?.resolved.granularity).toBe('week');
    expect(ctx.reads()).toBe(0);
  });

  it('reads it for a weekday, and names it in the resolution', () => {
    const past = context({ tense: 'past', cue: 'said' });
    const future = context({ tense: 'future', cue: 'will' });
    const monday = { kind: 'calendar' as const, start: 0, end: 6, weekday: 1 };
    expect(resolve(monday, past)?.resolved.value).toBe('2024-03-11');
    expect(resolve(monday, future)?.resolved.value).toBe('2024-03-18');
    expect(resolve(monday, future)?.how).toContain("future: 'will'");
    expect(past.reads()).toBeGreaterThan(0);
  });
});
