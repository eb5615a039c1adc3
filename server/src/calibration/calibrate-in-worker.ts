// Runs the first-run calibration (calibrate-worker.ts) in a worker PROCESS (issue 14; spec §3.8
// "first run"): the caller gets the state calibrate() would have returned in process, progress
// while it runs, and a cancel that stops it (server shutdown, a spec_state.json appearing).
// A child process rather than a worker thread (session 5): its memory is its own — the
// server's RSS stays the editor's (on webpack a thread's walk put the server at 312–356 MB
// idle, over the 250 MB budget), all of it goes back to the system when the walk ends (a
// thread's wasm and malloc'd memory stayed in the server), and it runs at low priority as a
// whole, git children included, on every platform. Its heap has a hard limit
// (--max-old-space-size): a repository whose walk needs more ends that walk with a clear
// message — the gates keep their defaults — instead of growing anything. Its caches get
// budgets smaller than the CLI's (the editor is a guest).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fork } from 'node:child_process';
import type { SpecState } from './spec-state';

/** What the worker calibrates (serialisable: it crosses the process boundary as the first message). */
export interface CalibrateJob {
  root: string;
  branch: string;
  /** Defaults to the policy's calibration window (spec/invariants.yaml `calibration:`). */
  window?: { commits: number; days: number };
  lambda?: number;
  /** ISO time standing for "now" (tests: the same thresholds as an in-process run with the same now). */
  now?: string;
  /** Budgets of the walk's chunk and version caches, in estimated bytes. */
  caches?: { chunkBytes?: number; versionBytes?: number };
}

export type ToCalibrateWorker = { type: 'start'; job: CalibrateJob } | { type: 'cancel' };
export type FromCalibrateWorker =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; result: { state: SpecState; windowCommits: number; analysed: number } | undefined }
  | { type: 'cancelled' }
  | { type: 'error'; message: string };

export interface WorkerCalibration {
  /** The calibrated state; undefined when cancelled or the repository has no commits. Rejects with the reason it failed. */
  readonly result: Promise<{ state: SpecState; windowCommits: number; analysed: number } | undefined>;
  /** Asks the worker to stop between commits; terminates it if it has not stopped after `graceMs`. */
  cancel(graceMs?: number): void;
  /** The worker process's id (tests, benchmarks: its memory is its own). */
  readonly pid: number | undefined;
  /**
   * Keeps the worker process off the CPU (SIGSTOP; POSIX only, a no-op elsewhere) while the
   * editor answers a keystroke, until release() or HOLD_MAX_MS pass: on two cores the walk took
   * the core the server's garbage collector and compiler threads use (webpack's Compilation.js:
   * edit p95 28–39 ms while it ran, 16–20 ms after; docs/benchmarks.md, thirteenth pass).
   */
  hold(): void;
  /** Lets a held worker run again (SIGCONT). */
  release(): void;
  /** Whether the worker is held now (tests). */
  readonly held: boolean;
}

/** A hold ends by itself after this long: a keystroke's answer never takes longer, and a missed release cannot starve the walk. */
export const HOLD_MAX_MS = 1000;

/** Old-generation limit of the worker process's heap (MiB). The walk keeps ≤ 48 MiB of caches; the rest is one commit's analyses. */
export const CALIBRATION_WORKER_HEAP_MB = 256;
/** The worker's cache budgets: a third of the CLI walk's chunk cache, an eighth of its version cache. */
export const CALIBRATION_WORKER_CACHES = { chunkBytes: 16 * 1024 * 1024, versionBytes: 32 * 1024 * 1024 };

/** The worker's script: beside this module (tsc output) or beside the bundle that contains it (dist/). */
export function calibrateWorkerScript(): string {
  const candidates = [path.join(__dirname, 'calibrate-worker.js'), path.join(__dirname, '..', 'calibrate-worker.js')];
  for (const c of candidates) if (fs.existsSync(c)) return c;
  throw new Error(`calibrate-worker.js: not found beside ${__dirname} (npm run build bundles it as dist/calibrate-worker.js)`);
}

