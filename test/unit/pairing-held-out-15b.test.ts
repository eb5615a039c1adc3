// Held-out batch 15b (docs/accuracy.md "Held-out batch 15b"): the defects the batch found, on small
// cases with the neighbours that must keep their answer. Real parses (tree-sitter wasm).
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { initParsers } from '../../server/src/parsing/languages';
import { directDelta } from '../helpers/direct-delta';

before(async () => {
  await initParsers();
});

/** MODIFY_SIG tokens as `symbol compatible|breaking`, sorted. */
const sigs = (r: ReturnType<typeof directDelta>) =>
  r.tokens.filter((t) => t.kind === 'MODIFY_SIG').map((t) => `${t.symbol} ${t.meta.compatible ? 'compatible' : 'breaking'}`).sort();
const one = (file: string, b: string, h: string) => sigs(directDelta({ [file]: b }, { [file]: h }));

/** Structural tokens as `KIND symbol`, sorted. */
const structure = (r: ReturnType<typeof directDelta>) =>
  r.tokens.filter((t) => ['ADD_FN', 'DEL_FN', 'RENAME_FN', 'EXTRACT_FN', 'INLINE_FN', 'MOVE_SYMBOL'].includes(t.kind)).map((t) => `${t.kind} ${t.symbol}`).sort();

// typeorm a1c6bb00: `orUpdate(statement?: {…})` → `orUpdate(statementOrOverwrite?: {…} | string[],
// conflictTarget?: …)`. A positional parameter renamed was recognised only when the parameter
// count stayed the same; with one appended, the rename read as "statement removed": breaking.
test('a TS parameter renamed in place while another is appended is a rename, not a removal', () => {
  const b = 'export class Q {\n  orUpdate(statement?: { columns?: string[] }): this {\n    this.map = statement;\n    return this;\n  }\n}\n';
  const h = 'export class Q {\n  orUpdate(statementOrOverwrite?: { columns?: string[] } | string[], conflictTarget?: string | string[]): this {\n    this.map = statementOrOverwrite;\n    this.target = conflictTarget;\n    return this;\n  }\n}\n';
  assert.deepEqual(one('q.ts', b, h), ['Q.orUpdate compatible']);
  const f = 'export function load(path: string): Buffer {\n  return read(path);\n}\n';
  assert.deepEqual(one('l.ts', f, 'export function load(file: string, encoding?: string): Buffer {\n  return read(file, encoding);\n}\n'), ['load compatible']);
  // The renamed parameter's type is read with the spelling rules too (alignTypes): a class
  // renamed in the same change is the same type.
  const cb = 'export class Loader {\n  run(): void {\n    go(1);\n  }\n}\nexport function load(loader: Loader): void {\n  loader.run();\n}\n';
  const ch = 'export class Runner {\n  run(): void {\n    go(1);\n  }\n}\nexport function load(runner: Runner, eager?: boolean): void {\n  runner.run();\n}\n';
  assert.deepEqual(one('k.ts', cb, ch), ['load compatible']);
});

test('the neighbours of an in-place rename keep their verdict', () => {
  const f = 'export function load(path: string): Buffer {\n  return read(path);\n}\n';
  // Renamed with its type changed: the type decides.
  assert.deepEqual(one('l.ts', f, 'export function load(file: number, encoding?: string): Buffer {\n  return read(file, encoding);\n}\n'), ['load breaking']);
  // One renamed, the other dropped.
  const two = 'export function copy(src: string, dest: string): void {\n  cp(src, dest);\n}\n';
  assert.deepEqual(one('c.ts', two, 'export function copy(from: string): void {\n  cp(from, from);\n}\n'), ['copy breaking']);
  // JavaScript: the appended parameter has no default, so it is required.
  assert.deepEqual(one('j.js', 'function load(path) {\n  return read(path);\n}\n', 'function load(file, encoding) {\n  return read(file, encoding);\n}\n'), ['load breaking']);
  // Python: callers may pass the renamed parameter by keyword.
  assert.deepEqual(one('p.py', 'def load(path):\n    return read(path)\n', 'def load(file, encoding=None):\n    return read(file, encoding)\n'), ['load breaking']);
});

// lodash a542f8ab / d110b64e, in small: `runInContext` holds the whole library as nested functions.
const library = (extra: string) => [
  'function runInContext(context) {',
  '  var root = context.root, idCounter = 0;',
  extra,
  '  function uniqueId(prefix) {',
  '    var id = ++idCounter;',
  '    return toString(prefix) + id;',
  '  }',
  '  function delay(func, wait, id) {',
  '    return context.setTimeout.call(root, func, wait, id);',
  '  }',
  '  function findIndex(array, predicate, fromIndex) {',
  '    var index = fromIndex - 1;',
  '    while (++index < array.length) {',
  '      if (predicate(array[index], index, array)) return index;',
  '    }',
  '    return -1;',
  '  }',
  '  lodash.uniqueId = uniqueId;',
  '  lodash.delay = delay;',
  '  return lodash;',
  '}',
  '',
].join('\n');

