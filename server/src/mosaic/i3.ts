// Gate I3 — Φ–Δ commutation (spec §3.7): on the mosaic grid (§3.9), over files with
// symbol-level support, the presence mask of Φ(Δ_AST) (cells holding semantic token lines)
// against the presence mask of Δ_MOZ (cells holding textually changed lines):
// E = 1 − IoU. PASS if E ≤ τ, REVIEW if E ≤ τ + 0.05, FAIL above; N/A when no supported file
// changed (docs-only). The result names the disagreeing cells and the files behind them —
// typically a file that no longer parses, whose hunks no semantic token explains.
// Shared interface: the gates consume evaluateI3(); keep the signature stable.
import type { ChangeSet } from '../delta/change-set';
import type { DeltaToken } from '../delta/token';
import { buildLayout, cellId, countLines, DEFAULT_COLS, DEFAULT_ROWS, forLineCells, type LayoutFile, type MosaicLayout, type Side } from './layout';
import { project, type PhiMode, type PhiWeight } from './phi';

export type { LayoutFile } from './layout';

export interface I3Result {
  gate: 'I3';
  status: 'PASS' | 'REVIEW' | 'FAIL' | 'N/A';
  E: number;
  tau: number;
  cells: { total: number; phi: number; delta: number; intersection: number; union: number };
  disagreeing: { cell: string; kind: 'phi-only' | 'delta-only' }[];
  files: { path: string; reason: string; lines?: number[] }[];
}

export const DEFAULT_TAU = 0.15;
/** REVIEW band above τ (spec §3.7). */
export const REVIEW_MARGIN = 0.05;
/** Caps so a huge change keeps the report readable; counts stay exact. */
const MAX_CELLS_LISTED = 200;
const MAX_LINES_LISTED = 50;

export interface I3Input {
  /** base ∪ head (all files, not only changed ones), in any order. */
  files: LayoutFile[];
  changeSet: ChangeSet;
  tokens: DeltaToken[];
  rows?: number;
  cols?: number;
  tau?: number;
  phi?: PhiMode;
  /** Per-token intensity for `phi: 'policy'` (analysis/policy.json); 1 when absent. */
  policy?: PhiWeight;
  /** A layout already built for the same files and grid (the mosaic map reuses its own). */
  layout?: MosaicLayout;
}

export function evaluateI3(input: I3Input): I3Result {
  const tau = input.tau ?? DEFAULT_TAU;
  const layout = input.layout ?? buildLayout(withChangedPaths(input.files, input.changeSet), input.rows ?? DEFAULT_ROWS, input.cols ?? DEFAULT_COLS);
  const { phi, delta, files } = project(layout, input.changeSet, input.tokens, { phi: input.phi ?? 'balanced', policy: input.policy, supportedOnly: true });
  const total = layout.rows * layout.cols;
  let nPhi = 0, nDelta = 0, inter = 0, union = 0;
  const disagreeing: I3Result['disagreeing'] = [];
  const phiOnly = new Set<number>();
  const deltaOnly = new Set<number>();
  for (let cell = 0; cell < total; cell++) {
    const p = phi[cell] > 0;
    const d = delta[cell] > 0;
    if (p) nPhi++;
    if (d) nDelta++;
    if (p && d) inter++;
    if (p || d) union++;
    if (p !== d) (p ? phiOnly : deltaOnly).add(cell);
  }
  // Curve order lists neighbouring disagreeing cells together.
  for (let pos = 0; pos < total && disagreeing.length < MAX_CELLS_LISTED; pos++) {
    const cell = layout.order[pos];
    if (phiOnly.has(cell)) disagreeing.push({ cell: cellId(layout.rows, layout.cols, cell), kind: 'phi-only' });
    else if (deltaOnly.has(cell)) disagreeing.push({ cell: cellId(layout.rows, layout.cols, cell), kind: 'delta-only' });
  }
  const cells = { total, phi: nPhi, delta: nDelta, intersection: inter, union };
  const changedSupported = files.some((f) => f.head.length || f.base.length);
  if (!changedSupported && nPhi === 0) {
    return { gate: 'I3', status: 'N/A', E: 0, tau, cells, disagreeing: [], files: [] };
  }
  const E = union === 0 ? 0 : round6(1 - inter / union);
  const status = E <= tau ? 'PASS' : E <= tau + REVIEW_MARGIN ? 'REVIEW' : 'FAIL';
  // Files behind delta-only cells: their changed lines there are unexplained.
  const named: I3Result['files'] = [];
  for (const f of files) {
    const inDeltaOnly = (file: number | undefined, side: Side) => (l: number) => {
      let hit = false;
      if (file !== undefined) forLineCells(layout, file, side, l, (cell) => (hit ||= deltaOnly.has(cell)));
      return hit;
    };
    const head = f.head.filter(inDeltaOnly(f.headFile, 'head'));
    const base = f.base.filter(inDeltaOnly(f.baseFile, 'base'));
    if (!head.length && !base.length) continue;
    const pathName = f.headPath ?? f.basePath ?? '';
    const what = `${head.length + base.length} changed line${head.length + base.length === 1 ? '' : 's'} not explained by semantic tokens`;
    const reason = f.parseError
      ? `does not parse (line ${f.parseError.line}:${f.parseError.col + 1}: ${f.parseError.message}); ${what}`
      : what;
    named.push({ path: pathName, reason, lines: (head.length ? head : base).slice(0, MAX_LINES_LISTED) });
  }
  // Files behind phi-only cells: token spans reaching past the textual change.
  for (const f of files) {
    const touches = (file: number | undefined) => {
      if (file === undefined) return false;
      for (let p = layout.runStart[file]; p < layout.runStart[file] + layout.runLen[file]; p++) if (phiOnly.has(layout.order[p])) return true;
      return false;
    };
    if ((touches(f.headFile) || touches(f.baseFile)) && !named.some((x) => x.path === (f.headPath ?? f.basePath))) {
      named.push({ path: f.headPath ?? f.basePath ?? '', reason: 'semantic token spans cover cells with no textual change' });
    }
  }
  return { gate: 'I3', status, E, tau, cells, disagreeing, files: named };
}

/** Paths of the change set missing from `files` get their LOC from the change's texts. */
function withChangedPaths(files: readonly LayoutFile[], cs: ChangeSet): readonly LayoutFile[] {
  let known = knownPaths.get(files);
  if (!known) {
    known = new Set(files.map((f) => f.path));
    if (Object.isFrozen(files)) knownPaths.set(files, known); // the same layout input while typing (engine/base-files.ts layoutOf)
  }
  const extra = new Map<string, LayoutFile>();
  for (const c of cs.changes) {
    for (const [v, side] of [[c.old, 'base'], [c.new, 'head']] as const) {
      if (!v || known.has(v.path)) continue;
      const e = extra.get(v.path) ?? { path: v.path, locBase: 0, locHead: 0 };
      if (side === 'base') e.locBase = countLines(v.text);
      else e.locHead = countLines(v.text);
      extra.set(v.path, e);
    }
  }
  // Unchanged input keeps its identity: a layout already in path order is not sorted again.
  return extra.size ? [...files, ...extra.values()] : files;
}

const knownPaths = new WeakMap<readonly LayoutFile[], Set<string>>();

function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
