// Playbooks 1 (freeze/unfreeze) and 6 (unstuck CI) run for real on temp git repositories
// through the use case (app/run-playbook.ts), plus the runner's contract on them: a dry run
// changes nothing on disk or in git; a run writes the artifacts, the log, the report and the
// EGDB rows and events; undo (and a failing middle step) leave the repository and .glx/
// byte-identical (test/helpers/repo-state.ts); an interrupted run is resumed.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { openWorkspace, type Workspace } from '../../server/src/app/workspace';
import { runPlaybookCase, undoPlaybookRun } from '../../server/src/app/run-playbook';
import { freezePlaybook } from '../../server/src/playbooks/pb01-freeze';
import { runPlaybook } from '../../server/src/playbooks/runner';
import { readRunLog } from '../../server/src/playbooks/run-log';
import type { Playbook } from '../../server/src/playbooks/types';
import { SqliteStore } from '../../server/src/egdb/sqljs-store';
import { ensureGlxDir } from '../../server/src/util/glx-dir';
import { TempRepo } from '../helpers/temp-repo';
import { repoState } from '../helpers/repo-state';

let repo: TempRepo;
let ws: Workspace;

before(async () => {
  repo = new TempRepo('glx-pb1-');
  repo.commit({ 'core/a.ts': 'export function a0(x: number): number {\n  return x;\n}\n', 'ui/v.ts': 'export function v0(): string {\n  return "";\n}\n' }, 'init');
  for (let i = 1; i <= 6; i++) {
    const core = Array.from({ length: i + 1 }, (_, k) => `export function a${k}(x: number): number {\n  return x + ${k};\n}\n`).join('\n');
    repo.commit({ 'core/a.ts': core, ...(i % 2 ? { 'ui/v.ts': `export function v0(): string {\n  return "${i}";\n}\n` } : {}) }, `c${i}`);
  }
  ws = await openWorkspace(repo.dir);
  ensureGlxDir(ws.glxDir); // as every glx verb does on first use
});
after(async () => {
  await ws.repo.close();
  repo.cleanup();
});

const query = async (sql: string) => {
  const s = new SqliteStore(path.join(repo.dir, '.glx', 'egdb.db'));
  try {
    return (await s.query(sql)).rows;
  } finally {
    await s.close();
  }
};

test('playbook 1 dry run: the plan, nothing written on disk or in git', async () => {
  const before = await repoState(repo.dir);
  const r = await runPlaybookCase(ws, 'freeze', { commits: '5', reason: 'drift guard' }, { dryRun: true, trusted: false });
  assert.equal(r.status, 'planned', r.message);
  assert.match(r.steps[0].plan.join('\n'), /calibrate α\/β\/ζ from the branch history first/);
  assert.match(r.steps[1].plan.join('\n'), /freeze α\/β\/ζ .* for 5 commits \(reason: drift guard\)/);
  assert.match(r.steps[3].plan.join('\n'), /nothing to do: action is freeze/);
  assert.deepEqual(await repoState(repo.dir), before);
  assert.ok(!fs.existsSync(path.join(repo.dir, '.glx', 'logs')), 'a dry run writes no log');
});

