// The head side's hits carried from keystroke to keystroke, per changed-line range (issue 14:
// "edit cost proportional to the edited member"). The editor's live scan queries every range of
// changed lines of the buffer on every keystroke; once a buffer has drifted (470 changed lines
// in webpack's Compilation.js), that was ~470 scope lookups and queries per keystroke, ~4 ms,
// though one line changed. A range's hits are a function of:
//   - the subtree of the node its query starts from (scan-patterns.ts queryScope) and the kinds
//     of that node's ancestors,
//   - the text inside that node (predicates, checkJs' literal tests),
//   - the file's child_process bindings (checkJs' cp(): the whole text),
//   - and, for each finding, its line and the line above (snippet, inline suppression).
// The last is recomputed for every carried hit. The others are unchanged when
//   - no character of the node's lines (widened by one line each side: the range's bounds are
//     points at column 0) changed — the text from the first to the last differing character
//     of the two texts,
//   - no row of it lies in tree-sitter's changed ranges between the two trees (a node whose
//     kind or children changed, with an ancestor's whole extent when the ancestor's kind
//     changed: get_changed_ranges.c reports a differing node from where it starts to where it
//     ends), and the tree was parsed from the memo's tree (tree-cache.ts lineage),
//   - and, when a hit or a rejected match consulted the bindings, the bindings are equal.
// Proven against memo-free scans of the same trees on random edit sequences, breaking ones included:
// test/unit/sast-head-memo.property.test.ts.
import type { Tree } from 'web-tree-sitter';
import { commonPrefix, commonSuffix } from '../util/common-affix';
import { rowOf, sharedLineStarts } from '../util/line-starts';
import { changedRowsSince, treeParsedFrom } from './tree-cache';

/** One hit of a range, what findingAt needs (1-based lines, 1-based column). */
export interface StoredHit {
  rule: string;
  line: number;
  col: number;
  endLine: number;
  detail?: string;
  confidence?: 'LOW' | 'MEDIUM' | 'HIGH';
}

interface RangeEntry {
  /** 1-based lines the hits depend on (the query's start node, widened by one line each side). */
  lo: number;
  hi: number;
  hits: readonly StoredHit[];
  /** The child_process bindings were consulted. */
  cp: boolean;
}

export interface HeadMemo {
  tree: Tree;
  text: string;
  byRange: Map<string, RangeEntry>;
}

const MAX_KEYS = 8;
/** Above this many ranges in one scan, entries are not kept (a whole file's scan: nothing to carry). */
const MAX_RANGES = 4096;
const memos = new Map<string, HeadMemo>();
/** Ranges carried since the process started (tests check the carrying is exercised). */
export const carriedStats = { ranges: 0 };

/** The last scan's ranges as they map onto this one, and what this scan records for the next. */
export class HeadRanges {
  /** What the next scan under the same key reads. */
  readonly next: HeadMemo;
  private full = false;

  constructor(
    tree: Tree,
    text: string,
    private readonly prev?: {
      memo: HeadMemo;
      /** 1-based lines of the old text: the first not wholly before the change, the last not wholly after it. */
      oldFirst: number;
      oldLast: number;
      /** Lines after the change move by this much. */
      dl: number;
      /** Changed rows of the new tree, as 1-based line ranges. */
      changed: readonly (readonly [number, number])[];
      cpSame: () => boolean;
    },
  ) {
    this.next = { tree, text, byRange: new Map() };
  }

  /** The hits of range [a, b] carried from the last scan, when nothing they depend on changed (recorded for the next scan). */
  carried(a: number, b: number): readonly StoredHit[] | undefined {
    const p = this.prev;
    if (!p) return undefined;
    let e: RangeEntry | undefined;
    let dl = 0;
    if (b < p.oldFirst) {
      e = p.memo.byRange.get(`${a},${b}`);
      if (!e || e.hi >= p.oldFirst) return undefined;
    } else if (a - p.dl > p.oldLast) {
      e = p.memo.byRange.get(`${a - p.dl},${b - p.dl}`);
      if (!e || e.lo <= p.oldLast) return undefined;
      dl = p.dl;
    } else return undefined;
    const lo = e.lo + dl;
    const hi = e.hi + dl;
    for (const [s, t] of p.changed) if (s <= hi && t >= lo) return undefined;
    if (e.cp && !p.cpSame()) return undefined;
    const hits = dl ? e.hits.map((h) => ({ ...h, line: h.line + dl, endLine: h.endLine + dl })) : e.hits;
    this.record(a, b, lo, hi, hits, e.cp);
    carriedStats.ranges++;
    return hits;
  }

  record(a: number, b: number, lo: number, hi: number, hits: readonly StoredHit[], cp: boolean): void {
    if (this.full) return;
    if (this.next.byRange.size >= MAX_RANGES) {
      this.full = true;
      this.next.byRange.clear();
      return;
    }
    this.next.byRange.set(`${a},${b}`, { lo, hi, hits, cp });
  }
}

/**
 * The carrier for one live scan of `text` under `key` (`head:<path>`): the last scan's entries
 * when `tree` is that scan's tree or was parsed directly from it, none otherwise. `cpKey` gives
 * a text's child_process bindings as a comparable string.
 */
export function headRangesFor(key: string, tree: Tree, text: string, cpKey: (text: string) => string): HeadRanges {
  const m = memos.get(key);
  memos.delete(key);
  let out: HeadRanges;
  if (m && m.tree === tree && m.text === text) {
    out = new HeadRanges(tree, text, { memo: m, oldFirst: Infinity, oldLast: Infinity, dl: 0, changed: [], cpSame: () => true });
  } else if (m && treeParsedFrom(tree) === m.tree) {
    const old = m.text;
    const p = commonPrefix(old, text);
    const s = commonSuffix(old, text, p);
    const os = sharedLineStarts(old);
    const ns = sharedLineStarts(text);
    // The texts differ in old[p, q) and text[p, text.length - s) (either may be empty). Lines
    // ending before p are the prefix's; lines starting at or after q the suffix's, and every
    // suffix line moves by the newlines the change added (the rows of the suffix's first
    // character in both texts).
    const q = old.length - s;
    const oldFirst = rowOf(os, p) + 1;
    const rq = rowOf(os, q);
    const oldLast = os[rq] === q ? rq : rq + 1;
    const dl = rowOf(ns, text.length - s) - rq;
    const changed = (changedRowsSince(tree) ?? [[0, Infinity]]).map(([r0, r1]) => [r0 + 1, r1 + 1] as const);
    let cp: boolean | undefined;
    out = new HeadRanges(tree, text, { memo: m, oldFirst, oldLast, dl, changed, cpSame: () => (cp ??= cpKey(old) === cpKey(text)) });
  } else out = new HeadRanges(tree, text);
  memos.set(key, out.next);
  while (memos.size > MAX_KEYS) memos.delete(memos.keys().next().value as string);
  return out;
}
