// A few most recent results of a pure function of large inputs, found again by comparing the
// inputs (issue 14, "glx delta warm ≤ 150 ms"): the daemon runs `glx delta` again and again on
// the same working tree, and every request decoded the same 467 KB file, hashed the same texts
// and scanned the same line starts (~12 ms of its ~25 ms on webpack's lib/css/syntax.js). A
// one-shot process never meets an entry again and pays one failed comparison per call (inputs
// of different sizes differ at once). Bounded by entries and by a caller-given weight, so a
// long-lived process keeps at most a few megabytes alive here.

export interface RecentMemoOptions<K> {
  /** Entries kept (most recent first). */
  entries: number;
  /** Total weight kept (e.g. characters); an entry heavier than this alone is never kept. */
  maxWeight: number;
  /** Whether two keys are the same input (exact: a hit must be what a new computation gives). */
  same: (a: K, b: K) => boolean;
  weight: (k: K) => number;
}

export class RecentMemo<K, V> {
  private items: { k: K; v: V; w: number }[] = [];
  private total = 0;
  constructor(private readonly o: RecentMemoOptions<K>) {}

  get(k: K): V | undefined {
    const items = this.items;
    for (let i = 0; i < items.length; i++) {
      const e = items[i];
      if (!this.o.same(e.k, k)) continue;
      if (i > 0) {
        items.splice(i, 1);
        items.unshift(e);
      }
      return e.v;
    }
    return undefined;
  }

  set(k: K, v: V): V {
    const w = this.o.weight(k);
    if (w > this.o.maxWeight) return v;
    this.items.unshift({ k, v, w });
    this.total += w;
    while (this.items.length > this.o.entries || this.total > this.o.maxWeight) this.total -= this.items.pop()!.w;
    return v;
  }

  /** get(k), or compute(k) remembered. */
  of(k: K, compute: (k: K) => V): V {
    const hit = this.get(k);
    return hit !== undefined ? hit : this.set(k, compute(k));
  }

  clear(): void {
    this.items = [];
    this.total = 0;
  }
}

/** Same bytes (length first: buffers of different sizes are told apart without reading them). */
export const sameBytes = (a: Uint8Array, b: Uint8Array): boolean => a === b || (a.length === b.length && Buffer.compare(a, b) === 0);
