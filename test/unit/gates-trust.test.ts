// Issue 17 "Gates a team can trust": regression tests built from minimal before/after file pairs
// of the real commits that were falsely blocked (test/fixtures/issue17/<repo>-<commit>/{before,after}/,
// each file stored as `<path>.txt`).
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, test } from 'node:test';
import { Policy } from '../../server/src/config/policy';
import { computeDelta } from '../../server/src/engine/delta-engine';
import { evaluateI1 } from '../../server/src/gates/i1-energy';
import { evaluateI2 } from '../../server/src/gates/i2-contracts';
import { tokenLines } from '../../server/src/mosaic/phi';
import { initParsers } from '../../server/src/parsing/languages';
import { isTestPath } from '../../server/src/symbols/analyze';
import { changeSetOf } from '../helpers/direct-delta';
import { paramTypeFinding, pythonSpelling, typeRelation, untypedAnnotation } from '../../server/src/delta/type-change';
import { pythonTypeAliases } from '../../server/src/delta/python-type-aliases';

before(async () => {
  await initParsers();
});

const FIXTURES = path.resolve(__dirname, '../../../test/fixtures/issue17');

/** Every file under `<case>/before` and `<case>/after`, keyed by repo-relative path. */
function pairOf(name: string): { a: Record<string, string>; b: Record<string, string> } {
  const read = (side: string) => {
    const root = path.join(FIXTURES, name, side);
    const out: Record<string, string> = {};
    const walk = (d: string) => {
      for (const e of fs.readdirSync(d, { withFileTypes: true })) {
        const p = path.join(d, e.name);
        if (e.isDirectory()) walk(p);
        // Stored as `<file>.txt`: neither tsc nor dependency-cruiser should read them as sources.
        else out[path.relative(root, p).split(path.sep).join('/').replace(/\.txt$/, '')] = fs.readFileSync(p, 'utf8');
      }
    };
    walk(root);
    return out;
  };
  return { a: read('before'), b: read('after') };
}

function judge(name: string) {
  const { a, b } = pairOf(name);
  const cs = changeSetOf(a, b);
  const policy = new Policy();
  const result = computeDelta(cs, policy);
  return { result, I1: evaluateI1(result, undefined), I2: evaluateI2(cs, result.tokens, policy) };
}

test('got 4d7e628b: getter/setter pairs of an untouched class pair by kind — no "setter → getter" I2 FAIL', () => {
  const { result, I2 } = judge('got-4d7e628b');
  assert.deepEqual(I2.ports.filter((p) => p.verdict === 'FAIL').map((p) => p.reasons.join('; ')), []);
  assert.ok(!result.tokens.some((t) => t.kind === 'MODIFY_SIG'), result.tokens.map((t) => t.kind).join());
});

test('got 4d7e628b: a doc-comment edit inside an exported type is not a type change (ΔCOMMENTS only)', () => {
  const { result } = judge('got-4d7e628b');
  assert.deepEqual([...new Set(result.tokens.map((t) => t.kind))], ['ΔCOMMENTS']);
});

test('ky ResponsePromise: a doc comment edited inside an intersected type literal — no MODIFY_TYPE, no `member ResponsePromise.=`', () => {
  const { result, I2 } = judge('ky-ResponsePromise');
  assert.ok(!result.tokens.some((t) => t.kind === 'MODIFY_TYPE'), result.tokens.map((t) => t.kind).join());
  assert.equal(I2.ports.filter((p) => p.verdict !== 'PASS').length, 0);
});

test('ky ResponsePromise: a real change of a member next to the comment is still seen, by member name', () => {
  const { a, b } = pairOf('ky-ResponsePromise');
  const file = 'source/types/ResponsePromise.ts';
  const changed = { [file]: b[file].replace('<JsonType = T>(): Promise<JsonType>;', '<JsonType = T>(): Promise<JsonType | undefined>;').replace('text: () => Promise<string>;', '') };
  const cs = changeSetOf(a, changed);
  const result = computeDelta(cs, new Policy());
  const I2 = evaluateI2(cs, result.tokens, new Policy());
  const reasons = I2.ports.flatMap((p) => p.reasons);
  assert.ok(reasons.some((r) => r.includes('member ResponsePromise.text removed')), reasons.join(' | '));
  assert.ok(!reasons.some((r) => r.includes('ResponsePromise.=')), reasons.join(' | '));
});

test('ky 06375ef: deepMerge extracted into deepMergeInternal — flow metrics compared net, log2 magnitude, not a HARD_BLOCK', () => {
  const { result, I1 } = judge('ky-06375ef');
  const kinds = result.tokens.map((t) => t.kind);
  assert.ok(kinds.includes('EXTRACT_FN'), kinds.join());
  const cc = result.tokens.find((t) => t.kind === 'ΔCC' && t.symbol === 'deepMerge')!;
  // Net of the extracted function the commit adds one guard of 5 decision points (`if` + 4 `&&`).
  assert.equal(cc.meta.k, 5);
  assert.equal(cc.magnitude, Math.round(Math.log2(6) * 1e6) / 1e6);
  assert.deepEqual(cc.meta.carried, ['deepMergeInternal']);
  // Before the fix: ΔCC mag 31 and ΔBRANCHING mag 21 with sign "-" weighed +1.97 → HARD_BLOCK at ΔZ 0.92.
  const source = I1.modules.find((m) => m.module === 'source')!;
  assert.ok(source.dz < 0.5, `source ΔZ ${source.dz}`);
  assert.notEqual(source.decision, 'HARD_BLOCK');
  assert.notEqual(source.decision, 'BLOCK');
});

test('flow decreases weigh nothing: a function losing branches contributes 0', () => {
  const a = { 'src/a.ts': 'export function f(x: number) {\n  if (x > 1) return 1;\n  if (x > 2) return 2;\n  if (x > 3) return 3;\n  return 0;\n}\n' };
  const b = { 'src/a.ts': 'export function f(x: number) {\n  return 0;\n}\n' };
  const r = computeDelta(changeSetOf(a, b), new Policy());
  const flow = r.tokens.filter((t) => t.category === 'flow' && t.kind !== 'ΔTOPLEVEL');
  assert.ok(flow.length > 0);
  for (const t of flow) assert.equal(t.weight, 0, `${t.kind} ${t.meta.sign}`);
});

