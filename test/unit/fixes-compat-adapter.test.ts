// The I2 repair planner (fixes/compat-adapter.ts, spec §6 + §3.7 I2): for every repairable I2
// FAIL — a renamed public function/method, a broken signature — it writes a deprecated
// forwarding adapter; the test applies it, re-runs the real analysis + I2 on the fixed text
// (the FAIL must be gone) and compiles the result (TypeScript compiler API / py_compile).
// Compatible changes get no plan; removals and unmappable parameters are declined with a reason.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { Policy } from '../../server/src/config/policy';
import { computeDelta } from '../../server/src/engine/delta-engine';
import { applyInsertions, planI2Fix, type AdapterPlan, type I2Fix } from '../../server/src/fixes/compat-adapter';
import { evaluateI2, type I2Port, type I2Result } from '../../server/src/gates/i2-contracts';
import { initParsers } from '../../server/src/parsing/languages';
import { pyCompileError, tsErrors } from '../helpers/compile-check';
import { changeSetOf } from '../helpers/direct-delta';

before(async () => {
  await initParsers();
});

function i2(before: Record<string, string>, after: Record<string, string>): { r: I2Result; fixes: Map<string, I2Fix | undefined> } {
  const cs = changeSetOf(before, after);
  const policy = new Policy();
  const r = evaluateI2(cs, computeDelta(cs, policy).tokens, policy);
  const fixes = new Map<string, I2Fix | undefined>();
  for (const port of r.ports) {
    const headFile = port.successor?.file ?? port.location.file;
    const base = cs.changes.find((c) => c.old?.path === port.file)?.old?.analysis;
    const head = cs.changes.find((c) => c.new?.path === headFile)?.new?.analysis;
    fixes.set(port.port, planI2Fix({ port, base, head, headText: after[headFile] }));
  }
  return { r, fixes };
}

const failing = (r: I2Result) => r.ports.filter((p) => p.verdict === 'FAIL');

/** The one FAIL's adapter plan, applied; I2 re-run on the fixed text must no longer fail that port. */
function repair(file: string, before: string, after: string): { plan: AdapterPlan; fixed: string; port: I2Port } {
  const { r, fixes } = i2({ [file]: before }, { [file]: after });
  const fails = failing(r);
  assert.equal(fails.length, 1, `exactly one I2 FAIL: ${JSON.stringify(r.ports)}`);
  const port = fails[0];
  const fix = fixes.get(port.port);
  assert.equal(fix?.kind, 'adapter', `an adapter for ${port.port}: ${JSON.stringify(fix)}`);
  const plan = (fix as { plan: AdapterPlan }).plan;
  const fixed = applyInsertions(after, plan.insertions);
  const again = i2({ [file]: before }, { [file]: fixed }).r;
  const still = again.ports.find((p) => p.port === port.port);
  assert.ok(!still || still.verdict !== 'FAIL', `I2 still fails after the fix:\n${fixed}\n${JSON.stringify(still)}`);
  assert.notEqual(again.status, 'FAIL', JSON.stringify(again.ports));
  return { plan, fixed, port };
}

function assertCompilesTs(files: Record<string, string>): void {
  const errs = tsErrors(files);
  assert.deepEqual(errs, [], `TypeScript errors:\n${errs.join('\n')}\n---\n${Object.values(files).join('\n---\n')}`);
}

function assertCompilesPy(text: string, t: { skip: (m: string) => void }): void {
  const err = pyCompileError(text);
  if (err === 'skip') return t.skip('python3 not found: py_compile check skipped');
  assert.equal(err, undefined, `py_compile:\n${err}\n---\n${text}`);
}

// ---------------------------------------------------------------- TypeScript functions

const ADD = 'export function add(a: number, b: number): number {\n  return a + b;\n}\n';

test('TS function renamed → exported deprecated adapter under the old name and signature, forwarding; I2 passes; compiles', () => {
  const after = ADD.replace('add', 'sum');
  const { plan, fixed } = repair('src/m.ts', ADD, after);
  assert.equal(plan.adapter, 'add');
  assert.match(plan.title, /^Add deprecated adapter add\(a: number, b: number\): number forwarding to sum$/);
  assert.equal(fixed, `${after}\n/** @deprecated Use sum instead. */\nexport function add(a: number, b: number): number {\n  return sum(a, b);\n}\n`);
  assertCompilesTs({ 'src/m.ts': fixed, 'src/use.ts': 'import { add, sum } from "./m";\nexport const x: number = add(1, 2) + sum(3, 4);\n' });
});

