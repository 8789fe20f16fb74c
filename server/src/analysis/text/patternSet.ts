/**
 * Many global patterns matched against one text in one pass instead of one scan each. Their
 * union (case ignored) finds every place where any of them may start; each is tried there alone,
 * anchored. The matches are exactly those of scanning for each pattern by itself: a pattern's
 * next match is its first at or after the end of its last one, and every place it matches is a
 * place the union matches. Patterns must never match empty.
 */
export class PatternSet {
  private readonly groups: { union: RegExp; members: number[] }[] = [];
  private readonly sticky: RegExp[];
  private readonly alone: number[] = [];

  constructor(readonly patterns: readonly RegExp[]) {
    this.sticky = patterns.map((p) => new RegExp(p.source, p.flags.replace('g', '') + 'y'));
    // Unicode patterns join a union of their own (`giu` changes how the others' escapes read).
    for (const unicode of [false, true]) {
      const members = patterns.map((_, i) => i).filter((i) => joins(patterns[i]!) && patterns[i]!.flags.includes('u') === unicode);
      if (members.length) this.groups.push({ union: new RegExp(members.map((i) => `(?:${patterns[i]!.source})`).join('|'), unicode ? 'giu' : 'gi'), members });
    }
    patterns.forEach((p, i) => joins(p) || this.alone.push(i));
  }

  /** Each pattern's matches, in the order given: `[index, length, index, length, ...]`. */
  matches(text: string): number[][] {
    const out = this.patterns.map((): number[] => []);
    for (const { union, members } of this.groups) {
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
        union.lastIndex = at + (union.unicode && (text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1);
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
 * Patterns that can join a union: its flags (`gi`, `giu`) change what they match only by ignoring
 * case, and a back-reference would point at another pattern's group.
 */
function joins(p: RegExp): boolean {
  return !/[msyv]/.test(p.flags) && !/\\[1-9k]/.test(p.source);
}
