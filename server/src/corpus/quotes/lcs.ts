/**
 * The length of the longest common subsequence of two word lists: how many words a Myers diff
 * of them (which finds a longest one) keeps in common. Bit-parallel (Hyyrö's variant of
 * Allison–Dix): one pass over `b`, a few word operations per 32 words of `a` — a fraction of
 * the diff's cost, so the many candidates that share a stock phrase but too few words in order
 * are turned away before being diffed.
 */
export function lcsLength(a: readonly string[], b: readonly string[]): number {
  const m = a.length;
  if (m === 0 || b.length === 0) return 0;
  const chunks = (m + 31) >>> 5;
  // Where each word of `a` stands, one bit per position.
  const masks = new Map<string, Uint32Array>();
  for (let i = 0; i < m; i++) {
    let mask = masks.get(a[i]!);
    if (!mask) masks.set(a[i]!, (mask = new Uint32Array(chunks)));
    mask[i >>> 5]! |= 1 << (i & 31);
  }
  // A zero bit in v marks a position of `a` where the subsequence grew.
  const v = new Uint32Array(chunks).fill(0xffffffff);
  for (const word of b) {
    const mask = masks.get(word);
    if (!mask) continue;
    let carry = 0;
    for (let k = 0; k < chunks; k++) {
      const vk = v[k]!;
      const u = (vk & mask[k]!) >>> 0;
      const sum = vk + u + carry;
      carry = sum > 0xffffffff ? 1 : 0;
      v[k] = ((sum >>> 0) | (vk & ~mask[k]!)) >>> 0;
    }
  }
  let zeros = 0;
  for (let i = 0; i < m; i++) if (!((v[i >>> 5]! >>> (i & 31)) & 1)) zeros++;
  return zeros;
}
