/**
 * A bounded memo: at most about `2 * capacity` entries, those used recently kept. Two
 * generations — when the young one is full it becomes the old one and the old one goes; an
 * entry found in the old one moves back to the young — so neither a lookup nor an eviction walks
 * anything.
 */
export class Memo<V> {
  private young = new Map<string, V>();
  private old = new Map<string, V>();

  constructor(private readonly capacity: number) {}

  get(key: string, make: () => V): V {
    const hit = this.young.get(key);
    if (hit !== undefined) return hit;
    const value = this.old.get(key) ?? make();
    if (this.young.size >= this.capacity) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, value);
    return value;
  }

  clear(): void {
    if (this.young.size) this.young = new Map();
    if (this.old.size) this.old = new Map();
  }

  get size(): number {
    return this.young.size + this.old.size;
  }
}
