// Held-out batch 24a (docs/accuracy.md "Held-out batch 24a"): the defects its rounds found, on small cases
// with the neighbours that must keep their answers. Real parses (tree-sitter wasm).
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { initParsers } from '../../server/src/parsing/languages';
import { scoredTokens } from '../helpers/direct-delta';

before(async () => {
  await initParsers();
});

// pinia 6baf6ff9: defineStore's type parameter list holds comments — a line comment before `G`
// and `G /* extends Record<string, Method> */` — and `G` gained the bound `GettersTree<S>`. The
// comment hid G from the list on both sides, so the changed bound (batch 13's rule) was never seen.
const storeBase = [
  'export function defineStore<',
  '  Id extends string,',
  '  S extends StateTree,',
  '  // the omission of the extends is necessary for type inference',
  '  G /* extends Record<string, Method> */,',
  '  A /* extends Record<string, Method> */',
  '>(options: DefineStoreOptions<Id, S, G, A>): StoreDefinition<Id, S, G, A> {',
  '  const { id, state } = options',
  '  return build(id, state)',
  '}',
  '',
].join('\n');

test('a changed type-parameter bound behind comments in the list is a breaking MODIFY_SIG (pinia 6baf6ff9)', () => {
  const head = storeBase.replace('  G /* extends Record<string, Method> */,', '  G extends GettersTree<S>,');
  assert.deepEqual(scoredTokens({ 'src/store.ts': storeBase }, { 'src/store.ts': head }), ['MODIFY_SIG/breaking src/store.ts defineStore']);
});

test('neighbour: only the comments of the list changed — no MODIFY_SIG', () => {
  const head = storeBase.replace('  // the omission of the extends is necessary for type inference\n', '').replace('G /* extends Record<string, Method> */', 'G /* no bound: inference */');
  assert.deepEqual(scoredTokens({ 'src/store.ts': storeBase }, { 'src/store.ts': head }), []);
});

test('neighbour: a `//` inside a string literal type of a bound is no comment', () => {
  const b = "export function get<U extends `http://${string}`>(url: U): U {\n  return fetchIt(url)\n}\n";
  const h = "export function get<U extends `https://${string}`>(url: U): U {\n  return fetchIt(url)\n}\n";
  assert.deepEqual(scoredTokens({ 'src/get.ts': b }, { 'src/get.ts': h }), ['MODIFY_SIG/breaking src/get.ts get']);
});

// cheerio 63e4616d: static.js's `render` gave its parse5 branch to the new parsers/parse5.js
// `exports.render`, and calls it through `var renderWithParse5 = require('./parsers/parse5').render`.
// The CommonJS `x = require(m).prop` binding was recorded as `default`, so the local name G calls F
// by was never read: "G now calls F" failed and the extract was an addition.
const renderBase = [
  "var select = require('css-select');",
  "var parse5 = require('parse5');",
  "var adapter = require('parse5-htmlparser2-tree-adapter');",
  '',
  'function render(that, dom, options) {',
  '  if (!dom) dom = select(that);',
  "  var nodes = 'length' in dom ? dom : [dom];",
  '  for (var index = 0; index < nodes.length; index += 1) {',
  "    if (nodes[index].type === 'root') {",
  '      nodes.splice.apply(nodes, [index, 1].concat(nodes[index].children));',
  '    }',
  '  }',
  '  return parse5.serialize({ children: nodes }, { treeAdapter: adapter });',
  '}',
  '',
  'exports.html = function (dom) {',
  '  return render(this, dom);',
  '};',
  '',
].join('\n');
const renderHead = [
  "var select = require('css-select');",
  "var renderWithParse5 = require('./parsers/parse5').render;",
  '',
  'function render(that, dom, options) {',
  '  if (!dom) dom = select(that);',
  '  return renderWithParse5(dom);',
  '}',
  '',
  'exports.html = function (dom) {',
  '  return render(this, dom);',
  '};',
  '',
].join('\n');
const parse5Head = [
  "var parse5 = require('parse5');",
  "var adapter = require('parse5-htmlparser2-tree-adapter');",
  '',
  'exports.render = function (dom) {',
  "  var nodes = 'length' in dom ? dom : [dom];",
  '  for (var index = 0; index < nodes.length; index += 1) {',
  "    if (nodes[index].type === 'root') {",
  '      nodes.splice.apply(nodes, [index, 1].concat(nodes[index].children));',
  '    }',
  '  }',
  '  return parse5.serialize({ children: nodes }, { treeAdapter: adapter });',
  '};',
  '',
].join('\n');

const astTokens = (ts: string[]) => ts.filter((t) => !t.startsWith('ΔIMPORT'));

test('an extract to another file called through `var x = require(m).f` is EXTRACT_FN (cheerio 63e4616d)', () => {
  assert.deepEqual(
    astTokens(scoredTokens({ 'lib/static.js': renderBase }, { 'lib/static.js': renderHead, 'lib/parsers/parse5.js': parse5Head })),
    ['EXTRACT_FN lib/parsers/parse5.js render'],
  );
});

test('neighbour: the binding takes another property of the module — G does not call F, an addition', () => {
  const head = renderHead.replace("require('./parsers/parse5').render", "require('./parsers/parse5').serialize");
  assert.deepEqual(
    astTokens(scoredTokens({ 'lib/static.js': renderBase }, { 'lib/static.js': head, 'lib/parsers/parse5.js': parse5Head })),
    ['ADD_FN lib/parsers/parse5.js render'],
  );
});

