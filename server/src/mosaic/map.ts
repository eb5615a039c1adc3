// `mosaic_map.json` (`glx.mosaic.map.v1`, spec §3.9): grid, params, base/head, per cell the
// files with line ranges and symbols (Ψ), per layer the values, the legend, and the I3 result.
// Built from a computed mosaic; pure (the CLI writes it atomically, the server sends it to the
// panel). Also the cell lookup the panel and server share.
import type { ChangeSet } from '../delta/change-set';
import type { DeltaToken } from '../delta/token';
import { cellFindings, findingsByCell, type CellFindings, type MosaicFinding } from './findings';
import { evaluateI3, type I3Result } from './i3';
import { computeLayers, LAYER_LEGEND, LAYER_NAMES, type LayerName, type Layers, type MosaicFileFacts, type MosaicParams, type RepoFacts } from './layers';
import { buildLayout, cellFiles, cellId, cellLines, forLineCells, type LayoutFile, type MosaicLayout, type Side } from './layout';
import type { PhiWeight } from './phi';
import { OVERLAY } from './render-png';

export const MOSAIC_MAP_SCHEMA = 'glx.mosaic.map.v1';
const MAX_SYMBOLS_PER_CELL = 8;

export interface RevRef {
  rev: string;
  sha: string | null;
}

export interface MosaicCellFile {
  path: string;
  /** Head lines in the cell (1-based, inclusive); absent when the file has no head version. */
  head?: [number, number];
  base?: [number, number];
  /** Qualified names of symbols whose span overlaps the cell's lines. */
  symbols?: string[];
}

export interface MosaicCell {
  id: string;
  r: number;
  c: number;
  files: MosaicCellFile[];
  /** SAST findings on the cell's lines (count, per severity, the riskiest: where a click goes). */
  findings?: CellFindings;
}

export interface MosaicMap {
  schema: typeof MOSAIC_MAP_SCHEMA;
  generated_utc: string;
  grid: { rows: number; cols: number; curve: 'gilbert'; cell_id: string };
  params: { edge_thr: number; kappa_ab: number; phi: MosaicParams['phi']; policy_file: string | null; delta: number };
  base: RevRef;
  head: RevRef;
  files: { path: string; loc_base: number; loc_head: number; run: { start: number; length: number } }[];
  /** Cells holding at least one file, in row-major order. */
  cells: MosaicCell[];
  /** Per layer, values in [0,1] row-major (`r * cols + c`), 4 decimals. */
  layers: Record<LayerName, number[]>;
  legend: {
    layers: Record<LayerName, { description: string; range: [0, 1]; binarized_at?: number }>;
    overlay: { both: string; phi_only: string; delta_only: string };
  };
  i3: I3Result;
  artifacts: string[];
}

export interface MosaicInput {
  files: LayoutFile[];
  changeSet: ChangeSet;
  tokens: DeltaToken[];
  facts: RepoFacts;
  params: MosaicParams;
  policy?: PhiWeight;
  policyFile?: string | null;
  tau?: number;
}

export interface Mosaic {
  layout: MosaicLayout;
  layers: Layers;
  i3: I3Result;
}

/** Layout, layers and I3 on one layout (spec §3.9, §3.7). */
export function computeMosaic(input: MosaicInput): Mosaic {
  const layout = buildLayout(input.files, input.params.rows, input.params.cols);
  const layers = computeLayers(layout, input.changeSet, input.tokens, input.facts, input.params, input.policy);
  const i3 = evaluateI3({ files: input.files, changeSet: input.changeSet, tokens: input.tokens, layout, tau: input.tau, phi: input.params.phi, policy: input.policy });
  return { layout, layers, i3 };
}

const hex = (c: [number, number, number]) => `#${c.map((x) => x.toString(16).padStart(2, '0')).join('')}`;

/**
 * The map. `opts.psi: false` leaves `cells` and `files` empty: the live panel fetches Ψ per
 * cell (psiCell) instead of receiving every cell after each keystroke.
 */
