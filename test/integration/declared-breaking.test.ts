// Issue 17: a breaking change its commit declares (`feat!:`, `BREAKING CHANGE:`) is reviewed,
// not blocked — an automatic override of I2's FAIL, recorded like --override — in
// `glx invariants --commit` and in the backtest alike; `public_api.declared_breaking: false`
// turns it off (gates/declared-breaking.ts, docs/gates.md).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { TempRepo } from '../helpers/temp-repo';

const GLX = path.resolve(__dirname, '..', '..', '..', 'bin', 'glx');
function glx(args: string[], cwd: string): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [GLX, ...args], { cwd, encoding: 'utf8', timeout: 120_000, env: { ...process.env, GLX_EGDB: 'off' } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
const fn = (n: string) => `export function ${n}(x: number): number {\n  return x + 1;\n}\n`;

let repo: TempRepo;
let declared: string;
let silent: string;
before(() => {
  repo = new TempRepo();
  repo.commit({ 'src/a.ts': fn('a0') + fn('a1') + fn('a2') }, 'init');
  declared = repo.commit({ 'src/a.ts': fn('a0') + fn('a2') }, 'feat!: drop a1\n\nCallers use a0.');
  silent = repo.commit({ 'src/a.ts': fn('a2') }, 'drop a0');
});
after(() => repo.cleanup());

function invariants(sha: string) {
  const r = glx(['invariants', '--commit', sha, '--no-calibrate', '--json'], repo.dir);
  assert.ok(r.code === 0 || r.code === 1, r.stderr);
  return JSON.parse(r.stdout);
}

test('a declared break: I2 still FAILs and lists the port, the override lowers it to REVIEW and says why', () => {
  const j = invariants(declared);
  assert.equal(j.gates.I2.status, 'FAIL');
  assert.ok(j.gates.I2.ports.some((p: { symbol: string; verdict: string }) => p.symbol === 'a1' && p.verdict === 'FAIL'));
  assert.equal(j.overrides.length, 1);
  const o = j.overrides[0];
  assert.equal(o.gate, 'I2');
  assert.equal(o.from, 'BLOCK');
  assert.equal(o.to, 'REVIEW');
  assert.equal(o.ticket, `declared in ${declared.slice(0, 10)}`);
  assert.equal(o.reason, 'breaking change declared in the commit message: "feat!: drop a1"');
  assert.ok(j.explain.some((l: string) => /I2 overridden BLOCK→REVIEW/.test(l)), j.explain.join('\n'));
});

test('the same kind of break, not declared, blocks', () => {
  const j = invariants(silent);
  assert.equal(j.gates.I2.status, 'FAIL');
  assert.deepEqual(j.overrides, []);
  assert.match(j.decision, /BLOCK/);
});

test('the backtest reviews the declared break and lists it; public_api.declared_breaking: false turns it off', () => {
  const r = glx(['gates', 'backtest', '--commits', '2', '--json'], repo.dir);
  assert.equal(r.code, 0, r.stderr);
  const j = JSON.parse(r.stdout);
  const d = j.commits.find((c: { sha: string }) => c.sha === declared);
  assert.deepEqual(d.overrides, ['I2 BLOCK→REVIEW: breaking change declared in the commit message: "feat!: drop a1"']);
  assert.ok(!d.findings.some((f: { gate: string }) => f.gate === 'I2'));
  const md = glx(['gates', 'backtest', '--commits', '2', '--markdown'], repo.dir);
  assert.match(md.stdout, /## Breaking changes declared by their commit \(1\): reviewed, not blocked/);

  repo.write('spec/invariants.yaml', 'public_api:\n  declared_breaking: false\n');
  try {
    const off = invariants(declared);
    assert.deepEqual(off.overrides, []);
    assert.match(off.decision, /BLOCK/);
  } finally {
    repo.remove('spec/invariants.yaml');
  }
});