test('ky 06375ef: the added tests weigh a quarter (ΔTESTS in full) and the test-only module is reported but not gated', () => {
  const { result, I1 } = judge('ky-06375ef');
  const testTokens = result.tokens.filter((t) => t.module === 'test');
  assert.ok(testTokens.length > 0);
  const tests = testTokens.find((t) => t.kind === 'ΔTESTS')!;
  assert.equal(tests.weight, -0.02); // full weight: adding tests relieves
  for (const t of testTokens) if (t.kind !== 'ΔTESTS') assert.ok(t.weight <= 0.25 * 0.35 + 1e-9, `${t.kind} ${t.weight}`);
  const m = I1.modules.find((x) => x.module === 'test')!;
  assert.equal(m.gated, false);
  assert.equal(m.decision, 'ACCEPT');
  assert.match(m.explain, /test files only: reported, not gated/);
});

test('a test-only module that adds a lot of test code is never I1-gated', () => {
  const body = Array.from({ length: 40 }, (_, i) => `export function helper${i}(x: number) {\n  if (x > ${i}) return ${i};\n  return x;\n}\n`).join('');
  const r = computeDelta(changeSetOf({ 'test/a.test.ts': 'export const x = 1;\n' }, { 'test/a.test.ts': body }), new Policy());
  const I1 = evaluateI1(r, undefined);
  assert.equal(I1.decision, 'ACCEPT');
  assert.ok(I1.modules.every((m) => !m.gated));
});

test('prettier 4ae17075 / TanStack query 5743468462: deleting changelog fragments and a docs-site or examples-only change are reported, not I1-gated; shipped code next to them still is', () => {
  const frag = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`.changeset/change-${i}.md`, `---\n'pkg': patch\n---\n\nFix ${i}.\n`]));
  const gone = Object.fromEntries(Object.keys(frag).map((f) => [f, null]));
  const r = computeDelta(changeSetOf(frag, gone), new Policy());
  assert.ok(r.explain.change.dz > 0.9, `the deletions still weigh: ΔZ ${r.explain.change.dz}`);
  const I1 = evaluateI1(r, undefined);
  assert.equal(I1.decision, 'ACCEPT');
  assert.match(I1.modules[0].explain, /documentation only: reported, not gated/);
  // An examples app and a docs site: no shipped code.
  const app = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`examples/react/app${i}/src/main.ts`, `export function main${i}(x: number) {\n  if (x > ${i}) return ${i};\n  return x;\n}\n`]));
  const site = { 'website/package.json': JSON.stringify({ dependencies: Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`dep${i}`, '^1.0.0'])) }) };
  const site2 = { 'website/package.json': JSON.stringify({ dependencies: Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`dep${i}`, '^2.0.0'])) }) };
  const r2 = computeDelta(changeSetOf({ ...site }, { ...app, ...site2 }), new Policy());
  const m2 = evaluateI1(r2, undefined);
  assert.equal(m2.decision, 'ACCEPT', JSON.stringify(m2.modules.map((m) => m.explain)));
  assert.deepEqual(m2.modules.map((m) => m.gated), [false, false]);
  assert.match(m2.modules.find((m) => m.module === 'examples')!.explain, /no shipped code \(examples\/\): reported, not gated/);
  // The same app under src/ is gated.
  const shipped = Object.fromEntries(Object.entries(app).map(([f, t]) => [f.replace(/^examples\/react/, 'src'), t]));
  const m3 = evaluateI1(computeDelta(changeSetOf({}, shipped), new Policy()), undefined);
  assert.equal(m3.modules[0].gated, true);
  assert.notEqual(m3.decision, 'ACCEPT');
});

test('ufo 0dbe44fc00 / nodemailer 47a561714c: dev dependencies, scripts and the lockfile bumped together are reported, not I1-gated; a runtime dependency still is', () => {
  const pkg = (dev: string, lint: string, dep = '^1.0.0') => JSON.stringify({
    name: 'ufo', version: '1.5.3', scripts: { build: 'unbuild', lint },
    dependencies: { pathe: dep },
    devDependencies: Object.fromEntries(['eslint', 'prettier', 'typescript', 'vitest', 'jiti', 'automd', '@types/node'].map((n) => [n, dev])),
  }, null, 2) + '\n';
  const lock = (v: string) => Array.from({ length: 40 }, (_, i) => `  /dep${i}@${v}:\n    resolution: {integrity: sha512-${v}${i}}\n`).join('');
  const before = { 'package.json': pkg('^8.0.0', 'eslint --ext .ts .'), 'pnpm-lock.yaml': `lockfileVersion: '9.0'\n${lock('1.0.0')}` };
  const after = { 'package.json': pkg('^9.0.0', 'eslint .'), 'pnpm-lock.yaml': `lockfileVersion: '9.0'\n${lock('2.0.0')}` };
  const r = computeDelta(changeSetOf(before, after), new Policy());
  const file = r.tokens.find((t) => t.kind === 'MODIFY_FILE' && t.file === 'package.json');
  assert.deepEqual(file?.meta.manifestKeys, ['scripts'], 'the changed lines sit in "scripts"');
  const I1 = evaluateI1(r, undefined);
  assert.ok(r.explain.change.dz > 0.5, `the bump still weighs: ΔZ ${r.explain.change.dz}`);
  assert.equal(I1.decision, 'ACCEPT');
  assert.match(I1.modules[0].explain, /development tooling only \(dev dependencies, scripts, tool configuration\): reported, not gated/);
  // A runtime dependency bumped with them, or the lockfile alone: gated.
  const runtime = computeDelta(changeSetOf(before, { ...after, 'package.json': pkg('^9.0.0', 'eslint .', '^2.0.0') }), new Policy());
  assert.equal(evaluateI1(runtime, undefined).modules[0].gated, true);
  const lockOnly = computeDelta(changeSetOf(before, { ...before, 'pnpm-lock.yaml': after['pnpm-lock.yaml'] }), new Policy());
  assert.ok(evaluateI1(lockOnly, undefined).modules.every((m) => m.gated));
});

test('got f7ab6e9f: call-signature overloads pair by position within their name — added overloads are no break', () => {
  const { I2 } = judge('got-f7ab6e9f');
  assert.deepEqual(I2.ports.filter((p) => p.verdict === 'FAIL').map((p) => p.reasons.join('; ')), []);
});

