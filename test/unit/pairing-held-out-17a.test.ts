// Held-out batch 17a (docs/accuracy.md "Held-out batch 17a"): the two defects the batch found, on
// small cases with the neighbours that must keep their answer. Real parses (tree-sitter wasm).
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { initParsers } from '../../server/src/parsing/languages';
import { directDelta, uncoveredLines } from '../helpers/direct-delta';

before(async () => {
  await initParsers();
});

const SCORED = ['ADD_FN', 'DEL_FN', 'RENAME_FN', 'EXTRACT_FN', 'INLINE_FN', 'MOVE_SYMBOL', 'ADD_CLASS', 'DEL_CLASS', 'RENAME_CLASS', 'MODIFY_SIG'];

/** Scored symbol tokens as `KIND symbol` (MODIFY_SIG with its verdict), sorted. */
const scored = (b: Record<string, string>, h: Record<string, string | null>) =>
  directDelta(b, h)
    .tokens.filter((t) => SCORED.includes(t.kind))
    .map((t) => `${t.kind}${t.kind === 'MODIFY_SIG' ? (t.meta.compatible ? '/compatible' : '/breaking') : ''} ${t.symbol}`)
    .sort();

// knex 41606d79 (and commander 80b3587e): an ES5 constructor function with prototype methods
// turned into a class. The class pairs with the function by name and the methods by theirs; the
// class's `constructor` — the function's own code, still called `new C(…)` — was reported ADD_FN.
const es5 = [
  "const ColumnBuilder = require('./columnbuilder');",
  '',
  'function ColumnBuilder_Redshift() {',
  '  ColumnBuilder.apply(this, arguments);',
  '}',
  '',
  'ColumnBuilder_Redshift.prototype.primary = function () {',
  '  this.notNullable();',
  '  return ColumnBuilder.prototype.primary.apply(this, arguments);',
  '};',
  '',
  'ColumnBuilder_Redshift.prototype.index = function () {',
  "  this.client.logger.warn('Redshift does not support the creation of indexes.');",
  '  return this;',
  '};',
  '',
  'module.exports = ColumnBuilder_Redshift;',
  '',
].join('\n');
const asClass = (ctorParams: string) => [
  "const ColumnBuilder = require('./columnbuilder');",
  '',
  'class ColumnBuilder_Redshift extends ColumnBuilder {',
  `  constructor(${ctorParams}) {`,
  '    super(...arguments);',
  '  }',
  '',
  '  primary() {',
  '    this.notNullable();',
  '    return ColumnBuilder.prototype.primary.apply(this, arguments);',
  '  }',
  '',
  '  index() {',
  "    this.client.logger.warn('Redshift does not support the creation of indexes.');",
  '    return this;',
  '  }',
  '}',
  '',
  'module.exports = ColumnBuilder_Redshift;',
  '',
].join('\n');

test('a constructor function turned into a class: its constructor is the function, not an added method', () => {
  const b = { 'lib/rs.js': es5 };
  const h = { 'lib/rs.js': asClass('') };
  assert.deepEqual(scored(b, h), []);
  // Every changed line is still explained by some token (the constructor's by its pair).
  assert.deepEqual(uncoveredLines(b, h, directDelta(b, h)), []);
});

test('the constructor is compared with the function: a required parameter added is a breaking MODIFY_SIG', () => {
  const b = { 'lib/p.js': 'function Point(x) {\n  this.x = x;\n}\n\nmodule.exports = Point;\n' };
  const h = { 'lib/p.js': 'class Point {\n  constructor(x, y) {\n    this.x = x;\n    this.y = y;\n  }\n}\n\nmodule.exports = Point;\n' };
  assert.deepEqual(scored(b, h), ['MODIFY_SIG/breaking Point.constructor']);
});

test('the neighbours keep their answer: a class constructor added to an existing class, a class replacing nothing', () => {
  // A class that already was a class gains a constructor: an added method.
  const b1 = { 'a.js': 'class A {\n  run() {\n    return 1;\n  }\n}\n' };
  const h1 = { 'a.js': 'class A {\n  constructor(x) {\n    this.x = x;\n  }\n\n  run() {\n    return 1;\n  }\n}\n' };
  assert.deepEqual(scored(b1, h1), ['ADD_FN A.constructor']);
  // A new class next to an unrelated function: the class and its constructor are added.
  const b2 = { 'b.js': 'function helper() {\n  return 2;\n}\n' };
  const h2 = { 'b.js': 'function helper() {\n  return 2;\n}\n\nclass B {\n  constructor() {\n    this.y = helper();\n  }\n}\n' };
  assert.deepEqual(scored(b2, h2), ['ADD_CLASS B', 'ADD_FN B.constructor']);
});

