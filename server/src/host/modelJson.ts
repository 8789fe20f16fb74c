import type { ArticleModel } from '../analysis';

/** Strings up to this long are shared between models (names, kinds, ids, days, roles); longer ones are mostly unique. */
const SHARED_LENGTH = 40;

/**
 * Article models as JSON, parsed with their short strings shared. Models reach the desk as JSON
 * (from the persisted store, or from an analysis worker, which sends its model as JSON rather
 * than by structured clone: one string to copy, and parsed in about the time a clone takes to
 * rebuild). Either way each model would hold its own copy of every `person`, `body`, `e12`,
 * `2024-03-14` or `Helena Marsh`: at ten thousand articles, millions of small strings. A pool
 * shared by the models parsed during one index keeps one copy of each (about an eighth of a
 * model's heap). The model is the same data: only which string objects hold it changes.
 */
export class ModelReader {
  private readonly pool = new Map<string, string>();

  parse(json: string): ArticleModel {
    return this.share(JSON.parse(json)) as ArticleModel;
  }

  /** Replaces, in place, each short string of freshly parsed JSON with the pool's copy. */
  private share(v: unknown): unknown {
    if (typeof v === 'string') {
      if (v.length > SHARED_LENGTH) return v;
      const kept = this.pool.get(v);
      if (kept !== undefined) return kept;
      this.pool.set(v, v);
      return v;
    }
    if (typeof v !== 'object' || v === null) return v;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) v[i] = this.share(v[i]);
    } else {
      const o = v as Record<string, unknown>;
      for (const k in o) o[k] = this.share(o[k]);
    }
    return v;
  }
}
