// Tree-sitter's changed ranges between an edited old tree and the tree parsed from it, read once
// per new tree: the SAST bridge keeps its pattern hits outside them (sast/tree-cache.ts) and the
// analysis re-walks only the class members near them (symbols/walk-hint.ts). Reading them costs a
// walk of both trees in wasm (~0.35 ms on webpack's lib/Compilation.js), so it is done once.
import type { Tree } from 'web-tree-sitter';

/** One changed range: 0-based rows [first, last] and UTF-16 indices [start, end) of the new tree. */
export interface ChangedRange {
  startRow: number;
  endRow: number;
  startIndex: number;
  endIndex: number;
}

/**
 * Per new tree, its ranges and the id of the tree they were read against — not that tree: a tree
 * object keeps its text alive (web-tree-sitter's text callback), so holding `from` here chained
 * every earlier version of an edited buffer to the newest tree (300 keystrokes in webpack's
 * Compilation.js kept ~110 MB of buffers: host-typing-bench's heap after a GC). Nor a WeakRef:
 * its target lives until the end of the current job, and a synchronous run of keystrokes (the
 * benchmarks, a burst of queued messages) is one job.
 */
const memo = new WeakMap<Tree, { from: number; ranges: readonly ChangedRange[] }>();
const ids = new WeakMap<Tree, number>();
let nextId = 1;
function idOf(t: Tree): number {
  let id = ids.get(t);
  if (id === undefined) ids.set(t, (id = nextId++));
  return id;
}

export function changedRanges(from: Tree, tree: Tree): readonly ChangedRange[] {
  const hit = memo.get(tree);
  if (hit && hit.from === idOf(from)) return hit.ranges;
  const ranges = from.getChangedRanges(tree).map((r) => ({
    startRow: r.startPosition.row,
    endRow: r.endPosition.row,
    startIndex: r.startIndex,
    endIndex: r.endIndex,
  }));
  memo.set(tree, { from: idOf(from), ranges });
  return ranges;
}
