// The mosaic layout (spec §3.9): files of base ∪ head in path order (directories depth-first)
// laid along the gilbert curve, each file a contiguous run of cells proportional to
// max(LOC_base, LOC_head) (at least one cell; small files may share a cell). The layout depends
// only on the file list and LOCs, so it is identical for base and head. Also Φ's line → cell
// map and Ψ's cell → (file, line range) inverse. Pure: no I/O.
import { gilbertOrder } from './gilbert';

export interface LayoutFile {
  path: string;
  /** Lines of the base version (0 when the file is absent on the base side). */
  locBase: number;
  /** Lines of the head version (0 when absent on the head side). */
  locHead: number;
}

export type Side = 'base' | 'head';

export interface MosaicLayout {
  rows: number;
  cols: number;
  /** Curve position → cell index (`r * cols + c`). */
  order: Int32Array;
  /** Cell index → curve position. */
  posOf: Int32Array;
  /** Files in layout (path) order. */
  files: LayoutFile[];
  /** Path → index in `files`. */
  index: Map<string, number>;
  /** Per file: first curve position and number of positions of its run. */
  runStart: Int32Array;
  runLen: Int32Array;
}

export const DEFAULT_ROWS = 64;
export const DEFAULT_COLS = 64;
export const MAX_GRID_SIDE = 1024;

const orderCache = new Map<string, Int32Array>();
function cachedOrder(rows: number, cols: number): Int32Array {
  const key = `${rows}x${cols}`;
  let o = orderCache.get(key);
  if (!o) {
    o = gilbertOrder(rows, cols);
    if (orderCache.size > 8) orderCache.clear();
    orderCache.set(key, o);
  }
  return o;
}

/** Path order with directories depth-first: compare segment by segment (code-unit order). */
export function comparePaths(a: string, b: string): number {
  return compareSegments(a.split('/'), b.split('/'));
}

function compareSegments(sa: readonly string[], sb: readonly string[]): number {
  const n = Math.min(sa.length, sb.length);
  for (let i = 0; i < n; i++) {
    if (sa[i] === sb[i]) continue;
    // A directory's contents stay contiguous: `a/b/x` vs `a/b.txt` compares `b` with `b.txt`.
    return sa[i] < sb[i] ? -1 : 1;
  }
  return sa.length - sb.length;
}

/** Files in layout (path) order: directories depth-first (each path split once). */
export function sortByPath<T extends { path: string }>(files: readonly T[]): T[] {
  const keyed = files.map((f) => ({ f, seg: f.path.split('/') }));
  keyed.sort((a, b) => compareSegments(a.seg, b.seg));
  return keyed.map((k) => k.f);
}

/** Inputs known to be unique by path and in path order (engine/base-files.ts layoutOf): not sorted again. */
const sortedInputs = new WeakSet<readonly LayoutFile[]>();

/** Marks `files` as unique by path and sorted by comparePaths; the caller guarantees it. */
export function markSortedLayout<T extends readonly LayoutFile[]>(files: T): T {
  sortedInputs.add(files);
  return files;
}

export function buildLayout(input: readonly LayoutFile[], rows = DEFAULT_ROWS, cols = DEFAULT_COLS): MosaicLayout {
  if (!Number.isInteger(rows) || !Number.isInteger(cols) || rows < 1 || cols < 1 || rows > MAX_GRID_SIDE || cols > MAX_GRID_SIDE) {
    throw new RangeError(`mosaic grid ${rows}x${cols}: rows and cols must be integers in 1..${MAX_GRID_SIDE}`);
  }
  if (!sortedInputs.has(input)) return layoutSorted(dedupeSorted(input), rows, cols);
  // A frozen sorted input (engine/base-files.ts layoutOf, returned again while typing changes no
  // line count) gives the same layout: built once per input and grid.
  if (!Object.isFrozen(input)) return layoutSorted(input.slice(), rows, cols);
  const hit = frozenLayouts.get(input);
  if (hit && hit.rows === rows && hit.cols === cols) return hit;
  const layout = layoutSorted(input.slice(), rows, cols);
  frozenLayouts.set(input, layout);
  return layout;
}

const frozenLayouts = new WeakMap<readonly LayoutFile[], MosaicLayout>();

/** Deduplicate by path (the larger LOC wins per side), then path order. */
function dedupeSorted(input: readonly LayoutFile[]): LayoutFile[] {
  const byPath = new Map<string, LayoutFile>();
  for (const f of input) {
    const prev = byPath.get(f.path);
    byPath.set(f.path, prev ? { path: f.path, locBase: Math.max(prev.locBase, f.locBase), locHead: Math.max(prev.locHead, f.locHead) } : { ...f });
  }
  // Decorate-sort: split each path once, not once per comparison.
  return sortByPath([...byPath.values()]);
}

function layoutSorted(files: LayoutFile[], rows: number, cols: number): MosaicLayout {
  const order = cachedOrder(rows, cols);
  const n = rows * cols;
  const posOf = new Int32Array(n);
  for (let p = 0; p < n; p++) posOf[order[p]] = p;
  const runStart = new Int32Array(files.length);
  const runLen = new Int32Array(files.length);
  let total = 0;
  for (const f of files) total += weightOf(f);
  let acc = 0;
  files.forEach((f, i) => {
    const w = weightOf(f);
    const start = Math.min(n - 1, Math.floor((acc * n) / total));
    const end = Math.max(start, Math.min(n - 1, Math.ceil(((acc + w) * n) / total) - 1));
    runStart[i] = start;
    runLen[i] = end - start + 1;
    acc += w;
  });
  const index = new Map(files.map((f, i) => [f.path, i] as const));
  return { rows, cols, order, posOf, files, index, runStart, runLen };
}

