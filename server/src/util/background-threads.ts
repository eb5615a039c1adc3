// The process's background threads at a lower scheduling priority than its main thread (Linux).
//
// Why (issue 14, tenth pass, docs/benchmarks.md): on a two-core machine V8's own worker threads —
// above all TurboFan compiling (and, after a deoptimisation, recompiling) hot functions
// concurrently, then concurrent marking and sweeping — used about as much CPU as the main thread
// during bench a's keystrokes (1.2–1.7 s against 1.6 s), and the keystroke being analysed waited
// on the run queue behind them: in the slowest 5 % of steps the main thread spent about twice as
// long waiting as running. At a higher nice value they yield a core to the main thread.
//
// Measured, not adopted: with the machine otherwise quiet (load ≤ 2.6) nice 19 brought bench a's
// p95 under 5 ms; with other processes busy (load 6–10) it starved the compiler instead — code
// stayed unoptimised and the main thread's own CPU rose by half. So the engine does not call
// it (a library must not renice its host either); bench a's BENCH_NICE_WORKERS reproduces both.
import { readdirSync } from 'node:fs';
import * as os from 'node:os';

/** The nice value given to background threads unless told otherwise (the lowest priority). */
export const BACKGROUND_NICE = 19;

/**
 * Lowers every thread of this process except the main one to `nice`; returns the thread ids
 * changed. A no-op (empty list) off Linux, where a thread id is not a valid target of
 * setpriority(2). Threads started later (libuv's pool starts on first use) keep their priority.
 * Call it from the main thread: its thread id is the process id.
 */
export function lowerBackgroundThreads(nice = BACKGROUND_NICE): number[] {
  if (process.platform !== 'linux') return [];
  let tids: string[];
  try {
    tids = readdirSync('/proc/self/task');
  } catch {
    return [];
  }
  const changed: number[] = [];
  for (const t of tids) {
    const tid = Number(t);
    if (!Number.isInteger(tid) || tid === process.pid) continue;
    try {
      os.setPriority(tid, nice);
      changed.push(tid);
    } catch {
      // A thread that ended between the listing and the call: nothing to lower.
    }
  }
  return changed;
}
