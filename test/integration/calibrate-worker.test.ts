// The editor's first-run calibration in a worker thread (calibration/calibrate-in-worker.ts,
// issue 14; spec §3.8 "first run"): on a real generated history the worker's state is the state
// calibrate() computes in process (same window, λ and "now"), progress arrives commit by commit,
// a cancel stops the walk, and the memory limit ends it with a clear message instead of growing.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { calibrate } from '../../server/src/calibration/calibrate';
import { calibrateInWorker, CALIBRATION_WORKER_CACHES, HOLD_MAX_MS } from '../../server/src/calibration/calibrate-in-worker';
import { readFileSync } from 'node:fs';
import { readPolicy } from '../../server/src/config/read-policy';
import { GitRepo } from '../../server/src/git';
import { initParsers } from '../../server/src/parsing/languages';
import { TempRepo } from '../helpers/temp-repo';

let repo: TempRepo;
const NOW = '2026-02-01T00:00:00.000Z';

before(async () => {
  await initParsers();
  repo = new TempRepo('glx-calworker-');
  repo.commit({ 'core/a.ts': 'export function a0(x: number): number {\n  return x;\n}\n', 'ui/v.py': 'def v0():\n    return ""\n' }, 'init');
  for (let i = 1; i <= 23; i++) {
    const core = Array.from({ length: i + 1 }, (_, k) => `export function a${k}(x: number): number {\n  return x + ${k * (i % 4)};\n}\n`).join('\n');
    const files: Record<string, string> = { 'core/a.ts': core };
    if (i % 3 === 0) files['ui/v.py'] = `def v0():\n    return "${i}"\n\n\ndef w${i}(x):\n    return x * ${i}\n`;
    repo.commit(files, `c${i}`);
  }
});
after(() => repo.cleanup());

async function inProcess(window = { commits: 90, days: 36500 }) {
  const policy = readPolicy(repo.dir).policy;
  const git = await GitRepo.open(repo.dir);
  try {
    return await calibrate(git, policy, { branch: 'HEAD', window, byModule: false, lambda: policy.config.calibration.lambda, autoFreeze: false, now: new Date(NOW), caches: CALIBRATION_WORKER_CACHES });
  } finally {
    await git.close();
  }
}

test('the worker calibrates to exactly the state calibrate() computes in process, with progress per commit', async () => {
  const window = { commits: 90, days: 36500 };
  const progress: [number, number][] = [];
  const job = calibrateInWorker({ root: repo.dir, branch: 'HEAD', window, now: NOW }, { onProgress: (d, t) => progress.push([d, t]) });
  const fromWorker = await job.result;
  const local = await inProcess(window);
  assert.ok(fromWorker);
  assert.equal(fromWorker.analysed, 24);
  assert.equal(fromWorker.windowCommits, 24);
  assert.deepEqual(fromWorker.state, local.state);
  // Enough samples for quantile thresholds: the worker's numbers are not the defaults.
  assert.equal(fromWorker.state.modules['*'].basis, 'quantile');
  assert.equal(fromWorker.state.modules['*'].n, 24);
  assert.deepEqual(progress.map(([d]) => d), Array.from({ length: 24 }, (_, i) => i + 1));
  assert.ok(progress.every(([, t]) => t === 24));
});

test('the policy window of spec/invariants.yaml applies when the job names none (as the in-process first run)', async () => {
  repo.write('spec/invariants.yaml', 'calibration:\n  window_commits: 10\n');
  try {
    const r = await calibrateInWorker({ root: repo.dir, branch: 'HEAD', now: NOW }).result;
    const policy = readPolicy(repo.dir).policy;
    assert.equal(policy.config.calibration.windowCommits, 10);
    const local = await inProcess({ commits: 10, days: policy.config.calibration.windowDays });
    assert.ok(r);
    assert.equal(r.windowCommits, 10);
    assert.deepEqual(r.state, local.state);
  } finally {
    repo.remove('spec');
  }
});

test('cancel stops the walk: the result is undefined and the thread ends', async () => {
  let seen = 0;
  const job = calibrateInWorker({ root: repo.dir, branch: 'HEAD', now: NOW }, {
    onProgress: () => {
      if (++seen === 2) job.cancel();
    },
  });
  assert.equal(await job.result, undefined);
  assert.ok(seen >= 2 && seen < 24, `stopped between commits (${seen} progress reports)`);
  // Cancelling before the worker even started also ends it.
  const early = calibrateInWorker({ root: repo.dir, branch: 'HEAD', now: NOW });
  early.cancel(50);
  assert.equal(await early.result, undefined);
});

test('a walk over its memory limit ends with a message naming the limit, not a bigger process', async () => {
  await assert.rejects(calibrateInWorker({ root: repo.dir, branch: 'HEAD', now: NOW }, { heapMb: 2 }).result, /needed more than its 2 MiB memory limit/);
});

test('a repository without commits gives no state (the gates keep their defaults)', async () => {
  const dir = new TempRepo('glx-calworker-empty-');
  try {
    // No commits: nothing to calibrate, no state (the gates keep their defaults).
    assert.equal(await calibrateInWorker({ root: dir.dir, branch: 'HEAD' }).result, undefined);
  } finally {
    dir.cleanup();
  }
});

/** The scheduler state of a process (/proc/<pid>/stat, Linux): 'T' when stopped. */
function procState(pid: number): string | undefined {
  try {
    const st = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return st.slice(st.lastIndexOf(')') + 2).split(' ')[0];
  } catch {
    return undefined;
  }
}

test('a held worker is stopped until released (or HOLD_MAX_MS), finishes with the same state, and a cancel while held ends it', { skip: process.platform !== 'linux' }, async () => {
  const window = { commits: 90, days: 36500 };
  const job = calibrateInWorker({ root: repo.dir, branch: 'HEAD', window, now: NOW });
  assert.ok(job.pid);
  job.hold();
  assert.equal(job.held, true);
  // SIGSTOP is delivered asynchronously: wait for the state to show it.
  for (let i = 0; i < 50 && procState(job.pid) !== 'T'; i++) await new Promise((r) => setTimeout(r, 10));
  assert.equal(procState(job.pid), 'T', 'the worker process is stopped while held');
  job.release();
  assert.equal(job.held, false);
  for (let i = 0; i < 50 && procState(job.pid) === 'T'; i++) await new Promise((r) => setTimeout(r, 10));
  assert.notEqual(procState(job.pid), 'T', 'released, it runs again');
  // A hold nobody releases ends by itself.
  job.hold();
  await new Promise((r) => setTimeout(r, HOLD_MAX_MS + 200));
  assert.equal(job.held, false);
  const held = await job.result;
  assert.ok(held);
  assert.deepEqual(held.state, (await inProcess(window)).state);
  // Cancelled while held: released so that it can read the cancel, and the result settles.
  const second = calibrateInWorker({ root: repo.dir, branch: 'HEAD', window, now: NOW });
  second.hold();
  second.cancel();
  assert.equal(second.held, false);
  assert.equal(await second.result, undefined);
});
