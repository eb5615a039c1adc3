// Incremental parsing for the live scan (issue 12 target: changed lines of a 2,000-line file in
// ≤ 20 ms p95). A full tree-sitter parse of such a file costs tens of milliseconds through the
// wasm boundary; re-parsing it against the previous tree of the same path (`tree.edit` + the
// old tree given to `parse`) costs a fraction, as in the editor's own buffers
// (engine/workspace-host.ts). The edit is derived from the texts themselves (common prefix and
// suffix), so callers need not track edits. A few trees are kept (wasm memory is not garbage
// collected: an evicted tree is deleted).
import type { Edit, Tree } from 'web-tree-sitter';
import { parserFor } from '../parsing/languages';
import { parseText } from '../parsing/parse-text';
import { changedRanges } from '../parsing/changed-ranges';
import { diffLines, splitLines, type Hunk } from '../util/line-diff';
import type { Lang } from '../symbols/types';
import { commonPrefix, commonSuffix } from '../util/common-affix';
import { rowOf, sharedLineStarts } from '../util/line-starts';

const MAX_TREES = 24;
/** Above this many changed characters between the first and the last difference, edit per hunk. */
const SPLIT_ABOVE = 2048;

/**
 * A tree someone else owns for exactly `text` — the editor's incremental tree of the buffer
 * (engine/workspace-host.ts, issue 14) — used instead of parsing the same text again here. The
 * owner revokes it before it edits or deletes the tree.
 */
let lent: { lang: Lang; text: string; tree: Tree } | undefined;
/**
 * `from`: the old tree `tree` was parsed incrementally from, when it was still alive (not yet
 * deleted) during that parse — recorded as the tree's lineage (treeParsedFrom).
 */
export function lendTree(lang: Lang, text: string, tree: Tree, from?: Tree): void {
  lent = { lang, text, tree };
  if (from) linkParsedFrom(tree, from);
}

/**
 * Lineage of incremental parses (issue 14, fifth pass): new tree → the old tree given to
 * `parse`, recorded only when the old tree was alive for the whole parse (it is deleted after).
 * While a tree is alive no allocation can return the address of one of its subtrees, so a node
 * of the new tree whose id (its subtree's address in wasm memory) is the id of a node of the
 * old tree is that very subtree, reused unchanged — same kind, same children, same text (a
 * subtree an edit touched is marked changed and never reused). scan-patterns.ts keys its
 * per-scope memo of the head on this.
 */
const parsedFrom = new WeakMap<Tree, { from: Tree; changedRows: readonly (readonly [number, number])[] }>();
export function treeParsedFrom(tree: Tree): Tree | undefined {
  return parsedFrom.get(tree)?.from;
}
/**
 * The 0-based rows [first, last] of `tree` whose syntactic structure differs from the tree it
 * was parsed from (parsing/changed-ranges.ts). Text edited inside an unchanged structure (an
 * identifier's letters) is not among them: callers add the edit itself.
 */
export function changedRowsSince(tree: Tree): readonly (readonly [number, number])[] | undefined {
  return parsedFrom.get(tree)?.changedRows;
}
/**
 * One generation only: the old tree's own link is dropped (it is deleted now), so no chain of old
 * trees is kept. `from` must be alive and edited as for the parse: its changed ranges against the
 * new tree are read now (scan-patterns.ts carries the hits of ranges outside them).
 */
function linkParsedFrom(tree: Tree, from: Tree): void {
  parsedFrom.delete(from);
  const changedRows = changedRanges(from, tree).map((r) => [r.startRow, r.endRow] as const);
  parsedFrom.set(tree, { from, changedRows });
}
/**
 * Trees of exact texts that a history walk holds for the commit being scanned
 * (engine/version-trees.ts `lend`): looked up before this cache, like the editor's lent tree. A
 * walk registers its lender while it runs and removes it when it ends (the returned function).
 */
export type TreeLender = (lang: Lang, text: string) => Tree | undefined;
const lenders = new Set<TreeLender>();
let borrowed = 0;
/** How many trees scans have taken from lenders in this thread (a figure for tests and benches). */
export function borrowedTrees(): number {
  return borrowed;
}
export function lendTreesFrom(lender: TreeLender): () => void {
  lenders.add(lender);
  return () => {
    lenders.delete(lender);
  };
}

export function revokeTree(tree: Tree | undefined): void {
  if (tree && lent?.tree === tree) lent = undefined;
}
const trees = new Map<string, { lang: Lang; text: string; tree: Tree }>();

function pointAt(text: string, index: number): { row: number; column: number } {
  let row = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) {
    row++;
    lineStart = i + 1;
  }
  return { row, column: index - lineStart };
}

