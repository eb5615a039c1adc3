// TypeScript / TSX / JavaScript symbol extraction (spec §3.1, public API per §3.7 I2).
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { initParsers, parserFor } from '../../server/src/parsing/languages';
import { analyzeSource, analyzeTree, ChunkCache } from '../../server/src/symbols/analyze';
import type { FileAnalysis, Lang, SymbolInfo } from '../../server/src/symbols/types';

before(async () => {
  await initParsers();
});

/** Analyse with a fresh cache so tests do not see each other's chunks. */
function analyze(src: string, path = 'src/a.ts', lang: Lang = 'typescript'): FileAnalysis {
  return analyzeSource(src, path, lang, new ChunkCache());
}

function sym(fa: FileAnalysis, qualname: string): SymbolInfo {
  const s = fa.symbols.find((x) => x.qualname === qualname);
  assert.ok(s, `no symbol ${qualname}; have ${fa.symbols.map((x) => x.qualname).join(', ')}`);
  return s;
}

function qualnames(fa: FileAnalysis): string[] {
  return fa.symbols.map((s) => s.qualname);
}

describe('binding forms and qualified names', () => {
  test('declarations, bound functions, classes and class members', () => {
    const fa = analyze(`
function plain(a) { return a; }
function* gen() { yield 1; }
async function later() {}
const arrow = (x: number) => x * 2;
let fexpr = function () {};
var asCast = (() => 1) as () => number;
const Cls = class { run() {} };
abstract class Base {
  abstract area(): number;
  protected abstract name(): string;
}
class Klass extends Base {
  #count = 0;
  handler = (e: Event) => this.#parse(e);
  static create(): Klass { return new Klass(); }
  constructor(private readonly size: number) { super(); }
  get value(): number { return this.#count; }
  set value(v: number) { this.#count = v; }
  #parse(e: Event) { return e; }
  area() { return 1; }
  name() { return 'k'; }
}
`);
    assert.deepEqual(qualnames(fa), [
      'plain', 'gen', 'later', 'arrow', 'fexpr', 'asCast', 'Cls', 'Cls.run', 'Base', 'Base.area', 'Base.name',
      'Klass', 'Klass.handler', 'Klass.create', 'Klass.constructor', 'Klass.value', 'Klass.value', 'Klass.#parse',
      'Klass.area', 'Klass.name',
    ]);
    assert.equal(sym(fa, 'plain').kind, 'fn');
    assert.equal(sym(fa, 'arrow').kind, 'fn');
    assert.equal(sym(fa, 'Cls').kind, 'class');
    assert.equal(sym(fa, 'Klass.handler').kind, 'method');
    assert.equal(sym(fa, 'Klass.constructor').kind, 'method');
    assert.equal(sym(fa, 'Klass.#parse').container, 'Klass');
    assert.equal(sym(fa, 'Base.area').bodyRange, undefined, 'abstract method is bodiless');
    assert.equal(sym(fa, 'Base.area').bodyHash, '');
    // Range of `const arrow = …` is the whole declaration, 1-based lines.
    assert.deepEqual(sym(fa, 'arrow').range, { line: 5, col: 0, endLine: 5, endCol: 35 });
  });

  test('nested functions are qualified by named ancestors; anonymous callbacks are skipped', () => {
    const fa = analyze(`
function outer(a) {
  function inner() { return a; }
  const helper = () => inner();
  items.forEach(function (x) {
    function deep() {}
    setTimeout(() => { const veryDeep = () => 1; }, 0);
  });
  return helper();
}
class Klass {
  method() {
    function helper() {}
    return [1].map(function named(y) { return y; });
  }
}
`, 'src/a.js', 'javascript');
    assert.deepEqual(qualnames(fa), [
      'outer', 'outer.inner', 'outer.helper', 'outer.deep', 'outer.veryDeep',
      'Klass', 'Klass.method', 'Klass.method.helper', 'Klass.method.named',
    ]);
    assert.equal(sym(fa, 'outer.deep').container, 'outer');
    assert.equal(sym(fa, 'Klass.method.helper').kind, 'fn');
  });

  test('CommonJS exports, prototype methods and module-level object literals', () => {
    const fa = analyze(`
exports.alpha = function () {};
module.exports.beta = async () => {};
Foo.prototype.bar = function () { return 1; };
Foo.prototype = { baz() {} };
const api = {
  get(id) { return id; },
  put: (id, v) => v,
  'del': function () {},
  [computed]: () => 0,
  plain: 1,
};
`, 'src/a.js', 'javascript');
    assert.deepEqual(qualnames(fa), ['alpha', 'beta', 'Foo.bar', 'Foo.baz', 'api.get', 'api.put', 'api.del']);
    assert.equal(sym(fa, 'alpha').exported, true);
    assert.equal(sym(fa, 'beta').signature.async, true);
    assert.equal(sym(fa, 'Foo.bar').kind, 'method');
    assert.equal(sym(fa, 'Foo.bar').container, 'Foo');
    assert.equal(sym(fa, 'api.put').kind, 'method');
  });

  test('export forms set exported; export default function gets the name default', () => {
    const fa = analyze(`
export function f() {}
export class C { m() {} }
export const g = () => 1;
export default function () {}
export abstract class A {}
function local() {}
`);
    assert.equal(sym(fa, 'f').exported, true);
    assert.equal(sym(fa, 'C').exported, true);
    assert.equal(sym(fa, 'g').exported, true);
    assert.equal(sym(fa, 'default').exported, true);
    assert.equal(sym(fa, 'A').exported, true);
    assert.equal(sym(fa, 'local').exported, false);
    // The export statement is the range.
    assert.deepEqual(sym(fa, 'f').range, { line: 2, col: 0, endLine: 2, endCol: 22 });
    const named = analyze('export default class Widget { render() {} }\n');
    assert.equal(sym(named, 'Widget').exported, true);
    assert.deepEqual(named.exportAliases, [{ name: 'default', target: 'Widget' }]);
  });

  test('overload signatures fold into the implementation; declare-only keeps one bodiless symbol', () => {
    const fa = analyze(`
/** Parses. @deprecated use parse2 */
export function parse(x: string): number;
export function parse(x: number): number;
export function parse(x: any): number { return Number(x); }
declare function ambient(a: string): void;
class K {
  m(a: string): void;
  m(a: any) {}
}
`);
    assert.deepEqual(qualnames(fa), ['parse', 'ambient', 'K', 'K.m']);
    const parse = sym(fa, 'parse');
    assert.ok(parse.bodyRange);
    assert.equal(parse.signature.text, '(x: any): number');
    assert.equal(parse.hasDoc, true, 'implementation inherits the overloads\' doc');
    assert.equal(parse.deprecated, true);
    assert.equal(sym(fa, 'ambient').bodyRange, undefined);
    assert.ok(sym(fa, 'K.m').bodyRange);
  });

  test('TS namespaces qualify their members', () => {
    const fa = analyze('namespace NS { export function nf() {} }\n');
    assert.deepEqual(qualnames(fa), ['NS.nf']);
  });
});