test('an overload removed from an exported type is still a FAIL', () => {
  const { a, b } = pairOf('got-f7ab6e9f');
  const file = 'source/types.ts';
  // after → before drops the two overloads again
  const cs = changeSetOf(b, { [file]: a[file] });
  const r = computeDelta(cs, new Policy());
  const reasons = evaluateI2(cs, r.tokens, new Policy()).ports.filter((p) => p.verdict === 'FAIL').flatMap((p) => p.reasons);
  assert.ok(reasons.some((x) => /GotRequestFunction\.\(\): 2 overload\(s\) removed/.test(x)), reasons.join(' | '));
});

test('got 599ae74e: a parameterless constructor replaced by field initialisers is not a removed port', () => {
  const { I2 } = judge('got-599ae74e');
  assert.deepEqual(I2.ports.filter((p) => p.verdict === 'FAIL').map((p) => p.reasons.join('; ')), []);
});

test('got b9334769 (proxyEvents): `Readonly<string[]>` → `readonly string[]` is the same parameter type', () => {
  const a = { 'source/core/utils/proxy-events.ts': 'export default function proxyEvents(from: EventEmitter, to: EventEmitter, events: Readonly<string[]>): () => void {\n\treturn () => {};\n}\n' };
  const b = { 'source/core/utils/proxy-events.ts': 'export default function proxyEvents(from: EventEmitter, to: EventEmitter, events: readonly string[]): () => void {\n\treturn () => {};\n}\n' };
  const cs = changeSetOf(a, b);
  const r = computeDelta(cs, new Policy());
  assert.deepEqual(evaluateI2(cs, r.tokens, new Policy()).ports.filter((p) => p.verdict === 'FAIL').map((p) => p.reasons.join('; ')), []);
});

test('httpx f3eb3c90: I3 projects only the changed lines of a long MODIFY_SIG signature (no cells without textual change)', () => {
  const params = (def: string) => Array.from({ length: 30 }, (_, i) => `        p${i}: int = ${i === 7 ? def : String(i)},\n`).join('');
  const mk = (def: string) => `class AsyncClient:\n    def __init__(\n        self,\n${params(def)}    ) -> None:\n        self.p0 = p0\n`;
  const a = { 'httpx/_client.py': mk('7') };
  const b = { 'httpx/_client.py': mk('None') };
  const cs = changeSetOf(a, b);
  const r = computeDelta(cs, new Policy());
  const sig = r.tokens.find((t) => t.kind === 'MODIFY_SIG')!;
  assert.ok(sig.range.endLine - sig.range.line > 20, 'the signature spans the parameter list');
  const { head, base } = tokenLines(sig, new Set([11]), new Set([11]));
  assert.deepEqual([head, base], [[11], [11]]);
  // A signature token with no changed line of its own still projects the whole signature.
  assert.equal(tokenLines(sig, new Set(), new Set()).head.length, sig.range.endLine - sig.range.line + 1);
});

test('ky 3713ce8d: an option callback type that only gains a trailing parameter is REVIEW, not an I2 FAIL', () => {
  const mk = (sig: string) => ({ 'source/types/options.ts': `export type KyOptions = {\n\tparseJson?: ${sig};\n\tprefix?: string;\n};\n` });
  const cs = changeSetOf(mk('(text: string) => unknown'), mk('(text: string, context: {request: Request; response: Response}) => unknown'));
  const r = computeDelta(cs, new Policy());
  const ports = evaluateI2(cs, r.tokens, new Policy()).ports;
  assert.deepEqual(ports.map((p) => p.verdict), ['REVIEW']);
  assert.match(ports[0].reasons[0], /parameters added to a function type/);
  // Removing a parameter from it, or changing its return type, stays a FAIL.
  const back = changeSetOf(mk('(text: string) => unknown'), mk('() => string'));
  assert.deepEqual(evaluateI2(back, computeDelta(back, new Policy()).tokens, new Policy()).ports.map((p) => p.verdict), ['FAIL']);
});

test('react-hook-form 11bd6df899 / trio c1e1167a3e: a deleted cypress/ suite and changelog fragments of any extension are reported, not I1-gated', () => {
  const suite = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`cypress/e2e/form${i}.cy.ts`, `export function fill${i}(x: number) {\n  if (x > ${i}) return ${i};\n  return x;\n}\n`]));
  const r = computeDelta(changeSetOf(suite, Object.fromEntries(Object.keys(suite).map((f) => [f, null]))), new Policy());
  const I1 = evaluateI1(r, undefined);
  assert.deepEqual(I1.modules.map((m) => [m.gated, /test files only/.test(m.explain)]), [[false, true]]);
  const frags = Object.fromEntries(Array.from({ length: 18 }, (_, i) => [`newsfragments/${3000 + i}.${i % 9 ? 'bugfix.rst' : 'deprecated.txt'}`, `Fix number ${i}.\n`]));
  const f = evaluateI1(computeDelta(changeSetOf(frags, Object.fromEntries(Object.keys(frags).map((x) => [x, null]))), new Policy()), undefined);
  assert.equal(f.modules[0].gated, false, f.modules[0].explain);
});

test('redux-toolkit 8a020ecea4: a workspace package\'s own scripts/ is no shipped code and no API; its src/ is', () => {
  const script = Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`packages/toolkit/scripts/issue-triage/step${i}.ts`, `export function step${i}(x: number) {\n  if (x > ${i}) return ${i};\n  return x;\n}\n`]));
  const r = computeDelta(changeSetOf({}, script), new Policy());
  const I1 = evaluateI1(r, undefined);
  assert.ok(I1.modules.every((m) => !m.gated && /no shipped code \(packages\/toolkit\/scripts\/\)/.test(m.explain)), JSON.stringify(I1.modules.map((m) => m.explain)));
  assert.equal(new Policy().mayBePublic('packages/toolkit/scripts/issue-triage/step0.ts'), false);
  assert.equal(new Policy().mayBePublic('packages/toolkit/src/index.ts'), true);
  assert.equal(new Policy().mayBePublic('src/scripts/run.ts'), true, 'only a package\'s own top level');
  const shipped = Object.fromEntries(Object.entries(script).map(([f, t]) => [f.replace('scripts/issue-triage', 'src/query'), t]));
  assert.ok(evaluateI1(computeDelta(changeSetOf({}, shipped), new Policy()), undefined).modules.every((m) => m.gated));
});

