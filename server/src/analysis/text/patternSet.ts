/**
 * Many global patterns matched against one text in one pass instead of one scan each. Their
 * union (case ignored) finds every place where any of them may start; each is tried there alone,
 * anchored. The matches are exactly those of scanning for each pattern by itself: a pattern's
 * next match is its first at or after the end of its last one, and every place it matches is a
 * place the union matches. Patterns must never match empty.
 */
export class PatternSet {
  private readonly union: RegExp | null;
  private readonly members: number[];
  private readonly sticky: RegExp[];
  private readonly alone: number[];

  constructor(readonly patterns: readonly RegExp[]) {
    this.sticky = patterns.map((p) => new RegExp(p.source, p.flags.replace('g', '') + 'y'));
    const all = patterns.map((_, i) => i);
    this.members = all.filter((i) => joins(patterns[i]!));
    this.alone = all.filter((i) => !joins(patterns[i]!));
    this.union = this.members.length ? new RegExp(this.members.map((i) => `(?:${patterns[i]!.source})`).join('|'), 'gi') : null;
  }

  /** Each pattern's matches, in the order given: `[index, length, index, length, ...]`. */
  matches(text: string): number[][] {
    const out = this.patterns.map((): number[] => []);
    const { union, members } = this;
    if (union) {
      const free = members.map(() => 0);
      union.lastIndex = 0;
      for (let m = union.exec(text); m; m = union.exec(text)) {
        const at = m.index;
        for (let k = 0; k < members.length; k++) {
          if (free[k]! > at) continue;
          const s = this.sticky[members[k]!]!;
          s.lastIndex = at;
          if (!s.test(text)) continue;
          out[members[k]!]!.push(at, s.lastIndex - at);
          free[k] = s.lastIndex;
        }
        // The next place any of them may start is after this one's start, not its end: they overlap (`New Year`, `year`).
        union.lastIndex = at + 1;
      }
    }
    for (const i of this.alone) {
      const p = this.patterns[i]!;
      p.lastIndex = 0;
      for (let m = p.exec(text); m; m = p.exec(text)) out[i]!.push(m.index, m[0].length);
    }
    return out;
  }
}

/**
 * Patterns that can join the union: its flags (`gi`) change what they match only by ignoring
 * case, and a back-reference would point at another pattern's group. Unicode patterns are
 * scanned alone: a union of them (`giu`) was slower than their own scans.
 */
function joins(p: RegExp): boolean {
  return !/[msuyv]/.test(p.flags) && !/\\[1-9k]/.test(p.source);
}
