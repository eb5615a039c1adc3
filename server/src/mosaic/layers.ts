// The mosaic's layers (spec §3.9), each a value in [0,1] per cell (row-major `r * cols + c`):
// delta (Δ_MOZ), tokens (Φ(Δ_AST)), heat (κ blend + Ψ-smoothing δ), cc (complexity density),
// churn (commits per line over the calibration window), fan_in, edge (share of a cell's imports
// leaving its directory), roi (cells holding public-API symbols), findings (SAST risk of the
// findings a cell holds; mosaic/findings.ts, spec §3.11). Pure: the facts (analyses, churn counts) come from adapters.
import * as path from 'node:path';
import type { ChangeSet } from '../delta/change-set';
import { resolveImport } from '../delta/import-resolve';
import type { DeltaToken } from '../delta/token';
import type { FileAnalysis } from '../symbols/types';
import { findingsByCell, findingsLayer, type MosaicFinding } from './findings';
import type { MosaicLayout, Side } from './layout';
import { project, type PhiMode, type PhiWeight } from './phi';

export const LAYER_NAMES = ['delta', 'tokens', 'heat', 'cc', 'churn', 'fan_in', 'findings', 'edge', 'roi'] as const;
export type LayerName = (typeof LAYER_NAMES)[number];
export type Layers = Record<LayerName, Float32Array>;

export interface MosaicParams {
  rows: number;
  cols: number;
  /** Binarizes the visual layers (spec §3.9 `--edge-thr`, default 0.12); not I3. */
  edgeThr: number;
  /** κ of the heat blend `κ·tokens + (1−κ)·delta` (`--kappa-ab`, default 0.6). */
  kappa: number;
  phi: PhiMode;
  /** Ψ-smoothing δ of heat: `(1−δ)·v + δ·mean(4-neighbours)` (`--delta`, default 0.2). */
  delta: number;
}

export const DEFAULT_PARAMS: MosaicParams = { rows: 64, cols: 64, edgeThr: 0.12, kappa: 0.6, phi: 'balanced', delta: 0.2 };

/**
 * What the mosaic reads of a file's analysis (layers, Ψ, find): symbols' spans, cc and
 * visibility, public types, import lines and specifiers. A FileAnalysis is one; the CLI keeps
 * only this per base file across runs (engine/base-facts.ts, issue 14 "Warm starts").
 */
export interface MosaicFileFacts {
  symbols: readonly { kind: FileAnalysis['symbols'][number]['kind']; qualname: string; public: boolean; range: { line: number; endLine: number }; metrics: { cc: number } }[];
  types: readonly { qualname: string; public: boolean; range: { line: number; endLine: number } }[];
  imports: readonly { spec: string; line: number }[];
}

/** What the adapters know about the repository beyond the change set. */
export interface RepoFacts {
  /** Analysis per path: head version, or the base version for files deleted in head. */
  analyses: ReadonlyMap<string, MosaicFileFacts>;
  /** Commits touching each path over the calibration window (spec §3.8). */
  churn?: Map<string, number>;
  /** SAST findings of the change (NF records, spec §3.11) for the `findings` layer (mosaic/findings.ts). */
  findings?: readonly MosaicFinding[];
}

export const LAYER_LEGEND: Record<LayerName, string> = {
  delta: 'Δ_MOZ: share of the cell\'s lines changed in the textual diff',
  tokens: 'Φ(Δ_AST): semantic token intensity (phi mode)',
  heat: 'κ·tokens + (1−κ)·delta, Ψ-smoothed by δ',
  cc: 'cyclomatic complexity density (per line, normalized to the max)',
  churn: 'commits per line over the calibration window (normalized)',
  fan_in: 'files importing the cell\'s files (normalized)',
  findings: 'SAST findings: the highest risk of the cell\'s findings over the risk formula\'s maximum',
  edge: 'share of the cell\'s imports that leave its directory',
  roi: 'cells holding public-API symbols',
};