test('handlebars 2f68d9425b: a union type re-quoted by a formatter (`"each"` → `\'each\'`) is no narrowing; an arm really dropped still is', () => {
  const mk = (body: string) => ({ 'types/index.d.ts': `export type BuiltinHelperName =\n${body};\nexport function f(n: BuiltinHelperName): void;\n` });
  const dq = ['"helperMissing"', '"each"', '"if"', '"lookup"'];
  const sq = dq.map((x) => x.replace(/"/g, "'"));
  const failsOf = (a: string[], b: string[], lead: boolean) => {
    const cs = changeSetOf(mk(a.join('|\n')), mk(b.map((x) => `${lead ? '  | ' : ''}${x}`).join('\n').replace(/^ {2}\| /, lead ? '  | ' : '')));
    return evaluateI2(cs, computeDelta(cs, new Policy()).tokens, new Policy()).ports.filter((p) => p.verdict === 'FAIL').flatMap((p) => p.reasons);
  };
  assert.deepEqual(failsOf(dq, sq, true), []);
  const lost = failsOf(dq, sq.filter((x) => x !== "'if'"), true);
  assert.ok(lost.some((r) => /narrowed: "if" no longer accepted$/.test(r)), lost.join(' | '));
});

test('elysia 7acc183b59: a union rewritten as an indexed access type may hold every old arm — REVIEW, not a FAIL; a leading bar opens no empty arm', () => {
  const file = 'src/type-system/types.ts';
  const before = { [file]: 'export type Cb = (e: unknown) => string\nexport type ElysiaTypeCustomError =\n\t| string\n\t| boolean\n\t| number\n\t| Cb\n' };
  const after = { [file]: 'export type Cb = (e: unknown) => string\nexport interface Errors {\n\tdefault: (string & {}) | boolean | (number & {}) | Cb\n}\nexport type ElysiaTypeCustomError = Errors[keyof Errors]\n' };
  const cs = changeSetOf(before, after);
  const ports = evaluateI2(cs, computeDelta(cs, new Policy()).tokens, new Policy()).ports;
  assert.deepEqual(ports.filter((p) => p.verdict === 'FAIL').map((p) => p.reasons.join('; ')), []);
  assert.ok(ports.some((p) => p.verdict === 'REVIEW' && p.reasons.some((r) => /ElysiaTypeCustomError changed/.test(r))), JSON.stringify(ports));
  // Arms dropped with nothing that could stand for them: still a FAIL, naming only real arms.
  const narrowed = { [file]: 'export type Cb = (e: unknown) => string\nexport type ElysiaTypeCustomError = string | Cb\n' };
  const cs2 = changeSetOf(before, narrowed);
  const reasons = evaluateI2(cs2, computeDelta(cs2, new Policy()).tokens, new Policy()).ports.filter((p) => p.verdict === 'FAIL').flatMap((p) => p.reasons);
  assert.ok(reasons.some((r) => /narrowed: boolean \| number no longer accepted$/.test(r)), reasons.join(' | '));
});

test('handlebars 35ea8e61bf: an integration-testing/ suite is test code — moving it is no API break', () => {
  const helper = 'export function assertEquals(actual, expected) {\n  if (actual !== expected) throw new Error(`${actual} !== ${expected}`);\n}\n';
  const cs = changeSetOf(
    { 'integration-testing/webpack-babel-test/src/lib/assert.js': helper },
    { 'tests/integration/webpack-babel-test/src/lib/assert.js': helper },
  );
  const r = computeDelta(cs, new Policy());
  assert.deepEqual(evaluateI2(cs, r.tokens, new Policy()).ports.filter((p) => p.verdict === 'FAIL').map((p) => p.reasons.join('; ')), []);
  assert.ok(isTestPath('integration-tests/run.js') && isTestPath('pkg/test-integration/a.py'));
  assert.ok(!isTestPath('src/integration/client.ts') && !isTestPath('numpy/testing/utils.py'), 'a module named integration or testing is no test suite');
});

test('handlebars 1fc4ef09c1: a change to a later overload of a declared function is shown and placed on that overload', () => {
  const mk = (t: string) => ({ 'types/index.d.ts': `declare namespace Handlebars {\n  export function registerPartial(name: string, fn: Template): void;\n  export function registerPartial(spec: { [name: string]: ${t} }): void;\n  export function unregisterPartial(name: string): void;\n}\n` });
  const r = computeDelta(changeSetOf(mk('HandlebarsTemplateDelegate'), mk('Template')), new Policy());
  const sig = r.tokens.filter((t) => t.kind === 'MODIFY_SIG');
  assert.equal(sig.length, 1, r.tokens.map((t) => t.kind).join());
  assert.ok(sig[0].range.line <= 3 && sig[0].range.endLine >= 3, JSON.stringify(sig[0].range));
  assert.match(String((sig[0].after as { text?: string }).text), /Template \}/);
  assert.notEqual((sig[0].before as { text?: string }).text, (sig[0].after as { text?: string }).text);
  assert.ok(!r.tokens.some((t) => t.kind === 'MODIFY_FILE' && (t.meta as { unexplained?: boolean }).unexplained), r.tokens.map((t) => t.kind).join());
  assert.deepEqual(tokenLines(sig[0], new Set([3]), new Set([3])).head, [3]);
});

/** I2 ports of a before/after pair, as `VERDICT symbol`, sorted (PASS ports included). */
const i2Of = (before: Record<string, string>, after: Record<string, string | null>) => {
  const cs = changeSetOf(before, after);
  return evaluateI2(cs, computeDelta(cs, new Policy()).tokens, new Policy()).ports.map((p) => `${p.verdict} ${p.symbol}`).sort();
};

test('werkzeug 1db190bac8, 3ea0d282d7: a name renamed private but still served by its module __getattr__ is no removal; by the package\'s only, REVIEW', () => {
  const mod = 'src/wz/structures.py';
  const init = 'src/wz/__init__.py';
  const base = {
    [mod]: 'class OrderedMultiDict(dict):\n    def copy(self):\n        return OrderedMultiDict(self)\n\n\ndef iter_items(m):\n    return m.items()\n',
    [init]: 'from .structures import OrderedMultiDict as OrderedMultiDict\nfrom .structures import iter_items as iter_items\n',
  };
  const renamed = 'class _OrderedMultiDict(dict):\n    def copy(self):\n        return _OrderedMultiDict(self)\n\n\ndef iter_items(m):\n    return m.items()\n';
  const getattr = (target: string) => `\n\ndef __getattr__(name):\n    import warnings\n\n    if name == "OrderedMultiDict":\n        warnings.warn("'OrderedMultiDict' is deprecated", DeprecationWarning, stacklevel=2)\n        return ${target}\n\n    raise AttributeError(name)\n`;
  // In the module itself: the old import path works.
  const own = i2Of(base, { [mod]: renamed + getattr('_OrderedMultiDict'), [init]: base[init] });
  assert.ok(!own.some((p) => p.startsWith('FAIL')), own.join(' | '));
  assert.ok(own.includes('PASS OrderedMultiDict'), own.join(' | '));
  // A table of names (`name in alts`) answers as well.
  const table = i2Of(base, { [mod]: renamed + '\n\ndef __getattr__(name):\n    alts = {"OrderedMultiDict": "MultiDict"}\n    if name in alts:\n        return _OrderedMultiDict\n    raise AttributeError(name)\n', [init]: base[init] });
  assert.ok(!table.some((p) => p.startsWith('FAIL')), table.join(' | '));
  // In the package's __init__ only: `from wz import OrderedMultiDict` works, `from wz.structures import …` does not.
  const pkg = i2Of(base, { [mod]: renamed, [init]: 'from .structures import iter_items as iter_items' + getattr('__import__("wz.structures").structures._OrderedMultiDict') });
  assert.ok(!pkg.some((p) => p.startsWith('FAIL')), pkg.join(' | '));
  assert.ok(pkg.includes('REVIEW OrderedMultiDict'), pkg.join(' | '));
  // No __getattr__ names it: still a removal.
  const gone = i2Of(base, { [mod]: renamed, [init]: 'from .structures import iter_items as iter_items\n\n\ndef __getattr__(name):\n    raise AttributeError(name)\n' });
  assert.ok(gone.includes('FAIL OrderedMultiDict'), gone.join(' | '));
});

test('werkzeug 37b9423dfd: a stub .pyi deleted while its module stays is judged against the module\'s declarations', () => {
  const stub = 'src/wz/etag.pyi';
  const mod = 'src/wz/etag.py';
  const base = {
    [stub]: 'class ETags:\n    def contains(self, etag: str) -> bool: ...\n    @property\n    def strong(self) -> bool: ...\n\ndef quote_etag(etag: str) -> str: ...\n\ndef unquote_etag(etag: str) -> str: ...\n',
    [mod]: 'class ETags:\n    def contains(self, etag):\n        return etag in self._strong\n\n    strong = _prop("strong")\n\n\ndef quote_etag(etag):\n    return f\'"{etag}"\'\n\n\ndef unquote_etag(etag):\n    return etag.strip(\'"\')\n',
  };
  // Annotations moved inline, `unquote_etag` really removed from the module.
  const after = {
    [stub]: null,
    [mod]: 'class ETags:\n    def contains(self, etag: str) -> bool:\n        return etag in self._strong\n\n    strong = _prop("strong")\n\n\ndef quote_etag(etag: str) -> str:\n    return f\'"{etag}"\'\n',
  };
  const ports = i2Of(base, after);
  const fails = ports.filter((p) => p.startsWith('FAIL'));
  assert.deepEqual([...new Set(fails)].sort(), ['FAIL unquote_etag'], ports.join(' | '));
  assert.ok(ports.includes('REVIEW ETags.strong'), ports.join(' | '));
  // The stub deleted, the module untouched by the change: its declarations are not read — REVIEW, not FAIL.
  const alone = i2Of(base, { [stub]: null });
  assert.deepEqual(alone.filter((p) => p.startsWith('FAIL')), [], alone.join(' | '));
});

test('rich b0adcb7714: dropping a union arm whose supertype stays (Sequence[T] beside Iterable[T]) narrows nothing; dropping the supertype does', () => {
  const file = 'rich/progress.py';
  const mk = (t: string) => ({ [file]: `from typing import Iterable, Sequence, Union\n\n\ndef track(sequence: ${t}, total=None):\n    yield from sequence\n` });
  const kept = i2Of(mk('Union[Iterable[ProgressType], Sequence[ProgressType]]'), mk('Iterable[ProgressType]'));
  assert.ok(!kept.some((p) => p.startsWith('FAIL')), kept.join(' | '));
  const qualified = i2Of(mk('t.Union[t.Sequence[int], t.Iterable[int]]'), mk('t.Iterable[int]'));
  assert.ok(!qualified.some((p) => p.startsWith('FAIL')), qualified.join(' | '));
  // Other arguments, or the supertype dropped: still a narrowing.
  for (const [a, b] of [['Union[Iterable[str], Sequence[int]]', 'Iterable[str]'], ['Union[Iterable[int], Sequence[int]]', 'Sequence[int]']]) {
    const ports = i2Of(mk(a), mk(b));
    assert.ok(ports.includes('FAIL track'), `${a} → ${b}: ${ports.join(' | ')}`);
  }
});

test('werkzeug 37b9423dfd, rich f000c31491: a private-named Python parameter renamed, or removed when optional, is REVIEW, not FAIL; a public one is still a break', () => {
  const file = 'src/wz/headers.py';
  const mk = (sig: string) => ({ [file]: `class Headers:\n    def add(self, ${sig}):\n        self._list.append((key, value))\n` });
  const renamed = i2Of(mk('_key, _value, **kw'), mk('key, value, /, **kw'));
  assert.deepEqual(renamed.filter((p) => !p.startsWith('PASS')), ['REVIEW Headers.add'], renamed.join(' | '));
  const dropped = i2Of(mk('key, value, _get_mode=False'), mk('key, value'));
  assert.deepEqual(dropped.filter((p) => !p.startsWith('PASS')), ['REVIEW Headers.add'], dropped.join(' | '));
  // A public name renamed, a private one required and removed: FAILs as before.
  for (const [a, b] of [['key, value', 'name, value'], ['key, _value', 'key']]) {
    const ports = i2Of(mk(a), mk(b));
    assert.ok(ports.includes('FAIL Headers.add'), `${a} → ${b}: ${ports.join(' | ')}`);
  }
});

test('werkzeug 620ae56fd8: a Python class dropping __str__ (object has one) is REVIEW; dropping a method object lacks is still a removal', () => {
  const file = 'src/wz/rules.py';
  const base = { [file]: 'class Rule:\n    def __str__(self) -> str:\n        return self.rule\n\n    def build(self, values):\n        return self.rule.format(**values)\n' };
  const noStr = i2Of(base, { [file]: 'class Rule:\n    def build(self, values):\n        return self.rule.format(**values)\n' });
  assert.deepEqual(noStr.filter((p) => !p.startsWith('PASS')), ['REVIEW Rule.__str__'], noStr.join(' | '));
  const noBuild = i2Of(base, { [file]: 'class Rule:\n    def __str__(self) -> str:\n        return self.rule\n' });
  assert.ok(noBuild.includes('FAIL Rule.build'), noBuild.join(' | '));
});

test('flask daca74d93a: an override removed whose body called super() of the same name is REVIEW (the base provides it); a method that did not is a removal', () => {
  const file = 'src/fl/sessions.py';
  const base = { [file]: 'class SecureCookieSession(CallbackDict):\n    def get(self, key, default=None):\n        self.accessed = True\n        return super().get(key, default)\n\n    def touch(self):\n        self.accessed = True\n        return self.get("x")\n' };
  const ports = i2Of(base, { [file]: 'class SecureCookieSession(CallbackDict):\n    pass\n' });
  assert.ok(ports.includes('REVIEW SecureCookieSession.get'), ports.join(' | '));
  assert.ok(ports.includes('FAIL SecureCookieSession.touch'), ports.join(' | '));
  const ts = 'src/store.ts';
  const tsPorts = i2Of({ [ts]: 'export class Store extends Map<string, number> {\n  get(key: string) {\n    this.hits++;\n    return super.get(key);\n  }\n  hits = 0;\n}\n' }, { [ts]: 'export class Store extends Map<string, number> {\n  hits = 0;\n}\n' });
  assert.ok(tsPorts.includes('REVIEW Store.get'), tsPorts.join(' | '));
});

test('pydantic d4bf6f9dd8: a class dropping __hash__ is still a break (with __eq__ it becomes unhashable)', () => {
  const file = 'pydantic/types.py';
  const base = { [file]: '@dataclass\nclass FailFast:\n    fail_fast: bool = True\n\n    def __hash__(self) -> int:\n        return hash(self.fail_fast)\n' };
  const ports = i2Of(base, { [file]: '@dataclass\nclass FailFast:\n    fail_fast: bool = True\n' });
  assert.ok(ports.includes('FAIL FailFast.__hash__'), ports.join(' | '));
});

test('werkzeug 19b20246de: a parameter read through its module\'s type alias (None moved into the alias) narrows nothing; an arm really dropped still does', () => {
  const file = 'src/wz/serving.py';
  const mk = (alias: string, param: string) => ({
    [file]: `import typing as t\n\n_TArg = ${alias}\n\n\ndef make_server(\n    host: str,\n    ssl_context: ${param} = None,\n) -> None:\n    run(host, ssl_context)\n`,
  });
  const base = mk('t.Optional[\n    t.Union["ssl.SSLContext", tuple[str, t.Optional[str]], t.Literal["adhoc"]]\n]', '_TArg | None');
  const moved = i2Of(base, mk('t.Union[\n    "ssl.SSLContext", tuple[str, str | None], t.Literal["adhoc"], None\n]', '_TArg'));
  assert.ok(!moved.some((p) => !p.startsWith('PASS')), moved.join(' | '));
  // `adhoc` no longer accepted: the alias reading clears nothing, the text's finding stays.
  const narrowed = i2Of(base, mk('t.Union["ssl.SSLContext", tuple[str, str | None], None]', '_TArg'));
  assert.ok(narrowed.includes('REVIEW make_server') || narrowed.includes('FAIL make_server'), narrowed.join(' | '));
  // An alias annotated TypeAlias, PEP 695's `type`, and an alias used in the return type.
  const pep = (def: string, ret: string) => ({ [file]: `${def}\n\n\ndef f(x: int) -> ${ret}:\n    return g(x)\n` });
  const viaType = i2Of(pep('type R = int | str', 'R | None'), pep('type R = int | str | None', 'R'));
  assert.ok(!viaType.some((p) => !p.startsWith('PASS')), viaType.join(' | '));
  const viaTypeAlias = i2Of(pep('R: TypeAlias = Union[int, str]', 'Optional[R]'), pep('R: TypeAlias = Union[int, str, None]', 'R'));
  assert.ok(!viaTypeAlias.some((p) => !p.startsWith('PASS')), viaTypeAlias.join(' | '));
  // Without the alias reading the same pairs are not PASS (the test would hold nothing otherwise).
  const plain = i2Of(pep('R = 1', 'int | None'), pep('R = 1', 'int'));
  assert.ok(plain.some((p) => !p.startsWith('PASS')), plain.join(' | '));
});

test('werkzeug 37b9423dfd: a deleted stub read against its module spelled through `import typing as t` (Any → t.Any, NoReturn → t.NoReturn) is no change', () => {
  const stubFile = 'src/wz/mixins.pyi';
  const modFile = 'src/wz/mixins.py';
  const base = {
    [stubFile]: 'from typing import Any, NoReturn\n\nclass ImmutableListMixin:\n    def pop(self, key: Any, default: Any = ...) -> NoReturn: ...\n',
    [modFile]: 'class ImmutableListMixin:\n    def pop(self, key, default=None):\n        raise TypeError()\n',
  };
  const head = {
    [stubFile]: null,
    [modFile]: 'import typing as t\n\nclass ImmutableListMixin:\n    def pop(self, key: t.Any, default: t.Any = None) -> t.NoReturn:\n        raise TypeError()\n',
  };
  const ports = i2Of(base, head);
  assert.ok(ports.includes('PASS ImmutableListMixin.pop'), ports.join(' | '));
  // `Any` and `t.Any` declare nothing: neither is narrower than the other.
  assert.equal(paramTypeFinding('key', 'Any', 't.Any').verdict, 'PASS');
  assert.equal(paramTypeFinding('key', 'Any', 'int').verdict, 'REVIEW');
});

test('tenacity ae2d75edd1 / a02b51a20f: `int | float` → `float` loses no value (PEP 484 numeric tower); a quoted alias of a wider union is that union', () => {
  const file = 'tenacity/wait.py';
  const wait = (t: string) => ({ [file]: `class wait_exponential:\n    def __init__(self, multiplier: ${t} = 1, max: ${t} = 10) -> None:\n        self.multiplier = multiplier\n        self.max = max\n` });
  const tower = i2Of(wait('int | float'), wait('float'));
  assert.ok(!tower.some((p) => !p.startsWith('PASS')), tower.join(' | '));
  const complexOk = i2Of(wait('typing.Union[int, float]'), wait('complex'));
  assert.ok(!complexOk.some((p) => !p.startsWith('PASS')), complexOk.join(' | '));
  const narrowed = i2Of(wait('float'), wait('int'));
  assert.ok(narrowed.some((p) => p.startsWith('FAIL') || p.startsWith('REVIEW')), `float → int still narrows: ${narrowed.join(' | ')}`);
  const retry = 'tenacity/retry.py';
  const mod = (ann: string) => ({ [retry]: `import abc\nimport typing\n\n\nclass retry_base(abc.ABC):\n    def __and__(self, other: ${ann}) -> "retry_all":\n        return retry_all(self, other)\n\n\nRetryBaseT = retry_base | typing.Callable[["RetryCallState"], bool]\n` });
  const widened = i2Of(mod('"retry_base"'), mod('"RetryBaseT"'));
  assert.ok(!widened.some((p) => !p.startsWith('PASS')), widened.join(' | '));
  // A plain `import typing` binds the qualifier `typing.` as `import typing as t` binds `t.`.
  assert.deepEqual(pythonTypeAliases('import typing\n\nX = typing.Optional[int]\n').aliases.get('X'), 'Optional[int]');
  const other = i2Of(mod('"retry_base"'), mod('"OtherT"'));
  assert.ok(other.some((p) => !p.startsWith('PASS')), other.join(' | '));
});

test('p-queue 5362aa77e3: a getter/setter pair replaced by a public field of the same name and type is no removal', () => {
  const file = 'source/index.ts';
  const cls = (members: string) => ({ [file]: `export default class PQueue {\n\t#pending = 0;\n${members}\n\tconstructor(options?: {timeout?: number}) {\n\t\tthis.#pending = 0;\n\t}\n\n\tadd(fn: () => void): void {\n\t\tfn();\n\t}\n}\n` });
  const accessors = '\t#timeout?: number;\n\n\tget timeout(): number | undefined {\n\t\treturn this.#timeout;\n\t}\n\n\tset timeout(milliseconds: number | undefined) {\n\t\tthis.#timeout = milliseconds;\n\t}\n';
  const field = (decl: string) => cls(`\t/**\n\tPer-operation timeout.\n\t*/\n\t${decl}\n`);
  const ports = i2Of(cls(accessors), field('timeout?: number;'));
  assert.deepEqual(ports.filter((p) => !p.startsWith('PASS')), [], ports.join(' | '));
  assert.equal(ports.length, 2, ports.join(' | '));
  const ro = i2Of(cls(accessors), field('readonly timeout?: number;'));
  assert.ok(ro.includes('FAIL PQueue.timeout') && ro.includes('PASS PQueue.timeout'), `a readonly field: writers break, readers do not: ${ro.join(' | ')}`);
  const other = i2Of(cls(accessors), field('timeout?: string;'));
  assert.ok(other.every((p) => p.startsWith('REVIEW')), other.join(' | '));
  const priv = i2Of(cls(accessors), field('private timeout?: number;'));
  assert.ok(priv.every((p) => p.startsWith('FAIL')), `a private field is no replacement: ${priv.join(' | ')}`);
  const nested = i2Of(cls(accessors), cls('\tconfig = {\n\t\ttimeout: 5,\n\t};\n'));
  assert.ok(nested.every((p) => p.startsWith('FAIL')), `an object literal's key is no field: ${nested.join(' | ')}`);
});

test('more-itertools 247e15b3a4: a name moved between modules of a package whose __init__.py imports it from the new one is REVIEW, not a removal', () => {
  const stats = 'class Stats:\n    """Running statistics."""\n\n    def __init__(self, values):\n        self.values = list(values)\n        self.count = len(self.values)\n        self.total = sum(self.values)\n\n    def mean(self):\n        return self.total / self.count if self.count else 0.0\n';
  const more = 'def chunked(iterable, n):\n    return [iterable[i:i + n] for i in range(0, len(iterable), n)]\n';
  const recipes = (all: string) => `${all}def take(n, iterable):\n    return list(iterable)[:n]\n`;
  const before = { 'mi/more.py': `${more}\n\n${stats}`, 'mi/recipes.py': recipes('') };
  const after = (all = '') => ({ 'mi/more.py': more, 'mi/recipes.py': `${recipes(all)}\n\n${stats}` });
  const judge = (b: Record<string, string>, a: Record<string, string | null>, inits?: Map<string, string>) => {
    const cs = changeSetOf(b, a);
    const surface = inits ? { entries: [], names: new Map(), packages: [], pythonInits: inits } : undefined;
    return evaluateI2(cs, computeDelta(cs, new Policy()).tokens, new Policy(), surface).ports.filter((p) => p.symbol === 'Stats').map((p) => `${p.verdict} ${p.reasons.join('; ')}`);
  };
  const star = new Map([['mi/__init__.py', 'from .more import *  # noqa\nfrom .recipes import *  # noqa\n']]);
  const kept = judge(before, after(), star);
  assert.ok(kept.length === 1 && kept[0].startsWith('REVIEW') && kept[0].includes('`from .recipes import *`'), kept.join(' | '));
  assert.ok(judge(before, after())[0].startsWith('FAIL'), 'without the package __init__.py it is a removal');
  assert.ok(judge(before, after(), new Map([['mi/__init__.py', 'from .more import chunked\n']]))[0].startsWith('FAIL'), 'an __init__ that does not import it');
  assert.ok(judge(before, after("__all__ = ['take']\n\n"), star)[0].startsWith('FAIL'), "a star import of a module whose __all__ leaves it out");
  assert.ok(judge(before, after("__all__ = ['take', 'Stats']\n\n"), star)[0].startsWith('REVIEW'));
  // The __init__.py changed by the same commit is read from the change.
  const withInit = judge({ ...before, 'mi/__init__.py': 'from .more import Stats, chunked\n' }, { ...after(), 'mi/__init__.py': 'from .more import chunked\nfrom .recipes import Stats\n' });
  assert.ok(withInit[0].startsWith('REVIEW'), withInit.join(' | '));
});

test('markupsafe 6e353f9027: a special method\'s parameter renamed is no break (Python calls it positionally); annotations only re-spelled in the modern style are the same type', () => {
  const file = 'src/markupsafe/__init__.py';
  const mk = (sig: string, ret = '"Markup"') => ({ [file]: `import typing as t\nimport collections.abc as cabc\n\n\nclass Markup(str):\n    ${sig} -> ${ret}:\n        return self\n` });
  const add = i2Of(mk('def __add__(self, other: t.Union[str, "HasHTML"])'), mk('def __add__(self, value: str | HasHTML)'));
  assert.deepEqual(add, ['PASS Markup.__add__'], add.join(' | '));
  const init = i2Of(mk('def __new__(cls, base: t.Any = "")'), mk('def __new__(cls, object: t.Any = "")'));
  assert.deepEqual(init, ['FAIL Markup.__new__'], `the constructor is called with keywords: ${init.join(' | ')}`);
  const plain = i2Of(mk('def join(self, seq: t.Iterable[t.Union[str, "HasHTML"]])'), mk('def join(self, iterable: cabc.Iterable[str | HasHTML])'));
  assert.deepEqual(plain, ['FAIL Markup.join'], `an ordinary method's rename still breaks keyword callers: ${plain.join(' | ')}`);
  const respelled = i2Of(mk('def split(self, sep: t.Optional[str] = None)', 't.List["te.Self"]'), mk('def split(self, sep: str | None = None)', 'list[te.Self]'));
  assert.ok(!respelled.some((p) => !p.startsWith('PASS')), respelled.join(' | '));
  assert.equal(pythonSpelling('t.Mapping[str, t.Any]'), pythonSpelling('cabc.Mapping[str, t.Any]'));
  assert.equal(pythonSpelling('Optional[Union[int, str]]'), 'int | str | None');
  assert.equal(pythonSpelling('Dict[str, List["Node"]]'), 'dict[str, list[Node]]');
  assert.equal(pythonSpelling('Literal["a", "b"]'), 'Literal["a", "b"]', 'a literal\'s strings are values');
  assert.equal(typeRelation('Optional[str]', 'str', 'python'), 'narrower', 'still read as a union');
});

test('requests 561e4b6889: a Python name left out of a new __all__ but still declared is REVIEW, not a removal; attrs 58c8e9ade6: `typing-examples/`, `typing_tests/` hold no API', () => {
  const file = 'src/requests/__init__.py';
  const fn = 'def check_compatibility(urllib3_version, chardet_version):\n    return urllib3_version.split(".")\n\n\ndef get(url):\n    return url\n';
  const ports = i2Of({ [file]: fn }, { [file]: `${fn}\n\n__all__ = ("get",)\n` });
  assert.deepEqual(ports, ['REVIEW check_compatibility'], ports.join(' | '));
  const ex = 'class AliasExample:\n    def __init__(self, a: int) -> None:\n        self.a = a\n';
  for (const dir of ['typing-examples', 'typing_tests', 'api-docs']) {
    assert.deepEqual(i2Of({ [`${dir}/baseline.py`]: ex }, { [`${dir}/baseline.py`]: null }), [], dir);
  }
  assert.equal(i2Of({ 'attr-utils/baseline.py': ex }, { 'attr-utils/baseline.py': null }).length, 2, 'a compound name that does not end in such a word is library code');
});

test('commander e3192a13aa: one signature split into overloads is judged by the calls it took — PASS when an overload takes each, else FAIL naming the calls', () => {
  const file = 'typings/index.d.ts';
  const cls = (sigs: string) => ({ [file]: `export class Command {\n${sigs}\n  name(): string;\n}\n` });
  const before = cls('  addHelpCommand(enableOrNameAndArgs?: string | boolean, description?: string): this;');
  const covered = i2Of(before, cls('  addHelpCommand(cmd: Command): this;\n  addHelpCommand(nameAndArgs: string, description?: string): this;\n  addHelpCommand(enable?: boolean, description?: string): this;'));
  assert.deepEqual(covered, ['PASS Command.addHelpCommand'], covered.join(' | '));
  const cs = changeSetOf(before, cls('  addHelpCommand(cmd: Command): this;\n  addHelpCommand(nameAndArgs: string, description?: string): this;\n  addHelpCommand(enable?: boolean): this;'));
  const port = evaluateI2(cs, computeDelta(cs, new Policy()).tokens, new Policy()).ports.find((p) => p.symbol === 'Command.addHelpCommand')!;
  assert.equal(port.verdict, 'FAIL');
  assert.deepEqual(port.reasons, ['no overload of Command.addHelpCommand takes addHelpCommand(boolean, string), which the old signature took']);
});

test('click 5e906a8afb: a union with an Any arm declared nothing either — typing it is REVIEW, not a narrowing', () => {
  const file = 'src/click/termui.py';
  const mk = (t: string) => ({ [file]: `import typing as t\n\n\ndef prompt(text: str, default: ${t} = None) -> t.Any:\n    return default or text\n` });
  const typed = i2Of(mk('t.Any | None'), mk('V | str | None'));
  assert.deepEqual(typed, ['REVIEW prompt'], typed.join(' | '));
  const obj = i2Of(mk('t.Any | None'), mk('object'));
  assert.deepEqual(obj, ['PASS prompt'], `Python's object takes every value (click bc36cd1a2b): ${obj.join(' | ')}`);
  const narrowed = i2Of(mk('object'), mk('str'));
  assert.deepEqual(narrowed, ['FAIL prompt'], `object → str still narrows: ${narrowed.join(' | ')}`);
  const protectedField = i2Of(
    { 'src/k.ts': 'export class K {\n  get size(): number {\n    return 1;\n  }\n  run(): void {}\n}\n' },
    { 'src/k.ts': 'export class K {\n  protected size: number = 1;\n  run(): void {}\n}\n' },
  );
  assert.deepEqual(protectedField, ['FAIL K.size'], `a protected field replaces no public getter: ${protectedField.join(' | ')}`);
  assert.equal(untypedAnnotation('t.Optional[t.Any]', 'python'), true);
  assert.equal(untypedAnnotation('string | any', 'typescript'), true);
  assert.equal(untypedAnnotation('str | None', 'python'), false);
});