function weightOf(f: LayoutFile): number {
  return Math.max(1, f.locBase, f.locHead);
}

export function locOf(f: LayoutFile, side: Side): number {
  return side === 'base' ? f.locBase : f.locHead;
}

/** Φ for one line: the cell (index `r * cols + c`) holding 1-based line `line` of a file version. */
export function lineCell(layout: MosaicLayout, file: number, side: Side, line: number): number {
  return layout.order[linePos(layout, file, side, line)];
}

/** Curve position of a line: its proportional place in the file's run (spec §3.9). */
export function linePos(layout: MosaicLayout, file: number, side: Side, line: number): number {
  const loc = Math.max(1, locOf(layout.files[file], side));
  const len = layout.runLen[file];
  const l = Math.min(Math.max(1, line), loc);
  return layout.runStart[file] + Math.floor(((l - 1) * len) / loc);
}

/**
 * Every cell a line covers: line l of L is the share [(l−1)/L, l/L) of the run, so in a file
 * with fewer lines than cells one line spans several cells (a changed line of a small file
 * lights its whole share, not one dot). Calls `fn(cell)` for each, in curve order.
 */
export function forLineCells(layout: MosaicLayout, file: number, side: Side, line: number, fn: (cell: number) => void): void {
  const loc = Math.max(1, locOf(layout.files[file], side));
  const len = layout.runLen[file];
  const l = Math.min(Math.max(1, line), loc);
  const first = Math.floor(((l - 1) * len) / loc);
  const last = Math.max(first, Math.ceil((l * len) / loc) - 1);
  for (let k = first; k <= last; k++) fn(layout.order[layout.runStart[file] + k]);
}

/**
 * Adds to `cap[cell]`, for every line of the version, 1 per cell forLineCells gives it: the
 * lines each cell holds. The same arithmetic as forLineCells, inline (a 6,500-line file was
 * 13,000 closure calls per keystroke in gate I3).
 */
export function addLineCounts(layout: MosaicLayout, file: number, side: Side, cap: Float32Array): void {
  const loc = Math.max(1, locOf(layout.files[file], side));
  const lines = locOf(layout.files[file], side);
  const len = layout.runLen[file];
  const order = layout.order;
  const at = layout.runStart[file];
  for (let l = 1; l <= lines; l++) {
    const first = Math.floor(((l - 1) * len) / loc);
    const last = Math.max(first, Math.ceil((l * len) / loc) - 1);
    for (let k = first; k <= last; k++) cap[order[at + k]]++;
  }
}

/**
 * Ψ for one (file, cell): the 1-based inclusive line range of a version overlapping the cell's
 * share of the run; undefined when the version has no lines or the cell is outside the run.
 * Every line l lies in the range of lineCell(l) (property-tested).
 */
export function cellLines(layout: MosaicLayout, file: number, side: Side, cell: number): [number, number] | undefined {
  const loc = locOf(layout.files[file], side);
  if (loc <= 0) return undefined;
  const k = layout.posOf[cell] - layout.runStart[file];
  const len = layout.runLen[file];
  if (k < 0 || k >= len) return undefined;
  const lo = Math.floor((k * loc) / len) + 1;
  const hi = Math.max(lo, Math.ceil(((k + 1) * loc) / len));
  return [lo, Math.min(hi, loc)];
}

/** Ψ: the files (indices) whose run covers a cell, in layout order. */
export function cellFiles(layout: MosaicLayout): number[][] {
  const out: number[][] = Array.from({ length: layout.rows * layout.cols }, () => []);
  for (let i = 0; i < layout.files.length; i++) {
    for (let p = layout.runStart[i]; p < layout.runStart[i] + layout.runLen[i]; p++) out[layout.order[p]].push(i);
  }
  return out;
}

/** `MOZ::<rows>x<cols>@r<RR>c<CC>` (spec §3.9); RR/CC zero-padded to at least two digits. */
export function cellId(rows: number, cols: number, cell: number): string {
  const r = Math.floor(cell / cols);
  const c = cell % cols;
  const wr = Math.max(2, String(rows - 1).length);
  const wc = Math.max(2, String(cols - 1).length);
  return `MOZ::${rows}x${cols}@r${String(r).padStart(wr, '0')}c${String(c).padStart(wc, '0')}`;
}

export function parseCellId(id: string): { rows: number; cols: number; r: number; c: number } | undefined {
  const m = /^MOZ::(\d+)x(\d+)@r(\d+)c(\d+)$/.exec(id);
  if (!m) return undefined;
  const [rows, cols, r, c] = m.slice(1).map(Number);
  return r < rows && c < cols ? { rows, cols, r, c } : undefined;
}

/** Lines of a text as the engine counts them (a trailing newline ends the last line). */
export function countLines(text: string | undefined): number {
  if (!text) return 0;
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return text.endsWith('\n') ? n : n + 1;
}
