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
import type { Edit, Tree } from 'web-tree-sitter';
import { parserFor } from '../parsing/languages';
import { parseText } from '../parsing/parse-text';
import { hunkEdits, lineEdits } from '../sast/tree-cache';
import { diffLines, splitLines, type Hunk } from '../util/line-diff';
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
  /** splitLines(text), once: the next version's line diff against this one reuses it. */
  lines?: readonly string[];
  /**
   * The version object this tree is of (the Δ's line-diff memo is keyed by it; file-version.ts).
   * Weak: the version cache decides how long an analysis lives, not this budget of characters.
   */
  version?: WeakRef<object>;
}

/**
 * What parseScoped hands back besides the tree. `diff`: when the version was parsed from the
 * path's kept version, the line diff from THIS text to the kept one (the direction the Δ of the
 * commit between them needs: this version is the older) and both sides' lines — computed once
 * for the tree edits and the Δ (file-version.ts registers it for `versionHunks`).
 */
export interface ScopedParse {
  tree: Tree | null;
  carry?: CarryOver;
  diff?: { lines: readonly string[]; keptLines: readonly string[]; hunks: Hunk[]; keptVersion?: object };
}

/**
 * Default budget: 6 M characters — of source (the trees of the ~100 files touched last) and of the
 * declarations their carry-overs hold (symbols/carry-over.ts, about twice the source: top-level
 * chunks and class members). 8 M characters of source alone cost webpack's walk +110 MB of RSS
 * for no CPU gain.
 */
export const VERSION_TREES_CHARS = 6 * 1024 * 1024;

/**
 * Trees lent to the scanners of the commit being walked: at most this many characters of
 * source. A lent tree is a copy (`tree.copy()`: it shares every subtree with the tree it copies),
 * so a version's head and base trees, which share all but the edited parts, cost little more than
 * one; trees of added files are whole — the cap bounds a commit of hundreds of files.
 */
export const LENT_TREES_CHARS = 8 * 1024 * 1024;

export class VersionTrees {
  /** Insertion order = recency (a kept tree is re-inserted). */
  private readonly kept = new Map<string, Kept>();
  private chars = 0;
  /**
   * Lending (issue 14): `glx delta --per-commit` runs the SAST scanners on every commit, and
   * they parsed both sides of every changed file from scratch (their own tree cache holds 24
   * trees; a webpack commit changes up to 698 files) — half of the walk's CPU on webpack. The
   * walk has had a tree of exactly those texts: copies are lent for the commit's scan
   * (sast/tree-cache.ts `lendTreesFrom`) and freed when the walk moves to the next commit.
   * Every tree this class hands out is the tree a fresh parse gives (see `parseScoped`), so a
   * scan sees the same tree either way.
   */
  private lent?: Map<string, { lang: Lang; tree: Tree }>;
  private lentChars = 0;
  /** When the walk's path will be parsed next (setFuture); undefined = least recently used first out. */
  private nextUse?: (path: string) => number;
  /**
   * `acrossRuns`: the trees of a long-lived process's one-shot analyses (the daemon's `glx delta`,
   * treesAcrossRuns below), not of a walk — those also use file-version.ts's memo of recent
   * versions, which a walk never hits.
   */
  constructor(private readonly maxChars = VERSION_TREES_CHARS, readonly acrossRuns = false) {}

  /**
   * The walk knows its future (issue 14, sixth pass): it lists the whole range before it starts,
   * so for each kept path it can tell when (the index of the next commit, walking older) the path
   * is parsed again — Infinity when not in what it was given. Over budget, the tree parsed again
   * farthest in the future goes first (Belady's rule; least recently used first among ties),
   * instead of the least recently used: on webpack's 200 commits LRU dropped the trees of 544
   * versions (13.2 M characters) that came again, each then parsed and analysed cold, while
   * trees of paths no later commit touches filled the budget. Never changes a result (kept
   * trees only make parses incremental and analyses change-scoped).
   */
  setFuture(nextUse: ((path: string) => number) | undefined): void {
    this.nextUse = nextUse;
  }

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
  parseScoped(path: string, lang: Lang, text: string): ScopedParse {
    const base = this.take(path, lang);
    const parser = parserFor(lang);
    if (!base) return this.lending({ tree: parseText(parser, text) }, lang, text);
    let tree: Tree | null = null;
    let diff: ScopedParse['diff'];
    // The kept version is nearly always the head of the commit whose base this is: lent before
    // its tree is edited into this one.
    this.lend(base.lang, base.text, base.tree);
    try {
      if (base.text === text) {
        tree = base.tree.copy();
      } else {
        // One line diff for both uses: this version → the kept one is what the commit's Δ
        // diffs (older → newer); the tree edits go the other way, so its hunks are mirrored.
        const lines = splitLines(text);
        const keptLines = base.lines ?? splitLines(base.text);
        const hunks = diffLines(lines, keptLines, true);
        diff = { lines, keptLines, hunks, keptVersion: base.version?.deref() };
        const edited = base.text.endsWith('\n') && text.endsWith('\n')
          ? applyEdits(base.tree, editsTowardOlder(base.text, text, hunks))
          : editTreeSpan(base.tree, base.text, text);
        tree = parseText(parser, text, edited);
      }
    } finally {
      base.tree.delete();
    }
    if (tree && !tree.rootNode.hasError) return this.lending({ tree, carry: base.carry, diff }, lang, text);
    tree?.delete();
    return this.lending({ tree: parseText(parser, text), carry: base.carry, diff }, lang, text);
  }