// a542f8ab: the nested `clearTimeout` was called only by functions nested in `debounce`; the change
// removed it and every call of it. Its short body's tokens stand somewhere in the large enclosing
// function's head, so it read as inlined into `runInContext`, which never called it itself.
test('a nested function called only by other nested functions, deleted with its calls, is deleted', () => {
  const debounce = (withClear: boolean) => [
    '  function debounce(func, wait) {',
    '    var timerId;',
    '    function cancel() {',
    withClear ? '      if (timerId !== undefined) {\n        clearTimeout(timerId);\n      }' : '',
    '      timerId = undefined;',
    '    }',
    '    function debounced() {',
    withClear ? '      clearTimeout(timerId);' : '',
    '      timerId = delay(func, wait);',
    '    }',
    '    debounced.cancel = cancel;',
    '    return debounced;',
    '  }',
  ].filter(Boolean).join('\n');
  const b = library(`  var clearTimeout = function(id) { return context.clearTimeout.call(root, id); };\n${debounce(true)}`);
  const h = library(debounce(false));
  assert.deepEqual(structure(directDelta({ 'lodash.js': b }, { 'lodash.js': h })), ['DEL_FN runInContext.clearTimeout']);
});

// d110b64e: `find` became `var find = createFind(findIndex)`. In the base nothing called `find`
// but a LazyWrapper method's `this.reverse().find(predicate)` — a member call of the same name,
// which `calls` records by name — so `find` read as inlined into `runInContext`.
test('a same-named member call is no call of a nested function', () => {
  const lazy = '  function LazyWrapper(value) {\n    this.__wrapped__ = value;\n  }\n  LazyWrapper.prototype.findLast = function(predicate) {\n    return this.reverse().find(predicate);\n  };';
  const find = '  function find(collection, predicate, fromIndex) {\n    collection = isArrayLike(collection) ? collection : values(collection);\n    var index = findIndex(collection, predicate, fromIndex);\n    return index > -1 ? collection[index] : undefined;\n  }\n  lodash.find = find;';
  const createFind = [
    '  function createFind(findIndexFunc) {',
    '    return function(collection, predicate, fromIndex) {',
    '      var iterable = Object(collection);',
    '      collection = isArrayLike(collection) ? collection : values(collection);',
    '      var index = findIndexFunc(collection, predicate, fromIndex);',
    '      return index > -1 ? iterable[index] : undefined;',
    '    };',
    '  }',
    '  var find = createFind(findIndex);',
    '  lodash.find = find;',
  ].join('\n');
  const r = structure(directDelta({ 'lodash.js': library(`${lazy}\n${find}`) }, { 'lodash.js': library(`${lazy}\n${createFind}`) }));
  assert.ok(!r.includes('INLINE_FN runInContext.find'), r.join(', '));
  assert.ok(r.includes('DEL_FN runInContext.find'), r.join(', '));
});

// Neighbours: the settled inline of a nested function "there" (express 75054e17: `done`, called by
// the nested `middleware`, now stands in its successor) and one called by the enclosing function's
// own code keep their INLINE_FN.
test('a nested function inlined into its nested caller, or into the enclosing code that called it, is still inlined', () => {
  const b = [
    'function dispatch(req, res, next) {',
    '  var route = req.route, i = 0;',
    '  function middleware(err) {',
    '    var fn = route.middleware[i++];',
    '    if (err) {',
    '      next(err);',
    '    } else if (fn) {',
    '      fn(req, res, middleware);',
    '    } else {',
    '      done();',
    '    }',
    '  }',
    '  function done() {',
    '    var fn = route.callback;',
    '    try {',
    '      fn(req, res, function(err) { next(err); });',
    '    } catch (err) {',
    '      next(err);',
    '    }',
    '  }',
    '  middleware();',
    '}',
    '',
  ].join('\n');
  const h = [
    'function dispatch(req, res, next) {',
    '  var route = req.route, i = 0;',
    '  function middleware(err) {',
    '    var fn = route.middleware[i++];',
    '    if (err) {',
    '      next(err);',
    '    } else if (fn) {',
    '      fn(req, res, middleware);',
    '    } else {',
    '      fn = route.callback;',
    '      try {',
    '        fn(req, res, function(err) { next(err); });',
    '      } catch (err) {',
    '        next(err);',
    '      }',
    '    }',
    '  }',
    '  middleware();',
    '}',
    '',
  ].join('\n');
  assert.deepEqual(structure(directDelta({ 'router.js': b }, { 'router.js': h })), ['INLINE_FN dispatch.done']);
  const own = b.replace('      done();\n', '      next();\n').replace('  middleware();\n}', '  if (!route.middleware.length) done();\n  middleware();\n}');
  const ownHead = own.replace(/  function done\(\) \{[\s\S]*?\n  \}\n(?=  if)/, '').replace('  if (!route.middleware.length) done();\n', '  if (!route.middleware.length) {\n    var fn = route.callback;\n    try {\n      fn(req, res, function(err) { next(err); });\n    } catch (err) {\n      next(err);\n    }\n  }\n');
  assert.deepEqual(structure(directDelta({ 'router.js': own }, { 'router.js': ownHead })), ['INLINE_FN dispatch.done']);
});
