// File regions of a mosaic layout, for the panel (issue 10: "file boundaries and the file name
// on hover of a region, labels for the largest regions, a find that highlights every matching
// cell"). Each cell belongs to the file with the longest run among those covering it (small
// files share cells, spec §3.9), so the regions tile the grid and their borders are the file
// boundaries. Pure: no I/O.
import type { MosaicFileFacts } from './layers';
import { forLineCells, type MosaicLayout } from './layout';

export interface MosaicRegions {
  /** Paths of the files that own at least one cell, in layout order. */
  files: string[];
  /** Per cell (row-major): index into `files`, or -1 for a cell no file covers. */
  cellFile: number[];
}

export function regionsOf(layout: MosaicLayout): MosaicRegions {
  const owner = new Int32Array(layout.rows * layout.cols).fill(-1);
  for (let f = 0; f < layout.files.length; f++) {
    const start = layout.runStart[f];
    for (let k = 0; k < layout.runLen[f]; k++) {
      const cell = layout.order[start + k];
      const cur = owner[cell];
      if (cur < 0 || layout.runLen[f] > layout.runLen[cur]) owner[cell] = f;
    }
  }
  const remap = new Map<number, number>();
  const files: string[] = [];
  const cellFile: number[] = new Array(owner.length);
  for (let i = 0; i < owner.length; i++) {
    const f = owner[i];
    if (f < 0) {
      cellFile[i] = -1;
      continue;
    }
    let j = remap.get(f);
    if (j === undefined) {
      j = files.length;
      remap.set(f, j);
      files.push(layout.files[f].path);
    }
    cellFile[i] = j;
  }
  // Layout order for the list (cells were visited row-major).
  const order = files.map((p, j) => ({ p, j, at: layout.index.get(p)! })).sort((a, b) => a.at - b.at);
  const to = new Map(order.map((o, k) => [o.j, k]));
  return { files: order.map((o) => o.p), cellFile: cellFile.map((j) => (j < 0 ? -1 : to.get(j)!)) };
}

/** Every cell of a file's run. */
export function cellsOfFile(layout: MosaicLayout, file: number): number[] {
  const out: number[] = [];
  for (let k = 0; k < layout.runLen[file]; k++) out.push(layout.order[layout.runStart[file] + k]);
  return out;
}

export interface FindResult {
  /** Every matching cell (row-major indices, ascending, no repeats). */
  cells: number[];
  /** The cell to focus: the first match in path order. */
  first: number;
  /** What matched, in words: `symbol applyDiscount in 2 files`, `3 files matching "util"`. */
  label: string;
}

/**
 * Every cell of what `query` names: symbols whose qualified name is the query or ends with
 * `.query` (each symbol's head lines), else files whose path is it, ends with `/query`, or
 * contains it (their whole runs). Undefined when nothing matches.
 */
export function findCells(layout: MosaicLayout, analyses: ReadonlyMap<string, MosaicFileFacts>, query: string, pathOrder: readonly string[]): FindResult | undefined {
  if (!query) return undefined;
  const found = new Set<number>();
  let first = -1;
  const add = (cell: number) => {
    if (first < 0) first = cell;
    found.add(cell);
  };
  for (const match of [(q: string) => q === query, (q: string) => q.endsWith(`.${query}`)]) {
    const files = new Set<string>();
    let symbols = 0;
    for (const p of pathOrder) {
      const fi = layout.index.get(p)!;
      const side = layout.files[fi].locHead > 0 ? 'head' : 'base';
      for (const s of analyses.get(p)?.symbols ?? []) {
        if (!match(s.qualname)) continue;
        symbols++;
        files.add(p);
        for (let l = s.range.line; l <= s.range.endLine; l++) forLineCells(layout, fi, side, l, add);
      }
    }
    if (symbols) return { cells: [...found].sort((a, b) => a - b), first, label: `${symbols === 1 ? 'symbol' : `${symbols} symbols`} ${query}${files.size > 1 ? ` in ${files.size} files` : ` in ${[...files][0]}`}` };
  }
  for (const match of [(p: string) => p === query, (p: string) => p.endsWith(`/${query}`), (p: string) => p.includes(query)]) {
    const hits = pathOrder.filter(match);
    if (!hits.length) continue;
    for (const p of hits) for (const c of cellsOfFile(layout, layout.index.get(p)!)) add(c);
    return { cells: [...found].sort((a, b) => a - b), first, label: hits.length === 1 ? `file ${hits[0]}` : `${hits.length} files matching "${query}"` };
  }
  return undefined;
}