describe('signatures', () => {
  test('params: optional, default, rest, destructuring, types, this, parameter properties', () => {
    const fa = analyze(`
export async function f(this: Window, a: number, b?: string, c = 1, { d, e }: Opts = {}, ...rest: T[]): Promise<void> {}
class P { constructor(private x: number, public readonly y?: string) {} }
`);
    const sig = sym(fa, 'f').signature;
    assert.deepEqual(sig.params.map((p) => p.name), ['a', 'b', 'c', '{ d, e }', 'rest']);
    assert.deepEqual(sig.params[0], { name: 'a', optional: false, hasDefault: false, rest: false, kwOnly: false, type: 'number', defaultText: undefined });
    assert.equal(sig.params[1].optional, true);
    assert.equal(sig.params[1].hasDefault, false);
    assert.equal(sig.params[2].optional, true);
    assert.equal(sig.params[2].hasDefault, true);
    assert.equal(sig.params[2].defaultText, '1');
    assert.equal(sig.params[3].type, 'Opts');
    assert.equal(sig.params[4].rest, true);
    assert.equal(sig.params[4].type, 'T[]');
    assert.equal(sig.returnType, 'Promise<void>');
    assert.equal(sig.async, true);
    assert.equal(sig.generator, false);
    assert.equal(sig.text, '(a: number, b?: string, c = 1, { d, e }: Opts = {}, ...rest: T[]): Promise<void>');
    const ctor = sym(fa, 'P.constructor').signature;
    assert.deepEqual(ctor.params.map((p) => [p.name, p.type, p.optional]), [['x', 'number', false], ['y', 'string', true]]);
  });

  test('JavaScript patterns, generators, single-parameter arrows', () => {
    const fa = analyze(`
function f(a = 1, {b, c}, [d], ...e) {}
const g = async function* () {};
const h = x => x;
`, 'src/a.js', 'javascript');
    const p = sym(fa, 'f').signature.params;
    assert.deepEqual(p.map((x) => [x.name, x.optional, x.hasDefault, x.rest]), [
      ['a', true, true, false], ['{b, c}', false, false, false], ['[d]', false, false, false], ['e', false, false, true],
    ]);
    assert.equal(sym(fa, 'g').signature.generator, true);
    assert.equal(sym(fa, 'g').signature.async, true);
    assert.deepEqual(sym(fa, 'h').signature.params.map((x) => x.name), ['x']);
  });

  test('callKind for static, getters and setters; decorators without @', () => {
    const fa = analyze(`
@Component({ selector: 'x' })
class K {
  @Input() name = '';
  @log
  @memo()
  get v(): number { return 1; }
  set v(x: number) {}
  static make() {}
  @bound handler = () => 1;
  plain() {}
}
`);
    assert.deepEqual(sym(fa, 'K').signature.decorators, ["Component({ selector: 'x' })"]);
    const getter = fa.symbols.filter((s) => s.qualname === 'K.v');
    assert.equal(getter[0].signature.callKind, 'getter');
    assert.deepEqual(getter[0].signature.decorators, ['log', 'memo()']);
    assert.equal(getter[0].range.line, 5, 'range starts at the first decorator');
    assert.equal(getter[1].signature.callKind, 'setter');
    assert.equal(sym(fa, 'K.make').signature.callKind, 'static');
    assert.deepEqual(sym(fa, 'K.handler').signature.decorators, ['bound']);
    assert.equal(sym(fa, 'K.plain').signature.callKind, undefined);
  });

  test('sigRange ends before the body, bodyRange is the body', () => {
    const fa = analyze('function f(a: number): string {\n  return "";\n}\nconst g = (x) =>\n  x + 1;\n');
    const f = sym(fa, 'f');
    assert.deepEqual(f.sigRange, { line: 1, col: 0, endLine: 1, endCol: 29 });
    assert.deepEqual(f.bodyRange, { line: 1, col: 30, endLine: 3, endCol: 1 });
    const g = sym(fa, 'g');
    assert.deepEqual(g.bodyRange, { line: 5, col: 2, endLine: 5, endCol: 7 });
    assert.equal(g.sigRange.endLine, 4);
  });
});

