// Runs the first-run calibration (calibrate-worker.ts) in a worker thread (issue 14; spec §3.8
// "first run"): the caller gets the state calibrate() would have returned in process, progress
// while it runs, and a cancel that stops it (server shutdown, a spec_state.json appearing).
// The worker has its own heap with a hard limit (resourceLimits): a repository whose walk needs
// more ends that walk with a clear message — the gates keep their defaults — instead of growing
// the server. Its caches are given budgets smaller than the CLI's (the editor is a guest).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { SpecState } from './spec-state';

/** What the worker calibrates (serialisable: it crosses the thread boundary as workerData). */
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

export type ToCalibrateWorker = { type: 'cancel' };
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
  /** The worker thread's id (tests). */
  readonly threadId: number;
}

/** Old-generation limit of the worker's heap (MiB). The walk keeps ≤ 48 MiB of caches; the rest is one commit's analyses. */
export const CALIBRATION_WORKER_HEAP_MB = 256;
/** The worker's cache budgets: a third of the CLI walk's chunk cache, an eighth of its version cache. */
export const CALIBRATION_WORKER_CACHES = { chunkBytes: 16 * 1024 * 1024, versionBytes: 32 * 1024 * 1024 };

/** The worker's script: beside this module (tsc output) or beside the bundle that contains it (dist/). */
export function calibrateWorkerScript(): string {
  const candidates = [path.join(__dirname, 'calibrate-worker.js'), path.join(__dirname, '..', 'calibrate-worker.js')];
  for (const c of candidates) if (fs.existsSync(c)) return c;
  throw new Error(`calibrate-worker.js: not found beside ${__dirname} (npm run build bundles it as dist/calibrate-worker.js)`);
}

export function calibrateInWorker(job: CalibrateJob, opts: { onProgress?: (done: number, total: number) => void; heapMb?: number } = {}): WorkerCalibration {
  const heapMb = opts.heapMb ?? CALIBRATION_WORKER_HEAP_MB;
  const worker = new Worker(calibrateWorkerScript(), {
    workerData: { caches: CALIBRATION_WORKER_CACHES, ...job } satisfies CalibrateJob,
    resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: Math.min(16, Math.max(1, heapMb >> 3)) },
    // The worker's console output would interleave with the LSP's stdio: nothing of it is needed.
    stdout: true, stderr: true,
  });
  worker.stdout.resume();
  worker.stderr.resume();
  let settled = false;
  let cancelled = false;
  const result = new Promise<{ state: SpecState; windowCommits: number; analysed: number } | undefined>((resolve, reject) => {
    const finish = (f: () => void) => {
      if (settled) return;
      settled = true;
      f();
    };
    worker.on('message', (m: FromCalibrateWorker) => {
      if (m.type === 'progress') opts.onProgress?.(m.done, m.total);
      else if (m.type === 'done') finish(() => resolve(cancelled ? undefined : m.result));
      else if (m.type === 'cancelled') finish(() => resolve(undefined));
      else finish(() => reject(new Error(`first-run calibration: ${m.message}`)));
    });
    worker.on('error', (e: Error & { code?: string }) => {
      finish(() => (e.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? reject(new Error(`first-run calibration stopped: the walk needed more than its ${heapMb} MiB memory limit (gates keep the default thresholds; run glx calibrate update)`))
        : reject(new Error(`first-run calibration: ${e.message}`))));
    });
    worker.on('exit', (code) => finish(() => (cancelled ? resolve(undefined) : reject(new Error(`first-run calibration: the worker exited with code ${code} before it finished`)))));
  });
  return {
    result,
    threadId: worker.threadId,
    cancel(graceMs = 1000) {
      if (settled || cancelled) return;
      cancelled = true;
      worker.postMessage({ type: 'cancel' } satisfies ToCalibrateWorker);
      // A commit of a huge file can take seconds: past the grace period the thread is stopped.
      const t = setTimeout(() => void worker.terminate(), graceMs);
      t.unref();
      void result.finally(() => clearTimeout(t)).catch(() => undefined);
    },
  };
}
