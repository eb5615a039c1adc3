// Line diff (Myers O(ND)) used everywhere the engine needs changed lines: the editor compares
// buffers with the base without calling git per keystroke, so CI and the editor both use this
// one diff and therefore see the same hunks (spec §0: "the gate a developer sees inline is the
// gate CI enforces").

import { compactHunks, indentOf } from './diff-compact';
import type { Hunk } from './hunk';
import { ownMemo, setOwnMemo } from './own-memo';

export type { Hunk } from './hunk';

/** Above this edit distance the middle of the file is reported as one hunk (bounded time). */
const MAX_D = 2000;

export function splitLines(text: string): string[] {
  if (text.length === 0) return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/**
 * Hunks turning `a` into `b`. `memoA`: `a` is a long-lived array (a base version's lines,
 * versionHunks) whose interned codes are kept for the next call.
 */
export function diffLines(a: readonly string[], b: readonly string[], memoA = false): Hunk[] {
  let pre = 0;
  const minLen = Math.min(a.length, b.length);
  while (pre < minLen && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < minLen - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  const aLen = a.length - suf - pre;
  const bLen = b.length - suf - pre;
  if (aLen === 0 && bLen === 0) return [];
  if (aLen === 0 || bLen === 0) {
    return compactHunks([mkHunk(pre, aLen, pre, bLen)], a, b);
  }
  // Interning all of `a` pays when its middle is a large part of it (a buffer drifting from the
  // base over many edits) or was paid already; a small middle (one commit's hunk) is interned alone.
  const whole = memoA && (idMemo.has(a) || aLen * 4 > a.length);
  if (whole) {
    const e = internedOf(a);
    const before = e.lastCodes;
    const codes = codesAgainst(a, b, pre, aLen, bLen);
    const last = e.lastResult;
    // The same codes as the last `b` diffed against `a`: the edit script is the same (below).
    if (last && before && sameCodes(before, e.lastCodes!)) return last.map((h) => ({ ...h }));
    const hunks = hunksOf(myersCodes(...codes), a, b, pre, aLen, bLen);
    e.lastResult = hunks.map((h) => ({ ...h }));
    return hunks;
  }
  return hunksOf(myers(a.slice(pre, a.length - suf), b.slice(pre, b.length - suf)), a, b, pre, aLen, bLen);
}

/**
 * Does `x` hold the codes of `y`, element for element? Everything diffLines decides about a
 * memoised `a` depends only on which lines of `a` and `b` are equal, and a line's code says
 * exactly which line of `a` it equals (negative: none): the common prefix and suffix and myers
 * compare `a` with `b`; compactHunks (diff-compact.ts) slides a deletion over `a`'s own lines and
 * an insertion over a line of the block and an equal line next to it, which is matched to a line
 * of `a` (the lines between two hunks are) — equal exactly when their codes are — and scores
 * where to put it by the indentation and blankness of lines around it, which a line's code also
 * says: a line of `a` is one text, and a line `a` lacks is coded by its indent
 * (unmatchedCode). So a `b` whose codes equal the last `b`'s has
 * the last `b`'s hunks: a keystroke that leaves every line it touches unequal to every base line
 * — typing inside lines that differ from the base already — costs a comparison of codes instead
 * of a diff over the drift (issue 14: O(N·D) per keystroke in a buffer drifted over hundreds of
 * lines).
 */
function sameCodes(x: Int32Array, y: Int32Array): boolean {
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

/** The hunks of an edit script over the middles (undefined: past MAX_D, one hunk), slid like git's. */
function hunksOf(ops: Uint8Array | undefined, a: readonly string[], b: readonly string[], pre: number, aLen: number, bLen: number): Hunk[] {
  if (!ops) return [mkHunk(pre, aLen, pre, bLen)];
  // Group consecutive non-equal ops into hunks.
  const hunks: Hunk[] = [];
  let i = 0;
  let j = 0;
  let k = 0;
  while (k < ops.length) {
    if (ops[k] === EQ) {
      i++;
      j++;
      k++;
      continue;
    }
    const si = i;
    const sj = j;
    while (k < ops.length && ops[k] !== EQ) {
      if (ops[k] === DEL) i++;
      else j++;
      k++;
    }
    hunks.push(mkHunk(pre + si, i - si, pre + sj, j - sj));
  }
  return compactHunks(hunks, a, b);
}

function mkHunk(oldIdx0: number, oldLines: number, newIdx0: number, newLines: number): Hunk {
  // git convention: for an empty side, start is the line *before* the insertion point.
  return {
    oldStart: oldLines === 0 ? oldIdx0 : oldIdx0 + 1,
    oldLines,
    newStart: newLines === 0 ? newIdx0 : newIdx0 + 1,
    newLines,
  };
}

const EQ = 0;
const DEL = 1;
const INS = 2;

/** Myers' greedy algorithm with a trace for backtracking; undefined when D exceeds MAX_D. */
function myers(a: readonly string[], b: readonly string[]): Uint8Array | undefined {
  // Intern lines to ints so comparisons are cheap.
  const ids = new Map<string, number>();
  const A = new Int32Array(a.length);
  const B = new Int32Array(b.length);
  for (let x = 0; x < a.length; x++) {
    let id = ids.get(a[x]);
    if (id === undefined) ids.set(a[x], (id = ids.size));
    A[x] = id;
  }
  for (let y = 0; y < b.length; y++) {
    let id = ids.get(b[y]);
    if (id === undefined) ids.set(b[y], (id = ids.size));
    B[y] = id;
  }
  return myersCodes(A, B);
}

/**
 * The middles of `a` and `b` as codes with `a` interned once per array: a line of `b` that `a`
 * lacks gets a negative code (its indent class, unmatchedCode), which equals no code of `a` —
 * myers only ever compares A[x] with B[y], so the edit script is the one interning both sides
 * together gives.
 *
 * `b`'s codes are kept too (issue 14, fifth pass): the editor diffs the same base against a
 * buffer that changed by one keystroke, so the lines `b` shares with the previous `b` at its
 * start and end (compared with ===: equal strings have equal codes, whatever object holds
 * them) take their codes from the previous array, and only the lines between are looked up.
 */
/** The code of a line `a` lacks: -1 for a blank line, else -2 − its indent (what compactHunks reads of it). */
const unmatchedCode = (line: string) => -2 - indentOf(line);

function codesAgainst(a: readonly string[], b: readonly string[], pre: number, aLen: number, bLen: number): [Int32Array, Int32Array] {
  const e = internedOf(a);
  const { ids, codes } = e;
  const B = new Int32Array(b.length);
  const prev = e.lastB;
  let from = 0;
  let to = b.length;
  if (prev) {
    const pc = e.lastCodes!;
    const min = Math.min(prev.length, b.length);
    while (from < min && prev[from] === b[from]) from++;
    let s = 0;
    while (s < min - from && prev[prev.length - 1 - s] === b[b.length - 1 - s]) s++;
    B.set(pc.subarray(0, from), 0);
    B.set(pc.subarray(prev.length - s), b.length - s);
    to = b.length - s;
  }
  for (let y = from; y < to; y++) B[y] = ids.get(b[y]) ?? unmatchedCode(b[y]);
  e.lastB = b;
  e.lastCodes = B;
  return [codes.subarray(pre, pre + aLen), B.subarray(pre, pre + bLen)];
}

/**
 * Myers' trace, one flat array reused across calls (issue 14, fifth pass): step d keeps the
 * 2d + 3 diagonals it may read back at offset d² + 2d, so D steps need (D + 1)² + 2(D + 1)
 * ints. A keystroke in a buffer drifted over ~470 lines diffs at D ≈ 940: ~3.5 MB of typed
 * arrays per keystroke when each step sliced its own (malloc'd backing stores, external memory
 * V8 collects only with the heap). The kept buffer is bounded by TRACE_KEEP_INTS; larger
 * traces (up to MAX_D) are allocated for the call and dropped.
 */
const TRACE_KEEP_INTS = 1 << 20;
let traceBuf = new Int32Array(0);

function traceBuffer(ints: number, current: Int32Array): Int32Array {
  if (current.length >= ints) return current;
  const grown = new Int32Array(Math.max(ints, current.length * 2));
  grown.set(current);
  if (grown.length <= TRACE_KEEP_INTS) traceBuf = grown;
  return grown;
}

function myersCodes(A: Int32Array, B: Int32Array): Uint8Array | undefined {
  const n = A.length;
  const m = B.length;
  const max = Math.min(n + m, MAX_D);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  // Start small: most diffs end at a small d; the buffer grows with d (the kept one is reused).
  let trace = traceBuffer(Math.min(64, (max + 1) * (max + 3)), traceBuf);
  let found = -1;
  for (let d = 0; d <= max; d++) {
    // Only k ∈ [-d-1, d+1] is read back for step d: keep memory O(D²), not O(D·(N+M)).
    const at0 = d * d + 2 * d;
    if (at0 + 2 * d + 3 > trace.length) trace = traceBuffer(at0 + 2 * d + 3, trace);
    trace.set(v.subarray(offset - d - 1, offset + d + 2), at0);
    for (let k = -d; k <= d; k += 2) {
      let x: number;
      if (k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1])) x = v[offset + k + 1];
      else x = v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && A[x] === B[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
    if (found >= 0) break;
  }
  if (found < 0) return undefined;
  // Backtrack, writing the script from its end (it is at most n + m long).
  const ops = new Uint8Array(n + m);
  let w = ops.length;
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    // trace step d, diagonal kk: trace[d² + 2d + kk + d + 1]
    const base = d * d + 3 * d + 1;
    const k = x - y;
    let prevK: number;
    if (k === -d || (k !== d && trace[base + k - 1] < trace[base + k + 1])) prevK = k + 1;
    else prevK = k - 1;
    const prevX = trace[base + prevK];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      ops[--w] = EQ;
      x--;
      y--;
    }
    if (x === prevX) {
      ops[--w] = INS;
      y--;
    } else {
      ops[--w] = DEL;
      x--;
    }
  }
  while (x > 0 && y > 0) {
    ops[--w] = EQ;
    x--;
    y--;
  }
  return ops.subarray(w);
}

/** Lines (1-based) of the new side touched by hunks, and of the old side. */
export function changedLineSets(hunks: readonly Hunk[]): { oldLines: Set<number>; newLines: Set<number> } {
  const oldLines = new Set<number>();
  const newLines = new Set<number>();
  for (const h of hunks) {
    for (let l = h.oldStart; l < h.oldStart + h.oldLines; l++) oldLines.add(l);
    for (let l = h.newStart; l < h.newStart + h.newLines; l++) newLines.add(l);
  }
  return { oldLines, newLines };
}

/** Head line where base line `oldLine` now stands (or where its deletion happened). */
export function mapOldLineToNew(hunks: readonly Hunk[], oldLine: number): number {
  let shift = 0;
  for (const h of hunks) {
    const oldEnd = h.oldStart + h.oldLines - 1;
    if (h.oldLines > 0 && oldLine >= h.oldStart && oldLine <= oldEnd) {
      return Math.max(1, h.newLines > 0 ? Math.min(h.newStart + (oldLine - h.oldStart), h.newStart + h.newLines - 1) : h.newStart);
    }
    const before = h.oldLines > 0 ? h.oldStart : h.oldStart + 1;
    if (oldLine < before) break;
    shift += h.newLines - h.oldLines;
  }
  return Math.max(1, oldLine + shift);
}

/** Is base line `oldLine` outside every hunk (the line is kept, at mapOldLineToNew)? */
export function oldLineKept(hunks: readonly Hunk[], oldLine: number): boolean {
  for (const h of hunks) {
    if (h.oldLines > 0 && oldLine >= h.oldStart && oldLine < h.oldStart + h.oldLines) return false;
    if (h.oldStart > oldLine) break;
  }
  return true;
}

// ---------------------------------------------------------------- per-version memo (issue 14)
// One editor keystroke used to split both texts and diff them three times (the tokenizer, the
// SAST bridge's changed lines, I3's Φ), each O(file). File versions are immutable objects, so
// lines and hunks are memoised per version object: the same answer diffLines(splitLines(a),
// splitLines(b)) gives, computed once. The editor also hands over the lines of a buffer it keeps
// across edits (setVersionLines), so only the edited lines are new strings.

/** A version's lines and hunks are kept on the version object itself (util/own-memo.ts says why). */
const LINES = Symbol('versionLines');
/** The empty side of an addition/deletion (no version object to key on). */
const NO_VERSION = {};
const HUNKS = Symbol('versionHunks');
/** Base lines interned once per lines array (the base side stays the same object across keystrokes). */
interface Interned {
  ids: Map<string, number>;
  codes: Int32Array;
  /** The last `b` diffed against this array and its codes (codesAgainst). */
  lastB?: readonly string[];
  lastCodes?: Int32Array;
  /** diffLines' hunks for `lastB` (they depend on its codes alone: sameCodes). */
  lastResult?: Hunk[];
}
const idMemo = new WeakMap<readonly string[], Interned>();

/** The lines of a version (splitLines of its text), memoised per version object. */
export function versionLines(v: { readonly text?: string }): readonly string[] {
  return ownMemo<readonly string[]>(v, LINES) ?? setOwnMemo(v, LINES, splitLines(v.text ?? ''));
}

/**
 * Registers the hunks of (a, b) a caller computed as diffLines(versionLines(a), versionLines(b))
 * (issue 14, the history walk: one line diff per version pair serves both its incremental parse
 * and its Δ; engine/file-version.ts, tested by test/unit/shared-line-diff.property.test.ts).
 */
export function setVersionHunks(a: { readonly text?: string }, b: { readonly text?: string }, hunks: Hunk[]): void {
  setOwnMemo(b, HUNKS, { old: a, hunks });
}

/** The number of lines of `v` when its lines are already known (the editor's buffers), else undefined. */
export function knownLineCount(v: object): number | undefined {
  return ownMemo<readonly string[]>(v, LINES)?.length;
}

/** The lines of `v` when already known (registered or split before), else undefined: never splits. */
export function knownLines(v: object): readonly string[] | undefined {
  return ownMemo<readonly string[]>(v, LINES);
}

/** Registers lines the caller already has for `v` (must equal splitLines(v.text): property-tested). */
export function setVersionLines(v: { readonly text?: string }, lines: readonly string[]): void {
  setOwnMemo(v, LINES, lines);
}

/**
 * Hunks turning version `a` into version `b` (undefined: the empty side) — diffLines of their
 * lines, memoised per (a, b) pair of version objects.
 */
export function versionHunks(a: { readonly text?: string } | undefined, b: { readonly text?: string } | undefined): Hunk[] {
  const key = b ?? NO_VERSION;
  const oldKey = a ?? NO_VERSION;
  const hit = ownMemo<{ old: object; hunks: Hunk[] }>(key, HUNKS);
  if (hit && hit.old === oldKey) return hit.hunks;
  const hunks = diffLines(a ? versionLines(a) : [], b ? versionLines(b) : [], a !== undefined);
  if (b) setOwnMemo(key, HUNKS, { old: oldKey, hunks });
  return hunks;
}

/** Interned codes of `a` (memoised per array), for myers(). */
function internedOf(a: readonly string[]): Interned {
  let e = idMemo.get(a);
  if (!e) {
    const ids = new Map<string, number>();
    const codes = new Int32Array(a.length);
    for (let x = 0; x < a.length; x++) {
      let id = ids.get(a[x]);
      if (id === undefined) ids.set(a[x], (id = ids.size));
      codes[x] = id;
    }
    e = { ids, codes };
    idMemo.set(a, e);
  }
  return e;
}
