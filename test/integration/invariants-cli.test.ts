// `glx invariants --ci` as CI runs it (the built bin/glx on real temp repos): the four
// scenarios of the original spec — MODIFY_SIG of a public function without adapter → BLOCK
// (I2); ΔZ between α and β → REVIEW (I1) naming the tokens; SSIM 0.93 < 0.96 → REVIEW (I4);
// mosaic disagreement E > τ → BLOCK (I3) — plus exit codes, overrides, --commit artifacts,
// --freeze thresholds and bad input.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, test } from 'node:test';
import { TempRepo } from '../helpers/temp-repo';
import { testPng } from '../helpers/test-png';

const GLX = path.resolve(__dirname, '..', '..', '..', 'bin', 'glx');
function glx(args: string[], cwd: string): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [GLX, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
const repos: TempRepo[] = [];
after(() => repos.forEach((r) => r.cleanup()));
function repo(files: Record<string, string | Buffer>): TempRepo {
  const r = new TempRepo();
  repos.push(r);
  r.commit(files, 'base');
  return r;
}
const json = (r: TempRepo, f: string) => JSON.parse(fs.readFileSync(path.join(r.dir, '.glx', f), 'utf8'));

const ADD = 'export function add(a: number, b: number): number {\n  return a + b;\n}\n';
const NEW_SIG = 'export function add(a: number, b: number, c: number): number {\n  return a + b + c;\n}\n';

test('scenario I2: MODIFY_SIG of a public function without adapter → BLOCK, exit 1; scores and decision in delta_report.json', () => {
  const r = repo({ 'src/math.ts': ADD });
  r.write('src/math.ts', NEW_SIG);
  const res = glx(['invariants', '--ci'], r.dir);
  assert.equal(res.code, 1, res.stderr + res.stdout);
  assert.match(res.stdout, /^decision BLOCK \(by I2\)/);
  assert.match(res.stdout, /I2 FAIL: public function add \(src\/math\.ts\): .*required parameter c added/);
  const report = json(r, 'delta_report.json');
  assert.equal(report.schema, 'delta.report.v1');
  assert.equal(report.decision, 'BLOCK');
  assert.equal(report.scores.I2.status, 'FAIL');
  assert.deepEqual(report.scores.I2.ports.map((p: { port: string }) => p.port), ['src/math.ts:add']);
  assert.ok(report.tokens.some((t: { kind: string }) => t.kind === 'MODIFY_SIG'));
  assert.ok(['PASS', 'REVIEW', 'FAIL', 'N/A'].includes(report.scores.I3.status));
  // With the adapter the quick fix writes, the contract holds.
  r.write('src/math.ts', `${NEW_SIG}/** @deprecated use add(a, b, c) */\nexport function add_v1(a: number, b: number): number {\n  return add(a, b, 0);\n}\n`);
  const ok = glx(['invariants', '--ci'], r.dir);
  assert.notEqual(json(r, 'delta_report.json').scores.I2.status, 'FAIL', ok.stdout);
});

test('override lowers the gate one level and is recorded; --fail-on review; --override without --reason is a usage error', () => {
  const r = repo({ 'src/math.ts': ADD });
  r.write('src/math.ts', NEW_SIG);
  const o = glx(['invariants', '--ci', '--override', 'I2:JIRA-7', '--reason', 'internal caller only'], r.dir);
  assert.equal(o.code, 0, o.stdout + o.stderr);
  const inv = json(r, 'invariants.json');
  assert.equal(inv.schema, 'glx.invariants.v1');
  assert.equal(inv.decision, 'REVIEW');
  assert.deepEqual(inv.overrides.map((x: { gate: string; ticket: string; reason: string; from: string; to: string }) => [x.gate, x.ticket, x.reason, x.from, x.to]), [['I2', 'JIRA-7', 'internal caller only', 'BLOCK', 'REVIEW']]);
  assert.equal(glx(['invariants', '--ci', '--override', 'I2:JIRA-7', '--reason', 'x', '--fail-on', 'review'], r.dir).code, 1);
  const bad = glx(['invariants', '--ci', '--override', 'I2:JIRA-7'], r.dir);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /^glx: invariants: --override needs --reason/);
  assert.match(glx(['invariants', '--override', 'I9:X', '--reason', 'r'], r.dir).stderr, /--override I9:X: expected I<n>:<ticket>/);
});

