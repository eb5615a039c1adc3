// Editor parity of the gates (spec §3.7, §6): the real language server over stdio evaluates I3
// (over the Mosaic layout) and I4 (the configured report files) and its status-bar decision
// equals `glx invariants --ci` on the same working tree: an I3 FAIL (a file broken mid-edit)
// and an I4 REVIEW (SSIM pair). I4 findings are diagnostics on spec/invariants.yaml at the
// failing `i4:` entry, merged with the config problems (one publisher), and re-read when the
// report files change.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, test } from 'node:test';
import { fileUri, LspSession, type Diag } from '../helpers/lsp-client';
import { TempRepo } from '../helpers/temp-repo';
import { testPng } from '../helpers/test-png';

const GLX = path.resolve(__dirname, '..', '..', '..', 'bin', 'glx');
function cli(dir: string): any {
  const e: NodeJS.ProcessEnv = { ...process.env };
  delete e.GLX_EGDB_URL;
  const r = spawnSync(process.execPath, [GLX, 'invariants', '--ci', '--json'], { cwd: dir, encoding: 'utf8', timeout: 60_000, env: e });
  assert.ok(r.status === 0 || r.status === 1, r.stderr);
  return JSON.parse(r.stdout);
}
const cliGates = (inv: any) => ({ I1: inv.gates.I1.decision, I2: inv.gates.I2.status, I3: inv.gates.I3.status, I4: inv.gates.I4.status });

const cleanups: (() => Promise<void> | void)[] = [];
after(async () => {
  for (const c of cleanups.reverse()) await c();
});

async function session(dir: string): Promise<LspSession> {
  const s = LspSession.spawn();
  cleanups.push(() => s.close());
  await s.initialize(dir, { debounceMs: 0 });
  await s.waitStatus((st) => st.state === 'ready', 'ready');
  return s;
}

test('I3 FAIL in the editor (a file broken mid-edit): same decision and gate statuses as glx invariants --ci', async () => {
  const body = Array.from({ length: 12 }, (_, i) => `function f${i}(x: number): number {\n  const y = x * ${i};\n  return y + ${i};\n}\n`).join('\n');
  const broken = body.replaceAll('const y = x *', 'const y = (x *').replaceAll('return y +', 'return y ++ (');
  const r = new TempRepo('glx-gates-parity-');
  cleanups.push(() => r.cleanup());
  r.commit({ 'src/calc.ts': body, 'src/other.ts': 'export const k = 1;\n', 'README.md': '# demo\n\ntext\n' }, 'base');
  const s = await session(r.dir);
  const uri = fileUri(r.dir, 'src/calc.ts');
  s.open(uri, body);
  await s.waitStatus((st) => st.gates?.I3 === 'N/A', 'I3 N/A before the edit');
  const from = s.mark();
  const lines = body.split('\n');
  s.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: lines.length - 1, character: lines[lines.length - 1].length } }, text: broken }]);
  const st = await s.waitStatus((x) => x.gates?.I3 === 'FAIL', 'I3 FAIL after the edit', from);
  // The CLI on the same working tree (the buffer saved).
  r.write('src/calc.ts', broken);
  const inv = cli(r.dir);
  assert.equal(inv.gates.I3.status, 'FAIL');
  assert.equal(st.decision, inv.decision);
  assert.equal(st.decision, 'BLOCK');
  assert.deepEqual(st.gates, cliGates(inv));
  // Fixing the buffer brings I3 back (recomputed on the next full snapshot).
  const back = s.mark();
  s.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 999, character: 0 } }, text: body }]);
  const ok = await s.waitStatus((x) => x.gates?.I3 !== 'FAIL', 'I3 no longer FAIL', back);
  assert.notEqual(ok.decision, 'BLOCK');
});

const png = (noise: number): Buffer => testPng(noise);

