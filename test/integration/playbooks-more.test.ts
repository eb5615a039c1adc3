// Playbooks 7 (perf), 8 (HUD triage), 10 (disaster recovery) and 12 (Δ spike) run for real on a
// temp git repository: dry run changes nothing; run produces the artifacts; undo (or a failing
// step) leaves .glx/ and the repository byte-identical.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { auditBackup } from '../../server/src/app/audit';
import { updateThresholds } from '../../server/src/app/calibrate-thresholds';
import { openWorkspace, type Workspace } from '../../server/src/app/workspace';
import { runPlaybookCase, undoPlaybookRun } from '../../server/src/app/run-playbook';
import { ensureGlxDir } from '../../server/src/util/glx-dir';
import { TempRepo } from '../helpers/temp-repo';
import { testPng } from '../helpers/test-png';
import { repoState } from '../helpers/repo-state';

let repo: TempRepo;
let ws: Workspace;

const body = (k: number, v: string) => `export function f${k}(x: number): number {\n  return x + ${v};\n}\n`;

before(async () => {
  repo = new TempRepo('glx-pbmore-');
  repo.commit({ 'core/a.ts': [0, 1, 2, 3].map((k) => body(k, String(k))).join('\n'), 'ui/v.ts': 'export function view(): string {\n  return "v";\n}\n' }, 'init');
  for (let i = 1; i <= 4; i++) repo.commit({ 'core/a.ts': [0, 1, 2, 3].map((k) => body(k, `${k} + ${i}`)).join('\n') }, `tune ${i}`);
  ws = await openWorkspace(repo.dir);
  ensureGlxDir(ws.glxDir);
  await updateThresholds(ws, { window: { commits: 90, days: 100000 }, byModule: false, warn: () => undefined });
});
after(async () => {
  await ws.repo.close();
  repo.cleanup();
});

