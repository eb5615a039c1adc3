// Incremental parsing for the live scan (issue 12 target: changed lines of a 2,000-line file in
// ≤ 20 ms p95). A full tree-sitter parse of such a file costs tens of milliseconds through the
// wasm boundary; re-parsing it against the previous tree of the same path (`tree.edit` + the
// old tree given to `parse`) costs a fraction, as in the editor's own buffers
// (engine/workspace-host.ts). The edit is derived from the texts themselves (common prefix and
// suffix), so callers need not track edits. A few trees are kept (wasm memory is not garbage
// collected: an evicted tree is deleted).
import type { Tree } from 'web-tree-sitter';
import { parserFor } from '../parsing/languages';
import type { Lang } from '../symbols/types';

const MAX_TREES = 24;

/**
 * A tree someone else owns for exactly `text` — the editor's incremental tree of the buffer
 * (engine/workspace-host.ts, issue 14) — used instead of parsing the same text again here. The
 * owner revokes it before it edits or deletes the tree.
 */
let lent: { lang: Lang; text: string; tree: Tree } | undefined;
export function lendTree(lang: Lang, text: string, tree: Tree): void {
  lent = { lang, text, tree };
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

/**
 * A tree for `text`, reusing the last tree parsed under `key` (a path and a side). The tree is
 * owned by the cache: callers must not delete it and must not keep it past their call.
 */
export function cachedTree(key: string, lang: Lang, text: string): Tree | null {
  if (lent && lent.lang === lang && lent.text === text) return lent.tree;
  const hit = trees.get(key);
  if (hit && hit.lang === lang && hit.text === text) {
    trees.delete(key);
    trees.set(key, hit);
    return hit.tree;
  }
  let tree: Tree | null;
  if (hit && hit.lang === lang) {
    const old = hit.text;
    let p = 0;
    const max = Math.min(old.length, text.length);
    while (p < max && old.charCodeAt(p) === text.charCodeAt(p)) p++;
    let s = 0;
    while (s < max - p && old.charCodeAt(old.length - 1 - s) === text.charCodeAt(text.length - 1 - s)) s++;
    const startPosition = pointAt(old, p);
    hit.tree.edit({
      startIndex: p, oldEndIndex: old.length - s, newEndIndex: text.length - s,
      startPosition, oldEndPosition: pointAt(old, old.length - s), newEndPosition: pointAt(text, text.length - s),
    });
    tree = parserFor(lang).parse(text, hit.tree);
    hit.tree.delete();
    trees.delete(key);
  } else {
    if (hit) {
      hit.tree.delete();
      trees.delete(key);
    }
    tree = parserFor(lang).parse(text);
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