test('I4 REVIEW in the editor (SSIM pair): same decision as the CLI, diagnostic at the i4 entry merged with config problems, re-read on change', async () => {
  const r = new TempRepo('glx-gates-parity-i4-');
  cleanups.push(() => r.cleanup());
  const yaml = 'i3:\n  tau: 0.15\ni4:\n  images:\n    - { baseline: golden/home.png, current: out/home.png }\n';
  r.commit({ 'src/a.ts': 'export function a(): number {\n  return 1;\n}\n', 'golden/home.png': png(0), 'spec/invariants.yaml': yaml }, 'base');
  r.write('out/home.png', png(12));
  r.write('src/a.ts', 'export function a(): number {\n  return 2;\n}\n');
  const cfgUri = fileUri(r.dir, 'spec/invariants.yaml');
  const inv = cli(r.dir);
  assert.equal(inv.decision, 'REVIEW');
  assert.equal(inv.decided_by, 'I4');
  const s = await session(r.dir);
  // I3 and I4 arrive asynchronously: the status settles on the CLI's gate statuses.
  const st = await s.waitStatus((x) => x.gates?.I4 === 'REVIEW' && JSON.stringify(x.gates) === JSON.stringify(cliGates(inv)), 'the CLI gate statuses');
  assert.equal(st.decision, inv.decision);

  // I4 at the failing entry of spec/invariants.yaml.
  const diags = await s.waitDiagnostics(cfgUri, (d: Diag[]) => d.some((x) => x.code === 'I4'), 'I4 on the config');
  assert.deepEqual(diags.map((x) => x.code), ['I4']);
  const i4 = diags[0];
  assert.equal(i4.severity, 2, 'Warning (REVIEW)');
  assert.equal(i4.range.start.line, 4, 'the images[0] entry');
  assert.match(i4.message, /^I4 REVIEW \(i4\.images\[0\]\): out\/home\.png vs golden\/home\.png: SSIM 0\.9\d+ < 0\.96/);

  // The current image re-rendered identical: I4 PASS after the watched-file event, diagnostic cleared.
  const from = s.mark();
  r.write('out/home.png', png(0));
  void s.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(r.dir, 'out/home.png'), type: 2 }] });
  const st2 = await s.waitStatus((x) => x.gates?.I4 === 'PASS', 'I4 PASS after the report changed', from);
  const inv2 = cli(r.dir);
  assert.equal(st2.decision, inv2.decision);
  assert.equal(st2.decision, 'ACCEPT');
  assert.deepEqual(st2.gates, cliGates(inv2));
  await s.waitDiagnostics(cfgUri, (d: Diag[]) => d.length === 0, 'I4 cleared', from);

  // One publisher for the file: with a config problem too (the CLI refuses such a config with
  // exit 2; the editor keeps working on defaults), both arrive in the same publish.
  r.write('out/home.png', png(12));
  r.write('spec/invariants.yaml', yaml.replace('tau: 0.15', 'tau: 7'));
  const s2 = await session(r.dir);
  const both = await s2.waitDiagnostics(cfgUri, (d: Diag[]) => d.some((x) => x.code === 'I4'), 'I4 with the config problem');
  assert.deepEqual(both.map((x) => x.code), ['CONFIG', 'I4']);
  assert.equal(both[0].range.start.line, 1);
  assert.match(both[0].message, /i3\.tau must be between 0 and 1/);
  assert.equal(both[1].range.start.line, 4);
  assert.ok(fs.existsSync(path.join(r.dir, 'out', 'home.png')));
});

test('I2 over the package surface (docs/gates.md "Whose API"): removing an internal helper passes in the editor and the CLI alike; removing a public name fails in both', async () => {
  const r = new TempRepo('glx-gates-parity-surface-');
  cleanups.push(() => r.cleanup());
  const util = 'export function urlToOptions(url: URL): {host: string} {\n  return {host: url.host};\n}\n';
  r.commit({
    'package.json': JSON.stringify({ name: 'pkg', type: 'module', exports: './dist/source/index.js' }),
    'source/index.ts': "export {get} from './core/get.js';\n",
    'source/core/get.ts': "import {urlToOptions} from './utils/url-to-options.js';\nexport function get(url: URL): string {\n  return urlToOptions(url).host;\n}\nexport function internalHelper(): number {\n  return 1;\n}\n",
    'source/core/utils/url-to-options.ts': util,
  }, 'base');
  // The helper inlined and its file deleted: only internal names go.
  r.remove('source/core/utils/url-to-options.ts');
  r.write('source/core/get.ts', 'export function get(url: URL): string {\n  return url.host;\n}\nexport function internalHelper(): number {\n  return 1;\n}\n');
  const inv = cli(r.dir);
  assert.equal(inv.gates.I2.scope.kind, 'package');
  assert.deepEqual(inv.gates.I2.scope.entries, ['source/index.ts']);
  assert.equal(inv.gates.I2.summary.fail, 0, JSON.stringify(inv.gates.I2.ports));
  const s = await session(r.dir);
  const st = await s.waitStatus((x) => x.gates?.I2 !== undefined && x.gates.I2 !== 'FAIL', 'I2 not failing in the editor');
  assert.equal(st.gates?.I2, inv.gates.I2.status);
  // Renaming the public `get` fails in both (the editor reads the surface in the background, then decides again).
  const uri = fileUri(r.dir, 'source/core/get.ts');
  const renamed = 'export function fetchIt(url: URL): string {\n  return url.host;\n}\nexport function internalHelper(): number {\n  return 1;\n}\n';
  s.open(uri, r.read('source/core/get.ts'));
  const from = s.mark();
  s.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 99, character: 0 } }, text: renamed }]);
  const failed = await s.waitStatus((x) => x.gates?.I2 === 'FAIL', 'I2 FAIL after renaming get', from);
  r.write('source/core/get.ts', renamed);
  const inv2 = cli(r.dir);
  assert.equal(inv2.gates.I2.status, 'FAIL');
  assert.equal(failed.decision, inv2.decision);
  // Removing only the internal helper is not a break of the package's API.
  r.write('source/core/get.ts', renamed.replace(/export function internalHelper[\s\S]*$/, ''));
  const ports = cli(r.dir).gates.I2.ports.filter((p: any) => p.verdict === 'FAIL').map((p: any) => p.symbol);
  assert.deepEqual(ports, ['get']);
});

