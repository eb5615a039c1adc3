// Held-out batch 25b (docs/accuracy-batch-25b.md): the defects its rounds found, on small cases with
// the neighbours that must keep their answers. Real parses (tree-sitter wasm).
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { initParsers } from '../../server/src/parsing/languages';
import { scoredTokens } from '../helpers/direct-delta';

before(async () => {
  await initParsers();
});

// lru-cache 733feec6: the deprecated `reset () { …; return this.clear() }` became the getter `get
// reset () { …; return this.clear }`. The method keeps its name and class; only how it is called
// changed — spec §3.3 MODIFY_SIG ("decorators only when they change the calling convention
// (`staticmethod`, `classmethod`, `property`)"; a TS getter is the `property` of JS): one breaking
// MODIFY_SIG, not DEL_FN + ADD_FN. The "get with get, set with set" amendment of §3.2 is about an
// accessor pair sharing a name; a plain method and an accessor pair by name when the other side
// holds no symbol of the name in that flavour.
const cacheBase = [
  'class LRUCache {',
  '  clear () {',
  '    this.size = 0',
  '  }',
  '  reset () {',
  "    deprecatedMethod('reset', 'Please use cache.clear() instead.')",
  '    return this.clear()',
  '  }',
  '}',
  'module.exports = LRUCache',
  '',
].join('\n');
const cacheHead = cacheBase.replace('  reset () {', '  get reset () {').replace('return this.clear()', 'return this.clear');

test('a method turned getter of the same name is one breaking MODIFY_SIG (lru-cache 733feec6)', () => {
  assert.deepEqual(scoredTokens({ 'index.js': cacheBase }, { 'index.js': cacheHead }), ['MODIFY_SIG/breaking index.js LRUCache.reset']);
});

test('a getter turned plain method of the same name is one breaking MODIFY_SIG (the reverse)', () => {
  assert.deepEqual(scoredTokens({ 'index.js': cacheHead }, { 'index.js': cacheBase }), ['MODIFY_SIG/breaking index.js LRUCache.reset']);
});

test('a TS method turned getter, its setter added beside it: the getter carries the method, the setter is new', () => {
  const b = ['export class Box {', '  value(): number {', '    return this._v * 2;', '  }', '}', ''].join('\n');
  const h = ['export class Box {', '  get value(): number {', '    return this._v * 2;', '  }', '  set value(v: number) {', '    this._v = v / 2;', '  }', '}', ''].join('\n');
  assert.deepEqual(scoredTokens({ 'src/box.ts': b }, { 'src/box.ts': h }), ['ADD_FN src/box.ts Box.value', 'MODIFY_SIG/breaking src/box.ts Box.value']);
});

test('neighbour: a getter and setter pair kept as they are pair get with get, set with set (no token)', () => {
  const b = ['class Box {', '  get value () { return this._v }', '  set value (v) { this._v = v }', '}', ''].join('\n');
  const h = ['class Box {', '  get value () { return this._v + 0 }', '  set value (v) { this._v = v }', '}', ''].join('\n');
  assert.deepEqual(scoredTokens({ 'box.js': b }, { 'box.js': h }), []);
});

test('neighbour: a plain method removed while the getter of its name stays in both versions — DEL_FN', () => {
  const b = ['class Box {', '  get value () { return this._v }', '  value () { return this._v }', '}', ''].join('\n');
  const h = ['class Box {', '  get value () { return this._v }', '}', ''].join('\n');
  assert.deepEqual(scoredTokens({ 'box.js': b }, { 'box.js': h }), ['DEL_FN box.js Box.value']);
});
