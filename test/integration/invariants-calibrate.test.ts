// `glx calibrate update|freeze|unfreeze` on a real generated history (spec §3.8, playbook 1):
// per-module samples and thresholds, incremental re-run (no commit analysed twice), window by
// commits, freeze snapshot + labels scope, frozen thresholds kept while samples keep coming,
// unfreeze, and `glx invariants --ci --freeze` reading the state.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { TempRepo } from '../helpers/temp-repo';

const GLX = path.resolve(__dirname, '..', '..', '..', 'bin', 'glx');
function glx(args: string[], cwd: string): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [GLX, ...args], { cwd, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

let repo: TempRepo;
const state = () => JSON.parse(fs.readFileSync(path.join(repo.dir, '.glx', 'spec_state.json'), 'utf8'));

before(() => {
  repo = new TempRepo();
  repo.commit({ 'core/a.ts': 'export function a0(x: number): number {\n  return x;\n}\n', 'ui/v.ts': 'export function v0(): string {\n  return "";\n}\n' }, 'init');
  for (let i = 1; i <= 24; i++) {
    const core = Array.from({ length: i + 1 }, (_, k) => `export function a${k}(x: number): number {\n  return x + ${k};\n}\n`).join('\n');
    const files: Record<string, string> = { 'core/a.ts': core };
    if (i % 3 === 0) files['ui/v.ts'] = `export function v0(): string {\n  return "${i}";\n}\n`;
    repo.commit(files, `c${i}`);
  }
});
after(() => repo.cleanup());

test('update: per-module samples, quantile thresholds from 20 samples on, defaults below', () => {
  const r = glx(['calibrate', 'update', '--by-module'], repo.dir);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /25 commits in window \(25 analysed, 0 reused\)/);
  const s = state();
  assert.equal(s.schema, 'spec.state.v1');
  assert.equal(s.by_module, true);
  assert.equal(s.modules.core.n, 25);
  assert.equal(s.modules.core.basis, 'quantile');
  assert.ok(s.modules.core.alpha >= 0.1 && s.modules.core.beta >= s.modules.core.alpha + 0.02 - 1e-9 && s.modules.core.zeta >= s.modules.core.beta + 0.02 - 1e-9);
  assert.equal(s.modules.ui.n, 9); // init + every third commit
  assert.equal(s.modules.ui.basis, 'default');
  assert.deepEqual([s.modules.ui.alpha, s.modules.ui.beta, s.modules.ui.zeta], [0.35, 0.5, 0.7]);
  assert.equal(s.modules.core.samples[0].sha, repo.git('rev-parse', 'HEAD'));
  assert.equal(s.modules.core.drift.detector, 'page_hinkley');
  assert.equal(s.sampled.length, 25);
  assert.equal(s.frozen, null);
});

test('incremental: a re-run analyses only new commits; --window N limits the history', () => {
  const again = glx(['calibrate', 'update', '--by-module'], repo.dir);
  assert.match(again.stdout, /\(0 analysed, 25 reused\)/);
  const before = state();
  repo.commit({ 'core/b.ts': 'export function b(): void {\n  return;\n}\n' }, 'new');
  const inc = glx(['calibrate', 'update', '--by-module'], repo.dir);
  assert.match(inc.stdout, /26 commits in window \(1 analysed, 25 reused\)/);
  assert.equal(state().modules.core.n, before.modules.core.n + 1);
  const w = glx(['calibrate', 'update', '--by-module', '--window', '10'], repo.dir);
  assert.match(w.stdout, /10 commits in window \(0 analysed, 10 reused\)/);
  assert.equal(state().modules.core.basis, 'default');
  glx(['calibrate', 'update', '--by-module'], repo.dir);
  assert.equal(glx(['calibrate', 'update', '--window', 'ninety'], repo.dir).code, 2);
});

