/** A count-based precision/recall pair that can be summed across corpora (micro-averaging). */
export interface Counts {
  tp: number;
  predicted: number;
  gold: number;
}

export const counts = (): Counts => ({ tp: 0, predicted: 0, gold: 0 });

export function add(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, predicted: a.predicted + b.predicted, gold: a.gold + b.gold };
}

export function precision(c: Counts): number {
  return c.predicted ? c.tp / c.predicted : 1;
}

export function recall(c: Counts): number {
  return c.gold ? c.tp / c.gold : 1;
}

export function f1(c: Counts): number {
  const p = precision(c);
  const r = recall(c);
  return p + r ? (2 * p * r) / (p + r) : 0;
}

/** A ratio of right answers among those scored (value accuracy, kind accuracy...). */
export interface Ratio {
  right: number;
  of: number;
}

export const ratio = (): Ratio => ({ right: 0, of: 0 });
export const addRatio = (a: Ratio, b: Ratio): Ratio => ({ right: a.right + b.right, of: a.of + b.of });
export const value = (r: Ratio): number => (r.of ? r.right / r.of : 1);