export function computeLayers(layout: MosaicLayout, cs: ChangeSet, tokens: readonly DeltaToken[], facts: RepoFacts, params: MosaicParams, policy?: PhiWeight): Layers {
  const n = layout.rows * layout.cols;
  const { phi, delta } = project(layout, cs, tokens, { phi: params.phi, policy });
  const heat = new Float32Array(n);
  for (let i = 0; i < n; i++) heat[i] = params.kappa * phi[i] + (1 - params.kappa) * delta[i];
  const smoothed = smooth(heat, layout.rows, layout.cols, params.delta);
  const cc = new Float32Array(n);
  const cap = new Float32Array(n);
  const roi = new Float32Array(n);
  const edgeOut = new Float32Array(n);
  const edgeAll = new Float32Array(n);
  const churnV = new Float32Array(n);
  const fanV = new Float32Array(n);
  const fanIn = new Map<string, number>();
  const targetsOf = importTargets(layout);
  // Cell k of a run of `len` cells over `loc` lines holds lines [lo(k), hi(k)] (layout.cellLines);
  // spans are walked per cell, not per line, in one pass over the runs.
  let start = 0, len = 1, loc = 1;
  const lo = (k: number) => Math.floor((k * loc) / len) + 1;
  const hi = (k: number) => Math.min(loc, Math.max(lo(k), Math.ceil(((k + 1) * loc) / len)));
  const clampLine = (line: number) => Math.min(Math.max(1, line), loc);
  const firstK = (line: number) => Math.floor(((clampLine(line) - 1) * len) / loc);
  const lastK = (line: number) => Math.max(firstK(line), Math.ceil((clampLine(line) * len) / loc) - 1);
  /** Adds `weight × (lines of [from, to] in the cell)` to `into` for each cell the span covers. */
  const add = (into: Float32Array, from: number, to: number, weight: number) => {
    for (let k = firstK(from), e = lastK(to); k <= e; k++) into[layout.order[start + k]] += weight * Math.max(1, Math.min(hi(k), to) - Math.max(lo(k), from) + 1);
  };
  const mark = (into: Float32Array, from: number, to: number) => {
    for (let k = firstK(from), e = lastK(to); k <= e; k++) into[layout.order[start + k]] = 1;
  };
  for (let i = 0; i < layout.files.length; i++) {
    const f = layout.files[i];
    const a = facts.analyses.get(f.path);
    if (!a) continue;
    const side: Side = f.locHead > 0 ? 'head' : 'base';
    loc = Math.max(1, side === 'head' ? f.locHead : f.locBase);
    start = layout.runStart[i];
    len = layout.runLen[i];
    add(cap, 1, loc, 1);
    for (const s of a.symbols) {
      if (s.kind !== 'class') add(cc, s.range.line, s.range.endLine, s.metrics.cc / (s.range.endLine - s.range.line + 1));
      if (s.public) mark(roi, s.range.line, s.range.endLine);
    }
    for (const t of a.types) if (t.public) mark(roi, t.range.line, t.range.endLine);
    const targets = targetsOf(f.path, a);
    a.imports.forEach((im, j) => {
      const e = targets.edges[j];
      add(edgeAll, im.line, im.line, 1);
      if (e) add(edgeOut, im.line, im.line, 1);
    });
    for (const t of targets.distinct) fanIn.set(t, (fanIn.get(t) ?? 0) + 1);
  }
  for (let i = 0; i < n; i++) {
    if (cap[i] > 0) cc[i] /= cap[i];
  }
  normalizeMax(cc);
  const edge = new Float32Array(n);
  for (let i = 0; i < n; i++) if (edgeAll[i] > 0) edge[i] = edgeOut[i] / edgeAll[i];
  // Per-file values spread over each file's run (max where files share a cell).
  const perFile = (value: (i: number) => number, into: Float32Array) => {
    layout.files.forEach((_, i) => {
      const v = value(i);
      if (!(v > 0)) return;
      for (let p = layout.runStart[i]; p < layout.runStart[i] + layout.runLen[i]; p++) {
        const cell = layout.order[p];
        if (into[cell] < v) into[cell] = v;
      }
    });
    normalizeMax(into);
  };
  perFile((i) => {
    const f = layout.files[i];
    return (facts.churn?.get(f.path) ?? 0) / Math.max(1, f.locHead || f.locBase);
  }, churnV);
  perFile((i) => fanIn.get(layout.files[i].path) ?? 0, fanV);
  const findings = findingsLayer(layout, findingsByCell(layout, facts.findings ?? []));
  return { delta, tokens: phi, heat: smoothed, cc, churn: churnV, fan_in: fanV, findings, edge, roi };
}

/** Ψ-smoothing: `(1−δ)·v + δ·mean(4-neighbours)` (spec §3.9); borders average what exists. */
export function smooth(v: Float32Array, rows: number, cols: number, d: number): Float32Array {
  const out = new Float32Array(v.length);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const i = r * cols + c;
      let s = 0;
      let k = 0;
      if (r > 0) (s += v[i - cols]), k++;
      if (r < rows - 1) (s += v[i + cols]), k++;
      if (c > 0) (s += v[i - 1]), k++;
      if (c < cols - 1) (s += v[i + 1]), k++;
      out[i] = Math.min(1, Math.max(0, (1 - d) * v[i] + (k ? (d * s) / k : d * v[i])));
    }
  }
  return out;
}

function normalizeMax(v: Float32Array): void {
  let m = 0;
  for (const x of v) if (x > m) m = x;
  if (m > 0) for (let i = 0; i < v.length; i++) v[i] /= m;
}

/**
 * Import resolution per analysis, cached while the set of paths stays the same (it is what
 * resolution depends on): after a keystroke only the edited file resolves its imports again.
 * `edges[j]`: import j leaves the importer's directory (unresolved = an external package, which
 * leaves too); `distinct`: resolved workspace targets, for fan-in.
 */
interface Targets { file: string; edges: boolean[]; distinct: string[] }
let importCache: { signature: string; byAnalysis: WeakMap<MosaicFileFacts, Targets> } | undefined;

function importTargets(layout: MosaicLayout): (path: string, a: MosaicFileFacts) => Targets {
  const signature = layout.files.map((f) => f.path).join('\0');
  if (!importCache || importCache.signature !== signature) importCache = { signature, byAnalysis: new WeakMap() };
  const cache = importCache.byAnalysis;
  const exists = (p: string) => layout.index.has(p);
  return (file, a) => {
    let t = cache.get(a);
    if (!t || t.file !== file) {
      const dir = path.posix.dirname(file);
      const distinct = new Set<string>();
      const edges = a.imports.map((im) => {
        const target = resolveImport(file, im.spec, exists);
        if (target) distinct.add(target);
        return !target || path.posix.dirname(target) !== dir;
      });
      t = { file, edges, distinct: [...distinct] };
      cache.set(a, t);
    }
    return t;
  };
}