  private lending(p: ScopedParse, lang: Lang, text: string): ScopedParse {
    if (p.tree) this.lend(lang, text, p.tree);
    return p;
  }

  /**
   * Keep `tree` (of `text`) as the base of the next version of `path`; takes ownership. `carry`:
   * what analysing this version produced, charged against the budget by its declarations' text.
   */
  keep(path: string, lang: Lang, text: string, tree: Tree, carry?: CarryOver, extra?: { lines?: readonly string[]; version?: object }): void {
    this.drop(path);
    const cost = text.length + (carry?.chars ?? 0);
    if (cost > this.maxChars) {
      tree.delete();
      return;
    }
    this.kept.set(path, { lang, text, tree, carry, cost, lines: extra?.lines, version: extra?.version ? new WeakRef(extra.version) : undefined });
    this.chars += cost;
    if (this.nextUse) {
      while (this.chars > this.maxChars) this.drop(this.farthest(this.nextUse));
      return;
    }
    for (const [p] of this.kept) {
      if (this.chars <= this.maxChars) break;
      this.drop(p);
    }
  }

  /** The kept path parsed again farthest in the future (the least recently used among ties). */
  private farthest(nextUse: (path: string) => number): string {
    let best = '';
    let at = -1;
    for (const p of this.kept.keys()) {
      const n = nextUse(p);
      if (n > at) {
        best = p;
        at = n;
        if (n === Infinity) break;
      }
    }
    return best;
  }

  /**
   * Frees the tree kept for `path`, if any: the walk calls it for a path its commit added, whose
   * parent has no version of it (history.ts) — kept, its tree and carry-over would only push the
   * trees of paths that do come again out of the budget. Never changes a result (kept trees only
   * make parses incremental).
   */
  forget(path: string): void {
    this.drop(path);
  }

  /**
   * Whether a tree of `path` kept now would be parsed from again: false when the walk knows no
   * later commit of its range touches the path (setFuture). Such a tree is not worth its copy:
   * kept, it only fills the wasm heap — on webpack's 698-file commit, parses whose allocations
   * land on fresh pages instead of freed ones cost ~1.5× (dlmalloc 13 % of that commit's CPU).
   */
  wanted(path: string): boolean {
    return !this.nextUse || this.nextUse(path) !== Infinity;
  }

  /** Frees every kept tree (end of a walk), and the lent ones. */
  clear(): void {
    for (const p of [...this.kept.keys()]) this.drop(p);
    this.releaseLent();
  }

  /** From now on, lend copies of the trees of the versions parsed (see `lent`). */
  lendForScans(): void {
    this.lent ??= new Map();
  }

  /** Keeps a copy of `tree` (of exactly `text`, error-free or fresh) for the commit's scan, within LENT_TREES_CHARS. */
  lend(lang: Lang, text: string, tree: Tree): void {
    if (!this.lent || this.lent.has(text) || this.lentChars + text.length > LENT_TREES_CHARS) return;
    this.lent.set(text, { lang, tree: tree.copy() });
    this.lentChars += text.length;
  }

  /**
   * The tree lent for exactly `text` in `lang`, owned by this object: valid until the walk's
   * next commit (releaseLent). Callers must neither delete it nor keep it.
   */
  treeOf(lang: Lang, text: string): Tree | undefined {
    const l = this.lent?.get(text);
    return l && l.lang === lang ? l.tree : undefined;
  }

  /** Frees the lent trees (the walk calls it before each commit's versions are made). */
  releaseLent(): void {
    if (!this.lent) return;
    for (const { tree } of this.lent.values()) tree.delete();
    this.lent.clear();
    this.lentChars = 0;
  }

  /** Whether a tree is kept for `path`. */
  has(path: string): boolean {
    return this.kept.has(path);
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

/** The same hunk seen from the other side (b → a instead of a → b). */
function mirror(h: Hunk): Hunk {
  return { oldStart: h.newStart, oldLines: h.newLines, newStart: h.oldStart, newLines: h.oldLines };
}

/** Tree edits turning `kept` into `text` from the hunks of the diff text → kept (mirrored). */
export function editsTowardOlder(kept: string, text: string, hunks: readonly Hunk[]): Edit[] {
  return hunkEdits(kept, text, hunks.map(mirror));
}

function applyEdits(tree: Tree, edits: readonly Edit[]): Tree {
  for (const e of edits) tree.edit(e);
  return tree;
}

// hunkEdits (one tree edit per line-diff hunk, the hunks given) lives with lineEdits in
// sast/tree-cache.ts; re-exported for the walk's importers.
export { hunkEdits } from '../sast/tree-cache';

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

/**
 * One VersionTrees for the life of a long-lived process that analyses the working tree again and
 * again (the daemon, docs/warm-starts.md "The daemon"): a file changed again since the last
 * request is parsed incrementally from the tree kept for its last version and analysed
 * change-scoped from its carry-over, as the history walk does between versions — instead of a
 * full parse and extraction (webpack's 467 KB lib/css/syntax.js: ~100 ms of the daemon's ~120 ms
 * for "another line changed"). Kept trees never change a result (parseScoped above). Off unless
 * the daemon turns it on (a one-shot process never meets a path twice).
 */
let acrossRuns: VersionTrees | undefined;

export function keepTreesAcrossRuns(on: boolean): void {
  if (!on) acrossRuns?.clear();
  acrossRuns = on ? (acrossRuns ?? new VersionTrees(VERSION_TREES_CHARS, true)) : undefined;
}

export function treesAcrossRuns(): VersionTrees | undefined {
  return acrossRuns;
}