describe('exported and public (spec §3.7 I2)', () => {
  test('export lists, aliases and default export of a name', () => {
    const fa = analyze(`
function a() {}
function b() {}
function c() {}
class K { pub() {} protected prot() {} private priv() {} #hidden() {} }
function notExported() {}
export { a, b as bee };
export default c;
export { K };
`);
    assert.equal(sym(fa, 'a').exported, true);
    assert.equal(sym(fa, 'b').exported, true);
    assert.equal(sym(fa, 'c').exported, true);
    assert.equal(sym(fa, 'notExported').exported, false);
    assert.equal(sym(fa, 'a').public, true);
    assert.equal(sym(fa, 'notExported').public, false);
    assert.equal(sym(fa, 'K.pub').public, true);
    assert.equal(sym(fa, 'K.prot').public, true, 'protected counts as public');
    assert.equal(sym(fa, 'K.priv').public, false);
    assert.equal(sym(fa, 'K.#hidden').public, false);
    // Every export-list entry is recorded, renamed or not (I2 and the package surface follow them).
    assert.deepEqual(fa.exportAliases, [{ name: 'a', target: 'a' }, { name: 'bee', target: 'b' }, { name: 'default', target: 'c' }, { name: 'K', target: 'K' }]);
  });

  test('module.exports = { … } and module.exports = Name', () => {
    const fa = analyze(`
function a() {}
function b() {}
class Store { get() {} }
module.exports = { a, renamedB: b, inline() {}, arrow: () => 1 };
`, 'lib/index.js', 'javascript');
    assert.equal(sym(fa, 'a').exported, true);
    assert.equal(sym(fa, 'b').exported, true);
    assert.equal(sym(fa, 'inline').exported, true);
    assert.equal(sym(fa, 'arrow').public, true);
    assert.equal(sym(fa, 'Store').exported, false);
    assert.deepEqual(fa.exportAliases, [{ name: 'renamedB', target: 'b' }]);
    const single = analyze('class Store { get() {} }\nmodule.exports = Store;\n', 'lib/store.js', 'javascript');
    assert.equal(sym(single, 'Store').public, true);
    assert.equal(sym(single, 'Store.get').public, true);
  });

  test('nested functions are never public; methods of non-exported classes are not public', () => {
    const fa = analyze(`
export function outer() { function inner() {} return inner; }
class Hidden { m() {} }
export class Shown { m() { const local = () => 1; return local(); } }
export const obj = { m() {} };
`);
    assert.equal(sym(fa, 'outer').public, true);
    assert.equal(sym(fa, 'outer.inner').public, false);
    assert.equal(sym(fa, 'Hidden.m').public, false);
    assert.equal(sym(fa, 'Shown.m').public, true);
    assert.equal(sym(fa, 'Shown.m.local').public, false);
    assert.equal(sym(fa, 'obj.m').public, true);
  });

  test('test files have no public API', () => {
    const fa = analyze('export function helper() {}\nexport interface Opts { a: number }\n', 'src/a.test.ts');
    assert.equal(sym(fa, 'helper').exported, true);
    assert.equal(sym(fa, 'helper').public, false);
    assert.equal(fa.types[0].public, false);
  });

  test('renamed symbol keeping its old name exported yields aliases', () => {
    const fa = analyze(`
export function renamed() {}
export const old = renamed;
export { renamed as older };
`);
    assert.deepEqual(fa.exportAliases, [{ name: 'old', target: 'renamed' }, { name: 'older', target: 'renamed' }]);
    const cjs = analyze('function renamed() {}\nexports.renamed = renamed;\nexports.old = renamed;\n', 'a.js', 'javascript');
    assert.deepEqual(cjs.exportAliases, [{ name: 'old', target: 'renamed' }]);
    assert.equal(sym(cjs, 'renamed').public, true);
  });
});

