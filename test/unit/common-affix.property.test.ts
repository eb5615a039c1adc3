// util/common-affix.ts compares blocks before characters: the lengths must be those of the plain
// character-by-character loops it replaced (tree-cache.ts, sast-features.ts minimalEdit), on texts
// long enough to span blocks, with differences at block edges.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { commonPrefix, commonSuffix } from '../../server/src/util/common-affix';

function naive(a: string, b: string): [number, number] {
  let p = 0;
  const max = Math.min(a.length, b.length);
  while (p < max && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  let s = 0;
  while (s < max - p && a.charCodeAt(a.length - 1 - s) === b.charCodeAt(b.length - 1 - s)) s++;
  return [p, s];
}

test('common prefix and suffix equal the character-by-character loops', () => {
  const piece = fc.constantFrom('a', 'b', '\n', 'é', 'x'.repeat(255), 'y'.repeat(4096), 'ab'.repeat(700));
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 12 }), fc.array(piece, { maxLength: 3 }), fc.array(piece, { maxLength: 3 }), fc.array(piece, { maxLength: 12 }), (pre, mid1, mid2, suf) => {
      const a = [...pre, ...mid1, ...suf].join('');
      const b = [...pre, ...mid2, ...suf].join('');
      const p = commonPrefix(a, b);
      assert.deepEqual([p, commonSuffix(a, b, p)], naive(a, b));
    }),
    { numRuns: 300 },
  );
});