test('playbook 1 freeze: snapshot, frozen state, labels scope, log, report, EGDB rows and events; undo restores everything', async () => {
  const before = await repoState(repo.dir);
  const r = await runPlaybookCase(ws, '1', { commits: 5, reason: 'drift guard' }, { trusted: true });
  assert.equal(r.status, 'ok', r.message);
  assert.deepEqual(r.steps.map((s) => s.status), ['verified', 'verified', 'verified', 'skipped', 'skipped']);
  const st = JSON.parse(fs.readFileSync(path.join(repo.dir, '.glx', 'spec_state.json'), 'utf8'));
  assert.equal(st.frozen.commits, 5);
  assert.equal(st.frozen.reason, 'drift guard');
  const snap = JSON.parse(fs.readFileSync(path.join(repo.dir, '.glx', 'spec_state.before_freeze.json'), 'utf8'));
  assert.equal(snap.frozen, null);
  assert.equal(fs.readFileSync(path.join(repo.dir, '.glx', 'spec_labels_scope.txt'), 'utf8').trim().split('\n').length, 5);
  assert.ok(r.log && /^\.glx\/logs\/playbook-freeze-\d{8}T\d{9}Z\.jsonl$/.test(r.log), r.log);
  const log = readRunLog(repo.dir, path.join(repo.dir, r.log));
  assert.deepEqual(log.records.slice(-2).map((x) => x.t), ['finished', 'settled']);
  assert.match(fs.readFileSync(path.join(repo.dir, r.report!), 'utf8'), /# Playbook 1 — Freeze\/unfreeze thresholds on drift[\s\S]*status: \*\*ok\*\*/);
  assert.deepEqual(await query(`SELECT kind, status FROM runs WHERE id = '${r.run_id}'`), [['playbook:freeze', 'ok']]);
  assert.deepEqual((await query(`SELECT name, status FROM steps WHERE run_id = '${r.run_id}' ORDER BY idx`)).map((x) => x.join(':')), ['calibrate:verified', 'freeze:verified', 'label:verified', 'unfreeze:skipped', 'update:skipped']);
  assert.equal(Number((await query(`SELECT COUNT(*) FROM events WHERE topic = 'playbook.step.finished@v1' AND correlation_id = '${r.run_id}'`))[0][0]), 5);
  assert.equal(Number((await query(`SELECT COUNT(*) FROM events WHERE topic = 'playbook.finished@v1' AND correlation_id = '${r.run_id}'`))[0][0]), 1);
  assert.equal(Number((await query(`SELECT COUNT(*) FROM events WHERE topic = 'spec.freeze.start@v1'`))[0][0]), 1);
  assert.ok(r.undoable);

  // Re-running: the freeze step is idempotent (already frozen → nothing to do).
  const again = await runPlaybookCase(ws, 'freeze', { commits: 5, reason: 'drift guard' }, { dryRun: true, trusted: true });
  assert.match(again.steps[1].plan.join('\n'), /nothing to do: already frozen/);

  const u = await undoPlaybookRun(ws, r.run_id, { trusted: true });
  assert.equal(u.status, 'undone', u.message);
  // EGDB did not exist before the run: the calibration it recorded stays as history (not compared).
  assert.deepEqual({ ...(await repoState(repo.dir)), egdb: '' }, before, 'undo leaves .glx/ and the repository byte-identical');
  await assert.rejects(undoPlaybookRun(ws, r.run_id, { trusted: true }), /already undone/);
});

test('playbook 1: undo is refused when a file the run wrote changed since', async () => {
  const r = await runPlaybookCase(ws, 'freeze', { commits: 3 }, { trusted: true });
  assert.equal(r.status, 'ok', r.message);
  fs.appendFileSync(path.join(repo.dir, '.glx', 'spec_labels_scope.txt'), 'edited by hand\n');
  await assert.rejects(undoPlaybookRun(ws, r.run_id, { trusted: true }), /changed since the run: \.glx\/spec_labels_scope\.txt.*nothing was undone/);
  // Unfreeze through the playbook (the other action): unfreeze + update.
  const un = await runPlaybookCase(ws, 'freeze', { action: 'unfreeze', 'by-module': false }, { trusted: true });
  assert.equal(un.status, 'ok', un.message);
  assert.deepEqual(un.steps.map((s) => s.status), ['skipped', 'skipped', 'skipped', 'verified', 'verified']);
  assert.equal(JSON.parse(fs.readFileSync(path.join(repo.dir, '.glx', 'spec_state.json'), 'utf8')).frozen, null);
});

test('a middle step fails: the steps applied before it are rolled back in reverse, byte-identical', async () => {
  const before = await repoState(repo.dir);
  const failing: Playbook = {
    ...freezePlaybook,
    steps: [
      freezePlaybook.steps[1], // freeze (real)
      freezePlaybook.steps[2], // CI labelling (real)
      {
        id: 'boom', title: 'A step that writes, then fails', writes: '.glx/partial.txt', rollback: 'remove it',
        touches: () => ['.glx/partial.txt'],
        plan: async () => ({ lines: ['write .glx/partial.txt, then fail'] }),
        apply: async (ctx) => {
          fs.writeFileSync(path.join(ctx.ws.glxDir, 'partial.txt'), 'half done');
          throw new Error('disk full (simulated)');
        },
      },
      freezePlaybook.steps[3],
    ],
  };
  const r = await runPlaybook(ws, failing, { action: 'freeze', commits: 4, reason: 'x', 'by-module': true }, { trusted: true });
  assert.equal(r.status, 'failed');
  assert.match(r.message, /step boom failed: .*disk full \(simulated\).*rolled back: boom, label, freeze/);
  assert.deepEqual(r.steps.map((s) => s.status), ['rolled_back', 'rolled_back', 'rolled_back', 'planned']);
  assert.ok(r.steps[0].undone?.some((l) => /spec_state\.json/.test(l)), JSON.stringify(r.steps[0].undone));
  assert.ok(r.steps[2].undone?.includes('removed .glx/partial.txt'));
  assert.deepEqual(await repoState(repo.dir), before);
  assert.deepEqual(await query(`SELECT status FROM runs WHERE id = '${r.run_id}'`), [['failed']]);
});

test('cancellation before a step: nothing applied stays applied', async () => {
  const before = await repoState(repo.dir);
  const ac = new AbortController();
  const r = await runPlaybookCase(ws, 'freeze', { commits: 2 }, {
    trusted: true, signal: ac.signal,
    onProgress: (e) => {
      if (e.phase === 'verify' && e.step === 1) ac.abort();
    },
  });
  assert.equal(r.status, 'cancelled', r.message);
  assert.equal(r.steps[1].status, 'rolled_back');
  assert.deepEqual(await repoState(repo.dir), before);
});

test('an interrupted run is resumed by a re-run with the same inputs (done steps are reported, not redone)', async () => {
  // Simulate a crash after step 2 (freeze) was verified: keep its log without the finished record.
  const r = await runPlaybookCase(ws, 'freeze', { commits: 2, reason: 'resume' }, { trusted: true });
  assert.equal(r.status, 'ok');
  const file = path.join(repo.dir, r.log!);
  const lines = fs.readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  const cut = lines.findIndex((l) => l.t === 'step' && l.id === 'label' && l.status === 'planned');
  fs.writeFileSync(file, `${lines.slice(0, cut).map((l) => JSON.stringify(l)).join('\n')}\n`);
  fs.rmSync(path.join(repo.dir, '.glx', 'invariants.json'), { force: true });
  // Another input set is refused while the interrupted run is pending.
  await assert.rejects(runPlaybookCase(ws, 'freeze', { commits: 9 }, { trusted: true }), /an interrupted run .* left steps applied: freeze/);
  const resumed = await runPlaybookCase(ws, 'freeze', { commits: 2, reason: 'resume' }, { trusted: true });
  assert.equal(resumed.status, 'ok', resumed.message);
  assert.equal(resumed.run_id, r.run_id);
  assert.deepEqual(resumed.resumed_from?.done, ['calibrate', 'freeze']);
  assert.deepEqual(resumed.steps.map((s) => s.status), ['already_done', 'already_done', 'verified', 'skipped', 'skipped']);
  assert.ok(fs.existsSync(path.join(repo.dir, '.glx', 'invariants.json')));
  const u = await undoPlaybookRun(ws, undefined, { trusted: true });
  assert.equal(u.status, 'undone');
});

test('untrusted workspace: writing playbooks refuse to run (a dry run is allowed), playbook 5 included', async () => {
  const r = await runPlaybookCase(ws, 'freeze', {}, { trusted: false });
  assert.equal(r.status, 'precondition');
  assert.match(r.message, /not trusted/);
  const u = await runPlaybookCase(ws, '5', {}, { trusted: false });
  assert.equal(u.status, 'precondition');
  assert.match(u.message, /not trusted: playbook 5 writes to git and \.glx\//);
  await assert.rejects(runPlaybookCase(ws, 'freeze', { nope: 1 }, { trusted: true }), /unknown input --nope/);
  await assert.rejects(runPlaybookCase(ws, 'freeze', { commits: 0 }, { trusted: true }), /--commits 0: a positive integer/);
  await assert.rejects(runPlaybookCase(ws, 'nosuch', {}, { trusted: true }), /unknown \(known: 1 freeze/);
});

test('playbook 6 unstuck CI: the diagnosis in the dry run (histogram, advice, split plan); the run writes the reports only', async () => {
  // A working change in two modules: a signature break in core, a body change in ui.
  repo.write('core/a.ts', fs.readFileSync(path.join(repo.dir, 'core/a.ts'), 'utf8').replace('export function a0(x: number): number', 'export function a0(x: number, y: number): number'));
  repo.write('ui/v.ts', 'export function v0(): string {\n  return "changed" + String(Date.now() > 0);\n}\n');
  try {
    const before = await repoState(repo.dir);
    const plan = await runPlaybookCase(ws, 'unstuck-ci', {}, { dryRun: true, trusted: false });
    assert.equal(plan.status, 'planned', plan.message);
    assert.match(plan.steps[0].plan.join('\n'), /token\(s\), ΔZ \d\.\d\d/);
    assert.match(plan.steps[1].plan.join('\n'), /MODIFY_SIG\s+\d+ token\(s\)/);
    assert.match(plan.steps[2].plan.join('\n'), /MODIFY_SIG \(ΔZ \d\.\d\d\): public signatures changed \(a0\): add a deprecated compatibility adapter/);
    assert.match(plan.steps[3].plan.join('\n'), /PR 1: module core — .*PR 2: module ui/s);
    assert.deepEqual(await repoState(repo.dir), before);
    const r = await runPlaybookCase(ws, 'unstuck-ci', {}, { trusted: true });
    assert.equal(r.status, 'ok', r.message);
    const rep = JSON.parse(fs.readFileSync(path.join(repo.dir, '.glx', 'delta_report.json'), 'utf8'));
    assert.ok(rep.tokens.some((t: { kind: string }) => t.kind === 'MODIFY_SIG'));
    assert.ok(rep.decision);
    const md = fs.readFileSync(path.join(repo.dir, r.report!), 'utf8');
    assert.match(md, /### Token kinds[\s\S]*\| MODIFY_SIG \|/);
    assert.match(md, /### Split plan/);
  } finally {
    repo.git('checkout', '--', '.');
  }
});
