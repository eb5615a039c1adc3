// util/own-memo.ts: a memo kept on the object it describes must be invisible to everything that
// copies or compares analyses and versions — spreads (position shifts), JSON (the analysis cache),
// structured clones (worker threads), deepStrictEqual (the tests' oracles) — and a frozen object
// simply keeps none.
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { ownMemo, setOwnMemo } from '../../server/src/util/own-memo';

const KEY = Symbol('memo');

test('a memo is found again and replaced in place', () => {
  const o = { path: 'a.ts', text: 'x\n' };
  assert.equal(ownMemo(o, KEY), undefined);
  const lines = ['x', ''];
  assert.equal(setOwnMemo(o, KEY, lines), lines);
  assert.equal(ownMemo(o, KEY), lines);
  const other = ['y'];
  setOwnMemo(o, KEY, other);
  assert.equal(ownMemo(o, KEY), other);
});

test('a memo is not copied by spreads, JSON or structured clones, and deepStrictEqual ignores it', () => {
  const o = { path: 'a.ts', text: 'x\n', symbols: [{ name: 'f' }] };
  const before = JSON.stringify(o);
  setOwnMemo(o, KEY, { big: 'value' });
  assert.equal(JSON.stringify(o), before);
  assert.deepStrictEqual(o, { path: 'a.ts', text: 'x\n', symbols: [{ name: 'f' }] });
  assert.equal(ownMemo({ ...o }, KEY), undefined);
  assert.equal(ownMemo(structuredClone(o), KEY), undefined);
  assert.deepEqual(Object.keys(o), ['path', 'text', 'symbols']);
  assert.deepEqual(Object.getOwnPropertySymbols({ ...o }), []);
});

test('a frozen object keeps no memo, and the value is still returned', () => {
  const o = Object.freeze({ path: 'a.ts' });
  const v = ['computed'];
  assert.equal(setOwnMemo(o, KEY, v), v);
  assert.equal(ownMemo(o, KEY), undefined);
});
