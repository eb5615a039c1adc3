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

// waitress 822608bb: `class WSGIHTTPServer` renamed `WSGIServer` in server.py, and __init__.py's
// `def serve(app, _server=WSGIHTTPServer, **kw)` now reads `_server=WSGIServer` through the renamed
// import. The default names the same class under its new name: no MODIFY_SIG (spec §3.3 MODIFY_SIG
// "defaults"; docs/accuracy.md "MODIFY_SIG ignores spelling": a class renamed in the same change).
const serverBase = [
  'import asyncore',
  '',
  '',
  'class WSGIHTTPServer(asyncore.dispatcher, object):',
  '    def __init__(self, application, **kw):',
  '        self.application = application',
  '        self.adj = kw',
  '',
  '    def run(self):',
  '        asyncore.loop()',
  '',
].join('\n');
const initBase = [
  'from waitress.server import WSGIHTTPServer',
  '',
  '',
  'def serve(app, _server=WSGIHTTPServer, **kw):',
  '    server = _server(app, **kw)',
  '    server.run()',
  '',
].join('\n');
const rn = (t: string) => t.replace(/WSGIHTTPServer/g, 'WSGIServer');

test('a default naming a class renamed in the same change is the same default (waitress 822608bb)', () => {
  assert.deepEqual(
    scoredTokens({ 'waitress/server.py': serverBase, 'waitress/__init__.py': initBase }, { 'waitress/server.py': rn(serverBase), 'waitress/__init__.py': rn(initBase) }),
    ['RENAME_CLASS waitress/server.py WSGIServer'],
  );
});

test('a TS default `= Foo` → `= Bar` beside `class Foo` renamed `Bar` in the same file is no MODIFY_SIG', () => {
  const b = ['export class Foo {', '  run(): number {', '    return 1 + 2 + 3;', '  }', '}', '', 'export function make(k = Foo): unknown {', '  return new k();', '}', ''].join('\n');
  assert.deepEqual(scoredTokens({ 'src/make.ts': b }, { 'src/make.ts': b.replace(/Foo/g, 'Bar') }), ['RENAME_CLASS src/make.ts Bar']);
});

test('neighbour: a default switched to another class that both versions declare — a changed default (compatible)', () => {
  const b = [
    'class A(object):',
    '    def go(self):',
    '        return 1',
    '',
    '',
    'class B(object):',
    '    def go(self):',
    '        return 2',
    '',
    '',
    'def serve(app, _server=A):',
    '    return _server().go()',
    '',
  ].join('\n');
  assert.deepEqual(scoredTokens({ 'w/x.py': b }, { 'w/x.py': b.replace('_server=A', '_server=B') }), ['MODIFY_SIG/compatible w/x.py serve']);
});

test('neighbour: a string default spelling the renamed class\'s name is still a changed default', () => {
  const init = ["def serve(app, kind='WSGIHTTPServer', **kw):", '    return kind', ''].join('\n');
  assert.deepEqual(
    scoredTokens({ 'waitress/server.py': serverBase, 'waitress/__init__.py': init }, { 'waitress/server.py': rn(serverBase), 'waitress/__init__.py': rn(init) }),
    ['MODIFY_SIG/compatible waitress/__init__.py serve', 'RENAME_CLASS waitress/server.py WSGIServer'],
  );
});
