// The `glx` CLI as users run it: the built bin/glx, from another working directory, on real
// temp repos. Exit codes (0 ok, 2 usage/bad input), one-line errors, artifacts, --json.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { TempRepo } from '../helpers/temp-repo';

const GLX = path.resolve(__dirname, '..', '..', '..', 'bin', 'glx');

function glx(args: string[], cwd: string): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [GLX, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

let repo: TempRepo;
let first: string;
let second: string;

before(() => {
  repo = new TempRepo();
  first = repo.commit({
    'src/math.ts': 'export function add(a: number, b: number): number {\n  return a + b;\n}\n',
    'lib/util.py': 'def slug(s):\n    return s.lower()\n',
    'README.md': '# demo\n',
  }, 'init');
  second = repo.commit({ 'src/math.ts': 'export function add(a: number, b: number, c = 0): number {\n  return a + b + c;\n}\n' }, 'add c');
  repo.write('lib/util.py', 'def slugify(s):\n    return s.lower()\n');
});
after(() => repo.cleanup());

test('glx delta on the working tree writes the three artifacts and prints a summary', () => {
  const r = glx(['delta'], repo.dir);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /whole change: ΔZ \d\.\d\d · \d+ semantic tokens? in \d+ files?/);
  for (const f of ['delta.tokens.v1.json', 'delta.fingerprint.v1.json', 'delta_report.json']) {
    const j = JSON.parse(fs.readFileSync(path.join(repo.dir, '.glx', f), 'utf8'));
    assert.ok(j.schema, `${f} carries its schema`);
  }
  const report = JSON.parse(fs.readFileSync(path.join(repo.dir, '.glx', 'delta_report.json'), 'utf8'));
  assert.equal(report.schema, 'delta.report.v1');
  assert.equal(report.head.rev, 'WORKTREE');
  // base = merge-base with main = HEAD: only the working-tree rename is in the change
  assert.deepEqual(report.tokens.map((t: { kind: string }) => t.kind), ['RENAME_FN']);
});

test('glx delta --range X (one commit) --json prints delta.report.v1 on stdout, from another cwd', () => {
  const r = glx(['delta', '--repo', repo.dir, '--range', second, '--json', '--out', path.join(os.tmpdir(), `glx-report-${process.pid}.json`)], os.tmpdir());
  assert.equal(r.code, 0, r.stderr);
  const report = JSON.parse(r.stdout);
  assert.equal(report.schema, 'delta.report.v1');
  assert.equal(report.base.sha, first);
  assert.equal(report.head.sha, second);
  assert.equal(report.sha, second);
  assert.deepEqual(report.modules, ['src']);
  assert.ok(report.tokens.some((t: { kind: string; symbol: string }) => t.kind === 'MODIFY_SIG' && t.symbol === 'add'));
  assert.ok(report.energy.overall.dz > 0 && report.energy.overall.dz < 1);
  assert.ok(report.energy.modules.src.raw > 0);
  assert.match(report.fingerprint, /^fp:sha256:[0-9a-f]{64}$/);
  assert.ok(Array.isArray(report.explain.rows));
  assert.match(report.explain.sentences[0], /^whole change: ΔZ \d\.\d\d · \d+ semantic tokens? in 1 file — /);
  assert.match(report.explain.sentences[1], /^module src: ΔZ \d\.\d\d — MODIFY_SIG \+/);
  assert.ok(report.features.histogram.kind.MODIFY_SIG === 1);
});

test('glx delta --base A --head B equals --range A..B; the root commit is compared with the empty tree', () => {
  const a = JSON.parse(glx(['delta', '--base', first, '--head', second, '--json'], repo.dir).stdout);
  const b = JSON.parse(glx(['delta', '--range', `${first}..${second}`, '--json'], repo.dir).stdout);
  assert.equal(a.fingerprint, b.fingerprint);
  const root = JSON.parse(glx(['delta', '--range', first, '--json'], repo.dir).stdout);
  assert.deepEqual(root.tokens.filter((t: { kind: string }) => t.kind === 'ADD_FILE').map((t: { file: string }) => t.file).sort(), ['README.md', 'lib/util.py', 'src/math.ts']);
});

test('bad input: one line naming the input and the reason, exit 2', () => {
  const cases: [string[], RegExp][] = [
    [['delta', '--base', 'no-such-ref'], /^glx: --base no-such-ref: unknown revision\n$/],
    [['delta', '--frobnicate'], /^glx: delta: unknown option --frobnicate/],
    [['delta', '--base'], /^glx: delta: --base needs a value/],
    [['nonsense'], /^glx: unknown verb "nonsense"/],
  ];
  for (const [args, re] of cases) {
    const r = glx(args, repo.dir);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, re);
    assert.equal(r.stderr.trim().split('\n').length, 1);
  }
  const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'glx-norepo-'));
  const r = glx(['delta'], outside);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /not a git repository/);
  fs.rmSync(outside, { recursive: true });
});

test('an invalid spec/invariants.yaml is reported with file, line and reason (exit 2)', () => {
  const bad = new TempRepo();
  try {
    bad.commit({ 'spec/invariants.yaml': 'schema: invariants.v1\nweights:\n  MODIFY_SIG: lots\n', 'a.ts': 'export const x = 1;\n' });
    const r = glx(['delta'], bad.dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^glx: spec\/invariants\.yaml:3:15: weights\.MODIFY_SIG must be a number\n$/);
    bad.write('spec/invariants.yaml', 'modules:\n  core: ["src/core/**"]\nweights:\n  MODIFY_SIG: 0.5\nignore: ["vendor/**"]\n');
    bad.write('src/core/x.ts', 'export function f(a: number) { return a; }\n');
    bad.write('vendor/lib.js', 'module.exports = 1;\n');
    const ok = glx(['delta', '--json'], bad.dir);
    assert.equal(ok.code, 0, ok.stderr);
    const report = JSON.parse(ok.stdout);
    assert.ok(report.tokens.every((t: { file: string }) => !t.file.startsWith('vendor/')), 'ignore globs apply');
    assert.ok(report.modules.includes('core'), 'module globs apply');
  } finally {
    bad.cleanup();
  }
});

test('every verb has --help; ast index and ast delta write their artifacts', () => {
  for (const v of [['--help'], ['delta', '--help'], ['ast', '--help'], ['ast', 'index', '--help']]) {
    const r = glx(v, repo.dir);
    assert.equal(r.code, 0, v.join(' '));
    assert.match(r.stdout, /usage: glx/);
  }
  const idx = glx(['ast', 'index'], repo.dir);
  assert.equal(idx.code, 0, idx.stderr);
  const index = JSON.parse(fs.readFileSync(path.join(repo.dir, '.glx', 'ast_index.json'), 'utf8'));
  assert.equal(index.schema, 'ast.index.v1');
  const math = index.files.find((f: { path: string }) => f.path === 'src/math.ts');
  assert.equal(math.symbols[0].qualname, 'add');
  assert.match(math.symbols[0].uid, /^AST::src\/math\.ts@1:0#[0-9a-f]{8}$/);
  const d = glx(['ast', 'delta', '--from', first, '--to', second], repo.dir);
  assert.equal(d.code, 0, d.stderr);
  const delta = JSON.parse(fs.readFileSync(path.join(repo.dir, '.glx', 'ast_delta.json'), 'utf8'));
  assert.equal(delta.schema, 'ast.delta.v1');
  assert.deepEqual(delta.tokens.map((t: { kind: string }) => t.kind), ['MODIFY_SIG']);
});