/** Offsets where each line starts, plus the text's length (the end of the last line). */
function lineStarts(text: string): readonly number[] {
  const out = sharedLineStarts(text);
  return out[out.length - 1] !== text.length ? [...out, text.length] : out;
}

/**
 * One tree edit per line-diff hunk turning `old` into `text`, last hunk first: an edit only
 * moves what follows it, so applying them back to front keeps every earlier hunk's offsets and
 * rows those of `old`. Both texts must end with a newline (every line then ends with one, so a
 * hunk's lines are exactly its characters).
 */
export function lineEdits(old: string, text: string): Edit[] {
  return hunkEdits(old, text, diffLines(splitLines(old), splitLines(text)));
}

/**
 * lineEdits with the hunks given (a line diff `old` → `text`) instead of computed: the history
 * walk has them already (engine/version-trees.ts).
 */
export function hunkEdits(old: string, text: string, hunks: readonly Hunk[]): Edit[] {
  const os = lineStarts(old);
  const ns = lineStarts(text);
  const at = (starts: readonly number[], line: number) => starts[Math.min(line, starts.length - 1)];
  const out: Edit[] = [];
  for (const h of hunks) {
    // A zero-length side sits after line `start` (1-based), i.e. at 0-based line `start`.
    const o0 = h.oldLines === 0 ? h.oldStart : h.oldStart - 1;
    const n0 = h.newLines === 0 ? h.newStart : h.newStart - 1;
    const startIndex = at(os, o0);
    const oldEndIndex = at(os, o0 + h.oldLines);
    const nStart = at(ns, n0);
    const nEnd = at(ns, n0 + h.newLines);
    const startRow = rowOf(os, startIndex);
    const oldEndRow = rowOf(os, oldEndIndex);
    const newEndRowInText = rowOf(ns, nEnd);
    const nStartRow = rowOf(ns, nStart);
    out.push({
      startIndex, oldEndIndex, newEndIndex: startIndex + (nEnd - nStart),
      startPosition: { row: startRow, column: startIndex - os[startRow] },
      oldEndPosition: { row: oldEndRow, column: oldEndIndex - os[oldEndRow] },
      // The hunk's new text starts at the same point as its old text (column 0 of a line, or
      // the end of a last line without a newline), so its end row is relative to that start.
      newEndPosition: { row: startRow + (newEndRowInText - nStartRow), column: newEndRowInText === nStartRow ? startIndex - os[startRow] + (nEnd - nStart) : nEnd - ns[newEndRowInText] },
    });
  }
  return out.reverse();
}

/**
 * A tree for `text`, reusing the last tree parsed under `key` (a path and a side). The tree is
 * owned by the cache: callers must not delete it and must not keep it past their call.
 */
export function cachedTree(key: string, lang: Lang, text: string): Tree | null {
  if (lent && lent.lang === lang && lent.text === text) return lent.tree;
  for (const lender of lenders) {
    const t = lender(lang, text);
    if (t) {
      borrowed++;
      return t;
    }
  }
  const hit = trees.get(key);
  if (hit && hit.lang === lang && hit.text === text) {
    trees.delete(key);
    trees.set(key, hit);
    return hit.tree;
  }
  let tree: Tree | null;
  if (hit && hit.lang === lang) {
    const old = hit.text;
    const p = commonPrefix(old, text);
    const s = commonSuffix(old, text, p);
    if (old.length - s - p > SPLIT_ABOVE && old.endsWith('\n') && text.endsWith('\n')) {
      // Two edits far apart (the user typed at line 1,750, then at line 200): one prefix/suffix
      // edit would span everything between them and tree-sitter would re-parse it all (the
      // 6× tail of the live scan's p95). The line diff's hunks, each its own edit, keep the
      // unchanged middle reusable.
      for (const e of lineEdits(old, text)) hit.tree.edit(e);
    } else {
      hit.tree.edit({
        startIndex: p, oldEndIndex: old.length - s, newEndIndex: text.length - s,
        startPosition: pointAt(old, p), oldEndPosition: pointAt(old, old.length - s), newEndPosition: pointAt(text, text.length - s),
      });
    }
    tree = parseText(parserFor(lang), text, hit.tree);
    if (tree) linkParsedFrom(tree, hit.tree);
    hit.tree.delete();
    trees.delete(key);
  } else {
    if (hit) {
      hit.tree.delete();
      trees.delete(key);
    }
    tree = parseText(parserFor(lang), text);
  }
  if (!tree) return null;
  trees.set(key, { lang, text, tree });
  while (trees.size > MAX_TREES) {
    const [k, v] = trees.entries().next().value as [string, { tree: Tree }];
    v.tree.delete();
    trees.delete(k);
  }
  return tree;
}
