// Syntax trees kept between the versions of one path during a history walk (issue 14 item 3,
// "incremental parsing across versions"). Walking newest first, the version a commit needs
// parsed is nearly always a small edit of the version of the same path parsed for the commit
// before it (its base side is the next older commit's head side, which the VersionCache already
// holds as an analysis — what it cannot hold is the tree). Keeping that one tree per path lets
// the next version be parsed incrementally, with one tree edit per line-diff hunk, instead of
// from scratch: the walk's largest cost on real repositories (CPU profile of httpx: 41 % of
// the walk in full parses of versions whose neighbour was cached).
//
// Exactness: a result with a parse error is parsed again from scratch (error recovery may
// depend on the path taken); an error-free tree is the tree a fresh parse gives — checked over
// random edit chains by test/unit/version-trees.property.test.ts.
//
// Bounded: trees live in the wasm heap, which never shrinks; at most `maxChars` characters of
// source (≈ their trees' size) are kept, least recently used dropped first (tree.delete()).
import type { Tree } from 'web-tree-sitter';
import { parserFor } from '../parsing/languages';
import { lineEdits } from '../sast/tree-cache';
import type { Lang } from '../symbols/types';
import type { CarryOver } from '../symbols/carry-over';

interface Kept {
  lang: Lang;
  text: string;
  tree: Tree;
  /** The declarations analysing this version produced (symbols/carry-over.ts): the next version re-extracts only what changed. */
  carry?: CarryOver;
  /** What this entry is charged against the budget. */
  cost: number;
}

/**
 * Default budget: 6 M characters — of source (the trees of the ~100 files touched last) and of the
 * declarations their carry-overs hold (symbols/carry-over.ts, about twice the source: top-level
 * chunks and class members). 8 M characters of source alone cost webpack's walk +110 MB of RSS
 * for no CPU gain.
 */
export const VERSION_TREES_CHARS = 6 * 1024 * 1024;

export class VersionTrees {
  /** Insertion order = recency (a kept tree is re-inserted). */
  private readonly kept = new Map<string, Kept>();
  private chars = 0;
  constructor(private readonly maxChars = VERSION_TREES_CHARS) {}

  /**
   * Parse `text` of `path`, incrementally from the tree kept for `path` when there is one in the
   * same language. The caller owns the returned tree (give it back with `keep`, or delete it).
   * A result with errors reached incrementally is replaced by a fresh parse.
   */
  parse(path: string, lang: Lang, text: string): Tree | null {
    return this.parseScoped(path, lang, text).tree;
  }

  /**
   * parse(), also handing over the carry-over kept with the path's previous version (its
   * declarations: analyse with it and only what changed is re-extracted). It is valid whatever
   * the tree: it is looked up by declaration text.
   */
  parseScoped(path: string, lang: Lang, text: string): { tree: Tree | null; carry?: CarryOver } {
    const base = this.take(path, lang);
    const parser = parserFor(lang);
    if (!base) return { tree: parser.parse(text) };
    let tree: Tree | null = null;
    try {
      tree = base.text === text ? base.tree.copy() : parser.parse(text, editTree(base.tree, base.text, text));
    } finally {
      base.tree.delete();
    }
    if (tree && !tree.rootNode.hasError) return { tree, carry: base.carry };
    tree?.delete();
    return { tree: parser.parse(text), carry: base.carry };
  }

  /**
   * Keep `tree` (of `text`) as the base of the next version of `path`; takes ownership. `carry`:
   * what analysing this version produced, charged against the budget by its declarations' text.
   */
  keep(path: string, lang: Lang, text: string, tree: Tree, carry?: CarryOver): void {
    this.drop(path);
    const cost = text.length + (carry?.chars ?? 0);
    if (cost > this.maxChars) {
      tree.delete();
      return;
    }
    this.kept.set(path, { lang, text, tree, carry, cost });
    this.chars += cost;
    for (const [p] of this.kept) {
      if (this.chars <= this.maxChars) break;
      this.drop(p);
    }
  }

  /** Frees every kept tree (end of a walk). */
  clear(): void {
    for (const p of [...this.kept.keys()]) this.drop(p);
  }

  get size(): number {
    return this.kept.size;
  }

  private take(path: string, lang: Lang): Kept | undefined {
    const k = this.kept.get(path);
    if (!k) return undefined;
    this.kept.delete(path);
    this.chars -= k.cost;
    if (k.lang === lang) return k;
    k.tree.delete();
    return undefined;
  }

  private drop(path: string): void {
    const k = this.kept.get(path);
    if (!k) return;
    this.kept.delete(path);
    this.chars -= k.cost;
    k.tree.delete();
  }
}

/**
 * Edits `tree` (of `from`) so it can be reparsed as `to`: one edit per line-diff hunk, so the
 * unchanged declarations between two hunks are reused; one edit over the whole changed span
 * when a text does not end with a newline (lineEdits needs whole lines on both sides).
 */
export function editTree(tree: Tree, from: string, to: string): Tree {
  if (from.endsWith('\n') && to.endsWith('\n')) {
    for (const e of lineEdits(from, to)) tree.edit(e);
    return tree;
  }
  return editTreeSpan(tree, from, to);
}

/** Apply to `tree` the single edit that turns `from` into `to` (common prefix/suffix kept). */
export function editTreeSpan(tree: Tree, from: string, to: string): Tree {
  let start = 0;
  const min = Math.min(from.length, to.length);
  while (start < min && from.charCodeAt(start) === to.charCodeAt(start)) start++;
  let endA = from.length;
  let endB = to.length;
  while (endA > start && endB > start && from.charCodeAt(endA - 1) === to.charCodeAt(endB - 1)) {
    endA--;
    endB--;
  }
  tree.edit({
    startIndex: start, oldEndIndex: endA, newEndIndex: endB,
    startPosition: pointAt(from, start), oldEndPosition: pointAt(from, endA), newEndPosition: pointAt(to, endB),
  });
  return tree;
}

function pointAt(text: string, index: number): { row: number; column: number } {
  let row = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) {
    row++;
    lineStart = i + 1;
  }
  return { row, column: index - lineStart };
}
