// Gate I3 (spec §3.7) on engine results from texts: rename, broken file, docs-only.
import { strict as assert } from 'node:assert';
import { before, test } from 'node:test';
import { Policy } from '../../server/src/config/policy';
import { computeDelta } from '../../server/src/engine/delta-engine';
import { evaluateI3, type LayoutFile } from '../../server/src/mosaic/i3';
import { countLines } from '../../server/src/mosaic/layout';
import { initParsers } from '../../server/src/parsing/languages';
import { changeSetOf } from '../helpers/direct-delta';

before(() => initParsers());

function filesOf(a: Record<string, string>, b: Record<string, string | null>): LayoutFile[] {
  const paths = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...paths].map((p) => ({ path: p, locBase: countLines(a[p]), locHead: countLines(p in b ? (b[p] ?? undefined) : a[p]) }));
}

function i3(a: Record<string, string>, b: Record<string, string | null>, opts: { rows?: number; cols?: number } = {}) {
  const cs = changeSetOf(a, b);
  const r = computeDelta(cs, new Policy());
  return { result: evaluateI3({ files: filesOf(a, b), changeSet: cs, tokens: r.tokens, ...opts }), tokens: r.tokens };
}

const body = (name: string, n: number) =>
  `export function ${name}(x: number): number {\n${Array.from({ length: n }, (_, i) => `  x = x * ${i + 2} + ${i};`).join('\n')}\n  return x;\n}\n`;

function repoText(): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < 12; i++) files[`src/m${String(i).padStart(2, '0')}.ts`] = body(`f${i}`, 30) + body(`g${i}`, 30);
  files['README.md'] = '# demo\n\nsome text\n';
  return files;
}

test('I3: a pure rename is explained (small E, PASS)', () => {
  const a = repoText();
  const b = { 'src/m03.ts': a['src/m03.ts'].replace('function g3(', 'function renamedG3(') };
  const { result, tokens } = i3(a, b);
  assert.ok(tokens.some((t) => t.kind === 'RENAME_FN'), 'engine sees a rename');
  assert.equal(result.status, 'PASS', JSON.stringify(result));
  assert.ok(result.E <= 0.15);
  assert.ok(result.cells.delta >= 1);
});

test('I3: a body edit is explained', () => {
  const a = repoText();
  const b = { 'src/m05.ts': a['src/m05.ts'].replace('x = x * 7 + 5;', 'x = x * 70 + 5;') };
  const { result } = i3(a, b);
  assert.equal(result.status, 'PASS', JSON.stringify(result));
  assert.equal(result.E, 0);
  assert.deepEqual(result.disagreeing, []);
});

test('I3: a file broken mid-edit FAILs and is named with its parse error and lines', () => {
  const a = repoText();
  const broken = a['src/m07.ts'].replace('x = x * 9 + 7;', 'x = x * (9 + 7;\n  if (x > {').replace('x = x * 12 + 10;', 'x = x * 12 + 10 +;');
  const b = { 'src/m07.ts': broken, 'src/m02.ts': a['src/m02.ts'].replace('x = x * 4 + 2;', 'x = x * 40 + 2;') };
  const { result } = i3(a, b);
  assert.equal(result.status, 'FAIL', JSON.stringify(result));
  assert.ok(result.E > 0.2);
  const named = result.files.find((f) => f.path === 'src/m07.ts');
  assert.ok(named, `names the broken file: ${JSON.stringify(result.files)}`);
  assert.match(named.reason, /does not parse/);
  assert.ok(named.lines && named.lines.length > 0);
  assert.ok(result.disagreeing.some((d) => d.kind === 'delta-only' && /^MOZ::64x64@r\d\dc\d\d$/.test(d.cell)));
  assert.ok(!result.files.some((f) => f.path === 'src/m02.ts'), 'the parsing file is not blamed');
});

test('I3: docs-only change is N/A', () => {
  const a = repoText();
  const { result } = i3(a, { 'README.md': '# demo\n\nother text\nmore\n', 'docs/new.md': 'hello\n' });
  assert.equal(result.status, 'N/A');
  assert.equal(result.E, 0);
});