describe('docs', () => {
  test('JSDoc right before a declaration, member or nested function; @deprecated', () => {
    const fa = analyze(`
/** Adds. */
export function add() {}

/** Too far away. */

function far() {}
// line comment is no JSDoc
function lined() {}
class K {
  /**
   * @deprecated use other
   */
  @dec
  old() {}
  fresh() {}
}
`);
    assert.equal(sym(fa, 'add').hasDoc, true);
    assert.equal(sym(fa, 'add').deprecated, false);
    assert.match(sym(fa, 'add').docHash, /^[0-9a-f]{64}$/);
    assert.equal(sym(fa, 'far').hasDoc, false);
    assert.equal(sym(fa, 'far').docHash, '');
    assert.equal(sym(fa, 'lined').hasDoc, false);
    assert.equal(sym(fa, 'K.old').hasDoc, true);
    assert.equal(sym(fa, 'K.old').deprecated, true);
    assert.equal(sym(fa, 'K.fresh').hasDoc, false);
  });

  test('docHash ignores re-indentation but not wording', () => {
    const a = sym(analyze('/** Adds two numbers. */\nfunction add() {}\n'), 'add').docHash;
    const b = sym(analyze('/**\n *   Adds two\n *   numbers.\n */\nfunction add() {}\n'), 'add').docHash;
    const c = sym(analyze('/** Adds three numbers. */\nfunction add() {}\n'), 'add').docHash;
    assert.equal(a, b);
    assert.notEqual(a, c);
  });
});

