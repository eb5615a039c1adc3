// I2 API contracts (spec §3.7), one test per case of the issue: removed, renamed with and
// without alias, moved with and without re-export, parameter removed / reordered / made
// required, optional added, adapter kept — on real analyses of both sides (TS and Python).
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { Policy } from '../../server/src/config/policy';
import { defaultConfig } from '../../server/src/config/invariants-config';
import { widens } from '../../server/src/delta/signature-compat';
import { computeDelta } from '../../server/src/engine/delta-engine';
import { evaluateI2, type I2Result } from '../../server/src/gates/i2-contracts';
import { initParsers } from '../../server/src/parsing/languages';
import { changeSetOf } from '../helpers/direct-delta';

before(async () => {
  await initParsers();
});

function i2(before: Record<string, string>, after: Record<string, string | null>, policy = new Policy()): I2Result {
  const cs = changeSetOf(before, after);
  const r = computeDelta(cs, policy);
  return evaluateI2(cs, r.tokens, policy);
}
const verdicts = (r: I2Result) => r.ports.map((p) => `${p.verdict} ${p.symbol}`);
const reasons = (r: I2Result) => r.ports.flatMap((p) => p.reasons).join(' | ');

const ADD = 'export function add(a: number, b: number): number {\n  return a + b;\n}\n';
const OTHER = 'export function other(): void {\n  console.log(1);\n}\n';

test('public function removed → FAIL', () => {
  const r = i2({ 'src/m.ts': ADD + OTHER }, { 'src/m.ts': OTHER });
  assert.equal(r.status, 'FAIL');
  assert.deepEqual(verdicts(r), ['FAIL add']);
  assert.match(reasons(r), /add removed/);
});

test('private (not exported) function removed → no port', () => {
  const r = i2({ 'src/m.ts': 'function add(a: number) {\n  return a;\n}\n' + OTHER }, { 'src/m.ts': OTHER });
  assert.equal(r.status, 'PASS');
  assert.deepEqual(r.ports, []);
});

test('renamed without alias → FAIL naming the new name; with alias → PASS', () => {
  const renamed = ADD.replace('add', 'sum');
  const r = i2({ 'src/m.ts': ADD }, { 'src/m.ts': renamed });
  assert.equal(r.status, 'FAIL');
  assert.match(reasons(r), /add renamed to sum/);
  const withAlias = i2({ 'src/m.ts': ADD }, { 'src/m.ts': `${renamed}export const add = sum;\n` });
  assert.equal(withAlias.status, 'PASS', reasons(withAlias));
  const withExportAs = i2({ 'src/m.ts': ADD }, { 'src/m.ts': `${renamed}export { sum as add };\n` });
  assert.equal(withExportAs.status, 'PASS', reasons(withExportAs));
});

test('moved to another file without re-export → FAIL; with re-export → PASS', () => {
  const before = { 'src/m.ts': ADD + OTHER };
  const moved = i2(before, { 'src/m.ts': OTHER, 'src/math.ts': ADD });
  assert.equal(moved.status, 'FAIL');
  assert.match(reasons(moved), /add moved to src\/math\.ts/);
  const reexp = i2(before, { 'src/m.ts': `export { add } from './math';\n${OTHER}`, 'src/math.ts': ADD });
  assert.equal(reexp.status, 'PASS', reasons(reexp));
  const star = i2(before, { 'src/m.ts': `export * from './math';\n${OTHER}`, 'src/math.ts': ADD });
  assert.equal(star.status, 'PASS', reasons(star));
});

test('parameter removed → FAIL', () => {
  const r = i2({ 'src/m.ts': ADD }, { 'src/m.ts': 'export function add(a: number): number {\n  return a;\n}\n' });
  assert.equal(r.status, 'FAIL');
  assert.match(reasons(r), /parameter b removed/);
});

test('parameters reordered → FAIL', () => {
  const r = i2({ 'src/m.ts': ADD }, { 'src/m.ts': 'export function add(b: number, a: number): number {\n  return a + b;\n}\n' });
  assert.equal(r.status, 'FAIL');
  assert.match(reasons(r), /reordered/);
});

test('parameter made required → FAIL; required parameter added → FAIL', () => {
  const opt = 'export function add(a: number, b = 1): number {\n  return a + b;\n}\n';
  const req = i2({ 'src/m.ts': opt }, { 'src/m.ts': ADD });
  assert.equal(req.status, 'FAIL');
  assert.match(reasons(req), /parameter b made required/);
  const added = i2({ 'src/m.ts': ADD }, { 'src/m.ts': 'export function add(a: number, b: number, c: number): number {\n  return a + b + c;\n}\n' });
  assert.equal(added.status, 'FAIL');
  assert.match(reasons(added), /required parameter c added/);
});

