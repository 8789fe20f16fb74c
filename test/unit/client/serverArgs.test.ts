import { describe, expect, it } from 'vitest';
import { serverExecArgv } from '../../../client/src/serverArgs';

describe('the server memory setting', () => {
  it('raises the heap limit when set, and leaves Node\'s default otherwise', () => {
    const young = '--max-semi-space-size=64';
    expect(serverExecArgv(8192)).toEqual([young, '--max-old-space-size=8192']);
    expect(serverExecArgv(2047.6)).toEqual([young, '--max-old-space-size=2048']);
    // Too little to hold the analysis data: raised to the smallest workable limit.
    expect(serverExecArgv(64)).toEqual([young, '--max-old-space-size=512']);
    for (const v of [0, -1, '4096', null, undefined, Number.NaN, Number.POSITIVE_INFINITY]) expect(serverExecArgv(v)).toEqual([young]);
  });
});
