// engine/generated.ts formats the numbers of its reasons without ICU (issue 14, seventh pass: the
// first toLocaleString of a process costs ≈ 35 ms): the same text as `toLocaleString('en')`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { fmt } from '../../server/src/engine/generated';

test('fmt(n) = n.toLocaleString("en") for every non-negative safe integer, and for other numbers', () => {
  for (const n of [0, 1, 999, 1000, 1001, 12345, 999999, 1000000, 2000, 20480, Number.MAX_SAFE_INTEGER]) assert.equal(fmt(n), n.toLocaleString('en'), String(n));
  fc.assert(fc.property(fc.oneof(fc.nat(), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER })), (n) => fmt(n) === n.toLocaleString('en')), { numRuns: 2000 });
  fc.assert(fc.property(fc.double({ noNaN: true }), (x) => fmt(x) === x.toLocaleString('en')), { numRuns: 500 });
});
