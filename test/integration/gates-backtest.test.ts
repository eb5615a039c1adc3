// Issue 17: `glx gates backtest` on a generated history (each commit judged as CI would have,
// thresholds only from the commits before it, defaults under 20 samples), and the first run of
// `glx invariants` calibrating from the branch history unless --no-calibrate (spec §3.8).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { TempRepo } from '../helpers/temp-repo';

const GLX = path.resolve(__dirname, '..', '..', '..', 'bin', 'glx');
function glx(args: string[], cwd: string): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [GLX, ...args], { cwd, encoding: 'utf8', timeout: 120_000, env: { ...process.env, GLX_EGDB: 'off' } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

let repo: TempRepo;
before(() => {
  repo = new TempRepo();
  repo.commit({ 'src/a.ts': 'export function a0(x: number): number {\n  return x;\n}\n' }, 'init');
  for (let i = 1; i <= 24; i++) {
    const body = Array.from({ length: i + 1 }, (_, k) => `export function a${k}(x: number): number {\n  return x + ${k};\n}\n`).join('\n');
    repo.commit({ 'src/a.ts': body }, `add a${i}`);
  }
  // The last commit removes a public function: a real API break, I2 FAIL → BLOCK.
  const body = Array.from({ length: 24 }, (_, k) => `export function a${k}(x: number): number {\n  return x + ${k};\n}\n`).join('\n');
  repo.commit({ 'src/a.ts': body }, 'drop a24');
});
after(() => repo.cleanup());

test('gates backtest --json: distribution over the last N commits, thresholds from the commits before each, blocks explained', () => {
  const r = glx(['gates', 'backtest', '--commits', '10', '--json'], repo.dir);
  assert.equal(r.code, 0, r.stderr);
  const j = JSON.parse(r.stdout);
  assert.equal(j.schema, 'glx.backtest.v1');
  assert.equal(j.judged, 10);
  assert.equal(j.commits.length, 10);
  assert.equal(Object.values(j.distribution as Record<string, number>).reduce((a, b) => a + b, 0), 10);
  // Oldest first; the k-th judged commit had (window) 15 + k earlier commits as samples.
  const first = j.commits[0];
  const last = j.commits[9];
  assert.equal(last.subject, 'drop a24');
  assert.ok(first.samples < last.samples, `${first.samples} < ${last.samples}`);
  assert.equal(first.thresholds.basis, 'default'); // 15 samples: defaults
  assert.equal(last.thresholds.basis, 'quantile'); // 25 samples
  // I2 FAIL blocks; the removal's ΔZ is also far above the thresholds learned on additions (I1:
  // BLOCK — with fewer than 99 samples I1 never HARD_BLOCKs, docs/gates.md "Which quantile").
  assert.equal(last.decision, 'BLOCK');
  assert.equal(last.thresholds.zeta, 1);
  const i2 = last.findings.find((f: { gate: string }) => f.gate === 'I2');
  assert.match(i2.line, /^I2 FAIL: public function a24 \(src\/a\.ts\): a24 removed/);
  assert.equal(i2.tokens[0].kind, 'DEL_FN');
  const i1 = last.findings.find((f: { gate: string }) => f.gate === 'I1');
  assert.ok(i1);
  assert.match(last.sentence, /^BLOCK: 1 public API contract broken \(function a24 .*; and module src: ΔZ \d\.\d\d above β/);
  // One story (spec §3.6): the sentence's I1 part is the module sentence, parts per kind adding up.
  assert.ok(last.sentence.endsWith(`; and ${i1.line.replace(/^I1 \S+: /, '')}.`), `${last.sentence} | ${i1.line}`);
});

test('gates backtest (text and markdown): the distribution and each blocked commit with its sentence', () => {
  const t = glx(['gates', 'backtest', '--commits', '5'], repo.dir);
  assert.equal(t.code, 0, t.stderr);
  assert.match(t.stdout, /^backtest: 5 first-parent commits of HEAD/);
  assert.match(t.stdout, /ACCEPT \d+ \(\d+\.\d%\) · REVIEW \d+ .* · BLOCK 1 \(20\.0%\) · HARD_BLOCK 0 \(0\.0%\)/);
  assert.match(t.stdout, /drop a24\n  BLOCK: 1 public API contract broken/);
  const m = glx(['gates', 'backtest', '--commits', '5', '--markdown'], repo.dir);
  assert.match(m.stdout, /^# Gates backtest — last 5 first-parent commits/);
  assert.match(m.stdout, /\| BLOCK \| 1 \| 20\.0 % \|/);
  assert.match(m.stdout, /### [0-9a-f]{10} drop a24/);
});

test('gates: usage errors are one line, exit 2', () => {
  assert.equal(glx(['gates', 'backtest', '--commits', '0'], repo.dir).code, 2);
  assert.equal(glx(['gates', 'frobnicate'], repo.dir).code, 2);
});

test('first glx invariants calibrates from the history before the base (unless --no-calibrate)', () => {
  const stateFile = path.join(repo.dir, '.glx', 'spec_state.json');
  fs.rmSync(path.join(repo.dir, '.glx'), { recursive: true, force: true });
  const n = glx(['invariants', '--ci', '--commit', 'HEAD', '--no-calibrate'], repo.dir);
  assert.equal(n.code, 1, n.stderr); // I2 FAIL
  assert.ok(!fs.existsSync(stateFile));
  const r = glx(['invariants', '--ci', '--commit', 'HEAD', '--json'], repo.dir);
  assert.equal(r.code, 1, r.stderr);
  assert.match(r.stderr, /first run: calibrated from 25 commit\(s\) of the history before [0-9a-f]{10} \(25 sample\(s\)\)/);
  assert.ok(fs.existsSync(stateFile));
  assert.equal(JSON.parse(r.stdout).thresholds_source, '.glx/spec_state.json');
  // Second run: the state exists, no calibration line.
  const again = glx(['invariants', '--ci', '--commit', 'HEAD'], repo.dir);
  assert.doesNotMatch(again.stderr, /first run/);
});
