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
 * has been still for IDLE_COMPACT_MS, one compacting GC (tens of ms) gives the pages back.
 * Not sooner: a forced full GC throws away much of the optimised code (tenth pass: the first 20
 * edits after it cost 26–31 ms of server CPU each instead of 16–17 while V8 recompiles), so it
 * waits for a pause longer than a typing burst's — 30 s, not the 3 s it was.
 * Off with GLX_IDLE_COMPACT=0.
 */
export const IDLE_COMPACT_MS = 30_000;
let idleTimer: NodeJS.Timeout | undefined;
let gcFn: (() => void) | null | undefined;

function exposedGc(): (() => void) | null {
  if (gcFn !== undefined) return gcFn;
  try {
    // --expose-gc at run time: `gc` appears in contexts created from now on.
    v8.setFlagsFromString('--expose-gc');
    gcFn = vm.runInNewContext('gc') as () => void;
  } catch {
    gcFn = null;
  }
  return gcFn;
}

/** (Re)arms the idle compaction: call after each edit's work (`delayMs`: tests). */
export function compactWhenIdle(env: NodeJS.ProcessEnv = process.env, delayMs = IDLE_COMPACT_MS): void {
  if (env.GLX_IDLE_COMPACT === '0') return;
  if (idleTimer) idleTimer.refresh();
  else {
    idleTimer = setTimeout(() => {
      idleTimer = undefined;
      const gc = exposedGc();
      if (!gc) return;
      v8.setFlagsFromString('--compact-on-every-full-gc');
      try {
        gc();
      } finally {
        v8.setFlagsFromString('--no-compact-on-every-full-gc');
      }
    }, delayMs);
    idleTimer.unref();
  }
}
