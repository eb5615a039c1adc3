// The Mosaic's findings layer (mosaic/findings.ts, spec §3.9/§3.11): on random layouts and
// findings, a finding's `mosaic_cell` is a cell its line lights (the same line → cell map as
// the other layers), Ψ of a cell counts exactly the findings whose line covers it, the layer
// holds the highest risk of a cell's findings over RISK_MAX and is 0 elsewhere; suppressed and
// fixed findings are not on the grid. Also the webview's openCell message with the layer.
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import fc from 'fast-check';
import { cellFindings, findingsByCell, findingsLayer, mosaicCellOf, type MosaicFinding } from '../../server/src/mosaic/findings';
import { buildLayout, forLineCells, parseCellId } from '../../server/src/mosaic/layout';
import { parseMosaicWebviewMessage } from '../../server/src/protocol';
import { RISK_MAX } from '../../server/src/sast/prioritize';
import { SEVERITIES } from '../../server/src/sast/types';

const fileArb = fc.record({ locBase: fc.nat(400), locHead: fc.integer({ min: 1, max: 400 }) });

test('findings layer: cells, Ψ counts and values agree with the line → cell map', () => {
  fc.assert(
    fc.property(
      fc.array(fileArb, { minLength: 1, maxLength: 12 }),
      fc.integer({ min: 2, max: 24 }), fc.integer({ min: 2, max: 24 }),
      fc.array(fc.record({ file: fc.nat(11), line: fc.integer({ min: 1, max: 400 }), sev: fc.constantFrom(...SEVERITIES), risk: fc.double({ min: 0.5, max: RISK_MAX, noNaN: true }), hidden: fc.constantFrom('none', 'suppressed', 'fixed') }), { maxLength: 30 }),
      (files, rows, cols, raw) => {
        const layout = buildLayout(files.map((f, i) => ({ path: `src/f${String(i).padStart(2, '0')}.ts`, ...f })), rows, cols);
        const findings: MosaicFinding[] = raw.map((r, i) => {
          const f = files[r.file % files.length];
          const line = Math.min(r.line, f.locHead);
          return {
            id: `NF-${i}`, rule_id: `r${i}`, severity: r.sev, risk_score: r.risk, queue: 'review', state: r.hidden === 'fixed' ? 'fixed' : 'new',
            location: { file: `src/f${String(r.file % files.length).padStart(2, '0')}.ts`, line, col: 1, endLine: line },
            suppression: r.hidden === 'suppressed' ? { kind: 'inline', reason: 'test' } : null,
          };
        });
        const byCell = findingsByCell(layout, findings);
        const layer = findingsLayer(layout, byCell);
        const cellOf = mosaicCellOf(layout);
        const visible = findings.filter((f) => !f.suppression && f.state !== 'fixed');
        const expected = new Map<number, MosaicFinding[]>();
        for (const f of visible) {
          const lit: number[] = [];
          forLineCells(layout, layout.index.get(f.location.file)!, 'head', f.location.line, (c) => lit.push(c));
          const id = parseCellId(cellOf(f.location.file, f.location.line)!)!;
          assert.ok(lit.includes(id.r * cols + id.c), 'mosaic_cell is a cell the line lights');
          for (const c of lit) (expected.get(c) ?? expected.set(c, []).get(c)!).push(f);
        }
        for (let c = 0; c < rows * cols; c++) {
          const list = expected.get(c) ?? [];
          const summary = cellFindings(byCell.get(c));
          assert.equal(summary?.count ?? 0, list.length);
          const top = list.reduce((m, f) => Math.max(m, f.risk_score), 0);
          assert.ok(Math.abs(layer[c] - top / RISK_MAX) < 1e-6, `cell ${c}: ${layer[c]} vs ${top / RISK_MAX}`);
          if (summary) {
            for (const s of SEVERITIES) assert.equal(summary.bySeverity[s] ?? 0, list.filter((f) => f.severity === s).length);
            assert.equal(byCell.get(c)![0].risk_score, top, 'the click target is the riskiest');
          }
        }
      },
    ),
    { numRuns: 150 },
  );
});

test('openCell from the webview: the findings layer passes, another layer name is dropped', () => {
  assert.deepEqual(parseMosaicWebviewMessage({ type: 'openCell', id: 'MOZ::64x64@r01c02', layer: 'findings' }), { type: 'openCell', id: 'MOZ::64x64@r01c02', layer: 'findings' });
  assert.equal(parseMosaicWebviewMessage({ type: 'openCell', id: 'MOZ::64x64@r01c02', layer: 'evil' }), undefined);
  assert.deepEqual(parseMosaicWebviewMessage({ type: 'cell', id: 'MOZ::64x64@r01c02', layer: 'findings' }), { type: 'cell', id: 'MOZ::64x64@r01c02' });
});