test('scenario I1: ΔZ between α and β → REVIEW (exit 0), the explain names the tokens', () => {
  const r = repo({ 'src/calc.ts': 'export function keep(x: number): number {\n  return x;\n}\n' });
  const extra = Array.from({ length: 6 }, (_, i) => `function g${i}(x: number): number {\n  return x * ${i};\n}\n`).join('\n');
  r.write('src/calc.ts', `export function keep(x: number): number {\n  return x;\n}\n\n${extra}`);
  const res = glx(['invariants', '--ci'], r.dir);
  assert.equal(res.code, 0, res.stdout + res.stderr);
  const inv = json(r, 'invariants.json');
  assert.equal(inv.decision, 'REVIEW');
  assert.equal(inv.decided_by, 'I1');
  const m = inv.gates.I1.modules[0];
  assert.ok(m.dz > m.alpha && m.dz <= m.beta, `${m.alpha} < ${m.dz} ≤ ${m.beta}`);
  // The module's sentence (spec §3.6): its ΔZ, where it stands, the shares adding up to it.
  assert.equal(m.explain, 'module src: ΔZ 0.38 above α 0.35 — ADD_FN +0.38');
  assert.equal(m.location.file, 'src/calc.ts');
  // Static thresholds from a frozen file move the decision.
  const st = { schema: 'spec.state.v1', updated_utc: '', head: null, window: { commits: 90, days: 90 }, globals: { lambda: 0.15 }, modules: { src: { alpha: 0.5, beta: 0.6, zeta: 0.8, basis: 'quantile', n: 30, samples: [], drift: { detector: 'page_hinkley', state: 'stable', since: null } } }, frozen: null, sampled: [] };
  fs.writeFileSync(path.join(r.dir, 'frozen.json'), JSON.stringify(st));
  glx(['invariants', '--ci', '--freeze', 'frozen.json'], r.dir);
  assert.equal(json(r, 'invariants.json').decision, 'ACCEPT');
  const missing = glx(['invariants', '--ci', '--freeze', 'nope.json'], r.dir);
  assert.equal(missing.code, 66, 'not found (docs/errors.md)');
  assert.match(missing.stderr, /^glx: --freeze nope\.json: no such file\n$/);
});

test('scenario I3: a change the semantic tokens do not explain (file no longer parses) → E > τ → BLOCK', () => {
  const body = Array.from({ length: 12 }, (_, i) => `function f${i}(x: number): number {\n  const y = x * ${i};\n  return y + ${i};\n}\n`).join('\n');
  const r = repo({ 'src/calc.ts': body });
  r.write('src/calc.ts', body.replaceAll('const y = x *', 'const y = (x *').replaceAll('return y +', 'return y ++ ('));
  const res = glx(['invariants', '--ci'], r.dir);
  assert.equal(res.code, 1, res.stdout + res.stderr);
  const inv = json(r, 'invariants.json');
  assert.equal(inv.decision, 'BLOCK');
  assert.equal(inv.decided_by, 'I3');
  assert.equal(inv.gates.I3.status, 'FAIL');
  assert.ok(inv.gates.I3.E > inv.gates.I3.tau);
  assert.match(inv.gates.I3.files[0].reason, /does not parse/);
  assert.notEqual(inv.gates.I2.status, 'FAIL', 'a file that does not parse never makes its API look deleted');
});

const png = (noise: number): Buffer => testPng(noise);

test('scenario I4: SSIM ≈ 0.93 < 0.96 → REVIEW (exit 0); a configured report that is missing fails closed → BLOCK', () => {
  const r = repo({
    'src/a.ts': 'export function a(): number {\n  return 1;\n}\n',
    'golden/home.png': png(0),
    'spec/invariants.yaml': 'i4:\n  images:\n    - { baseline: golden/home.png, current: out/home.png }\n',
  });
  r.write('out/home.png', png(12));
  r.write('src/a.ts', 'export function a(): number {\n  return 2;\n}\n');
  const res = glx(['invariants', '--ci'], r.dir);
  assert.equal(res.code, 0, res.stdout + res.stderr);
  const inv = json(r, 'invariants.json');
  assert.equal(inv.decision, 'REVIEW');
  assert.equal(inv.decided_by, 'I4');
  const check = inv.gates.I4.checks[0];
  assert.ok(check.values.ssim > 0.9 && check.values.ssim < 0.96, String(check.values.ssim));
  assert.match(check.reason, /SSIM 0\.9\d+ < 0\.96/);
  r.write('spec/invariants.yaml', 'i4:\n  junit: reports/junit.xml\n');
  const closed = glx(['invariants', '--ci'], r.dir);
  assert.equal(closed.code, 1);
  assert.match(closed.stdout, /I4 BLOCK \(i4\.junit\): reports\/junit\.xml: report missing \(fail-closed\)/);
  r.write('spec/invariants.yaml', 'i4:\n  junit: 3\n');
  const bad = glx(['invariants', '--ci'], r.dir);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /^glx: spec\/invariants\.yaml: i4\.junit must be a path or a list of paths\n$/);
});

