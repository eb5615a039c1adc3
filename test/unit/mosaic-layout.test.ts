// Mosaic layout (spec §3.9): the gilbert curve, file runs, Φ line → cell and Ψ cell → lines.
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import fc from 'fast-check';
import { gilbertOrder, isAdjacentPath } from '../../server/src/mosaic/gilbert';
import { buildLayout, cellFiles, cellId, cellLines, comparePaths, forLineCells, lineCell, parseCellId, type LayoutFile } from '../../server/src/mosaic/layout';

function checkCurve(rows: number, cols: number): void {
  const o = gilbertOrder(rows, cols);
  assert.equal(o.length, rows * cols);
  const seen = new Uint8Array(rows * cols);
  for (const c of o) seen[c]++;
  assert.ok(seen.every((s) => s === 1), `${rows}x${cols}: every cell exactly once`);
  assert.ok(isAdjacentPath(o, cols), `${rows}x${cols}: 4-adjacent steps`);
}

test('gilbert curve: every cell once, 4-adjacent steps, square and non-square grids up to 48×48', () => {
  for (let r = 1; r <= 48; r++) for (let c = 1; c <= 48; c++) checkCurve(r, c);
});

test('gilbert curve: the usual grids and elongated ones', () => {
  for (const [r, c] of [[64, 64], [256, 256], [100, 37], [37, 100], [1, 500], [500, 1], [2, 255], [255, 2], [63, 64], [64, 63]]) checkCurve(r, c);
});

test('gilbert curve: property over random sizes', () => {
  fc.assert(fc.property(fc.integer({ min: 1, max: 160 }), fc.integer({ min: 1, max: 160 }), (r, c) => checkCurve(r, c)), { numRuns: 60 });
});

test('path order keeps each directory contiguous (depth-first)', () => {
  const paths = ['a/b.txt', 'a/b/c.ts', 'a/b/d/e.ts', 'a.ts', 'a/c.ts', 'b.py'];
  const sorted = [...paths].sort(comparePaths);
  assert.deepEqual(sorted, ['a/b/c.ts', 'a/b/d/e.ts', 'a/b.txt', 'a/c.ts', 'a.ts', 'b.py']);
});

const fileArb = fc.uniqueArray(
  fc.record({ path: fc.stringMatching(/^[a-c]{1,3}(\/[a-c]{1,3}){0,2}\.(ts|py|md)$/), locBase: fc.nat(400), locHead: fc.nat(400) }),
  { minLength: 1, maxLength: 60, selector: (f) => f.path },
);

test('layout: runs are contiguous, ordered, cover the curve, at least one cell each; same for base and head', () => {
  fc.assert(
    fc.property(fileArb, fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 40 }), (files: LayoutFile[], rows, cols) => {
      const l = buildLayout(files, rows, cols);
      const shuffled = buildLayout([...files].reverse(), rows, cols);
      assert.deepEqual([...l.runStart], [...shuffled.runStart], 'input order does not matter');
      assert.deepEqual([...l.runLen], [...shuffled.runLen]);
      assert.equal(l.runStart[0], 0);
      const last = l.files.length - 1;
      assert.equal(l.runStart[last] + l.runLen[last], rows * cols, 'the last run ends at the last cell');
      for (let i = 0; i < l.files.length; i++) {
        assert.ok(l.runLen[i] >= 1);
        if (i > 0) assert.ok(l.runStart[i] >= l.runStart[i - 1] + l.runLen[i - 1] - 1, 'runs overlap at most in one shared cell');
      }
    }),
    { numRuns: 150 },
  );
});

test('layout: every line of every version maps to a cell whose Ψ range contains it', () => {
  fc.assert(
    fc.property(fileArb, fc.integer({ min: 1, max: 32 }), fc.integer({ min: 1, max: 32 }), (files: LayoutFile[], rows, cols) => {
      const l = buildLayout(files, rows, cols);
      const psi = cellFiles(l);
      l.files.forEach((f, i) => {
        for (const side of ['base', 'head'] as const) {
          const loc = side === 'base' ? f.locBase : f.locHead;
          for (let line = 1; line <= loc; line++) {
            const cell = lineCell(l, i, side, line);
            assert.ok(psi[cell].includes(i), `Ψ(${cell}) holds ${f.path}`);
            const range = cellLines(l, i, side, cell);
            assert.ok(range && range[0] <= line && line <= range[1], `${f.path}:${line} (${side}) within Ψ range ${range}`);
            forLineCells(l, i, side, line, (c) => {
              const rg = cellLines(l, i, side, c);
              assert.ok(psi[c].includes(i) && rg && rg[0] <= line && line <= rg[1], `every cell of ${f.path}:${line} holds it`);
            });
          }
        }
      });
    }),
    { numRuns: 80 },
  );
});

test('layout: a line of a small file covers its whole share of the run; the shares tile the run', () => {
  const l = buildLayout([{ path: 'a.ts', locBase: 0, locHead: 3 }], 3, 4);
  const cells: number[][] = [1, 2, 3].map((line) => {
    const out: number[] = [];
    forLineCells(l, 0, 'head', line, (c) => out.push(l.posOf[c]));
    return out;
  });
  assert.deepEqual(cells, [[0, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11]]);
});

test('layout: runs proportional to max(LOC_base, LOC_head)', () => {
  const l = buildLayout([{ path: 'a.ts', locBase: 300, locHead: 100 }, { path: 'b.ts', locBase: 0, locHead: 100 }], 4, 4);
  assert.deepEqual([...l.runLen], [12, 4]);
  // a line at the middle of each version lands in the middle of the run
  assert.equal(l.posOf[lineCell(l, 0, 'base', 151)], 6);
  assert.equal(l.posOf[lineCell(l, 0, 'head', 51)], 6);
});

test('cell ids: MOZ::<rows>x<cols>@r<RR>c<CC> round-trip', () => {
  assert.equal(cellId(64, 64, 64 * 5 + 12), 'MOZ::64x64@r05c12');
  assert.equal(cellId(256, 256, 256 * 200 + 3), 'MOZ::256x256@r200c003');
  assert.deepEqual(parseCellId('MOZ::64x64@r05c12'), { rows: 64, cols: 64, r: 5, c: 12 });
  assert.equal(parseCellId('MOZ::64x64@r64c00'), undefined);
  assert.equal(parseCellId('nope'), undefined);
});