// cheerio 8cc9f7ba: the new parse.js declares `var parser = exports = module.exports = function(content)`
// — CommonJS's `exports = module.exports = …` idiom behind a declaration. The chain starts with the
// bare identifier `exports`, which no exports form read, so the module's function was no symbol.
const parserJs = [
  "var utils = require('./utils');",
  '',
  'var parser = exports = module.exports = function(content) {',
  '  var dom = evaluate(content);',
  '  return connect(dom, null);',
  '};',
  '',
].join('\n');

test('`var p = exports = module.exports = function` binds the module\'s anonymous default (cheerio 8cc9f7ba)', () => {
  assert.deepEqual(astTokens(scoredTokens({}, { 'src/parse.js': parserJs })), ['ADD_FN src/parse.js default']);
});

test('the statement form `exports = module.exports = function` binds it too', () => {
  const head = parserJs.replace('var parser = exports', 'exports');
  assert.deepEqual(astTokens(scoredTokens({}, { 'src/parse.js': head })), ['ADD_FN src/parse.js default']);
});

test('neighbour: a named function through the chain keeps its own name', () => {
  const head = parserJs.replace('module.exports = function(content)', 'module.exports = function parse(content)');
  assert.deepEqual(astTokens(scoredTokens({}, { 'src/parse.js': head })), ['ADD_FN src/parse.js parse']);
});

test('neighbour: `exports = module.exports = name` binds no function', () => {
  const head = "function parse(content) {\n  return content;\n}\n\nexports = module.exports = parse;\n";
  assert.deepEqual(astTokens(scoredTokens({}, { 'src/parse.js': head })), ['ADD_FN src/parse.js parse']);
});

// pinia 24bbce02: `getters: G = {}` (under a `// @ts-ignore`) became `getters: G = {} as G` — the
// same default value with a type assertion, which the runtime never sees; read as a changed
// default, it gave createStore and makeStore a compatible MODIFY_SIG each.
const gettersBase = [
  'export function makeStore<Id extends string, G>(',
  '  id: Id,',
  '  // @ts-ignore',
  '  getters: G = {}',
  ') {',
  '  return build(id, getters)',
  '}',
  '',
].join('\n');

test('a default wrapped in a type assertion (`{}` → `{} as G`) is the same default: no MODIFY_SIG (pinia 24bbce02)', () => {
  const head = 'export function makeStore<Id extends string, G>(id: Id, getters: G = {} as G) {\n  return build(id, getters)\n}\n';
  assert.deepEqual(scoredTokens({ 'src/index.ts': gettersBase }, { 'src/index.ts': head }), []);
  const angle = 'export function makeStore<Id extends string, G>(id: Id, getters: G = <G>{}) {\n  return build(id, getters)\n}\n';
  assert.deepEqual(scoredTokens({ 'src/index.ts': gettersBase }, { 'src/index.ts': angle }), []);
  const sat = 'export function makeStore<Id extends string, G>(id: Id, getters: G = {} satisfies object) {\n  return build(id, getters)\n}\n';
  assert.deepEqual(scoredTokens({ 'src/index.ts': gettersBase }, { 'src/index.ts': sat }), []);
});

test('neighbour: the asserted value itself changed — still a changed default', () => {
  const head = 'export function makeStore<Id extends string, G>(id: Id, getters: G = { a: 1 } as G) {\n  return build(id, getters)\n}\n';
  assert.deepEqual(scoredTokens({ 'src/index.ts': gettersBase }, { 'src/index.ts': head }), ['MODIFY_SIG/compatible src/index.ts makeStore']);
});

test("neighbour: ' as ' inside a string default is text, not an assertion", () => {
  const b = "export function say(msg = 'known as x') {\n  return msg\n}\n";
  const h = "export function say(msg = 'known') {\n  return msg\n}\n";
  assert.deepEqual(scoredTokens({ 'src/say.ts': b }, { 'src/say.ts': h }), ['MODIFY_SIG/compatible src/say.ts say']);
});

// cheerio 93cc9eb2: compiled CoffeeScript binds each export through a local first — `dom =
// exports.dom = function(domObject) {…}` inside the module's wrapper IIFE. The chain starts with
// a plain identifier, which no form read, so none of the file's functions was a symbol and the
// removed `dom` was silent.
const coffeeBase = [
  '(function() {',
  '  var after, dom, _;',
  "  _ = require('underscore');",
  '  after = exports.after = function() {',
  '    var elems = dom(arguments);',
  '    return this;',
  '  };',
  '  dom = exports.dom = function(domObject) {',
  '    var out = [];',
  '    _.each(domObject, function(d) { out.push(d); });',
  '    return out;',
  '  };',
  '}).call(this);',
  '',
].join('\n');

test('`x = exports.x = function` (a local chained into an exports form) binds x, also inside a wrapper IIFE (cheerio 93cc9eb2)', () => {
  const head = coffeeBase.replace(/  dom = exports\.dom = function\(domObject\) \{\n[\s\S]*?\n  \};\n/, '');
  assert.deepEqual(astTokens(scoredTokens({ 'lib/api/manipulation.js': coffeeBase }, { 'lib/api/manipulation.js': head })), ['DEL_FN lib/api/manipulation.js dom']);
});

test('neighbour: `x = other.x = function` (no exports form in the chain) stays no symbol', () => {
  const b = coffeeBase.replace('dom = exports.dom =', 'dom = helpers.dom =');
  const head = b.replace(/  dom = helpers\.dom = function\(domObject\) \{\n[\s\S]*?\n  \};\n/, '');
  assert.deepEqual(astTokens(scoredTokens({ 'lib/api/manipulation.js': b }, { 'lib/api/manipulation.js': head })), []);
});
