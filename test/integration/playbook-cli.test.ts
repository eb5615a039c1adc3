// `glx playbook list | show | run | undo` and their exit codes (docs/playbooks.md), through the
// real bin/glx on a temp git repository.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { CommandIds } from '../../server/src/protocol/commands';
import { TempRepo } from '../helpers/temp-repo';

const GLX = path.resolve(__dirname, '..', '..', '..', 'bin', 'glx');
function glx(args: string[], cwd: string, input?: string): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [GLX, ...args], { cwd, encoding: 'utf8', timeout: 120_000, input: input ?? '' });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

let repo: TempRepo;
before(() => {
  repo = new TempRepo('glx-pbcli-');
  repo.commit({ 'src/a.ts': 'export function a(x: number): number {\n  return x;\n}\n' }, 'init');
  repo.commit({ 'src/a.ts': 'export function a(x: number): number {\n  return x + 1;\n}\n' }, 'tune');
});
after(() => repo.cleanup());

test('list: the twelve playbooks with their CLI line and palette command, all available', () => {
  const r = glx(['playbook', 'list', '--json'], repo.dir);
  assert.equal(r.code, 0, r.stderr);
  const list = JSON.parse(r.stdout).playbooks as { number: number; id: string; available: boolean; unavailable?: string; command: string; cli: string }[];
  assert.deepEqual(list.map((p) => p.number), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  assert.deepEqual(list.filter((p) => !p.available).map((p) => p.number), []);
  assert.equal(list[4].cli, 'glx playbook run secret-leak');
  assert.equal(list[1].cli, 'glx playbook run rollback --sha SHA');
  assert.equal(list[0].command, CommandIds.playbookFreeze);
  assert.equal(list[7].command, CommandIds.hudTriage);
  const text = glx(['playbook', 'list'], repo.dir);
  assert.match(text.stdout, / 6  unstuck-ci\s+Unstuck CI\n\s+glx playbook run unstuck-ci  ·  palette: glitchlab\.playbook\.unstuckCi/);
});

test('show: steps, inputs, what each writes and its rollback', () => {
  const r = glx(['playbook', 'show', '9'], repo.dir);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /playbook 9 release — Release \/ hotfix/);
  assert.match(r.stdout, /--version STRING \(required\)/);
  assert.match(r.stdout, /2\. Bump VERSION\.json and commit chore\(release\)\n\s+writes: VERSION\.json, a commit \(not pushed\)\n\s+rollback: reset --keep/);
  assert.match(r.stdout, /requires: clean-tree, not-shallow, has-commits, trusted/);
  assert.equal(glx(['playbook', 'show', 'nope'], repo.dir).code, 66);
});

test('run: --dry-run exit 0 and nothing written; without --yes and no terminal: exit 2; exit codes 3, 6, 2', () => {
  const d = glx(['playbook', 'run', 'unstuck-ci', '--dry-run', '--range', 'HEAD'], repo.dir);
  assert.equal(d.code, 0, d.stderr);
  assert.match(d.stdout, /playbook 6 unstuck-ci — Unstuck CI \(dry run\)[\s\S]*plan: MODIFY_BODY[\s\S]*planned: dry run/);
  assert.ok(!fs.existsSync(path.join(repo.dir, '.glx', 'logs')));
  const noYes = glx(['playbook', 'run', 'freeze', '--commits', '3'], repo.dir);
  assert.equal(noYes.code, 2);
  assert.match(noYes.stderr, /glx: playbook run freeze: needs --yes \(or --dry-run\) when stdin is not a terminal/);
  // Playbook 5 on a repository without secrets: every step has nothing to do.
  const five = glx(['playbook', 'run', '5', '--yes'], repo.dir);
  assert.equal(five.code, 0, five.stdout + five.stderr);
  assert.match(five.stdout, /no CRITICAL secret/);
  // Read-only: no confirmation needed.
  const hud = glx(['playbook', 'run', 'hud', '--range', 'HEAD'], repo.dir);
  assert.equal(hud.code, 0, hud.stderr);
  assert.match(hud.stdout, /Delta Inspector: \d+ token\(s\) in 1 file\(s\)/);
  repo.write('dirty.txt', 'x');
  const pre = glx(['playbook', 'run', 'rollback', '--sha', 'HEAD', '--yes'], repo.dir);
  assert.equal(pre.code, 3, pre.stdout + pre.stderr);
  assert.match(pre.stdout, /precondition: playbook 2 cannot run: the working tree is not clean/);
  repo.remove('dirty.txt');
  const bad = glx(['playbook', 'run', 'freeze', '--commits', 'many', '--yes'], repo.dir);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /glx: playbook freeze: --commits many: not a number/);
});

test('run --yes then undo: exit 0 both; the report and the undo line are printed', () => {
  const r = glx(['playbook', 'run', 'freeze', '--commits', '3', '--reason', 'cli test', '--yes'], repo.dir);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /ok: playbook 1 \(Freeze\/unfreeze thresholds on drift\) done/);
  const run = /undo: glx playbook undo (\w+)/.exec(r.stdout);
  assert.ok(run, r.stdout);
  assert.match(r.stdout, /report: \.glx\/logs\/playbook-freeze-\d{8}T\d{9}Z\.md/);
  const u = glx(['playbook', 'undo', run[1], '--json'], repo.dir);
  assert.equal(u.code, 0, u.stderr);
  assert.equal(JSON.parse(u.stdout).status, 'undone');
  assert.equal(glx(['playbook', 'undo', run[1]], repo.dir).code, 2);
});