test('optional parameter added at the end → PASS (allow_optional_params), REVIEW when disallowed', () => {
  const after = { 'src/m.ts': 'export function add(a: number, b: number, c = 0): number {\n  return a + b + c;\n}\n' };
  const r = i2({ 'src/m.ts': ADD }, after);
  assert.equal(r.status, 'PASS', reasons(r));
  assert.match(reasons(r), /optional parameter c added at the end/);
  const cfg = defaultConfig();
  cfg.publicApi.allowOptionalParams = false;
  assert.equal(i2({ 'src/m.ts': ADD }, after, new Policy(cfg)).status, 'REVIEW');
});

test('return type changed → REVIEW; parameter type widened → PASS, narrowed → FAIL', () => {
  const ret = i2({ 'src/m.ts': ADD }, { 'src/m.ts': ADD.replace('): number {', '): string {').replace('a + b', 'String(a + b)') });
  assert.equal(ret.status, 'REVIEW');
  const wide = i2({ 'src/m.ts': ADD }, { 'src/m.ts': ADD.replace('b: number', 'b: number | string') });
  assert.equal(wide.status, 'PASS', reasons(wide));
  const narrow = i2({ 'src/m.ts': ADD }, { 'src/m.ts': ADD.replace('b: number', 'b: 1 | 2') });
  assert.equal(narrow.status, 'FAIL');
  assert.ok(widens('number', 'number | string') && !widens('number | string', 'number') && widens('int', 'Optional[int]'));
});

test('MODIFY_SIG with a deprecated adapter keeping the old signature → PASS; without → FAIL', () => {
  const newSig = 'export function add(a: number, b: number, c: number): number {\n  return a + b + c;\n}\n';
  const adapter = '/** @deprecated use add(a, b, c) */\nexport function add_v1(a: number, b: number): number {\n  return add(a, b, 0);\n}\n';
  assert.equal(i2({ 'src/m.ts': ADD }, { 'src/m.ts': newSig }).status, 'FAIL');
  const r = i2({ 'src/m.ts': ADD }, { 'src/m.ts': newSig + adapter });
  assert.equal(r.status, 'PASS', reasons(r));
  assert.match(reasons(r), /deprecated adapter add_v1/);
});

test('renamed with the old name kept as a deprecated forwarding adapter → PASS', () => {
  const after = 'export function sum(a: number, b: number): number {\n  return a + b;\n}\n/** @deprecated use sum */\nexport function add(a: number, b: number): number {\n  return sum(a, b);\n}\n';
  const r = i2({ 'src/m.ts': ADD }, { 'src/m.ts': after });
  assert.equal(r.status, 'PASS', reasons(r));
});

test('Python: keyword rename → FAIL, made keyword-only → FAIL, private module names ignored, __all__ alias kept', () => {
  const py = 'def scale(value, factor=2):\n    return value * factor\n';
  const ren = i2({ 'lib/m.py': py }, { 'lib/m.py': 'def scale(value, k=2):\n    return value * k\n' });
  assert.equal(ren.status, 'FAIL');
  assert.match(reasons(ren), /renamed to k \(callers may pass it by keyword\)/);
  const kw = i2({ 'lib/m.py': py }, { 'lib/m.py': 'def scale(value, *, factor=2):\n    return value * factor\n' });
  assert.equal(kw.status, 'FAIL');
  assert.match(reasons(kw), /keyword-only/);
  const priv = i2({ 'lib/m.py': `${py}def _helper(x):\n    return x\n` }, { 'lib/m.py': py });
  assert.equal(priv.status, 'PASS');
  const alias = i2({ 'lib/m.py': py }, { 'lib/m.py': 'def resize(value, factor=2):\n    return value * factor\n\nscale = resize\n' });
  assert.equal(alias.status, 'PASS', reasons(alias));
});