test('I3: τ override and the REVIEW band', () => {
  const a = repoText();
  const b = { 'src/m07.ts': a['src/m07.ts'].replace('x = x * 9 + 7;', 'x = x * (9 + 7;') , 'src/m01.ts': a['src/m01.ts'].replace('x = x * 4 + 2;', 'x = x * 40 + 2;')};
  const cs = changeSetOf(a, b);
  const r = computeDelta(cs, new Policy());
  const base = evaluateI3({ files: filesOf(a, b), changeSet: cs, tokens: r.tokens });
  assert.ok(base.E > 0);
  assert.equal(evaluateI3({ files: filesOf(a, b), changeSet: cs, tokens: r.tokens, tau: base.E }).status, 'PASS');
  assert.equal(evaluateI3({ files: filesOf(a, b), changeSet: cs, tokens: r.tokens, tau: base.E - 0.01 }).status, 'REVIEW');
  assert.equal(evaluateI3({ files: filesOf(a, b), changeSet: cs, tokens: r.tokens, tau: base.E - 0.06 }).status, 'FAIL');
});

test('I3: added and deleted files are explained; deleted lines map through the base', () => {
  const a = repoText();
  const { result } = i3(a, { 'src/m09.ts': null, 'src/zz.ts': body('added', 10) });
  assert.equal(result.status, 'PASS', JSON.stringify(result));
  assert.ok(result.cells.delta > 1);
});

test('I3: non-square grids and the missing-file fallback', () => {
  const a = repoText();
  const b = { 'src/m03.ts': a['src/m03.ts'].replace('function g3(', 'function renamedG3(') };
  const cs = changeSetOf(a, b);
  const r = computeDelta(cs, new Policy());
  const res = evaluateI3({ files: [], changeSet: cs, tokens: r.tokens, rows: 7, cols: 31 });
  assert.equal(res.cells.total, 7 * 31);
  assert.equal(res.status, 'PASS');
});


// A type renamed is one type under a new name (emit-types.ts typeRenames): DEL_TYPE + ADD_TYPE
// projected their whole spans (§3.7) — 60 unchanged member lines lit twice, E 0.97, I3 FAIL.
const iface = (name: string, self: string) =>
  `export interface ${name} {\n${Array.from({ length: 60 }, (_, i) => `  field${i}: string;`).join('\n')}\n  with(color: string): ${self};\n}\n\nexport function use(o: ${name}): string {\n  return o.field1;\n}\n`;

test('I3: an interface renamed (its self-references now `this`) is MODIFY_TYPE renamed, and explained', () => {
  const a = { 'src/options.ts': iface('Options', 'Options') };
  const { result, tokens } = i3(a, { 'src/options.ts': iface('Settings', 'this') });
  const t = tokens.find((x) => x.kind === 'MODIFY_TYPE');
  assert.ok(t, tokens.map((x) => x.kind).join());
  assert.equal(t.symbol, 'Settings');
  assert.equal(t.meta.from, 'Options');
  assert.deepEqual(t.meta.detail, ['renamed']);
  assert.ok(!tokens.some((x) => x.kind === 'ADD_TYPE' || x.kind === 'DEL_TYPE'), tokens.map((x) => x.kind).join());
  assert.equal(result.status, 'PASS', JSON.stringify(result));
});

