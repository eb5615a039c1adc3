// Playbooks that write git (2 rollback, 9 release) and the artifact playbooks 3 (reindex + mosaic)
// and 4 (EGDB rebuild), run for real on temp git repositories: dry run changes nothing; run
// produces the commits, tags, branches, artifacts and rows; undo leaves the repository and
// .glx/ byte-identical (tree hash, refs, files); a revert conflict stops the run with the tree
// restored and the diagnosis rolled back.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { openWorkspace, type Workspace } from '../../server/src/app/workspace';
import { runPlaybookCase, undoPlaybookRun } from '../../server/src/app/run-playbook';
import { compareSemver } from '../../server/src/playbooks/pb09-release';
import { SqliteStore } from '../../server/src/egdb/sqljs-store';
import { ensureGlxDir } from '../../server/src/util/glx-dir';
import { TempRepo } from '../helpers/temp-repo';
import { repoState } from '../helpers/repo-state';

const API0 = 'export function price(amount: number): number {\n  return amount * 2;\n}\n\nexport function label(name: string): string {\n  return name;\n}\n';
const API_BROKEN = 'export function price(amount: number, currency: string, rate: number): number {\n  return amount * rate + currency.length;\n}\n\nexport function label(name: string): string {\n  return name;\n}\n';

let repo: TempRepo;
let ws: Workspace;
let bad: string;
let good: string;

before(async () => {
  repo = new TempRepo('glx-pbgit-');
  repo.commit({ 'src/api.ts': API0, 'src/use.ts': "import { price } from './api';\nexport const p = price(1);\n", 'VERSION.json': '{\n  "version": "1.5.0",\n  "channel": "stable",\n  "name": "demo"\n}\n' }, 'init');
  repo.commit({ 'src/util.ts': 'export function twice(x: number): number {\n  return 2 * x;\n}\n' }, 'add util');
  bad = repo.commit({ 'src/api.ts': API_BROKEN }, 'break the price API');
  good = repo.commit({ 'README.md': '# demo\n' }, 'docs');
  ws = await openWorkspace(repo.dir);
  ensureGlxDir(ws.glxDir);
});
after(async () => {
  await ws.repo.close();
  repo.cleanup();
});

test('playbook 2 dry run: the diagnosis and the revert planned; nothing on disk or in git', async () => {
  const before = await repoState(repo.dir);
  const r = await runPlaybookCase(ws, 'rollback', { sha: bad }, { dryRun: true, trusted: true });
  assert.equal(r.status, 'planned', r.message);
  assert.match(r.steps[0].plan.join('\n'), /src\/api\.ts[\s\S]*BLOCK/);
  assert.match(r.steps[1].plan.join('\n'), new RegExp(`git revert --no-edit ${bad.slice(0, 10)}`));
  assert.match(r.steps[2].plan.join('\n'), /nothing to do: mode is revert/);
  assert.deepEqual(await repoState(repo.dir), before);
});

test('playbook 2 revert: reports + a revert commit, never pushed; undo restores repository and .glx/ byte-identical', async () => {
  const before = await repoState(repo.dir);
  const r = await runPlaybookCase(ws, '2', { sha: bad }, { trusted: true });
  assert.equal(r.status, 'ok', r.message);
  assert.equal(repo.git('log', '-1', '--format=%s'), 'Revert "break the price API"');
  assert.equal(repo.read('src/api.ts'), API0);
  assert.ok(fs.existsSync(path.join(repo.dir, '.glx', `invariants_${bad}.json`)));
  const inv = JSON.parse(fs.readFileSync(path.join(repo.dir, '.glx', `invariants_${bad}.json`), 'utf8'));
  assert.equal(inv.gates.I2.status, 'FAIL');
  assert.equal(repo.git('status', '--porcelain'), '');
  const u = await undoPlaybookRun(ws, r.run_id, { trusted: true });
  assert.equal(u.status, 'undone', u.message);
  assert.deepEqual(await repoState(repo.dir), before);
});

test('playbook 2 hotfix: branch hotfix/fix-I2-<short> checked out; undo goes back and deletes it', async () => {
  const before = await repoState(repo.dir);
  const r = await runPlaybookCase(ws, 'rollback', { sha: bad, mode: 'hotfix' }, { trusted: true });
  assert.equal(r.status, 'ok', r.message);
  assert.equal(repo.git('symbolic-ref', '--short', 'HEAD'), `hotfix/fix-I2-${bad.slice(0, 7)}`);
  assert.deepEqual(r.steps.map((s) => s.status), ['verified', 'skipped', 'verified', 'verified']);
  await undoPlaybookRun(ws, r.run_id, { trusted: true });
  assert.equal(repo.git('symbolic-ref', '--short', 'HEAD'), 'main');
  assert.deepEqual(await repoState(repo.dir), before);
});

