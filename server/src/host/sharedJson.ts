/**
 * JSON parsed with its strings shared: each distinct string is kept once, however many places
 * (models, findings) hold it. The desk's models and findings reach it as JSON: from the persisted
 * store, the findings file, or an analysis worker, which sends its model as JSON rather than by
 * structured clone (one string to copy, parsed in about the time a clone takes to rebuild).
 * Parsed as they are, ten thousand articles' models would each hold their own `person`, `e12`,
 * `2024-03-14`, `Helena Marsh` and copy of a quotation a thousand articles carry; their findings,
 * the same related place's message and the same URIs again and again. Shared: models take a
 * fifth less heap (2k bench articles: 71 -> 57 MB), findings two thirds less (34 -> 12 MB), for
 * about a tenth more parsing time. The data is the same; only which string objects hold it changes.
 * One reader (its pool) per index: dropped with it, so strings no longer used are not kept.
 *
 * Empty arrays and small objects of strings only (a date's day range, `{first, last}`) are shared
 * the same way: most entities have no roles, and ten thousand articles' dates fall on a few
 * thousand days (at 10k bench articles, 380,000 empty arrays and 200,000 ranges were 20 MB).
 * What is parsed is read only (models and findings are never changed once made), so one object
 * can stand for every equal one.
 */
export class SharedJson {
  private readonly pool = new Map<string, string>();
  private readonly values = new Map<string, object>();
  private readonly empty: unknown[] = [];

  parse<T>(json: string): T {
    return this.share(JSON.parse(json)) as T;
  }

  /** Replaces, in place, each string of freshly parsed JSON with the pool's copy. */
  private share(v: unknown): unknown {
    if (typeof v === 'string') {
      const kept = this.pool.get(v);
      if (kept !== undefined) return kept;
      this.pool.set(v, v);
      return v;
    }
    if (typeof v !== 'object' || v === null) return v;
    if (Array.isArray(v)) {
      if (v.length === 0) return this.empty;
      for (let i = 0; i < v.length; i++) v[i] = this.share(v[i]);
      return v;
    }
    const o = v as Record<string, unknown>;
    let strings = true;
    let size = 0;
    for (const k in o) {
      const x = (o[k] = this.share(o[k]));
      strings &&= typeof x === 'string';
      size++;
    }
    return strings && size > 0 && size <= MAX_SHARED_FIELDS ? this.shareValue(o) : v;
  }

  /** One object for each small object of strings only (keys and values alike). */
  private shareValue(o: Record<string, unknown>): object {
    let key = '';
    // Each string after its length: no two different objects make the same key.
    for (const k in o) key += `${k.length}:${k}${(o[k] as string).length}:${o[k] as string}`;
    const kept = this.values.get(key);
    if (kept !== undefined) return kept;
    this.values.set(key, o);
    return o;
  }
}

/** Objects of at most this many string fields are shared (see the class). */
const MAX_SHARED_FIELDS = 3;