test('freeze: snapshot + labels scope, thresholds kept while samples are recorded; unfreeze resumes', () => {
  const s0 = state();
  const f = glx(['calibrate', 'freeze', '--commits', '3', '--reason', 'drift guard'], repo.dir);
  assert.equal(f.code, 0, f.stderr);
  const snap = JSON.parse(fs.readFileSync(path.join(repo.dir, '.glx', 'spec_state.before_freeze.json'), 'utf8'));
  assert.deepEqual(snap.modules.core.alpha, s0.modules.core.alpha);
  assert.equal(snap.frozen, null);
  const scope = fs.readFileSync(path.join(repo.dir, '.glx', 'spec_labels_scope.txt'), 'utf8').trim().split('\n');
  assert.equal(scope.length, 3);
  assert.match(scope[0], /^[0-9a-f]{7} new$/);
  const fr = state();
  assert.equal(fr.frozen.remaining, 3);
  assert.equal(fr.frozen.reason, 'drift guard');
  assert.equal(glx(['calibrate', 'freeze', '--commits', '3', '--reason', 'again'], repo.dir).code, 2);
  // A big commit while frozen: sample recorded, thresholds unchanged.
  const big = Array.from({ length: 40 }, (_, k) => `export function z${k}(x: number, y: number): number {\n  return x * y + ${k};\n}\n`).join('\n');
  repo.commit({ 'core/z.ts': big }, 'big');
  glx(['calibrate', 'update', '--by-module'], repo.dir);
  const during = state();
  assert.equal(during.frozen.remaining, 2);
  assert.equal(during.modules.core.n, s0.modules.core.n + 1);
  assert.equal(during.modules.core.alpha, s0.modules.core.alpha);
  const inv = glx(['invariants', '--ci', '--freeze', '.glx/spec_state.json', '--commit', 'HEAD'], repo.dir);
  assert.notEqual(inv.code, 2, inv.stderr);
  const report = JSON.parse(fs.readFileSync(path.join(repo.dir, '.glx', `invariants_${repo.git('rev-parse', 'HEAD')}.json`), 'utf8'));
  assert.equal(report.frozen, true);
  assert.equal(report.gates.I1.modules[0].alpha, s0.modules.core.alpha);
  const u = glx(['calibrate', 'unfreeze'], repo.dir);
  assert.equal(u.code, 0, u.stderr);
  const after = state();
  assert.equal(after.frozen, null);
  assert.ok(after.modules.core.q99 >= s0.modules.core.q99);
});

test('bad input: freeze without --commits/--reason, unknown subcommand, corrupt state → exit 2 with one line', () => {
  assert.match(glx(['calibrate', 'freeze', '--reason', 'x'], repo.dir).stderr, /^glx: calibrate freeze: --commits N/);
  assert.match(glx(['calibrate', 'freeze', '--commits', '2'], repo.dir).stderr, /^glx: calibrate freeze: --reason/);
  assert.match(glx(['calibrate', 'rewind'], repo.dir).stderr, /^glx: calibrate: unknown subcommand "rewind"/);
  fs.writeFileSync(path.join(repo.dir, '.glx', 'spec_state.json'), '{"schema":"nope"}');
  const r = glx(['calibrate', 'unfreeze'], repo.dir);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /^glx: \.glx\/spec_state\.json: not a spec\.state\.v1 file/);
  assert.equal(glx(['invariants', '--ci'], repo.dir).code, 2);
});

test('auto_freeze: a step change in ΔZ is detected by Page-Hinkley and freezes the thresholds for 20 commits', () => {
  const r = new TempRepo();
  try {
    r.commit({ 'spec/invariants.yaml': 'calibration:\n  auto_freeze: true\n', 'core/a.ts': 'export function a(x: number): number {\n  return x;\n}\n' }, 'init');
    for (let i = 1; i <= 24; i++) r.commit({ 'core/a.ts': `export function a(x: number): number {\n  return x + ${i};\n}\n` }, `small ${i}`);
    for (let i = 1; i <= 4; i++) {
      const big = Array.from({ length: 12 }, (_, k) => `export function b${i}_${k}(x: number, y: number): number {\n  return x * y + ${k};\n}\n`).join('\n');
      r.commit({ [`core/b${i}.ts`]: big }, `big ${i}`);
    }
    const res = glx(['calibrate', 'update', '--by-module'], r.dir);
    assert.equal(res.code, 0, res.stderr);
    assert.match(res.stderr, /drift detected \(.*core.*\): thresholds frozen for 20 commits/);
    const s = JSON.parse(fs.readFileSync(path.join(r.dir, '.glx', 'spec_state.json'), 'utf8'));
    assert.equal(s.modules.core.drift.state, 'drift');
    assert.equal(s.frozen.by, 'auto');
    assert.equal(s.frozen.commits, 20);
    assert.ok(fs.existsSync(path.join(r.dir, '.glx', 'spec_state.before_freeze.json')));
  } finally {
    r.cleanup();
  }
});
