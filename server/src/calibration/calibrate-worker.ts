// Worker-thread entry of the editor's first-run calibration (spec §3.8 "first run", as amended;
// docs/gates.md "Editor"): the same calibrate() `glx calibrate` runs, in a thread of its own so the
// language server's event loop stays free for edits and its heap is not the walk's (issue 14:
// on webpack the in-process walk took minutes, 0.6–1.0 GB and pushed edit p95 over 1 s).
// Started by calibrate-in-worker.ts with resourceLimits (the memory limit) and smaller cache
// budgets than the CLI's; it reads the policy itself (the same file the server reads), posts
// progress, and stops between commits when told to cancel. Writes nothing: the state goes back
// to the server, which keeps it in memory.
import * as os from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { readPolicy } from '../config/read-policy';
import { GitRepo } from '../git';
import { initParsers } from '../parsing/languages';
import { CancelledError } from '../errors';
import { calibrate } from './calibrate';
import type { CalibrateJob, FromCalibrateWorker, ToCalibrateWorker } from './calibrate-in-worker';

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
      onProgress: (done, total) => parentPort?.postMessage({ type: 'progress', done, total } satisfies FromCalibrateWorker),
    });
    return { type: 'done', result: { state: r.state, windowCommits: r.windowCommits, analysed: r.analysed } };
  } finally {
    await repo.close();
  }
}

/**
 * On Linux the nice value is per thread (setpriority(PRIO_PROCESS, 0) changes the calling thread
 * only, and the git processes it starts inherit it): the walk yields the CPU to the server's
 * edits on a busy machine. Elsewhere the same call would renice the whole server: not done.
 */
function lowerThreadPriority(): void {
  if (process.platform !== 'linux') return;
  try {
    os.setPriority(0, os.constants.priority.PRIORITY_LOW);
  } catch {
    /* not permitted: runs at the server's priority */
  }
}

if (parentPort) {
  lowerThreadPriority();
  const port = parentPort;
  const ac = new AbortController();
  port.on('message', (m: ToCalibrateWorker) => {
    if (m.type === 'cancel') ac.abort();
  });
  run(workerData as CalibrateJob, ac.signal)
    .then((msg) => port.postMessage(msg))
    .catch((e: unknown) => {
      port.postMessage(e instanceof CancelledError ? { type: 'cancelled' } : { type: 'error', message: e instanceof Error ? e.message : String(e) } satisfies FromCalibrateWorker);
    })
    .finally(() => port.close());
}