test('exported interface member removed → FAIL; member added → no port; file deleted → FAIL', () => {
  const t = 'export interface Opts {\n  a: number;\n  b?: string;\n}\n';
  const rm = i2({ 'src/t.ts': t }, { 'src/t.ts': 'export interface Opts {\n  a: number;\n}\n' });
  assert.equal(rm.status, 'FAIL');
  assert.match(reasons(rm), /member Opts\.b removed/);
  const add = i2({ 'src/t.ts': t }, { 'src/t.ts': 'export interface Opts {\n  a: number;\n  b?: string;\n  c?: boolean;\n}\n' });
  assert.equal(add.status, 'PASS');
  const del = i2({ 'src/m.ts': ADD, 'src/x.ts': OTHER }, { 'src/m.ts': null });
  assert.equal(del.status, 'FAIL');
  assert.match(reasons(del), /file src\/m\.ts deleted/);
});

test('test files and public_api.paths narrowing are not public API', () => {
  const t = i2({ 'src/m.test.ts': ADD }, { 'src/m.test.ts': OTHER });
  assert.deepEqual(t.ports, []);
  const cfg = defaultConfig();
  cfg.publicApi.paths = ['src/api/**'];
  const r = i2({ 'src/m.ts': ADD + OTHER }, { 'src/m.ts': OTHER }, new Policy(cfg));
  assert.deepEqual(r.ports, []);
});

test('a type only respelled (pyupgrade, a requoted forward reference, a typing qualifier) is no contract change; a real one still is', () => {
  // Held-out batch 14: MODIFY_SIG treats these as the same type (delta/type-equivalence.ts); I2
  // compared raw texts and FAILed or REVIEWed the commit whose Δ showed no signature change.
  const before = 'from typing import Dict, List, Optional\n\n\ndef load(paths: List[str], opts: Optional[Dict[str, int]] = None) -> Optional[\'Config\']:\n    return None\n';
  const respelled = 'def load(paths: list[str], opts: dict[str, int] | None = None) -> "Config" | None:\n    return None\n';
  const r = i2({ 'pkg/config.py': before }, { 'pkg/config.py': respelled });
  assert.equal(r.status, 'PASS', reasons(r));
  assert.deepEqual(r.ports.filter((p) => p.verdict !== 'PASS'), []);
  const ts = i2({ 'src/m.ts': 'export function f(m: typing.Mapping): void {}\n' }, { 'src/m.ts': 'export function f(m: Mapping): void {}\n' });
  assert.equal(ts.status, 'PASS', reasons(ts));
  // A type really rewritten is still judged (a generic rewritten: REVIEW), as is a return type.
  const rewritten = i2({ 'pkg/config.py': before }, { 'pkg/config.py': respelled.replace('paths: list[str]', 'paths: list[bytes]') });
  assert.equal(rewritten.status, 'REVIEW', reasons(rewritten));
  assert.match(reasons(rewritten), /parameter paths type rewritten: List\[str\] → list\[bytes\]/);
  const removed = i2({ 'pkg/config.py': before }, { 'pkg/config.py': respelled.replace(', opts: dict[str, int] | None = None', '') });
  assert.equal(removed.status, 'FAIL', reasons(removed));
  const ret = i2({ 'pkg/config.py': before }, { 'pkg/config.py': respelled.replace('-> "Config" | None', '-> "Settings" | None') });
  assert.equal(ret.status, 'REVIEW', reasons(ret));
});

// fastapi: the maintainers' `scripts/translate.py` dropped a parameter of `make_pr`, and I2
// blocked two of the last 100 commits as public-API breaks. Scripts, docs samples, examples and
// benchmarks at the top level are no library API unless public_api.paths says they are.
test('a script, a docs sample or an example is no public API; public_api.paths can say otherwise', () => {
  const b = 'def make_pr(*, language: str, commit_in_place: bool = False) -> None:\n    run(language, commit_in_place)\n';
  const h = 'def make_pr(*, language: str) -> None:\n    run(language)\n';
  for (const dir of ['scripts', 'docs_src/tutorial', 'examples', 'benchmarks']) {
    const r = i2({ [`${dir}/translate.py`]: b }, { [`${dir}/translate.py`]: h });
    assert.equal(r.status, 'PASS', `${dir}: ${reasons(r)}`);
  }
  const lib = i2({ 'fastapi/translate.py': b }, { 'fastapi/translate.py': h });
  assert.equal(lib.status, 'FAIL', reasons(lib));
  assert.match(reasons(lib), /parameter commit_in_place removed/);
  const ts = i2({ 'examples/m.ts': ADD + OTHER }, { 'examples/m.ts': OTHER });
  assert.equal(ts.status, 'PASS', reasons(ts));
  const cfg = defaultConfig();
  cfg.publicApi.paths = ['scripts/**'];
  const opted = i2({ 'scripts/translate.py': b }, { 'scripts/translate.py': h }, new Policy(cfg));
  assert.equal(opted.status, 'FAIL', reasons(opted));
  // A file at the root named like one of those directories is not inside it.
  const root = i2({ 'scripts.py': b }, { 'scripts.py': h });
  assert.equal(root.status, 'FAIL', reasons(root));
});