// xstate 09d3b42d: a private method moved verbatim out of its class into utils.ts as a module
// function (callers went from `this.f(…)` to `f(…)`). The corpus convention and §3.3's "kind"
// make it a breaking MODIFY_SIG; Python shows it in `self`, a TS signature does not, so the
// engine gave MOVE_SYMBOL + RENAME_FN only.
const report = (indent: string) => [
  `${indent}if (originalError === currentError) {`,
  `${indent}  console.error(\`Missing onError handler for invocation '\${id}', error was '\${originalError}'.\`);`,
  `${indent}} else {`,
  `${indent}  console.error(\`Missing onError handler for invocation '\${id}'. Current error is '\${currentError}'.\`);`,
  `${indent}}`,
];

test('a method moved out of its class into a module function is a breaking MODIFY_SIG (calling convention)', () => {
  const b = {
    'src/interpreter.ts': [
      "import { toArray } from './utils';",
      '',
      'export class Interpreter {',
      '  public run(errorData: any, error: any, id: string) {',
      '    this.reportUnhandled(errorData, error, id);',
      '    return toArray(id);',
      '  }',
      '  private reportUnhandled(originalError: any, currentError: any, id: string) {',
      ...report('    '),
      '  }',
      '}',
      '',
    ].join('\n'),
    'src/utils.ts': 'export function toArray(x: any) {\n  return [x];\n}\n',
  };
  const h = {
    'src/interpreter.ts': [
      "import { toArray, reportUnhandled } from './utils';",
      '',
      'export class Interpreter {',
      '  public run(errorData: any, error: any, id: string) {',
      '    reportUnhandled(errorData, error, id);',
      '    return toArray(id);',
      '  }',
      '}',
      '',
    ].join('\n'),
    'src/utils.ts': [
      'export function toArray(x: any) {',
      '  return [x];',
      '}',
      '',
      'export function reportUnhandled(originalError: any, currentError: any, id: string) {',
      ...report('  '),
      '}',
      '',
    ].join('\n'),
  };
  assert.deepEqual(scored(b, h), ['MODIFY_SIG/breaking reportUnhandled', 'MOVE_SYMBOL reportUnhandled', 'RENAME_FN reportUnhandled']);
  const sig = directDelta(b, h).tokens.find((t) => t.kind === 'MODIFY_SIG');
  assert.deepEqual(sig?.meta.detail, ['kind']);
});

test('the reverse within one file: a module function that becomes a method is breaking too', () => {
  const body = ['  const parts = path.split("/");', '  const out = parts.filter((p) => p.length > 0);', '  return out.join("/");'];
  const b = { 'r.ts': ['export function normalize(path: string) {', ...body, '}', '', 'export class Router {', '  add(path: string) {', '    return normalize(path);', '  }', '}', ''].join('\n') };
  const h = { 'r.ts': ['export class Router {', '  add(path: string) {', '    return this.normalize(path);', '  }', '', '  normalize(path: string) {', ...body.map((l) => `  ${l}`), '  }', '}', ''].join('\n') };
  assert.deepEqual(scored(b, h), ['MODIFY_SIG/breaking Router.normalize', 'RENAME_FN Router.normalize']);
});

test('the neighbours keep their answer: function to function and method to method moves carry no MODIFY_SIG', () => {
  const fn = ['  const parts = path.split("/");', '  const out = parts.filter((p) => p.length > 0);', '  return out.join("/");'];
  // A module function moved to another file, still a module function.
  const b1 = { 'a.ts': ['export function normalize(path: string) {', ...fn, '}', ''].join('\n'), 'b.ts': 'export const x = 1;\n' };
  const h1 = { 'a.ts': "export { normalize } from './b';\n", 'b.ts': ['export const x = 1;', '', 'export function normalize(path: string) {', ...fn, '}', ''].join('\n') };
  assert.deepEqual(scored(b1, h1), ['MOVE_SYMBOL normalize']);
  // A method moved to another class of the same file, still a method.
  const m = fn.map((l) => `  ${l}`);
  const b2 = { 'c.ts': ['class A {', '  normalize(path: string) {', ...m, '  }', '}', '', 'class B {}', ''].join('\n') };
  const h2 = { 'c.ts': ['class A {}', '', 'class B {', '  normalize(path: string) {', ...m, '  }', '}', ''].join('\n') };
  assert.deepEqual(scored(b2, h2), ['RENAME_FN B.normalize']);
});
