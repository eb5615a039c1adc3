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

/** The heap growing factor as V8's `--heap-growing-percent` (factor = 1 + percent / 100). */
export const SERVER_HEAP_GROWING_PERCENT = 100;

/** Applies the server's heap growth setting unless GLX_HEAP_GROWING_PERCENT overrides it ('0': V8's default). */
export function tuneHeapForEditing(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.GLX_HEAP_GROWING_PERCENT;
  const percent = raw !== undefined && /^\d{1,3}$/.test(raw) ? Number(raw) : SERVER_HEAP_GROWING_PERCENT;
  v8.setFlagsFromString(`--heap-growing-percent=${percent}`);
  return percent;
}