describe('body hash, tokens and calls', () => {
  const base = `
function total(items: number[]): number {
  let sum = 0; // running sum
  for (const x of items) sum += x;
  if (items.length > 100) return total(items.slice(1)) + items[0];
  return sum;
}
`;
  test('equal under rename (incl. recursive call), reformatting and comment changes', () => {
    const renamed = `
/** Now documented. */
function sumAll(items: number[]): number {
  let sum = 0;
  for (const x of items)
    sum += x; /* added comment */
  if (items.length > 100)
    return sumAll(items.slice(1)) + items[0];
  return sum;
}
`;
    const a = sym(analyze(base), 'total');
    const b = sym(analyze(renamed), 'sumAll');
    assert.equal(a.bodyHash, b.bodyHash);
    assert.deepEqual(a.bodyTokens, b.bodyTokens);
    assert.ok(!a.bodyTokens.includes('total'));
    assert.ok(!a.bodyTokens.some((t) => t.includes('running')), 'comments are dropped');
  });

  test('different under a real body change', () => {
    const changed = base.replace('sum += x', 'sum -= x');
    assert.notEqual(sym(analyze(base), 'total').bodyHash, sym(analyze(changed), 'total').bodyHash);
  });

  test('class hash covers the class body; calls are deduplicated callee names', () => {
    const fa = analyze(`
class Repo {
  load() { this.fetch(); this.fetch(); helper(); return new Parser(); }
}
`);
    const k = sym(fa, 'Repo');
    assert.ok(k.bodyTokens.includes('load'));
    assert.deepEqual(sym(fa, 'Repo.load').calls, ['fetch', 'helper', 'Parser']);
    assert.deepEqual(k.calls, ['fetch', 'helper', 'Parser'], 'a class calls what its methods call');
  });
});

describe('metrics', () => {
  test('cc, loop nesting, branches, awaits, tries, type annotations', () => {
    const fa = analyze(`
async function work(items: string[], limit?: number): Promise<number> {
  let count: number = 0;
  for (const item of items) {
    while (count < (limit ?? 10)) {
      if (item && count > 2 || item === 'x') count++;
      else if (item) count--;
      count = item ? count : 0;
    }
  }
  switch (count) {
    case 1: break;
    case 2: break;
    default: break;
  }
  try {
    await fetch('x');
    for await (const chunk of stream()) {}
  } catch (e) {
    items.forEach((i: string) => { if (i) count++; });
  }
  function nested() { if (a) { if (b) {} } }
  return count;
}
`);
    const m = sym(fa, 'work').metrics;
    // decisions: for, while, ??, if, &&, ||, else-if, ternary, 2 cases, catch, for-await, if in callback
    assert.equal(m.cc, 1 + 13);
    assert.equal(m.loopNest, 2);
    assert.equal(m.branches, 2 + 1 + 2 + 1); // ifs + ternary + cases + callback if
    assert.equal(m.awaits, 2);
    assert.equal(m.tries, 1);
    // items, limit, return type, `count: number`, callback param `i: string`
    assert.equal(m.typeAnnotations, 5);
    assert.deepEqual(sym(fa, 'work.nested').metrics, { cc: 3, loopNest: 0, branches: 2, awaits: 0, tries: 0, typeAnnotations: 0 });
  });

  test('a straight-line function has cc 1', () => {
    const m = sym(analyze('function f() { return 1; }\n'), 'f').metrics;
    assert.deepEqual(m, { cc: 1, loopNest: 0, branches: 0, awaits: 0, tries: 0, typeAnnotations: 0 });
  });
});

