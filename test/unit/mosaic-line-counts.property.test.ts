// Issue 14 (I3 on every keystroke): the cells' line counts are added inline (addLineCounts) and a
// token's changed lines inside a long range are found from the changed set (phi.ts tokenLines).
// Both must give exactly what the per-line walk gives.
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import fc from 'fast-check';
import { addLineCounts, buildLayout, forLineCells, type LayoutFile } from '../../server/src/mosaic/layout';
import { tokenLines } from '../../server/src/mosaic/phi';
import type { DeltaToken } from '../../server/src/delta/token';

const fileArb = fc.uniqueArray(
  fc.record({ path: fc.stringMatching(/^[a-c]{1,3}(\/[a-c]{1,3}){0,2}\.(ts|py)$/), locBase: fc.nat(900), locHead: fc.nat(900) }),
  { minLength: 1, maxLength: 40, selector: (f) => f.path },
);

test('addLineCounts: the lines each cell holds, as forLineCells line by line', () => {
  fc.assert(fc.property(fileArb, fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 40 }), (files: LayoutFile[], rows, cols) => {
    const l = buildLayout(files, rows, cols);
    for (const side of ['base', 'head'] as const) {
      const want = new Float32Array(rows * cols);
      const got = new Float32Array(rows * cols);
      l.files.forEach((f, i) => {
        const loc = side === 'base' ? f.locBase : f.locHead;
        for (let line = 1; line <= loc; line++) forLineCells(l, i, side, line, (c) => want[c]++);
        addLineCounts(l, i, side, got);
      });
      assert.deepEqual([...got], [...want]);
    }
  }), { numRuns: 150 });
});

test('tokenLines: the changed lines inside a token\'s range, ascending, whichever side is walked', () => {
  const lines = fc.uniqueArray(fc.integer({ min: 1, max: 300 }), { maxLength: 60 });
  const kinds = fc.constantFrom('MODIFY_BODY', 'MODIFY_SIG', 'ADD_FN', 'DEL_FN', 'RENAME_FN');
  fc.assert(fc.property(kinds, fc.nat(300), fc.nat(300), lines, lines, fc.boolean(), (kind, a, b, head, base, bodyChanged) => {
    const [from, to] = [Math.min(a, b) + 1, Math.max(a, b) + 1];
    const t = { kind, file: 'a.ts', range: { line: from, col: 0, endLine: to, endCol: 0 }, meta: { baseRange: { line: from, col: 0, endLine: to + 3, endCol: 0 }, bodyChanged } } as unknown as DeltaToken;
    const hs = new Set(head);
    const bs = new Set(base);
    const ref = (lo: number, hi: number, keep?: Set<number>) => {
      const out: number[] = [];
      for (let l = lo; l <= hi; l++) if (!keep || keep.has(l)) out.push(l);
      return out;
    };
    const got = tokenLines(t, hs, bs);
    let want: { head: number[]; base: number[] };
    if (kind.startsWith('ADD')) want = { head: ref(from, to), base: [] };
    else if (kind.startsWith('DEL')) want = { head: [], base: ref(from, to + 3) };
    else {
      want = { head: ref(from, to, hs), base: ref(from, to + 3, bs) };
      if (kind === 'MODIFY_SIG' && !bodyChanged && !want.head.length && !want.base.length) want.head = ref(from, to);
    }
    assert.deepEqual(got, want);
  }), { numRuns: 1000 });
});