/** The environment variable that tells calibrate-worker.js it runs as the worker process. */
export const CALIBRATE_CHILD_ENV = 'GLX_CALIBRATE_CHILD';

export function calibrateInWorker(job: CalibrateJob, opts: { onProgress?: (done: number, total: number) => void; heapMb?: number } = {}): WorkerCalibration {
  const heapMb = opts.heapMb ?? CALIBRATION_WORKER_HEAP_MB;
  const child = fork(calibrateWorkerScript(), [], {
    execArgv: [`--max-old-space-size=${heapMb}`, `--max-semi-space-size=${Math.min(16, Math.max(1, heapMb >> 4))}`],
    // Under Electron (the editor's own Node) the child must run as Node, not as an app.
    env: { ...process.env, [CALIBRATE_CHILD_ENV]: '1', ...(process.versions.electron ? { ELECTRON_RUN_AS_NODE: '1' } : {}) },
    // Its stdout would interleave with the LSP's stdio; stderr is kept (a tail) for the reason it died.
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    serialization: 'advanced',
  });
  let stderrTail = '';
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (d: string) => {
    stderrTail = (stderrTail + d).slice(-4000);
  });
  const send = (m: ToCalibrateWorker) => {
    if (child.connected) child.send(m, (e) => void e); // a child that already left: the exit handler reports
  };
  send({ type: 'start', job: { caches: CALIBRATION_WORKER_CACHES, ...job } });
  let settled = false;
  let cancelled = false;
  const result = new Promise<{ state: SpecState; windowCommits: number; analysed: number } | undefined>((resolve, reject) => {
    const finish = (f: () => void) => {
      if (settled) return;
      settled = true;
      f();
    };
    child.on('message', (m: FromCalibrateWorker) => {
      if (m.type === 'progress') opts.onProgress?.(m.done, m.total);
      else if (m.type === 'done') finish(() => resolve(cancelled ? undefined : m.result));
      else if (m.type === 'cancelled') finish(() => resolve(undefined));
      else finish(() => reject(new Error(`first-run calibration: ${m.message}`)));
    });
    child.on('error', (e: Error) => finish(() => reject(new Error(`first-run calibration: could not start the worker process: ${e.message}`))));
    child.on('exit', (code, signal) => finish(() => {
      if (cancelled) resolve(undefined);
      else if (/heap out of memory|Reached heap limit|Allocation failed|javascript OOM|Last few GCs/i.test(stderrTail)) {
        reject(new Error(`first-run calibration stopped: the walk needed more than its ${heapMb} MiB memory limit (gates keep the default thresholds; run glx calibrate update)`));
      } else reject(new Error(`first-run calibration: the worker process exited (${signal ? `signal ${signal}` : `code ${code}`}) before it finished`));
    }));
  });
  let held = false;
  let holdTimer: NodeJS.Timeout | undefined;
  const release = (): void => {
    if (!held) return;
    held = false;
    if (holdTimer) clearTimeout(holdTimer);
    holdTimer = undefined;
    try {
      child.kill('SIGCONT');
    } catch {
      /* already gone */
    }
  };
  void result.finally(release).catch(() => undefined);
  return {
    result,
    pid: child.pid,
    get held() {
      return held;
    },
    hold() {
      if (held || settled || cancelled || process.platform === 'win32' || child.exitCode !== null) return;
      try {
        if (!child.kill('SIGSTOP')) return;
      } catch {
        return;
      }
      held = true;
      holdTimer = setTimeout(release, HOLD_MAX_MS);
      holdTimer.unref();
    },
    release,
    cancel(graceMs = 1000) {
      if (settled || cancelled) return;
      cancelled = true;
      // A held worker must run to read the cancel (or to die of SIGKILL's grace timer).
      release();
      send({ type: 'cancel' });
      // A commit of a huge file can take seconds: past the grace period the process is killed.
      const t = setTimeout(() => child.kill('SIGKILL'), graceMs);
      t.unref();
      void result.finally(() => clearTimeout(t)).catch(() => undefined);
    },
  };
}