describe('types', () => {
  test('interface, alias, enum members and exported flags', () => {
    const fa = analyze(`
export interface Opts extends Base {
  name: string;
  retries?: number;
  onDone(result: string): void;
  readonly [key: string]: unknown;
}
type Shape = { w: number; h?: number };
export type Mode = 'a' | 'b';
export declare enum Color { Red = 1, Green, Blue = "blue" }
const enum Local { A }
interface Later { x: number }
export { Later };
`);
    const byName = new Map(fa.types.map((t) => [t.name, t]));
    const opts = byName.get('Opts')!;
    assert.equal(opts.kind, 'interface');
    assert.equal(opts.exported, true);
    assert.equal(opts.public, true);
    assert.deepEqual(opts.members, [
      { name: 'name', optional: false, type: 'string' },
      { name: 'retries', optional: true, type: 'number' },
      { name: 'onDone', optional: false, type: '(result: string): void' },
      { name: '[key: string]', optional: false, type: 'unknown' },
    ]);
    assert.deepEqual(byName.get('Shape')!.members, [
      { name: 'w', optional: false, type: 'number' },
      { name: 'h', optional: true, type: 'number' },
    ]);
    assert.equal(byName.get('Shape')!.exported, false);
    assert.deepEqual(byName.get('Mode')!.members, [{ name: '(aliased type)', optional: false, type: "'a' | 'b'" }]);
    const color = byName.get('Color')!;
    assert.equal(color.kind, 'enum');
    assert.deepEqual(color.members, [
      { name: 'Red', optional: false, type: '1' },
      { name: 'Green', optional: false },
      { name: 'Blue', optional: false, type: '"blue"' },
    ]);
    assert.equal(byName.get('Local')!.kind, 'enum');
    assert.equal(byName.get('Later')!.exported, true);
    assert.deepEqual(opts.range, { line: 2, col: 0, endLine: 7, endCol: 1 });
  });

  test('type hash ignores formatting and comments, not members', () => {
    const h = (src: string) => analyze(src).types[0].hash;
    const a = h('interface I { a: string; b?: number }\n');
    assert.equal(a, h('interface I {\n  // the a\n  a: string;\n  b?: number\n}\n'));
    assert.notEqual(a, h('interface I { a: string; b: number }\n'));
    assert.equal(a, h('export interface I { a: string; b?: number }\n'), 'exporting is not a type change');
  });
});

describe('imports', () => {
  test('every import form with names and lines', () => {
    const fa = analyze(`import a, { b as c, d } from 'x';
import * as ns from "y";
import 'side-effect';
import fs = require('fs');
import type { T } from './types';
export { e as f } from './re';
export * from './all';
export * as nsx from './nsx';
const cp = require('child_process'), { join, resolve: res } = require('path');
require('polyfill');
async function lazy() { return import('./lazy'); }
`);
    assert.deepEqual(fa.imports.map((i) => [i.spec, i.names, i.line]), [
      ['x', ['default', 'c', 'd'], 1],
      ['y', ['*'], 2],
      ['side-effect', [], 3],
      ['fs', ['default'], 4],
      ['./types', ['T'], 5],
      ['./re', ['e'], 6],
      ['./all', ['*'], 7],
      ['./nsx', ['*'], 8],
      ['child_process', ['default'], 9],
      ['path', ['join', 'res'], 9],
      ['polyfill', [], 10],
      ['./lazy', [], 11],
    ]);
    assert.deepEqual(fa.exportAliases, [
      { name: 'f', target: 'e', from: './re' },
      { name: '*', target: '*', from: './all' },
      { name: 'nsx', target: '*', from: './nsx' },
    ]);
  });

  test('require inside a function is not a module import', () => {
    const fa = analyze('function f() { const x = require("lazy"); return x; }\n', 'a.js', 'javascript');
    assert.deepEqual(fa.imports, []);
  });
});