// jotai removed `Atom.unstable_is` and `Atom.unstable_onInit`: I2 blocked both commits. A name
// prefixed `unstable_` / `experimental_` announces it is no contract (React's convention).
test('members and symbols named unstable_* or experimental_* are no contract', () => {
  const b = 'export interface Atom<Value> {\n  toString: () => string;\n  read: (get: Getter) => Value;\n  unstable_is?(a: Atom<unknown>): boolean;\n  unstable_onInit?: (store: Store) => void;\n}\nexport function experimental_batch(fn: () => void): void {\n  fn();\n}\n';
  const h = 'export interface Atom<Value> {\n  toString: () => string;\n  read: (get: Getter) => Value;\n}\n';
  const r = i2({ 'src/vanilla/atom.ts': b }, { 'src/vanilla/atom.ts': h });
  assert.equal(r.status, 'PASS', reasons(r));
  const stable = i2({ 'src/vanilla/atom.ts': b }, { 'src/vanilla/atom.ts': h.replace('  read: (get: Getter) => Value;\n', '') + 'export function experimental_batch(fn: () => void): void {\n  fn();\n}\n' });
  assert.equal(stable.status, 'FAIL', reasons(stable));
  assert.match(reasons(stable), /member Atom\.read removed/);
  assert.doesNotMatch(reasons(stable), /unstable_/);
});

// unstorage 9c3bc44d8f "chore: use oxlint and oxfmt" reflowed its Storage interface: a union
// written with a leading `|` on its own lines joined onto one line, a trailing comma after the
// last parameter, comments inside the types kept. I2 read `| A | boolean → A | boolean` as
// narrowed and the overloads as rewritten: a formatter's commit blocked as an API break.
test('a reformatted interface (leading |, trailing commas, comments in types) is no contract change', () => {
  const b = [
    'export interface Storage<T extends StorageValue = StorageValue> {',
    '  removeItem<',
    '    U extends Extract<T, StorageDefinition>,',
    '    K extends keyof StorageItemMap<U>,',
    '  >(',
    '    key: K,',
    '    opts?:',
    '      | (TransactionOptions & { removeMeta?: boolean })',
    '      | boolean /* legacy: removeMeta */',
    '  ): Promise<void>;',
    '  removeItem(',
    '    key: string,',
    '    opts?:',
    '      | (TransactionOptions & { removeMeta?: boolean })',
    '      | boolean /* legacy: removeMeta */',
    '  ): Promise<void>;',
    '  getMeta: (',
    '    key: string,',
    '    opts?:',
    '      | (TransactionOptions & { nativeOnly?: boolean })',
    '      | boolean /* legacy: nativeOnly */',
    '  ) => MaybePromise<StorageMeta>;',
    '}',
    '',
  ].join('\n');
  const h = [
    'export interface Storage<T extends StorageValue = StorageValue> {',
    '  removeItem<U extends Extract<T, StorageDefinition>, K extends keyof StorageItemMap<U>>(',
    '    key: K,',
    '    opts?: (TransactionOptions & { removeMeta?: boolean }) | boolean /* legacy: removeMeta */,',
    '  ): Promise<void>;',
    '  removeItem(',
    '    key: string,',
    '    opts?: (TransactionOptions & { removeMeta?: boolean }) | boolean /* legacy: removeMeta */,',
    '  ): Promise<void>;',
    '  getMeta: (',
    '    key: string,',
    '    opts?: (TransactionOptions & { nativeOnly?: boolean }) | boolean /* legacy: nativeOnly */,',
    '  ) => MaybePromise<StorageMeta>;',
    '}',
    '',
  ].join('\n');
  const r = i2({ 'src/types.ts': b }, { 'src/types.ts': h });
  assert.equal(r.status, 'PASS', reasons(r));
  // A real narrowing in the same shape still fails.
  const narrowed = i2({ 'src/types.ts': b }, { 'src/types.ts': h.replace('opts?: (TransactionOptions & { nativeOnly?: boolean }) | boolean /* legacy: nativeOnly */,', 'opts?: (TransactionOptions & { nativeOnly?: boolean }),') });
  assert.equal(narrowed.status, 'FAIL', reasons(narrowed));
});
