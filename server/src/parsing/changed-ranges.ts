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

const memo = new WeakMap<Tree, { from: Tree; ranges: readonly ChangedRange[] }>();

/**
 * The ranges of `tree` whose syntactic structure differs from `from` (tree-sitter: "characters
 * outside these ranges have identical ancestor nodes in both trees"; a node whose kind or
 * children changed, with its whole extent when an ancestor's kind changed). Text edited inside
 * an unchanged structure (an identifier's letters) is not among them: callers add the edit.
 * `from` must be alive and edited as for the parse that made `tree`.
 */
export function changedRanges(from: Tree, tree: Tree): readonly ChangedRange[] {
  const hit = memo.get(tree);
  if (hit && hit.from === from) return hit.ranges;
  const ranges = from.getChangedRanges(tree).map((r) => ({
    startRow: r.startPosition.row,
    endRow: r.endPosition.row,
    startIndex: r.startIndex,
    endIndex: r.endIndex,
  }));
  memo.set(tree, { from, ranges });
  return ranges;
}
