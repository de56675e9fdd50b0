/**
 * A memo for values worked out from a question or an exemplar, which many answers are graded against.
 * Bounded: when full it starts again, so a batch of unique texts (or a hostile one) cannot grow it
 * without end.
 */
export class BoundedCache<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(readonly limit: number) {}

  /** The value for the key, made (and kept) the first time it is asked for. */
  get(key: K, make: () => V): V {
    const hit = this.entries.get(key);
    if (hit !== undefined) return hit;
    const value = make();
    if (this.entries.size >= this.limit) this.entries.clear();
    this.entries.set(key, value);
    return value;
  }
}