test('playbook 2: a commit that passes the gates is not rolled back without --force; a dirty tree is a precondition', async () => {
  const r = await runPlaybookCase(ws, 'rollback', { sha: good }, { trusted: true });
  assert.equal(r.status, 'precondition');
  assert.match(r.message, /passes the gates \((ACCEPT|REVIEW)\): nothing to roll back \(add --force/);
  repo.write('scratch.txt', 'x');
  const d = await runPlaybookCase(ws, 'rollback', { sha: bad }, { trusted: true });
  assert.equal(d.status, 'precondition');
  assert.match(d.message, /working tree is not clean \(1 change: scratch\.txt\)/);
  repo.remove('scratch.txt');
});

test('playbook 2: a revert conflict stops the run, tree restored and the diagnosis rolled back', async () => {
  // A later commit edits the same lines: reverting `bad` now conflicts.
  const later = repo.commit({ 'src/api.ts': API_BROKEN.replace('amount * rate', 'amount * rate * 3') }, 'tune price');
  const before = await repoState(repo.dir);
  const r = await runPlaybookCase(ws, 'rollback', { sha: bad }, { trusted: true });
  assert.equal(r.status, 'failed', r.message);
  assert.match(r.message, /step revert failed: git revert [0-9a-f]{10}: conflicts in src\/api\.ts; revert aborted, tree restored; rolled back: revert, diagnose/);
  assert.equal(repo.git('rev-parse', 'HEAD'), later);
  assert.equal(repo.git('status', '--porcelain'), '');
  assert.deepEqual(await repoState(repo.dir), before);
  repo.git('reset', '-q', '--hard', good);
});

test('playbook 9 release: checks, VERSION.json bump commit, annotated tag, nothing pushed; undo deletes the tag and takes the bump back', async () => {
  assert.ok(compareSemver('1.6.0-beta.2', '1.6.0-beta.10') < 0 && compareSemver('1.6.0', '1.6.0-rc.1') > 0 && compareSemver('1.5.1', '1.5.0') > 0);
  // Release from a commit whose own change passes the gates.
  const before = await repoState(repo.dir);
  const plan = await runPlaybookCase(ws, 'release', { version: '1.6.0-beta.2' }, { dryRun: true, trusted: true });
  assert.equal(plan.status, 'planned', plan.message);
  assert.match(plan.steps[0].plan.join('\n'), /VERSION\.json: 1\.5\.0 → 1\.6\.0-beta\.2 \(beta\)/);
  assert.deepEqual(await repoState(repo.dir), before);
  const r = await runPlaybookCase(ws, 'release', { version: '1.6.0-beta.2' }, { trusted: true });
  assert.equal(r.status, 'ok', r.message);
  assert.equal(repo.git('log', '-1', '--format=%s'), 'chore(release): 1.6.0-beta.2');
  assert.deepEqual(JSON.parse(repo.read('VERSION.json')), { version: '1.6.0-beta.2', channel: 'beta', name: 'demo' });
  assert.equal(repo.git('cat-file', '-t', 'v1.6.0-beta.2'), 'tag');
  assert.equal(repo.git('tag', '-l', '--format=%(contents:subject)', 'v1.6.0-beta.2'), 'release 1.6.0-beta.2 (beta)');
  const again = await runPlaybookCase(ws, 'release', { version: '1.6.0-beta.2' }, { dryRun: true, trusted: true });
  assert.equal(again.status, 'precondition');
  assert.match(again.message, /not above the current 1\.6\.0-beta\.2/);
  const u = await undoPlaybookRun(ws, r.run_id, { trusted: true });
  assert.equal(u.status, 'undone', u.message);
  assert.equal(repo.git('tag', '-l'), '');
  assert.deepEqual(await repoState(repo.dir), before);
  await assert.rejects(runPlaybookCase(ws, 'release', { version: 'next' }, { trusted: true }), /--version next: not a semantic version/);
});

test('playbook 9: the gates block on HEAD → precondition, nothing done; a CRITICAL finding too', async () => {
  const bad2 = repo.commit({ 'src/api.ts': API_BROKEN.replace('label(name: string)', 'label(name: string, width: number)') }, 'break again');
  const r = await runPlaybookCase(ws, 'release', { version: '1.7.0' }, { trusted: true });
  assert.equal(r.status, 'precondition');
  assert.match(r.message, /the gates say (BLOCK|HARD_BLOCK) on HEAD/);
  assert.equal(repo.git('rev-parse', 'HEAD'), bad2);
  repo.git('reset', '-q', '--hard', good);
  fs.mkdirSync(path.join(ws.glxDir, 'security'), { recursive: true });
  fs.writeFileSync(path.join(ws.glxDir, 'security', 'queue.json'), JSON.stringify([{ severity: 'CRITICAL', category: 'Secrets' }]));
  const c = await runPlaybookCase(ws, 'release', { version: '1.7.0' }, { trusted: true });
  assert.equal(c.status, 'precondition');
  assert.match(c.message, /1 CRITICAL SAST finding\(s\)/);
  fs.rmSync(path.join(ws.glxDir, 'security'), { recursive: true });
});

test('playbook 3 reindex: dry run writes nothing; run writes ast_index, ast_delta, mosaic/*, reports; undo restores .glx/', async () => {
  const before = await repoState(repo.dir);
  const plan = await runPlaybookCase(ws, 'reindex', { base: 'HEAD~2', rows: 16, cols: 16 }, { dryRun: true, trusted: true });
  assert.equal(plan.status, 'planned', plan.message);
  assert.match(plan.steps[2].plan.join('\n'), /glx mosaic --rows 16 --cols 16 .* --phi balanced .* --out \.glx\/mosaic --strict-artifacts/);
  assert.deepEqual(await repoState(repo.dir), before);
  const r = await runPlaybookCase(ws, 'reindex', { base: 'HEAD~2', rows: 16, cols: 16 }, { trusted: true });
  assert.equal(r.status, 'ok', r.message);
  for (const f of ['ast_index.json', 'ast_delta.json', 'mosaic/mosaic_map.json', 'mosaic/mosaic_delta.png', 'delta_report.json', 'invariants.json']) assert.ok(fs.existsSync(path.join(ws.glxDir, f)), f);
  assert.equal(JSON.parse(fs.readFileSync(path.join(ws.glxDir, 'ast_index.json'), 'utf8')).schema, 'ast.index.v1');
  const u = await undoPlaybookRun(ws, r.run_id, { trusted: true });
  assert.equal(u.status, 'undone', u.message);
  assert.deepEqual(await repoState(repo.dir), before);
  assert.ok(!fs.existsSync(path.join(ws.glxDir, 'mosaic')), 'the mosaic directory the run created is gone');
});

test('playbook 4 EGDB: rebuild, views, sanity (Appendix A verbatim); undo brings the pre-migration file back byte for byte', async () => {
  // Some analyses in EGDB first (as CI would have recorded them).
  const pre = await runPlaybookCase(ws, 'rollback', { sha: bad }, { dryRun: true, trusted: true });
  assert.equal(pre.status, 'planned');
  await runPlaybookCase(ws, 'unstuck-ci', { range: bad }, { trusted: true });
  const db = path.join(ws.glxDir, 'egdb.db');
  const bytesBefore = fs.readFileSync(db);
  const before = await repoState(repo.dir);
  const plan = await runPlaybookCase(ws, 'egdb', {}, { dryRun: true, trusted: true });
  assert.equal(plan.status, 'planned', plan.message);
  assert.match(plan.steps[0].plan.join('\n'), /rebuild at schema v\d+ from \d+ artifact record/);
  assert.deepEqual(fs.readFileSync(db), bytesBefore);
  const r = await runPlaybookCase(ws, 'egdb', {}, { trusted: true });
  assert.equal(r.status, 'ok', r.message);
  assert.ok(fs.existsSync(path.join(ws.glxDir, 'grammar', 'views.sql')));
  assert.ok(fs.readdirSync(ws.glxDir).some((n) => n.startsWith('egdb.db.before-rebuild-')));
  const md = fs.readFileSync(path.join(repo.dir, r.report!), 'utf8');
  assert.match(md, /invariants events: \d+/);
  assert.match(md, /I3 violations ↔ MODIFY_SIG \(Appendix A\): \d+/);
  const s = new SqliteStore(db);
  try {
    assert.ok(Number((await s.query('SELECT COUNT(*) FROM delta_tokens')).rows[0][0]) > 0, 'the rebuilt store holds the analyses');
    // Earlier playbook runs survived the rebuild (carried over).
    assert.ok(Number((await s.query("SELECT COUNT(*) FROM runs WHERE kind = 'playbook:unstuck-ci'")).rows[0][0]) >= 1);
  } finally {
    await s.close();
  }
  const u = await undoPlaybookRun(ws, r.run_id, { trusted: true });
  assert.equal(u.status, 'undone', u.message);
  assert.ok(!fs.readdirSync(ws.glxDir).some((n) => n.startsWith('egdb.db.before-rebuild-')));
  assert.deepEqual({ ...(await repoState(repo.dir)), egdb: before.egdb }, before);
});