test('TS function signature broke (reordered, removed, made required) → <name>_v1 with the OLD signature, args by name; compiles', () => {
  const fmt = 'export function fmt(value: number, unit: string, digits = 2): string {\n  return value.toFixed(digits) + unit;\n}\n';
  // reordered + digits made required
  const re = repair('src/f.ts', fmt, 'export function fmt(unit: string, value: number, digits: number): string {\n  return value.toFixed(digits) + unit;\n}\n');
  assert.equal(re.plan.adapter, 'fmt_v1');
  assert.match(re.fixed, /\/\*\* @deprecated Use fmt with the new signature instead\. \*\/\nexport function fmt_v1\(value: number, unit: string, digits = 2\): string \{\n {2}return fmt\(unit, value, digits\);\n\}\n$/);
  assertCompilesTs({ 'src/f.ts': re.fixed, 'src/use.ts': 'import { fmt_v1 } from "./f";\nexport const s: string = fmt_v1(1, "m");\n' });
  // a parameter removed: accepted and ignored
  const rm = repair('src/f.ts', fmt, 'export function fmt(value: number, digits = 2): string {\n  return value.toFixed(digits);\n}\n');
  assert.match(rm.fixed, /export function fmt_v1\(value: number, unit: string, digits = 2\): string \{\n {2}\/\/ unit: no longer taken by fmt \(ignored\)\n {2}return fmt\(value, digits\);/);
  assertCompilesTs({ 'src/f.ts': rm.fixed });
  // an existing fmt_v1 → fmt_v2
  const v1 = 'export function fmt_v1(): string {\n  return "";\n}\n';
  const v2 = repair('src/f.ts', fmt + v1, 'export function fmt(unit: string, value: number): string {\n  return value + unit;\n}\n' + v1);
  assert.equal(v2.plan.adapter, 'fmt_v2');
  assertCompilesTs({ 'src/f.ts': v2.fixed });
});

test('TS: generic signature keeps its type parameters; async stays async', () => {
  const base = 'export async function load<T>(key: string, parse: (s: string) => T): Promise<T> {\n  return parse(key);\n}\n';
  const { fixed } = repair('src/g.ts', base, base.replace('load<T>', 'fetchValue<T>'));
  assert.match(fixed, /export async function load<T>\(key: string, parse: \(s: string\) => T\): Promise<T> \{\n {2}return fetchValue\(key, parse\);/);
  assertCompilesTs({ 'src/g.ts': fixed });
});

// ---------------------------------------------------------------- TypeScript methods

const CART = [
  'export interface Item {',
  '  price: number;',
  '}',
  '',
  'export class Cart {',
  '  private readonly items: Item[] = [];',
  '',
  '  computeTotal(): number {',
  '    return this.items.reduce((s, i) => s + i.price, 0);',
  '  }',
  '',
  '  static fromPrices(prices: number[], currency = "EUR"): Cart {',
  '    const c = new Cart();',
  '    for (const price of prices) c.items.push({ price });',
  '    return c;',
  '  }',
  '}',
  '',
].join('\n');

test('TS method renamed → deprecated method with the old name calling this.newName(); I2 passes; compiles', () => {
  const after = CART.replace('computeTotal()', 'subtotal()');
  const { plan, fixed } = repair('src/cart.ts', CART, after);
  assert.equal(plan.adapter, 'computeTotal');
  assert.equal(plan.title, 'Add deprecated adapter Cart.computeTotal(): number forwarding to Cart.subtotal');
  assert.match(fixed, / {2}subtotal\(\): number \{\n.*\n {2}\}\n\n {2}\/\*\* @deprecated Use Cart\.subtotal instead\. \*\/\n {2}computeTotal\(\): number \{\n {4}return this\.subtotal\(\);\n {2}\}\n\n {2}static fromPrices/);
  assertCompilesTs({ 'src/cart.ts': fixed, 'src/use.ts': 'import { Cart } from "./cart";\nexport const t: number = Cart.fromPrices([1]).computeTotal() + new Cart().subtotal();\n' });
});

test('TS static method renamed / re-signed → static adapter calling Class.newName(); compiles', () => {
  const renamed = repair('src/cart.ts', CART, CART.replace('static fromPrices(', 'static of('));
  assert.match(renamed.fixed, / {2}\/\*\* @deprecated Use Cart\.of instead\. \*\/\n {2}static fromPrices\(prices: number\[\], currency = "EUR"\): Cart \{\n {4}return Cart\.of\(prices, currency\);\n {2}\}\n\}/);
  assertCompilesTs({ 'src/cart.ts': renamed.fixed, 'src/use.ts': 'import { Cart } from "./cart";\nexport const c: Cart = Cart.fromPrices([1]);\n' });
  // currency made required → static fromPrices_v1 with the old default
  const resig = repair('src/cart.ts', CART, CART.replace('currency = "EUR"', 'currency: string'));
  assert.match(resig.fixed, /static fromPrices_v1\(prices: number\[\], currency = "EUR"\): Cart \{\n {4}return Cart\.fromPrices\(prices, currency\);/);
  assertCompilesTs({ 'src/cart.ts': resig.fixed });
});

// ---------------------------------------------------------------- JavaScript

test('JS: ESM function renamed → export function adapter; CommonJS → adapter + module.exports at the end', () => {
  const esm = 'export function add(a, b = 1) {\n  return a + b;\n}\n';
  const e = repair('src/m.js', esm, esm.replace('add', 'sum'));
  assert.match(e.fixed, /\/\*\* @deprecated Use sum instead\. \*\/\nexport function add\(a, b = 1\) \{\n {2}return sum\(a, b\);\n\}\n$/);
  assert.deepEqual(tsErrors({ 'src/m.js': e.fixed }), []);
  const cjs = 'function add(a, b) {\n  return a + b;\n}\n\nmodule.exports = { add };\n';
  const c = repair('lib/m.js', cjs, 'function sum(a, b) {\n  return a + b;\n}\n\nmodule.exports = { sum };\n');
  assert.match(c.fixed, /function add\(a, b\) \{\n {2}return sum\(a, b\);\n\}\n\nmodule\.exports = \{ sum \};\nmodule\.exports\.add = add;\n$/);
  assert.deepEqual(tsErrors({ 'lib/m.js': c.fixed }), []);
});

// ---------------------------------------------------------------- Python

const SCALE = '"""Scaling helpers."""\nimport math\n\n\ndef scale(value, factor=2):\n    return value * factor\n\n\ndef other():\n    return math.pi\n';

test('Python function renamed → def with warnings.warn(DeprecationWarning) forwarding, import warnings added; I2 passes; py_compile', (t) => {
  const after = SCALE.replace('def scale(', 'def resize(');
  const { plan, fixed } = repair('lib/m.py', SCALE, after);
  assert.equal(plan.adapter, 'scale');
  assert.match(fixed, /^"""Scaling helpers\."""\nimport warnings\nimport math\n/);
  assert.match(fixed, /def resize\(value, factor=2\):\n {4}return value \* factor\n\n\ndef scale\(value, factor=2\):\n {4}"""Deprecated: use resize instead\."""\n {4}warnings\.warn\("scale is deprecated; use resize instead", DeprecationWarning, stacklevel=2\)\n {4}return resize\(value, factor\)\n\n\ndef other/);
  assertCompilesPy(fixed, t);
});

test('Python signature broke: keyword rename + keyword-only → scale_v1 forwarding by keyword; existing import warnings reused', (t) => {
  const base = 'import warnings\n\n\ndef scale(value, factor=2, clamp=None):\n    return value * factor\n';
  const { fixed, plan } = repair('lib/m.py', base, 'import warnings\n\n\ndef scale(value, k=2, *, clamp=None):\n    return value * k\n');
  assert.equal(plan.insertions.length, 1, 'import warnings is not added twice');
  assert.match(fixed, /def scale_v1\(value, factor=2, clamp=None\):\n {4}""".*"""\n {4}warnings\.warn\("scale_v1 is deprecated; use scale with the new signature instead", DeprecationWarning, stacklevel=2\)\n {4}return scale\(value, factor, clamp=clamp\)\n$/);
  assertCompilesPy(fixed, t);
});

const EXPORTER = [
  'import json',
  '',
  '',
  'class Exporter:',
  '    def __init__(self, path):',
  '        self.path = path',
  '',
  '    def write(self, summary, indent=2):',
  '        with open(self.path, "w", encoding="utf-8") as f:',
  '            json.dump(summary, f, indent=indent)',
  '',
  '    @staticmethod',
  '    def fmt(summary):',
  '        return json.dumps(summary)',
  '',
].join('\n');

test('Python method renamed → method with self forwarding to self.newName(); staticmethod re-signed → @staticmethod adapter; py_compile', (t) => {
  const ren = repair('exporters/exp.py', EXPORTER, EXPORTER.replace('def write(', 'def save('));
  assert.match(ren.fixed, / {4}def save\(self, summary, indent=2\):\n.*\n.*\n\n {4}def write\(self, summary, indent=2\):\n {8}""".*"""\n {8}warnings\.warn\("Exporter\.write is deprecated; use Exporter\.save instead", DeprecationWarning, stacklevel=2\)\n {8}return self\.save\(summary, indent\)\n\n {4}@staticmethod/);
  assert.match(ren.fixed, /^import warnings\nimport json\n/);
  assertCompilesPy(ren.fixed, t);
  // staticmethod: parameter renamed (callers may pass it by keyword) → @staticmethod fmt_v1 calling Exporter.fmt
  const st = repair('exporters/exp.py', EXPORTER, EXPORTER.replace('def fmt(summary):', 'def fmt(data):').replace('json.dumps(summary)', 'json.dumps(data)'));
  assert.equal(st.port.symbol, 'Exporter.fmt');
  assert.match(st.fixed, / {4}@staticmethod\n {4}def fmt_v1\(summary\):\n {8}""".*"""\n {8}warnings\.warn\(.*\)\n {8}return Exporter\.fmt\(summary\)\n$/);
  assertCompilesPy(st.fixed, t);
});

test('Python: __all__ lists the adapter of a renamed function (appended at the end)', (t) => {
  const base = '__all__ = ["scale"]\n\n\ndef scale(value):\n    return value * 2\n';
  const { fixed } = repair('lib/m.py', base, '__all__ = ["resize"]\n\n\ndef resize(value):\n    return value * 2\n');
  assert.match(fixed, /__all__\.append\("scale"\)\n$/);
  assertCompilesPy(fixed, t);
});

// ---------------------------------------------------------------- no plan / declined

test('compatible change (optional parameter at the end: I2 PASS) → no plan', () => {
  const { r, fixes } = i2({ 'src/m.ts': ADD }, { 'src/m.ts': ADD.replace('b: number)', 'b: number, c = 0)') });
  assert.equal(r.status, 'PASS');
  assert.deepEqual([...fixes.values()], [undefined]);
});

test('removed public symbol → declined: no adapter can be generated; restore it or re-export it', () => {
  const other = 'export function other(): void {}\n';
  const { r, fixes } = i2({ 'src/m.ts': ADD + other }, { 'src/m.ts': other });
  assert.equal(failing(r).length, 1);
  assert.deepEqual(fixes.get('src/m.ts:add'), { kind: 'declined', reason: 'no adapter can be generated; restore it or re-export it' });
});

test('a new required parameter without a counterpart, an incompatible type change, a constructor → declined with the reason', () => {
  const req = i2({ 'src/m.ts': ADD }, { 'src/m.ts': ADD.replace('b: number)', 'b: number, c: number)') }).fixes.get('src/m.ts:add');
  assert.equal(req?.kind, 'declined');
  assert.match((req as { reason: string }).reason, /required parameter c has no counterpart in the old signature/);
  const ty = i2({ 'src/m.ts': ADD }, { 'src/m.ts': ADD.replace('b: number)', 'b: string)') }).fixes.get('src/m.ts:add');
  assert.match((ty as { reason: string }).reason, /parameter b changed type \(number → string\)/);
  const py = i2({ 'lib/m.py': 'def scale(value):\n    return value\n' }, { 'lib/m.py': 'def scale(value, factor):\n    return value * factor\n' }).fixes.get('lib/m.py:scale');
  assert.match((py as { reason: string }).reason, /required parameter factor/);
  const ctor = 'export class P {\n  constructor(a: number) {}\n}\n';
  const c = i2({ 'src/p.ts': ctor }, { 'src/p.ts': ctor.replace('a: number', 'a: string') }).fixes.get('src/p.ts:P.constructor');
  assert.equal(c?.kind, 'declined');
});

test('Python: import warnings goes after a shebang and the docstring, never into a try: block', (t) => {
  const base = '#!/usr/bin/env python3\n"""Tool."""\ntry:\n    import numpy\nexcept ImportError:\n    numpy = None\n\n\ndef scale(v):\n    return v\n';
  const { fixed } = repair('exporters/t.py', base, base.replace('def scale(', 'def resize('));
  assert.match(fixed, /^#!\/usr\/bin\/env python3\n"""Tool\."""\nimport warnings\ntry:\n {4}import numpy\n/);
  assertCompilesPy(fixed, t);
});

test('TS: renamed getter → deprecated getter; renamed static generic method → keeps <T>; compiles', () => {
  const base = 'export class Box {\n  private v = 1;\n\n  get size(): number {\n    return this.v;\n  }\n\n  static at<T>(xs: T[], i: number): T {\n    return xs[i];\n  }\n}\n';
  const g = repair('src/box.ts', base, base.replace('get size()', 'get length()'));
  assert.match(g.fixed, / {2}\/\*\* @deprecated Use Box\.length instead\. \*\/\n {2}get size\(\): number \{\n {4}return this\.length;\n {2}\}\n/);
  assertCompilesTs({ 'src/box.ts': g.fixed, 'src/use.ts': 'import { Box } from "./box";\nexport const n: number = new Box().size + new Box().length;\n' });
  const st = repair('src/box.ts', base, base.replace('static at<T>(', 'static itemAt<T>('));
  assert.match(st.fixed, / {2}static at<T>\(xs: T\[\], i: number\): T \{\n {4}return Box\.itemAt\(xs, i\);\n {2}\}\n\}\n$/);
  assertCompilesTs({ 'src/box.ts': st.fixed, 'src/use.ts': 'import { Box } from "./box";\nexport const s: string = Box.at(["a"], 0);\n' });
});
