// Held-out batch 23b (docs/accuracy.md "Held-out batch 23b"): the defects its rounds found, on
// small cases with the neighbours that must keep their answers. Real parses (tree-sitter wasm).
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { initParsers } from '../../server/src/parsing/languages';
import { scoredTokens } from '../helpers/direct-delta';

before(async () => {
  await initParsers();
});

// ajv d1ff86ef: `_resolve`'s recursive branch became the module function `resolveRecursive`, which
// `_resolve` runs as `resolveRecursive.call(this, root, refVal, p)`. The extractor recorded the
// member name `call` only, so §3.3's "G now calls F" failed: ADD_FN instead of EXTRACT_FN.
const resolveBase = [
  "var url = require('url');",
  '',
  'function _resolve(root, ref) {',
  '  var p = url.parse(ref), refPath = _getFullPath(p), baseId = getFullPath(this._getId(root.schema));',
  '  if (refPath !== baseId) {',
  '    var id = normalizeId(refPath);',
  '    var refVal = this._refs[id];',
  "    if (typeof refVal == 'string') {",
  '      var res = _resolve.call(this, root, refVal);',
  '      if (res) {',
  '        var schema = res.schema;',
  '        baseId = res.baseId;',
  '        root = res.root;',
  '        if (schema.id) baseId = resolveUrl(baseId, schema.id);',
  '        return getJsonPointer.call(this, p, baseId, schema, root);',
  '      }',
  '    }',
  '  }',
  '  return getJsonPointer.call(this, p, baseId, root.schema, root);',
  '}',
  '',
].join('\n');
const resolveHead = (invoke: string) => [
  "var url = require('url');",
  '',
  'function _resolve(root, ref) {',
  '  var p = url.parse(ref), refPath = _getFullPath(p), baseId = getFullPath(this._getId(root.schema));',
  '  if (refPath !== baseId) {',
  '    var id = normalizeId(refPath);',
  '    var refVal = this._refs[id];',
  "    if (typeof refVal == 'string') {",
  `      return ${invoke};`,
  '    }',
  '  }',
  '  return getJsonPointer.call(this, p, baseId, root.schema, root);',
  '}',
  '',
  'function resolveRecursive(root, ref, parsedRef) {',
  '  var res = _resolve.call(this, root, ref);',
  '  if (res) {',
  '    var schema = res.schema;',
  '    var baseId = res.baseId;',
  '    root = res.root;',
  '    if (schema.id) baseId = resolveUrl(baseId, schema.id);',
  '    return getJsonPointer.call(this, parsedRef, baseId, schema, root);',
  '  }',
  '}',
  '',
].join('\n');

test('F.call(this, …) is a call of F: an extract (ajv d1ff86ef)', () => {
  assert.deepEqual(
    scoredTokens({ 'lib/resolve.js': resolveBase }, { 'lib/resolve.js': resolveHead('resolveRecursive.call(this, root, refVal, p)') }),
    ['EXTRACT_FN lib/resolve.js resolveRecursive'],
  );
});

test('F.apply(this, args) is a call of F too', () => {
  assert.deepEqual(
    scoredTokens({ 'lib/resolve.js': resolveBase }, { 'lib/resolve.js': resolveHead('resolveRecursive.apply(this, [root, refVal, p])') }),
    ['EXTRACT_FN lib/resolve.js resolveRecursive'],
  );
});

test('neighbour: F.bind(this) runs nothing, and x.call(…) of another object is no call of F', () => {
  assert.deepEqual(
    scoredTokens({ 'lib/resolve.js': resolveBase }, { 'lib/resolve.js': resolveHead('resolveRecursive.bind(this)(root, refVal, p)') }),
    ['ADD_FN lib/resolve.js resolveRecursive'],
  );
  assert.deepEqual(
    scoredTokens({ 'lib/resolve.js': resolveBase }, { 'lib/resolve.js': resolveHead('this.resolver.call(this, root, refVal, p)') }),
    ['ADD_FN lib/resolve.js resolveRecursive'],
  );
});

// The same for a closure: a function nested in G is extracted from G only when G's own code calls
// it by its bare name (batch 17b); `retry.call(this, …)` is such a call.
const loadBase = [
  'function load(schema, callback) {',
  '  var self = this;',
  '  try {',
  '    return self.compile(schema);',
  '  } catch (e) {',
  '    if (e.missingSchema) {',
  '      var ref = e.missingSchema;',
  '      self._loading[ref] = self._opts.loadSchema(ref);',
  '      self._loading[ref].then(function (sch) { self.addSchema(sch, ref); delete self._loading[ref]; });',
  '      return callback(null, self._loading[ref]);',
  '    }',
  '    throw e;',
  '  }',
  '}',
  '',
].join('\n');
const loadHead = [
  'function load(schema, callback) {',
  '  var self = this;',
  '  try {',
  '    return self.compile(schema);',
  '  } catch (e) {',
  '    if (e.missingSchema) return loadMissing.call(self, e);',
  '    throw e;',
  '  }',
  '',
  '  function loadMissing(e) {',
  '    var ref = e.missingSchema;',
  '    self._loading[ref] = self._opts.loadSchema(ref);',
  '    self._loading[ref].then(function (sch) { self.addSchema(sch, ref); delete self._loading[ref]; });',
  '    return callback(null, self._loading[ref]);',
  '  }',
  '}',
  '',
].join('\n');

test('a closure run by its container as F.call(…) is extracted from it', () => {
  assert.deepEqual(scoredTokens({ 'lib/load.js': loadBase }, { 'lib/load.js': loadHead }), ['EXTRACT_FN lib/load.js load.loadMissing']);
});

test('neighbour: a closure its container only binds (F.bind(self)) is added, not extracted', () => {
  const head = loadHead.replace('return loadMissing.call(self, e);', 'return callback.apply(null, [loadMissing.bind(self)]);');
  assert.deepEqual(scoredTokens({ 'lib/load.js': loadBase }, { 'lib/load.js': head }), ['ADD_FN lib/load.js load.loadMissing']);
});
