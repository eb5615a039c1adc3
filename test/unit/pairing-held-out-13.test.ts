// The known misses taken up with held-out batch 13 (docs/accuracy.md "Held-out batch 13"): a
// generic type parameter's constraint compared, and Python 3.12's PEP 695 type parameter lists
// read like TypeScript's `<…>` (type-params.ts), on small cases with the neighbours that must keep
// their answer. Real parses (tree-sitter-python 0.25 and tree-sitter-typescript wasm).
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

// PEP 695: `def f[T](…)` / `class C[T]:` bind type parameters as TS's `<T>` does; renaming one is
// no change of the parameter and return types that use it (batch 12's rule, spec §3.3 MODIFY_SIG
// "types renamed in the same change"). Before, Python's lists were not read: breaking MODIFY_SIG.
test("a Python PEP 695 function type parameter renamed is no change of its parameter or return types", () => {
  const b = 'def first[T](items: list[T], fallback: T) -> T:\n    return items[0] if items else fallback\n';
  const h = 'def first[TItem](items: list[TItem], fallback: TItem) -> TItem:\n    return items[0] if items else fallback\n';
  assert.deepEqual(one('first.py', b, h), []);
});

test('a Python PEP 695 class type parameter renamed is no change of its methods', () => {
  const b = 'class Box[T]:\n    def put(self, value: T, at: int) -> None:\n        self.items[at] = value\n';
  const h = 'class Box[TItem]:\n    def put(self, value: TItem, at: int) -> None:\n        self.items[at] = value\n';
  assert.deepEqual(one('box.py', b, h), []);
  // …but it does not excuse a real type change in the same signature.
  const h2 = 'class Box[TItem]:\n    def put(self, value: TItem, at: str) -> None:\n        self.items[at] = value\n';
  assert.deepEqual(one('box.py', b, h2), ['Box.put breaking']);
});

// A constraint bounds what a caller may pass for `x: T` (and what it gets back as `T`): a changed
// bound is a change of those parameter and return types (§3.3 "parameter types, return type"),
// compatible when only widened (§3.7 I2's rule for a parameter type). Before, `<…>` was read only
// for names and a bound change gave no MODIFY_SIG at all.
test('a TS type parameter constraint narrowed or replaced is a breaking type change', () => {
  const b = 'export function pick<K extends string | number>(key: K, from: Record<K, unknown>): unknown {\n  return from[key];\n}\n';
  const h = 'export function pick<K extends string>(key: K, from: Record<K, unknown>): unknown {\n  return from[key];\n}\n';
  assert.deepEqual(one('pick.ts', b, h), ['pick breaking']);
  // Used in the return type: callers get a differently bounded value back (return changed: REVIEW).
  const b2 = 'export function id<T extends string>(x: T): T {\n  return x;\n}\n';
  const h2 = 'export function id<T extends number>(x: T): T {\n  return x;\n}\n';
  assert.deepEqual(one('id.ts', b2, h2), ['id breaking']);
});

test('a TS type parameter constraint widened, or dropped, is a compatible type change', () => {
  const b = 'export function log<T extends string>(value: T): void {\n  console.log(value);\n}\n';
  const h = 'export function log<T extends string | number>(value: T): void {\n  console.log(value);\n}\n';
  assert.deepEqual(one('log.ts', b, h), ['log compatible']);
  const h2 = 'export function log<T>(value: T): void {\n  console.log(value);\n}\n';
  assert.deepEqual(one('log.ts', b, h2), ['log compatible']);
});

test('a Python PEP 695 bound narrowed is breaking, a constraint tuple widened compatible', () => {
  const b = 'def show[T: (int, str)](value: T) -> None:\n    print(value)\n';
  const h = 'def show[T: int](value: T) -> None:\n    print(value)\n';
  assert.deepEqual(one('show.py', b, h), ['show breaking']);
  const h2 = 'def show[T: (int, str, bytes)](value: T) -> None:\n    print(value)\n';
  assert.deepEqual(one('show.py', b, h2), ['show compatible']);
});

// Neighbours that must keep their answer.
test('a type parameter default changed, a bound respelled, or a bound of an unused parameter changed is no signature change', () => {
  // Defaults are not compared (decision in type-params.ts: not §3.3's parameter defaults; they
  // apply only when the caller neither passes nor lets infer T, which the text cannot tell).
  assert.deepEqual(one('d.ts', 'export function f<T = string>(x: T): void {\n  use(x);\n}\n', 'export function f<T = number>(x: T): void {\n  use(x);\n}\n'), []);
  // Whitespace and quotes in the bound are spelling.
  assert.deepEqual(one('s.ts', "export function f<T extends 'a'|'b'>(x: T): void {\n  use(x);\n}\n", 'export function f<T extends "a" | "b">(x: T): void {\n  use(x);\n}\n'), []);
  // A type parameter no annotation uses changes no parameter or return type.
  assert.deepEqual(one('u.ts', 'export function f<T extends string, U>(x: U): void {\n  use(x);\n}\n', 'export function f<T extends number, U>(x: U): void {\n  use(x);\n}\n'), []);
  // A renamed type parameter with its bound unchanged stays a rename (batch 12).
  assert.deepEqual(one('r.ts', 'export function f<T extends Base>(x: T): T {\n  return x;\n}\n', 'export function f<TBase extends Base>(x: TBase): TBase {\n  return x;\n}\n'), []);
});

// Found on held-out batch 13 (poetry 4ed5e1a8): `OverrideNeeded.__init__(self, *overrides:
// dict[DependencyPackage, …])` → `dict[Package, …]`. The rest parameter's type was never judged
// (signature-compat.ts skipped rest parameters after checking one was still there), so a type
// rewritten into another name passed as compatible while the same rewrite on a plain parameter is
// REVIEW (docs/gates.md: PASS only when widened). A rest parameter's type is a parameter type.
test('a rest parameter whose type is rewritten is a breaking change, like any parameter (poetry 4ed5e1a8)', () => {
  const b = 'class OverrideNeeded(Exception):\n    def __init__(self, *overrides: dict[DependencyPackage, dict[str, Dependency]]) -> None:\n        self._overrides = overrides\n';
  const h = 'class OverrideNeeded(Exception):\n    def __init__(self, *overrides: dict[Package, dict[str, Dependency]]) -> None:\n        self._overrides = overrides\n';
  assert.deepEqual(one('exceptions.py', b, h), ['OverrideNeeded.__init__ breaking']);
  const tb = 'export function log(...parts: string[]): void {\n  console.log(parts.join(" "));\n}\n';
  const th = 'export function log(...parts: number[]): void {\n  console.log(parts.join(" "));\n}\n';
  assert.deepEqual(one('log.ts', tb, th), ['log breaking']);
});

test('a rest parameter widened to a union containing its old type stays compatible', () => {
  const b = 'def show(*values: int) -> None:\n    print(*values)\n';
  const h = 'def show(*values: int | str) -> None:\n    print(*values)\n';
  assert.deepEqual(one('show.py', b, h), ['show compatible']);
});