test('playbook 12 Δ spike: triage says semantic, containment freezes, recovery proposes an adapter; undo restores the thresholds', async () => {
  // A semantic spike in the working tree: bodies rewritten and a public signature broken.
  repo.write('core/a.ts', [0, 1, 2, 3].map((k) => `export function f${k}(x: number, scale: number): number {\n  if (x > ${k}) {\n    for (let i = 0; i < scale; i++) x = x * 2 - ${k};\n  }\n  return x;\n}\n`).join('\n'));
  try {
    const before = await repoState(repo.dir);
    const plan = await runPlaybookCase(ws, 'spike', {}, { dryRun: true, trusted: true });
    assert.equal(plan.status, 'planned', plan.message);
    assert.match(plan.steps[0].plan.join('\n'), /structural \d\.\d\d · semantic \d\.\d\d → semantic/);
    assert.match(plan.steps[0].plan.join('\n'), /MODIFY_SIG f\d \(core\/a\.ts:\d+\) \+\d\.\d\d/);
    assert.match(plan.steps[1].plan.join('\n'), /freeze α\/β\/ζ for 20 commits \(reason: Δ spike ΔZ/);
    assert.deepEqual(await repoState(repo.dir), before);
    const r = await runPlaybookCase(ws, 'spike', {}, { trusted: true });
    assert.equal(r.status, 'ok', r.message);
    const st = JSON.parse(fs.readFileSync(path.join(ws.glxDir, 'spec_state.json'), 'utf8'));
    assert.match(st.frozen.reason, /^Δ spike ΔZ \d\.\d\d > ζ/);
    const md = fs.readFileSync(path.join(repo.dir, r.report!), 'utf8');
    assert.match(md, /### Recovery[\s\S]*core\/a\.ts:f\d/);
    const u = await undoPlaybookRun(ws, r.run_id, { trusted: true });
    assert.equal(u.status, 'undone', u.message);
    assert.deepEqual(await repoState(repo.dir), before);
  } finally {
    repo.git('checkout', '--', '.');
  }
});

test('playbook 8 HUD triage: read-only, the Inspector and the Spec Monitor in words; untrusted → plan only, nothing recorded', async () => {
  repo.write('ui/v.ts', 'export function view(): string {\n  return "w" + "x";\n}\n');
  try {
    const before = await repoState(repo.dir);
    const logsBefore = fs.existsSync(path.join(ws.glxDir, 'logs')) ? fs.readdirSync(path.join(ws.glxDir, 'logs')).length : 0;
    const r = await runPlaybookCase(ws, 'hud', {}, { trusted: false });
    assert.equal(r.status, 'planned', r.message);
    assert.match(r.steps[0].plan.join('\n'), /Delta Inspector: \d+ token\(s\) in 1 file\(s\)[\s\S]*heat: ui\/v\.ts \+\d\.\d\d/);
    assert.match(r.steps[1].plan.join('\n'), /Spec Monitor: thresholds from \.glx\/spec_state\.json[\s\S]*ui: ΔZ \d\.\d\d · α/);
    assert.equal(fs.existsSync(path.join(ws.glxDir, 'logs')) ? fs.readdirSync(path.join(ws.glxDir, 'logs')).length : 0, logsBefore);
    const t = await runPlaybookCase(ws, 'hud', {}, { trusted: true });
    assert.equal(t.status, 'ok');
    assert.equal(t.undoable, false, 'nothing to undo');
    assert.deepEqual(await repoState(repo.dir), before, 'a trusted run writes only its log and report');
  } finally {
    repo.git('checkout', '--', '.');
  }
});

test('playbook 7 perf: the command under a time limit, SSIM compare, verdict against the previous measurement; timeout and failures roll back', async () => {
  fs.mkdirSync(path.join(repo.dir, 'img'), { recursive: true });
  fs.writeFileSync(path.join(repo.dir, 'img', 'a.png'), testPng(0));
  fs.writeFileSync(path.join(repo.dir, 'img', 'b.png'), testPng(40));
  repo.commit({}, 'images');
  const first = repo.git('rev-parse', 'HEAD');
  const before = await repoState(repo.dir);
  const plan = await runPlaybookCase(ws, 'perf', { command: 'node -e "1"' }, { dryRun: true, trusted: true });
  assert.equal(plan.status, 'planned', plan.message);
  assert.match(plan.steps[0].plan.join('\n'), /sh -c "node -e \\"1\\"" \(time limit 600 s\)/);
  assert.match(plan.steps[1].plan.join('\n'), /nothing to do: no --baseline/);
  assert.deepEqual(await repoState(repo.dir), before);
  // A previous measurement of 1 ms at an older commit: any real run is a regression.
  fs.mkdirSync(path.join(ws.glxDir, 'perf'), { recursive: true });
  const prev = { schema: 'glx.perf.v1', command: 'x', head: repo.git('rev-parse', 'HEAD~2'), started_utc: '2026-01-01T00:00:00Z', duration_ms: 1, exit_code: 0, timed_out: false, tail: [] };
  fs.writeFileSync(path.join(ws.glxDir, 'perf', 'perf_report.json'), JSON.stringify(prev));
  const beforeRun = await repoState(repo.dir);
  const r = await runPlaybookCase(ws, 'perf', { command: 'node -e "console.log(42)"', baseline: 'img/a.png', candidate: 'img/b.png', 'ssim-min': 0.999 }, { trusted: true });
  assert.equal(r.status, 'ok', r.message);
  const rep = JSON.parse(fs.readFileSync(path.join(ws.glxDir, 'perf', 'perf_report.json'), 'utf8'));
  assert.equal(rep.exit_code, 0);
  assert.deepEqual(rep.tail, ['42']);
  assert.ok(fs.existsSync(path.join(ws.glxDir, 'compare.json')));
  assert.match(r.steps[2].summary!, /REGRESSION: [\d.]+ % slower than the previous measurement \([\d.]+ s → [\d.]+ s\); SSIM 0\.\d+ below 0\.999/);
  assert.match(fs.readFileSync(path.join(repo.dir, r.report!), 'utf8'), new RegExp(`revert candidates[\\s\\S]*${first.slice(0, 10)} images`));
  // Timeout: killed, the step fails, the previous report is back.
  const mid = await repoState(repo.dir);
  const t = await runPlaybookCase(ws, 'perf', { command: 'sleep 30', timeout: 0.3 }, { trusted: true });
  assert.equal(t.status, 'failed');
  assert.match(t.message, /exceeded the 0\.3 s limit \(killed\)/);
  assert.deepEqual(await repoState(repo.dir), mid);
  const f = await runPlaybookCase(ws, 'perf', { command: 'echo boom >&2; exit 3' }, { trusted: true });
  assert.equal(f.status, 'failed');
  assert.match(f.message, /perf command failed \(exit 3\).*boom/);
  assert.deepEqual(await repoState(repo.dir), mid);
  await undoPlaybookRun(ws, r.run_id, { trusted: true });
  assert.deepEqual(await repoState(repo.dir), beforeRun);
  assert.deepEqual(JSON.parse(fs.readFileSync(path.join(ws.glxDir, 'perf', 'perf_report.json'), 'utf8')), prev);
});

test('playbook 10 disaster recovery: verify, restore with the pre-restore copy; undo brings the damaged state back', async () => {
  process.env.GLX_EGDB = 'off';
  try {
    fs.writeFileSync(path.join(ws.glxDir, 'delta_report.json'), '{"schema":"delta.report.v1","ok":true}\n');
    await auditBackup(ws, { now: new Date('2026-02-03T04:05:06Z') });
    // Damage.
    fs.writeFileSync(path.join(ws.glxDir, 'spec_state.json'), 'garbage');
    fs.rmSync(path.join(ws.glxDir, 'delta_report.json'));
    const damaged = await repoState(repo.dir);
    const plan = await runPlaybookCase(ws, 'recovery', {}, { dryRun: true, trusted: true });
    assert.equal(plan.status, 'planned', plan.message);
    assert.match(plan.steps[0].plan.join('\n'), /AUDIT_20260203-040506\.zip: \d+ files, created 2026-02-03T04:05:06\.000Z .* all sha256 verified/);
    assert.deepEqual(await repoState(repo.dir), damaged);
    const r = await runPlaybookCase(ws, 'recovery', {}, { trusted: true });
    assert.equal(r.status, 'ok', r.message);
    assert.equal(JSON.parse(fs.readFileSync(path.join(ws.glxDir, 'delta_report.json'), 'utf8')).ok, true);
    assert.notEqual(fs.readFileSync(path.join(ws.glxDir, 'spec_state.json'), 'utf8'), 'garbage');
    const copy = fs.readdirSync(repo.dir).find((n) => n.startsWith('.glx.before_restore_'));
    assert.ok(copy);
    assert.equal(fs.readFileSync(path.join(repo.dir, copy, 'spec_state.json'), 'utf8'), 'garbage');
    assert.equal(repo.git('status', '--porcelain'), '');
    await undoPlaybookRun(ws, r.run_id, { trusted: true });
    assert.deepEqual(await repoState(repo.dir), damaged);
    assert.ok(!fs.readdirSync(repo.dir).some((n) => n.startsWith('.glx.before_restore_')));
  } finally {
    delete process.env.GLX_EGDB;
  }
});