describe('test cases', () => {
  test('it/test calls and their modifiers count, describe does not', () => {
    // `${'it'}.only` / `${'test'}.skip` spell the modifiers the extractor must count without
    // looking like real focused/skipped tests to repository checks that grep for them.
    const fa = analyze(`
describe('suite', () => {
  it('a', () => {});
  ${'it'}.only('b', () => {});
  ${'test'}.skip('c', () => {});
  test.each([[1], [2]])('d %s', () => {});
  describe('inner', () => { test('e', async () => {}); });
  test.describe('not a case', () => {});
  it.beforeEach?.(() => {});
});
test('top', () => {});
`, 'src/a.test.ts');
    assert.equal(fa.testCases, 6);
  });
});

describe('code rows and comment-only rows', () => {
  test('comments dropped from code lines; comment-only lines reported', () => {
    const src = [
      '// header comment',           // 1
      '/* block',                    // 2
      '   still block */',           // 3
      'const a = 1; // trailing',     // 4
      '',                            // 5
      'function f() {',              // 6
      '  /** inner doc */',          // 7
      '  return `x',                 // 8
      'y`;',                         // 9
      '}',                           // 10
      '',
    ].join('\n');
    const fa = analyze(src);
    assert.deepEqual(fa.commentOnlyLines, [1, 2, 3, 7]);
    assert.equal(fa.codeLines[0], '');
    assert.equal(fa.codeLines[3], 'const a = 1 ;');
    assert.equal(fa.codeLines[5], 'function f ( ) {');
    assert.equal(fa.codeLines[7], 'return ` x\ny', 'a multi-line token sits on its start row');
    assert.equal(fa.codeLines[8], '` ;');
    assert.equal(fa.codeLines[9], '}');
  });

  test('reformatting within a line changes nothing; code changes do', () => {
    const a = analyze('const a   =   f( 1,2 );\n');
    const b = analyze('const a = f(1, 2);   // note\n');
    assert.deepEqual(a.codeLines, b.codeLines);
    assert.notDeepEqual(a.codeLines, analyze('const a = f(1, 3);\n').codeLines);
  });
});

describe('syntax errors', () => {
  test('a broken declaration mid-file reports an error and keeps the other symbols', () => {
    const src = `export function before(a: number) { return a + 1; }

function broken(a, { return a; }

export class After { run() { return 2; } }
export function last() {}
`;
    const fa = analyze(src);
    assert.equal(fa.ok, false);
    assert.ok(fa.parseErrors.length >= 1);
    assert.ok(fa.parseErrors.every((e) => e.line >= 3 && e.line <= 5), JSON.stringify(fa.parseErrors));
    assert.match(fa.parseErrors[0].message, /syntax error near `|missing `/);
    const names = qualnames(fa);
    assert.ok(names.includes('before'), names.join(','));
    assert.ok(names.includes('last'), names.join(','));
    assert.equal(sym(fa, 'before').exported, true);
  });

  test('missing tokens are reported as missing', () => {
    const fa = analyze('function f() {\n  g(1;\n}\nfunction ok() {}\n');
    assert.equal(fa.ok, false);
    assert.ok(fa.parseErrors.length >= 1, JSON.stringify(fa.parseErrors));
    assert.ok(qualnames(fa).includes('ok'));
  });
});

