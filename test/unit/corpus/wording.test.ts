import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../server/src/corpus';
import { FindingWords } from '../../../server/src/corpus/wording';

/** A string equal to `s` but its own object, as a check builds each message afresh. */
const fresh = (s: string) => [...s].join('');

const finding = (uri: string, long: string): Finding => ({
  code: 'speaker-mismatch',
  severity: 'warning',
  uri,
  span: { start: 1, end: 9 },
  message: fresh(long),
  related: [{ uri: 'a.txt', span: { start: 3, end: 7 }, message: fresh(`Harbour Gazette (a.txt, Fri 1 Mar 2024) gives it to Helena Marsh: ${long}`) }],
  fixes: [{ title: fresh("Restore the source's wording from a.txt"), edits: [{ uri, span: { start: 2, end: 8 }, newText: fresh(long) }], preferred: true }],
});

describe('FindingWords', () => {
  it('leaves every field of a finding as it was', () => {
    const f = finding('b.txt', '“We will build the homes this country needs”');
    expect(JSON.stringify(new FindingWords().share(f))).toBe(JSON.stringify(f));
  });

  it('keeps the words findings have in common once, however many findings carry them', () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const long = `“${'We will build the homes this country needs. '.repeat(1000)}”`;
    const words = new FindingWords();
    words.share(finding('a.txt', long));
    gc();
    const before = process.memoryUsage().heapUsed;
    // Each unshared copy of the three long strings is 3 × 88 KB (two bytes a character).
    const kept = Array.from({ length: 100 }, (_, i) => words.share(finding(`b${i}.txt`, long)));
    gc();
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(2_000_000);
    expect(kept[99]!.message).toBe(long);
  });
});
