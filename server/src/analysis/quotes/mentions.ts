import { mentionsOf } from '../entities/mentionList';
import type { ArticleEntity, Span } from '../model';

export interface MentionRef {
  readonly span: Span;
  readonly entity: ArticleEntity;
}

/**
 * The article's entity mentions outside quotations, in text order, with range lookups by binary
 * search so that finding speakers stays linear in the number of quotations.
 */
export class MentionIndex {
  readonly all: readonly MentionRef[];
  private readonly starts: number[];

  constructor(entities: readonly ArticleEntity[], quoted: readonly Span[]) {
    const sorted = entities
      .flatMap((entity) => mentionsOf(entity.mentions).map((m) => ({ span: m.span, entity })))
      .sort((a, b) => a.span.start - b.span.start);
    // `quoted` is sorted by start: walk both lists once, dropping names said inside the marks.
    const kept: MentionRef[] = [];
    let q = 0;
    for (const m of sorted) {
      while (q < quoted.length && quoted[q]!.end <= m.span.start) q++;
      const inside = q < quoted.length && quoted[q]!.start <= m.span.start && m.span.end <= quoted[q]!.end;
      if (!inside) kept.push(m);
    }
    this.all = kept;
    this.starts = kept.map((m) => m.span.start);
  }

  /** Mentions wholly inside [from, to). */
  within(from: number, to: number): MentionRef[] {
    const out: MentionRef[] = [];
    for (let i = this.lowerBound(from); i < this.all.length && this.starts[i]! < to; i++) {
      if (this.all[i]!.span.end <= to) out.push(this.all[i]!);
    }
    return out;
  }

  /** Mentions ending at or before `offset`, nearest first, at most `limit`. */
  before(offset: number, limit: number): MentionRef[] {
    const out: MentionRef[] = [];
    for (let i = this.lowerBound(offset) - 1; i >= 0 && out.length < limit; i--) {
      if (this.all[i]!.span.end <= offset) out.push(this.all[i]!);
    }
    return out;
  }

  private lowerBound(offset: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
