import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { diffLines, type Hunk } from '../../server/src/util/line-diff';

/** Apply hunks to `a`; must give `b`. */
function apply(a: string[], b: string[], hunks: Hunk[]): string[] {
  const out: string[] = [];
  let ai = 0;
  for (const h of hunks) {
    const oldIdx = h.oldLines === 0 ? h.oldStart : h.oldStart - 1;
    const newIdx = h.newLines === 0 ? h.newStart : h.newStart - 1;
    while (ai < oldIdx) out.push(a[ai++]);
    ai += h.oldLines;
    for (let k = 0; k < h.newLines; k++) out.push(b[newIdx + k]);
  }
  while (ai < a.length) out.push(a[ai++]);
  return out;
}

test('identical inputs give no hunks', () => {
  assert.deepEqual(diffLines(['a', 'b'], ['a', 'b']), []);
});

test('git -U0 conventions for pure insertions and deletions', () => {
  assert.deepEqual(diffLines(['a', 'c'], ['a', 'b', 'c']), [{ oldStart: 1, oldLines: 0, newStart: 2, newLines: 1 }]);
  assert.deepEqual(diffLines(['a', 'b', 'c'], ['a', 'c']), [{ oldStart: 2, oldLines: 1, newStart: 1, newLines: 0 }]);
  assert.deepEqual(diffLines(['a', 'b', 'c'], ['a', 'x', 'c']), [{ oldStart: 2, oldLines: 1, newStart: 2, newLines: 1 }]);
});

test('hunks applied to the old lines reproduce the new lines (property)', () => {
  const line = fc.constantFrom('a', 'b', 'c', 'd', '', '}');
  fc.assert(
    fc.property(fc.array(line, { maxLength: 40 }), fc.array(line, { maxLength: 40 }), (a, b) => {
      const hunks = diffLines(a, b);
      assert.deepEqual(apply(a, b, hunks), b);
      // minimal-ish: total changed lines never exceed replacing everything
      const changed = hunks.reduce((s, h) => s + h.oldLines + h.newLines, 0);
      assert.ok(changed <= a.length + b.length);
    }),
    { numRuns: 500 },
  );
});