test('I2 in a monorepo: each file is judged by its own workspace package\'s entry (TanStack/query 8582702152: an internal helper of one package); the editor widens what it read when another package is edited', async () => {
  const r = new TempRepo('glx-gates-parity-monorepo-');
  cleanups.push(() => r.cleanup());
  const pkg = (name: string) => JSON.stringify({ name, type: 'module', exports: { '.': { 'custom-condition': './src/index.ts', import: './build/index.js' } } });
  const helper = 'export const ASTUtils = {\n  isIdentifier(n: unknown): boolean {\n    return !!n;\n  },\n};\nexport function unusedHelper(): number {\n  return 1;\n}\n';
  r.commit({
    'package.json': JSON.stringify({ name: 'root', private: true, workspaces: ['packages/*'] }),
    'packages/a/package.json': pkg('a'),
    'packages/a/src/index.ts': "export {rule} from './rule';\n",
    'packages/a/src/rule.ts': "import {ASTUtils} from './utils/ast-utils';\nexport function rule(n: unknown): boolean {\n  return ASTUtils.isIdentifier(n);\n}\n",
    'packages/a/src/utils/ast-utils.ts': helper,
    'packages/b/package.json': pkg('b'),
    'packages/b/src/index.ts': "export {query} from './query';\n",
    'packages/b/src/query.ts': 'export function query(key: string): string {\n  return key;\n}\nexport function internalRetry(n: number): number {\n  return n;\n}\n',
  }, 'base');
  // An unused helper of package a removed: a's entry never exports it.
  r.write('packages/a/src/utils/ast-utils.ts', helper.replace(/export function unusedHelper[\s\S]*$/, ''));
  const inv = cli(r.dir);
  assert.equal(inv.gates.I2.scope.kind, 'package');
  assert.deepEqual(inv.gates.I2.scope.entries, ['packages/a/src/index.ts']);
  assert.equal(inv.gates.I2.summary.fail, 0, JSON.stringify(inv.gates.I2.ports));
  const s = await session(r.dir);
  const st = await s.waitStatus((x) => x.gates?.I2 !== undefined && x.gates.I2 !== 'FAIL', 'I2 not failing in the editor');
  assert.equal(st.gates?.I2, inv.gates.I2.status);
  // Package b's internal function removed too: the editor reads b's surface as well, then passes it.
  const uri = fileUri(r.dir, 'packages/b/src/query.ts');
  const inB = 'export function query(key: string): string {\n  return key;\n}\n';
  s.open(uri, r.read('packages/b/src/query.ts'));
  const from = s.mark();
  s.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 99, character: 0 } }, text: inB }]);
  r.write('packages/b/src/query.ts', inB);
  const inv2 = cli(r.dir);
  assert.deepEqual(inv2.gates.I2.scope.entries, ['packages/a/src/index.ts', 'packages/b/src/index.ts']);
  assert.equal(inv2.gates.I2.summary.fail, 0, JSON.stringify(inv2.gates.I2.ports));
  // Judged file by file until b's surface is read (FAIL, if a status goes out meanwhile), then by
  // b's entry: a status of the edited change (2 semantic tokens) that does not fail. Without the
  // widening it stays FAIL.
  const passed = await s.waitStatus((x) => x.tokens === 2 && x.gates?.I2 !== undefined && x.gates.I2 !== 'FAIL', 'I2 not failing once b\'s surface is read', from);
  assert.equal(passed.gates?.I2, inv2.gates.I2.status);
  // Renaming b's public `query` fails in both.
  const renamed = 'export function runQuery(key: string): string {\n  return key;\n}\n';
  const from2 = s.mark();
  s.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 99, character: 0 } }, text: renamed }]);
  const failed = await s.waitStatus((x) => x.gates?.I2 === 'FAIL', 'I2 FAIL after renaming query', from2);
  r.write('packages/b/src/query.ts', renamed);
  const inv3 = cli(r.dir);
  assert.deepEqual(inv3.gates.I2.ports.filter((p: any) => p.verdict === 'FAIL').map((p: any) => p.symbol), ['query']);
  assert.equal(failed.decision, inv3.decision);
});

