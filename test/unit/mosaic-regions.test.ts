// File regions of the mosaic (mosaic/regions.ts, issue 10): every covered cell has exactly one
// owner among the files covering it, a file owns only cells of its own run, and the owners
// tile the grid in layout order; a file find returns its whole run.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { buildLayout } from '../../server/src/mosaic/layout';
import { cellsOfFile, findCells, regionsOf } from '../../server/src/mosaic/regions';

const filesArb = fc.uniqueArray(fc.record({ path: fc.stringMatching(/^[a-c]\/[a-z]{1,4}\.ts$/), locBase: fc.nat(3000), locHead: fc.nat(3000) }), { minLength: 1, maxLength: 60, selector: (f) => f.path });

test('regions: each covered cell is owned by a file whose run covers it; files listed in layout order', () => {
  fc.assert(
    fc.property(filesArb, fc.integer({ min: 4, max: 24 }), (files, side) => {
      const layout = buildLayout(files, side, side);
      const r = regionsOf(layout);
      const covered = new Set<number>();
      for (let f = 0; f < layout.files.length; f++) for (const c of cellsOfFile(layout, f)) covered.add(c);
      for (let i = 0; i < side * side; i++) {
        if (!covered.has(i)) assert.equal(r.cellFile[i], -1);
        else {
          const owner = layout.index.get(r.files[r.cellFile[i]])!;
          assert.ok(cellsOfFile(layout, owner).includes(i), 'owner covers the cell');
        }
      }
      const order = r.files.map((p) => layout.index.get(p)!);
      assert.deepEqual(order, [...order].sort((a, b) => a - b));
    }),
    { numRuns: 120, seed: 7 },
  );
});

test('findCells: a file path (exact, suffix, substring) gives every cell of the matching runs; no match is undefined', () => {
  const layout = buildLayout([{ path: 'src/a.ts', locBase: 100, locHead: 120 }, { path: 'src/b.ts', locBase: 10, locHead: 10 }, { path: 'lib/c.ts', locBase: 300, locHead: 0 }], 8, 8);
  const order = [...layout.index.keys()];
  const a = findCells(layout, new Map(), 'a.ts', order)!;
  assert.equal(a.label, 'file src/a.ts');
  assert.deepEqual(a.cells, [...new Set(cellsOfFile(layout, layout.index.get('src/a.ts')!))].sort((x, y) => x - y));
  assert.equal(findCells(layout, new Map(), 'src', order)!.label, '2 files matching "src"');
  assert.equal(findCells(layout, new Map(), 'zzz', order), undefined);
});