export function buildMosaicMap(
  m: Mosaic, input: MosaicInput, revs: { base: RevRef; head: RevRef }, artifacts: string[], now = new Date(), opts: { psi?: boolean } = {},
): MosaicMap {
  const psi = opts.psi !== false;
  const { layout, layers, i3 } = m;
  const p = input.params;
  const legendLayers = Object.fromEntries(
    LAYER_NAMES.map((name) => [name, { description: LAYER_LEGEND[name], range: [0, 1] as [0, 1], ...(name === 'edge' ? { binarized_at: p.edgeThr } : {}) }]),
  ) as MosaicMap['legend']['layers'];
  return {
    schema: MOSAIC_MAP_SCHEMA,
    generated_utc: now.toISOString(),
    grid: { rows: layout.rows, cols: layout.cols, curve: 'gilbert', cell_id: 'MOZ::<rows>x<cols>@r<RR>c<CC>' },
    params: { edge_thr: p.edgeThr, kappa_ab: p.kappa, phi: p.phi, policy_file: input.policyFile ?? null, delta: p.delta },
    base: revs.base,
    head: revs.head,
    files: psi ? layout.files.map((f, i) => ({ path: f.path, loc_base: f.locBase, loc_head: f.locHead, run: { start: layout.runStart[i], length: layout.runLen[i] } })) : [],
    cells: psi ? psiCells(layout, input.facts.analyses, findingsByCell(layout, input.facts.findings ?? [])) : [],
    layers: Object.fromEntries(LAYER_NAMES.map((n) => [n, Array.from(layers[n], round4)])) as Record<LayerName, number[]>,
    legend: { layers: legendLayers, overlay: { both: hex(OVERLAY.both), phi_only: hex(OVERLAY.phiOnly), delta_only: hex(OVERLAY.deltaOnly) } },
    i3,
    artifacts,
  };
}

/** Ψ for every non-empty cell: files, their line ranges on each side, overlapping symbols. */
export function psiCells(layout: MosaicLayout, analyses: ReadonlyMap<string, MosaicFileFacts>, findings?: ReadonlyMap<number, readonly MosaicFinding[]>): MosaicCell[] {
  const byCell = cellFiles(layout);
  const out: MosaicCell[] = [];
  for (let cell = 0; cell < byCell.length; cell++) {
    if (byCell[cell].length) out.push(cellEntry(layout, analyses, cell, byCell[cell], findings));
  }
  return out;
}

/** Ψ of one cell (undefined when no file covers it); binary search over the ordered runs. */
export function psiCell(layout: MosaicLayout, analyses: ReadonlyMap<string, MosaicFileFacts>, cell: number, findings?: ReadonlyMap<number, readonly MosaicFinding[]>): MosaicCell | undefined {
  const pos = layout.posOf[cell];
  let lo = 0;
  let hi = layout.files.length - 1;
  let last = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (layout.runStart[mid] <= pos) {
      last = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const files: number[] = [];
  // Run ends never decrease, so the files covering `pos` are contiguous and end at `last`.
  for (let i = last; i >= 0 && layout.runStart[i] + layout.runLen[i] > pos; i--) files.unshift(i);
  return files.length ? cellEntry(layout, analyses, cell, files, findings) : undefined;
}

function cellEntry(layout: MosaicLayout, analyses: ReadonlyMap<string, MosaicFileFacts>, cell: number, fileIdx: number[], findings?: ReadonlyMap<number, readonly MosaicFinding[]>): MosaicCell {
  {
    const files = fileIdx.map((fi) => {
      const f = layout.files[fi];
      const entry: MosaicCellFile = { path: f.path };
      const head = cellLines(layout, fi, 'head', cell);
      const base = cellLines(layout, fi, 'base', cell);
      if (head) entry.head = head;
      if (base) entry.base = base;
      const a = analyses.get(f.path);
      const range = head ?? base;
      if (a && range) {
        const syms = a.symbols.filter((s) => s.range.line <= range[1] && s.range.endLine >= range[0]).map((s) => s.qualname);
        const types = a.types.filter((t) => t.range.line <= range[1] && t.range.endLine >= range[0]).map((t) => t.qualname);
        const all = [...new Set([...syms, ...types])].slice(0, MAX_SYMBOLS_PER_CELL);
        if (all.length) entry.symbols = all;
      }
      return entry;
    });
    const f = cellFindings(findings?.get(cell));
    return { id: cellId(layout.rows, layout.cols, cell), r: Math.floor(cell / layout.cols), c: cell % layout.cols, files, ...(f ? { findings: f } : {}) };
  }
}

/** Cells (row-major indices) holding lines [from, to] of a file version: Φ of a symbol. */
export function cellsOfLines(layout: MosaicLayout, path: string, side: Side, from: number, to: number): number[] {
  const fi = layout.index.get(path);
  if (fi === undefined) return [];
  const cells = new Set<number>();
  for (let l = from; l <= to; l++) forLineCells(layout, fi, side, l, (c) => cells.add(c));
  return [...cells].sort((a, b) => a - b);
}

function round4(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