test('I2, Python: a name moved between modules that the package __init__.py still imports (unchanged, read at the base) is REVIEW in the CLI and the editor alike (more-itertools 247e15b3a4)', async () => {
  const r = new TempRepo('glx-gates-parity-pyinit-');
  cleanups.push(() => r.cleanup());
  const helper = 'def helper(values, scale=1):\n' + Array.from({ length: 10 }, (_, i) => `    values = [v * ${i + 2} + scale for v in values]\n`).join('') + '    return values\n';
  r.commit({
    'pkg/__init__.py': 'from .a import *\nfrom .b import *\n',
    'pkg/a.py': `def keep():\n    return 1\n\n\n${helper}`,
    'pkg/b.py': 'def other():\n    return 2\n',
  }, 'base');
  r.write('pkg/a.py', 'def keep():\n    return 1\n');
  r.write('pkg/b.py', `def other():\n    return 2\n\n\n${helper}`);
  const inv = cli(r.dir);
  const port = inv.gates.I2.ports.find((p: any) => p.symbol === 'helper');
  assert.equal(port?.verdict, 'REVIEW', JSON.stringify(inv.gates.I2.ports));
  assert.match(port.reasons.join(' '), /pkg\/__init__\.py: `from \.b import \*`/);
  assert.equal(inv.gates.I2.status, 'REVIEW');
  const s = await session(r.dir);
  const st = await s.waitStatus((x) => x.gates?.I2 === 'REVIEW', 'I2 REVIEW in the editor once the package __init__.py is read');
  assert.equal(st.decision, inv.decision);
  // Without the star import of the new module it is a removal in both.
  r.write('pkg/__init__.py', 'from .a import *\n');
  assert.equal(cli(r.dir).gates.I2.status, 'FAIL');
});

test('I2, Python: a maintenance script beside the package, which no packaging file names, moved to scripts/ is no API break in the CLI and the editor alike (httpcore 55181722f9)', async () => {
  const r = new TempRepo('glx-gates-parity-pyroot-');
  cleanups.push(() => r.cleanup());
  const script = 'import sys\n\n\ndef unasync_line(line):\n    return line.replace("async ", "")\n\n\ndef main():\n    for line in sys.stdin:\n        print(unasync_line(line))\n';
  r.commit({
    'pyproject.toml': '[build-system]\nrequires = ["hatchling"]\n\n[tool.hatch.build.targets.sdist]\ninclude = ["/pkg"]\n',
    'pkg/__init__.py': 'from .core import run\n',
    'pkg/core.py': 'def run():\n    return 1\n',
    'unasync.py': script,
  }, 'base');
  r.remove('unasync.py');
  r.write('scripts/unasync.py', script);
  r.git('add', '-A');
  const inv = cli(r.dir);
  assert.equal(inv.gates.I2.status, 'PASS', JSON.stringify(inv.gates.I2.ports));
  const s = await session(r.dir);
  const st = await s.waitStatus((x) => x.gates?.I2 === 'PASS' && x.decision !== undefined, 'I2 PASS in the editor once the base tree is read');
  assert.equal(st.decision, inv.decision);
  // Named by the packaging (setuptools py-modules), the module is shipped: its move is a break in both.
  r.commit({ 'pyproject.toml': '[tool.setuptools]\npy-modules = ["unasync"]\n', 'unasync.py': script, 'scripts/unasync.py': null }, 'ship it');
  r.remove('unasync.py');
  r.write('scripts/unasync.py', script);
  r.git('add', '-A');
  assert.equal(cli(r.dir).gates.I2.status, 'FAIL');
});