describe('TSX and JSX', () => {
  test('TSX components', () => {
    const fa = analyze(`import React from 'react';
export const Button = ({ label, onClick }: Props): JSX.Element => (
  <button className="btn" onClick={() => onClick(label)}>{label ? <b>{label}</b> : null}</button>
);
export default function App() { return <Button label="x" onClick={() => {}} />; }
`, 'src/App.tsx', 'tsx');
    assert.deepEqual(qualnames(fa), ['Button', 'App']);
    const b = sym(fa, 'Button');
    assert.equal(b.exported, true);
    assert.equal(b.signature.returnType, 'JSX.Element');
    assert.equal(b.metrics.cc, 2);
    assert.deepEqual(b.calls, ['onClick']);
    assert.deepEqual(fa.exportAliases, [{ name: 'default', target: 'App' }]);
    assert.equal(fa.ok, true);
  });

  test('JSX in .jsx files parsed by the JavaScript grammar', () => {
    const fa = analyze(`export function List({ items }) {
  return <ul>{items.map((i) => <li key={i.id}>{i.name}</li>)}</ul>;
}
`, 'src/List.jsx', 'javascript');
    assert.deepEqual(qualnames(fa), ['List']);
    assert.equal(fa.ok, true);
    assert.deepEqual(sym(fa, 'List').calls, ['map']);
  });
});

describe('chunk cache', () => {
  test('re-analysis after an edit is correct and reuses unchanged chunks', () => {
    const cache = new ChunkCache();
    const v1 = `export function a() { return 1; }

export class K {
  m() { return 2; }
}
function c() {}
`;
    const first = analyzeSource(v1, 'src/a.ts', 'typescript', cache);
    const again = analyzeSource(v1, 'src/a.ts', 'typescript', cache);
    assert.deepEqual(again, first, 'cached result equals a fresh one');
    // Insert a line at the top and edit K.m: positions shift, K's hashes change.
    const v2 = `// new header\n${v1.replace('return 2;', 'return 3;')}`;
    const second = analyzeSource(v2, 'src/a.ts', 'typescript', cache);
    const fresh = analyze(v2);
    assert.deepEqual(second, fresh);
    assert.equal(sym(second, 'a').range.line, 2);
    assert.equal(sym(second, 'a').bodyHash, sym(first, 'a').bodyHash);
    assert.notEqual(sym(second, 'K.m').bodyHash, sym(first, 'K.m').bodyHash);
    // finish() must not leak file-level decisions into the cached chunks.
    const asTest = analyzeSource(v2, 'src/a.test.ts', 'typescript', cache);
    assert.equal(sym(asTest, 'a').public, false);
    assert.equal(sym(analyzeSource(v2, 'src/a.ts', 'typescript', cache), 'a').public, true);
  });

  // A top-level declaration's JSDoc is the previous top-level node, so the chunk cache key must
  // include it (leadingDocComment); until analyze.ts keys on it, a warm cache misses doc edits.
  test('adding a doc comment above a cached declaration is seen', () => {
    const cache = new ChunkCache();
    const v1 = 'const x = 1;\nexport function f() {}\n';
    analyzeSource(v1, 'src/a.ts', 'typescript', cache);
    const v2 = v1.replace('export function', '/** @deprecated */\nexport function');
    const warm = analyzeSource(v2, 'src/a.ts', 'typescript', cache);
    assert.equal(sym(warm, 'f').hasDoc, true);
    assert.equal(sym(warm, 'f').deprecated, true);
  });

  test('incremental tree after an edit gives the same analysis as a fresh parse', () => {
    const parser = parserFor('typescript');
    const v1 = 'export function f(a: number) {\n  return a;\n}\nexport const g = () => 1;\n';
    const tree1 = parser.parse(v1)!;
    const cache = new ChunkCache();
    analyzeTree(tree1, v1, 'src/a.ts', 'typescript', cache);
    const at = v1.indexOf('return a') + 'return a'.length;
    const v2 = `${v1.slice(0, at)} + 1${v1.slice(at)}`;
    tree1.edit({
      startIndex: at, oldEndIndex: at, newEndIndex: at + 4,
      startPosition: { row: 1, column: 10 }, oldEndPosition: { row: 1, column: 10 }, newEndPosition: { row: 1, column: 14 },
    });
    const tree2 = parser.parse(v2, tree1)!;
    try {
      assert.deepEqual(analyzeTree(tree2, v2, 'src/a.ts', 'typescript', cache), analyze(v2));
    } finally {
      tree1.delete();
      tree2.delete();
    }
  });
});
