// I2 looks up each public symbol's successor through one index per file pair
// (delta/pairing.ts sameNameSuccessors, issue 14 eleventh pass): it must answer exactly what the
// one-symbol scan sameNameSuccessor answers — same qualname, kind and accessor flavour, the k-th
// for the k-th, the first for a symbol not in the base list — over lists with duplicates,
// getters and setters of one name, and symbols of several kinds.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { sameNameSuccessor, sameNameSuccessors } from '../../server/src/delta/pairing';
import type { SymbolInfo } from '../../server/src/symbols/types';

const symbolArb = fc.record({
  qualname: fc.constantFrom('A', 'A.run', 'A.size', 'B.run', 'f'),
  kind: fc.constantFrom('fn', 'method', 'class'),
  callKind: fc.constantFrom(undefined, 'getter', 'setter', 'static'),
}).map(({ qualname, kind, callKind }) => ({ qualname, kind, signature: { params: [], callKind } }) as unknown as SymbolInfo);

test('sameNameSuccessors answers as sameNameSuccessor for every base symbol and for strangers', () => {
  fc.assert(fc.property(fc.array(symbolArb, { maxLength: 25 }), fc.array(symbolArb, { maxLength: 25 }), fc.array(symbolArb, { maxLength: 4 }), (olds, news, strangers) => {
    const lookup = sameNameSuccessors(olds, news);
    for (const s of [...olds, ...strangers]) assert.equal(lookup(s), sameNameSuccessor(s, olds, news));
  }), { numRuns: 500 });
});
