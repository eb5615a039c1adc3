// A few most recent results of a pure function of large inputs, found again by comparing the
// inputs (issue 14, "glx delta warm ≤ 150 ms"): the daemon runs `glx delta` again and again on
// the same working tree, and every request decoded the same 467 KB file, hashed the same texts
// and scanned the same line starts (~12 ms of its ~25 ms on webpack's lib/css/syntax.js).
// Bounded by entries and by a caller-given weight, so the daemon keeps at most a few tens of
// megabytes alive here. Off unless the process turns it on (`rememberAcrossRequests`, the
// daemon): a one-shot process, the history walk and the editor never meet the same inputs on
// these paths again and would only keep them alive — off, a memo computes and keeps nothing.

let on = false;
const memos = new Set<RecentMemo<unknown, unknown>>();

/** Whether memos remember (callers skip work only a remembered entry pays for, such as a key's copy). */
export function rememberingAcrossRequests(): boolean {
  return on;
}

/** Turns every RecentMemo on (a long-lived process answering the same requests again) or off (and empties them). */
export function rememberAcrossRequests(v: boolean): void {
  on = v;
  if (!v) for (const m of memos) m.clear();
}

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
  constructor(private readonly o: RecentMemoOptions<K>) {
    memos.add(this as RecentMemo<unknown, unknown>);
  }

  get(k: K): V | undefined {
    if (!on) return undefined;
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
    if (!on || w > this.o.maxWeight) return v;
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
