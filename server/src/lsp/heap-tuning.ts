// V8 heap growth for the language server process (issue 14: memory flat under typing). Typing
// in a large class allocates a few MB per keystroke that die young and promotes ~1 MB of cache
// entries (the member walk cache, the chunk cache) that live a few hundred keystrokes; with
// V8's default growing factor (up to 4× the live heap after a full GC) the in-process typing
// bench settled at ~100 MB of committed old space for ~30 MB live, and the server's RSS on
// webpack's Compilation.js went from 220 to 410–500 MB over 1,000 edits. Measured on the server
// (docs/benchmarks.md "Issue 14, fourth pass"): factor 1.25 → +33 % RSS but ~+5 ms of CPU per
// edit (more full GCs of the server's whole heap); factor 2 → +46 % RSS with no CPU cost above
// the noise. 2 is the default: latency first, memory growth halved.
// Set at start-up, before the heap grows; V8 reads the flag on every limit computation, so
// setting it at run time works (a flag on the node command line would not reach a server that
// VS Code's client forks with its own arguments).
import * as v8 from 'node:v8';
import { PerformanceObserver, constants } from 'node:perf_hooks';
import * as vm from 'node:vm';

/** The heap growing factor as V8's `--heap-growing-percent` (factor = 1 + percent / 100). */
export const SERVER_HEAP_GROWING_PERCENT = 100;

/** Applies the server's heap growth setting unless GLX_HEAP_GROWING_PERCENT overrides it ('0': V8's default). */
export function tuneHeapForEditing(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.GLX_HEAP_GROWING_PERCENT;
  const percent = raw !== undefined && /^\d{1,3}$/.test(raw) ? Number(raw) : SERVER_HEAP_GROWING_PERCENT;
  v8.setFlagsFromString(`--heap-growing-percent=${percent}`);
  return percent;
}

/**
 * A compacting full GC once edits pause (issue 14: memory flat under typing). While typing, V8
 * keeps the old space's fragmented pages: the live heap of a session in webpack's
 * lib/Compilation.js stays ~30–50 MB while the committed old space grows to 60–100 MB, and V8's
 * own memory reducer did not give it back in 10 s of idle (docs/benchmarks.md, sixth pass).
 * Compacting on every full GC while typing would cost each keystroke's latency; once the buffer
 * has been still for IDLE_COMPACT_MS, one compacting GC gives the pages back.
 *
 * **Incremental, not `gc()`** (eleventh pass). An atomic full GC — what `gc()` runs — marked 45–54
 * optimised functions of the keystroke path for deoptimisation ("weak objects": objects their
 * code embeds had died) and paused 160–310 ms; the 20 edits after it cost 1.5–1.9× the CPU of
 * others while TurboFan compiled that code again. V8's own, incremental GCs deoptimised nothing
 * in the same runs (`--trace-deopt`). So the compaction starts one incremental marking — a
 * scavenge (`gc({ type: 'minor' })`) with `--stress-incremental-marking` set for it, after which
 * V8 asks whether to start marking — and V8 finishes it in tasks on the idle event loop,
 * compacting (`--compact-on-every-full-gc` is read when marking starts and cleared once the GC is
 * seen done). Once per pause of IDLE_COMPACT_MS. Off with GLX_IDLE_COMPACT=0.
 */
export const IDLE_COMPACT_MS = 30_000;
let idleTimer: NodeJS.Timeout | undefined;

/** (Re)arms the idle compaction: call after each edit's work (`delayMs`: tests). */
export function compactWhenIdle(env: NodeJS.ProcessEnv = process.env, delayMs = IDLE_COMPACT_MS): void {
  if (env.GLX_IDLE_COMPACT === '0') return;
  if (idleTimer) idleTimer.refresh();
  else {
    idleTimer = setTimeout(() => {
      idleTimer = undefined;
      void compactNow();
    }, delayMs);
    idleTimer.unref();
  }
}

/** How long the compaction waits for V8 to finish the marking it started before giving up on observing it. */
const COMPACTION_WAIT_MS = 10_000;
let compacting: Promise<boolean> | undefined;

/**
 * The idle compaction itself (exported for the benches): starts an incremental, compacting full
 * GC and resolves once V8 has finished it (true), or false when no major GC was seen in
 * COMPACTION_WAIT_MS. One at a time: a call while one runs gets the running one.
 */
export function compactNow(): Promise<boolean> {
  if (compacting) return compacting;
  const minorGc = exposedGc();
  if (!minorGc) return Promise.resolve(false);
  compacting = new Promise<boolean>((resolve) => {
    let settled = false;
    const done = (ok: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      observer.disconnect();
      v8.setFlagsFromString('--no-compact-on-every-full-gc');
      compacting = undefined;
      resolve(ok);
    };
    const observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if ((e as { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) done(true);
    });
    observer.observe({ entryTypes: ['gc'] });
    // Not unref'd: V8 finishes the marking in tasks the event loop runs, so the loop must turn.
    const timer = setTimeout(() => done(false), COMPACTION_WAIT_MS);
    v8.setFlagsFromString('--compact-on-every-full-gc');
    v8.setFlagsFromString('--stress-incremental-marking');
    try {
      // After a scavenge V8 asks whether to start marking; the stress flag says yes this once.
      minorGc({ type: 'minor' });
    } finally {
      v8.setFlagsFromString('--no-stress-incremental-marking');
    }
  });
  return compacting;
}

type GcFn = (options?: { type?: 'minor' | 'major' }) => void;
let gcFn: GcFn | null | undefined;

function exposedGc(): GcFn | null {
  if (gcFn !== undefined) return gcFn;
  try {
    // --expose-gc at run time: `gc` appears in contexts created from now on.
    v8.setFlagsFromString('--expose-gc');
    gcFn = vm.runInNewContext('gc') as GcFn;
  } catch {
    gcFn = null;
  }
  return gcFn;
}
