// Worker-process entry of the editor's first-run calibration (spec §3.8 "first run", as amended;
// docs/gates.md "Editor"): the same calibrate() `glx calibrate` runs, in a process of its own so
// the language server's event loop stays free for edits and its memory is not the walk's (issue
// 14: on webpack the in-process walk took minutes, 0.6–1.0 GB and pushed edit p95 over 1 s).
// Forked by calibrate-in-worker.ts with a heap limit and smaller cache budgets than the CLI's; it
// reads the policy itself (the same file the server reads), sends progress, and stops between
// commits when told to cancel. Writes nothing: the state goes back to the server, which keeps it
// in memory.
import * as os from 'node:os';
import { readPolicy } from '../config/read-policy';
import { GitRepo } from '../git';
import { initParsers } from '../parsing/languages';
import { CancelledError } from '../errors';
import { calibrate } from './calibrate';
import { CALIBRATE_CHILD_ENV, type CalibrateJob, type FromCalibrateWorker, type ToCalibrateWorker } from './calibrate-in-worker';

async function run(job: CalibrateJob, signal: AbortSignal): Promise<FromCalibrateWorker> {
  await initParsers();
  const repo = await GitRepo.open(job.root);
  try {
    if (!(await repo.hasCommits())) return { type: 'done', result: undefined };
    const policy = readPolicy(job.root).policy;
    const cal = policy.config.calibration;
    const r = await calibrate(repo, policy, {
      branch: job.branch, window: job.window ?? { commits: cal.windowCommits, days: cal.windowDays }, byModule: false, lambda: job.lambda ?? cal.lambda, autoFreeze: false,
      now: job.now ? new Date(job.now) : undefined, caches: job.caches, signal,
      // One thread: the editor's calibration is a guest beside the language server.
      threads: 1,
      onProgress: (done, total) => post({ type: 'progress', done, total }),
    });
    return { type: 'done', result: { state: r.state, windowCommits: r.windowCommits, analysed: r.analysed } };
  } finally {
    await repo.close();
  }
}

function post(m: FromCalibrateWorker): void {
  if (process.connected) process.send?.(m);
}

/** The whole worker process runs at low priority (its git children inherit it): the walk yields the CPU to the editor. */
function lowerPriority(): void {
  try {
    os.setPriority(0, os.constants.priority.PRIORITY_LOW);
  } catch {
    /* not permitted: runs at the server's priority */
  }
}

if (process.env[CALIBRATE_CHILD_ENV] === '1' && process.send) {
  lowerPriority();
  const ac = new AbortController();
  let started = false;
  process.on('message', (m: ToCalibrateWorker) => {
    if (m.type === 'cancel') ac.abort();
    else if (m.type === 'start' && !started) {
      started = true;
      run(m.job, ac.signal)
        .then(post)
        .catch((e: unknown) => post(e instanceof CancelledError ? { type: 'cancelled' } : { type: 'error', message: e instanceof Error ? e.message : String(e) }))
        .finally(() => {
          if (process.connected) process.disconnect();
        });
    }
  });
  // The server went away (crash, kill): nothing to report to, stop.
  process.on('disconnect', () => {
    ac.abort();
    if (!started) process.exit(0);
  });
}