test('chalk d798222a5a: a name swapped between an interface and an alias, and between a function and a class', () => {
  const before = "export type ChalkInstance = new () => Chalk;\n\n" + iface('Chalk', 'Chalk').replace(/export function use[\s\S]*/, '') +
    '\nclass ChalkClass {\n\tconstructor(options) {\n\t\treturn chalkFactory(options, 1, 2, 3);\n\t}\n}\n\nfunction Chalk(options) {\n\treturn chalkFactory(options, 4, 5, 6, 7);\n}\n';
  const after = "export const Chalk2: new () => ChalkInstance;\n\n" + iface('ChalkInstance', 'this').replace(/export function use[\s\S]*/, '') +
    '\nexport class Chalk {\n\tconstructor(options) {\n\t\treturn chalkFactory(options, 1, 2, 3);\n\t}\n}\n\nfunction createChalk(options) {\n\treturn chalkFactory(options, 4, 5, 6, 7);\n}\n';
  const { result, tokens } = i3({ 'index.ts': before }, { 'index.ts': after });
  const show = tokens.map((x) => `${x.kind} ${x.symbol ?? ''}`).join(', ');
  assert.ok(tokens.some((x) => x.kind === 'MODIFY_TYPE' && x.symbol === 'ChalkInstance' && x.meta.from === 'Chalk'), show);
  assert.ok(tokens.some((x) => x.kind === 'DEL_TYPE' && x.symbol === 'ChalkInstance'), `the alias is removed: ${show}`);
  assert.ok(tokens.some((x) => x.kind === 'RENAME_CLASS' && x.symbol === 'Chalk'), show);
  assert.ok(tokens.some((x) => x.kind === 'RENAME_FN' && x.symbol === 'createChalk'), show);
  assert.ok(!tokens.some((x) => x.kind === 'DEL_CLASS' || x.kind === 'ADD_FN'), show);
  assert.equal(result.status, 'PASS', JSON.stringify(result));
});

test('types of other kinds, or with other members, are no rename', () => {
  const a = { 'src/t.ts': iface('Options', 'Options') };
  const other = `export interface Settings {\n${Array.from({ length: 60 }, (_, i) => `  other${i}: number;`).join('\n')}\n}\n`;
  const { tokens } = i3(a, { 'src/t.ts': other });
  assert.ok(tokens.some((x) => x.kind === 'ADD_TYPE') && tokens.some((x) => x.kind === 'DEL_TYPE'), tokens.map((x) => x.kind).join());
});

test('pino 72df513a4f: a wrapper that runs the old body as `_f.call(this, …)` extracted it (EXTRACT_FN, not ADD_FN over unchanged lines)', () => {
  const body = Array.from({ length: 40 }, (_, i) => `  if (obj.k${i} !== undefined) out += stringify(obj.k${i}, ${i})`).join('\n');
  const before = `'use strict'\n\nfunction asJson (obj, msg, num, time) {\n  let out = ''\n${body}\n  return out + msg + num + time\n}\n\nmodule.exports = { asJson }\n`;
  const after = `'use strict'\n\nfunction asJson (obj, msg, num, time) {\n  if (chan.hasSubscribers === false) {\n    return _asJson.call(this, obj, msg, num, time)\n  }\n  return chan.traceSync(_asJson, { arguments }, this, obj, msg, num, time)\n}\n\nfunction _asJson (obj, msg, num, time) {\n  let out = ''\n${body}\n  return out + msg + num + time\n}\n\nmodule.exports = { asJson }\n`;
  const { result, tokens } = i3({ 'lib/tools.js': before }, { 'lib/tools.js': after });
  const show = tokens.map((x) => `${x.kind} ${x.symbol ?? ''}`).join(', ');
  assert.ok(tokens.some((x) => x.kind === 'EXTRACT_FN' && x.symbol === '_asJson'), show);
  assert.ok(!tokens.some((x) => x.kind === 'ADD_FN'), show);
  assert.equal(result.status, 'PASS', JSON.stringify(result));
});

test('uvicorn 1cb0c32891: an empty file added (a package __init__.py) lights no cell: nothing in it changed, nothing needs explaining', () => {
  const a = repoText();
  const b = { 'src/m05.ts': a['src/m05.ts'].replace('x = x * 7 + 5;', 'x = x * 70 + 5;'), 'tests/protocols/__init__.py': '', 'tests/middleware/__init__.py': '' };
  const { result, tokens } = i3(a, b);
  assert.equal(tokens.filter((t) => t.kind === 'ADD_FILE').length, 2, tokens.map((t) => t.kind).join());
  assert.equal(result.status, 'PASS', JSON.stringify(result));
  assert.equal(result.E, 0);
});
