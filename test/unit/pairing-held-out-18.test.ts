// Held-out batch 18 (docs/accuracy.md "Held-out batch 18"): the defect the batch found, on small
// cases with the neighbours that must keep their answer. Real parses (tree-sitter wasm).
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { initParsers } from '../../server/src/parsing/languages';
import { scoredTokens as scored } from '../helpers/direct-delta';
import { analyzeSource } from '../../server/src/symbols/analyze';

before(async () => {
  await initParsers();
});

// chai 3f0983a3: `exports.expect = function (val, message) {…}` moved to its own file as the
// anonymous `module.exports = function (val, message) {…}` (the module's `default`), and chai.js
// now binds `exports.expect = require('./interface/expect')`. The body changed one reference
// (`exports.Assertion` → the required `Assertion`): Jaccard 0.846, under §3.2's 0.85, so only
// §3.2's import evidence ("A now imports that name from B", Jaccard ≥ 0.5) can pair the two.
// The extractor recorded the import under the bound name `expect`, not the name B declares
// (`default`: `require(m)` is m's module.exports), and the engine said DEL_FN + ADD_FN.
const chaiBase = [
  'var exports = module.exports = {};',
  '',
  "exports.version = '0.0.2';",
  '',
  'exports.expect = function (val, message) {',
  '  return new exports.Assertion(val, message);',
  '};',
  '',
  "exports.assert = require('./interface/assert');",
  "exports.Assertion = require('./assertion');",
  '',
].join('\n');
const chaiHead = [
  'var exports = module.exports = {};',
  '',
  "exports.version = '0.0.2';",
  '',
  "exports.expect = require('./interface/expect');",
  "exports.assert = require('./interface/assert');",
  "exports.Assertion = require('./assertion');",
  '',
].join('\n');
const expectFile = [
  "var Assertion = require('../assertion');",
  '',
  'module.exports = function (val, message) {',
  '  return new Assertion(val, message);',
  '};',
  '',
].join('\n');

test('a function moved to its own file as module.exports and required back by exports.x is a move (CommonJS)', () => {
  assert.deepEqual(scored({ 'lib/chai.js': chaiBase }, { 'lib/chai.js': chaiHead, 'lib/interface/expect.js': expectFile }), [
    'MOVE_SYMBOL lib/interface/expect.js default',
    'RENAME_FN lib/interface/expect.js default',
  ]);
});

test('the same move required back by a plain const binding is a move too', () => {
  // `const expect = require('./interface/expect')` already recorded the module's `default`.
  const head = chaiHead.replace("exports.expect = require('./interface/expect');", "const expect = require('./interface/expect');\nexports.expect = expect;");
  assert.deepEqual(scored({ 'lib/chai.js': chaiBase }, { 'lib/chai.js': head, 'lib/interface/expect.js': expectFile }), [
    'MOVE_SYMBOL lib/interface/expect.js default',
    'RENAME_FN lib/interface/expect.js default',
  ]);
});

// `exports.x = require('m').y` takes m's `y`, not its module.exports: evidence for a function `y`
// that moved to m, and none for m's anonymous default.
const namedFile = [
  "var Assertion = require('../assertion');",
  '',
  'exports.make = function (val, message) {',
  '  return new Assertion(val, message);',
  '};',
  '',
].join('\n');

test('exports.x = require(m).y imports m\'s y: a move to a function named y', () => {
  const head = chaiHead.replace("require('./interface/expect')", "require('./interface/expect').make");
  assert.deepEqual(scored({ 'lib/chai.js': chaiBase }, { 'lib/chai.js': head, 'lib/interface/expect.js': namedFile }), [
    'MOVE_SYMBOL lib/interface/expect.js make',
    'RENAME_FN lib/interface/expect.js make',
  ]);
});

test('a required module that does not hold the removed code is no evidence', () => {
  // chai.js requires expect.js, whose default is unrelated code: a deletion and an addition.
  const other = [
    'module.exports = function (obj, name) {',
    "  if (typeof obj[name] !== 'function') throw new TypeError(name + ' is not a function');",
    '  return obj[name].bind(obj);',
    '};',
    '',
  ].join('\n');
  assert.deepEqual(scored({ 'lib/chai.js': chaiBase }, { 'lib/chai.js': chaiHead, 'lib/interface/expect.js': other }), [
    'ADD_FN lib/interface/expect.js default',
    'DEL_FN lib/chai.js expect',
  ]);
});

test('the extractor records the module\'s own name a CommonJS require takes', () => {
  const a = analyzeSource("exports.expect = require('./e');\nconst make = require('./m').make;\nconst x = require('./x');\nexports.d = require('depd')('y');\n", 'a.js', 'javascript');
  assert.deepEqual(a.imports.map((i) => [i.spec, i.names, i.imported]), [
    ['./e', ['expect'], ['default']],
    ['./m', ['default'], ['make']],
    ['./x', ['default'], undefined],
    ['depd', ['d'], []],
  ]);
});
