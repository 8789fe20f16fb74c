/**
 * Sorted lists of distinct strings, kept where a set per article would be: a small set costs
 * several times the array (see `Story`, the registry's contexts). Sorted by UTF-16 code units.
 */

export const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Whether a sorted list of strings holds one (binary search). */
export function hasSorted(sorted: readonly string[], s: string): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < s) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo] === s;
}

/** Distinct strings, sorted. */
export function sortedDistinct(strings: Iterable<string>): string[] {
  return [...new Set(strings)].sort(byCodeUnits);
}
