// The Mosaic's `findings` layer (spec §3.9 "findings (SAST risk)", §3.11 NF `mosaic_cell`): SAST
// findings placed on the grid with the same line → cell mapping as every other layer
// (layout.ts forLineCells / lineCell), so a finding lights the cells its line lights in the
// `delta` layer. A cell's value is the highest risk of the findings it holds on the absolute
// scale of the risk formula (risk / RISK_MAX, not normalized to this change's maximum: a cell
// of one LOW finding stays faint even when it is the only one). Suppressed and fixed findings
// are not on the grid (they neither block nor need looking at). Pure.
import { RISK_MAX } from '../sast/prioritize';
import type { NormalizedFinding, Severity } from '../sast/types';
import { cellId, forLineCells, lineCell, type MosaicLayout } from './layout';

/** What the layer needs of an NF record. */
export type MosaicFinding = Pick<NormalizedFinding, 'id' | 'rule_id' | 'severity' | 'risk_score' | 'queue' | 'location' | 'suppression' | 'state'>;

/** A cell's findings in words and numbers (Ψ of the cell, the panel's hover). */
export interface CellFindings {
  count: number;
  bySeverity: Partial<Record<Severity, number>>;
  /** Where a click on the cell goes: its riskiest finding. */
  first: { id: string; rule: string; severity: Severity; file: string; line: number; queue: NormalizedFinding['queue'] };
}

const onGrid = (f: MosaicFinding) => !f.suppression && f.state !== 'fixed';

/** Row-major cells → the (unsuppressed, not fixed) findings whose line covers the cell, riskiest first. */
export function findingsByCell(layout: MosaicLayout, findings: readonly MosaicFinding[]): Map<number, MosaicFinding[]> {
  const out = new Map<number, MosaicFinding[]>();
  for (const f of findings) {
    if (!onGrid(f)) continue;
    const fi = layout.index.get(f.location.file);
    if (fi === undefined || layout.files[fi].locHead <= 0) continue;
    forLineCells(layout, fi, 'head', f.location.line, (cell) => (out.get(cell) ?? out.set(cell, []).get(cell)!).push(f));
  }
  for (const list of out.values()) list.sort((a, b) => b.risk_score - a.risk_score || a.location.line - b.location.line);
  return out;
}

/** The layer: per cell, the highest risk of its findings over the formula's maximum, in [0,1]. */
export function findingsLayer(layout: MosaicLayout, byCell: ReadonlyMap<number, readonly MosaicFinding[]>): Float32Array {
  const v = new Float32Array(layout.rows * layout.cols);
  for (const [cell, list] of byCell) v[cell] = Math.min(1, Math.max(0, list[0].risk_score / RISK_MAX));
  return v;
}

/** Summary of a cell's findings (undefined when it holds none). */
export function cellFindings(list: readonly MosaicFinding[] | undefined): CellFindings | undefined {
  if (!list?.length) return undefined;
  const bySeverity: Partial<Record<Severity, number>> = {};
  for (const f of list) bySeverity[f.severity] = (bySeverity[f.severity] ?? 0) + 1;
  const f = list[0];
  return { count: list.length, bySeverity, first: { id: f.id, rule: f.rule_id, severity: f.severity, file: f.location.file, line: f.location.line, queue: f.queue } };
}

/**
 * The NF field `mosaic_cell`: the cell id of the finding's head line on this layout (the first
 * cell of the line, `lineCell`), null for a file the layout does not hold (ignored paths).
 */
export function mosaicCellOf(layout: MosaicLayout): (file: string, line: number) => string | undefined {
  return (file, line) => {
    const fi = layout.index.get(file);
    if (fi === undefined || layout.files[fi].locHead <= 0) return undefined;
    return cellId(layout.rows, layout.cols, lineCell(layout, fi, 'head', line));
  };
}
