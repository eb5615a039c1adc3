// V8 heap growth for the language server process (issue 14: memory flat under typing). Typing
// in a large class allocates ~1 MB per keystroke that dies young, while the caches (chunk
// cache, member walk cache) keep turning over entries that live a few hundred keystrokes; with
// V8's default growing factor (up to 4× the live heap after a full GC) the old space of the
// in-process typing bench settled at ~100 MB committed for ~30 MB live, and the server's RSS
// doubled over 1,000 edits. A factor of 1.25 keeps the committed old space within ~1.5–2× the
// live data at the same CPU per edit (measured: docs/benchmarks.md "Issue 14, fourth pass").
// Set at start-up, before the heap grows; the flag is read on every limit computation, so
// setting it at run time works (a flag on the node command line would not reach a server that
// VS Code's client forks with its own arguments).
import * as v8 from 'node:v8';

/** The heap growing factor as V8's `--heap-growing-percent` (factor = 1 + percent / 100). */
export const SERVER_HEAP_GROWING_PERCENT = 25;

/** Applies the server's heap growth setting unless GLX_HEAP_GROWING_PERCENT overrides it ('0': V8's default). */
export function tuneHeapForEditing(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.GLX_HEAP_GROWING_PERCENT;
  const percent = raw !== undefined && /^\d{1,3}$/.test(raw) ? Number(raw) : SERVER_HEAP_GROWING_PERCENT;
  v8.setFlagsFromString(`--heap-growing-percent=${percent}`);
  return percent;
}