test('--commit SHA evaluates SHA^..SHA and writes .glx/invariants_<SHA>.json; --report F elsewhere', () => {
  const r = repo({ 'src/math.ts': ADD });
  const sha = r.commit({ 'src/math.ts': NEW_SIG }, 'break add');
  const res = glx(['invariants', '--commit', sha], r.dir);
  assert.equal(res.code, 1, res.stderr);
  const inv = json(r, `invariants_${sha}.json`);
  assert.equal(inv.sha, sha);
  assert.equal(inv.decision, 'BLOCK');
  assert.equal(json(r, 'delta_report.json').sha, sha);
  const out = path.join(r.dir, 'inv.json');
  glx(['invariants', '--commit', sha, '--report', out], r.dir);
  assert.equal(JSON.parse(fs.readFileSync(out, 'utf8')).schema, 'glx.invariants.v1');
  assert.equal(glx(['invariants', '--commit', sha, '--range', 'HEAD'], r.dir).code, 2);
  assert.match(glx(['invariants', '--commit', 'nope'], r.dir).stderr, /^glx: --commit nope: unknown revision/);
});

test('glx report (Appendix B filled), glx checklist (Appendix C evaluated), glx metrics compare', () => {
  const r = repo({ 'src/math.ts': ADD, 'a.png': png(0) });
  r.write('src/math.ts', NEW_SIG);
  assert.match(glx(['report'], r.dir).stderr, /^glx: \.glx\/delta_report\.json: no such file \(run glx invariants --ci first\)/);
  glx(['invariants', '--ci'], r.dir);
  const pr = glx(['report', '--format', 'pr-comment'], r.dir);
  assert.equal(pr.code, 0, pr.stderr);
  assert.match(pr.stdout, /^> This PR exceeds \*\*β\*\* \(score=(0\.\d\d)\) with tokens: MODIFY_SIG \+0\.\d\d/);
  assert.match(pr.stdout, /Violations: .*I2 FAIL: public function add \(src\/math\.ts\)/);
  assert.match(pr.stdout, /Action: reduce Δ \(split PR, add tests\/adapters\) or provide rationale\./);
  const j = JSON.parse(glx(['report', '--format', 'json'], r.dir).stdout);
  assert.equal(j.schema, 'glx.report.v1');
  assert.equal(j.decision, 'BLOCK');
  assert.match(glx(['report', '--format', 'markdown'], r.dir).stdout, /^## GlitchLab: BLOCK/);
  assert.equal(glx(['report', '--format', 'html'], r.dir).code, 2);
  const c = JSON.parse(glx(['checklist', 'before-merge', '--json'], r.dir).stdout);
  assert.equal(c.schema, 'glx.checklist.v1');
  assert.deepEqual(c.items.map((i: { state: string }) => i.state), ['manual', 'fail', 'pass', 'manual', 'manual']);
  assert.match(glx(['checklist', 'after-incident'], r.dir).stdout, /^After Incident:\n- \[x\] Zapisz czasy/);
  r.write('b.png', png(12));
  const m = glx(['metrics', 'compare', 'a.png', 'b.png', '--out', '.glx/compare.json'], r.dir);
  assert.equal(m.code, 0, m.stderr);
  const cmp = json(r, 'compare.json');
  assert.equal(cmp.schema, 'glx.compare.v1');
  assert.ok(cmp.ssim > 0.9 && cmp.ssim < 0.96 && cmp.psnr_db > 20);
  assert.match(glx(['metrics', 'compare', 'a.png', 'missing.png'], r.dir).stderr, /^glx: missing\.png: no such file\n$/);
});
