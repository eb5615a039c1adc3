// V8's optimising compiler for the language server process (issue 14: edit p95 ≤ 25 ms on two
// cores). TurboFan compiles on V8's worker threads; on a two-core machine shared with the
// editor, a compile takes the core the next keystroke needs. Measured in the tenth pass
// (docs/benchmarks.md "Issue 14, tenth pass"): V8's worker threads took 30–40 % of the
// process's CPU over a 300–700-edit run in webpack's lib/Compilation.js, most of it recompiling
// large functions after deoptimisations; without inlining (`--no-turbo-inlining`) bench a's
// worker CPU fell 1.28–1.31 → 0.82–0.84 s with the main thread's unchanged, and the server's
// edit p95 fell in three interleaved pairs of 300 edits (40.0 / 39.9 / 63.9 → 26.1 / 22.3 /
// 55.1 ms at load 3–5), in process the p95 of CPU per edit 31.5–32.1 → 24.2–26.0 ms with the
// mean unchanged. Inlining buys steady-state speed on long-running hot loops; an editor's
// keystroke is short bursts of many small functions, where the compile cost showed and the
// inlining gain did not.
// Set at start-up, before the engine's code is hot: V8 reads the flag at each compile.
import * as v8 from 'node:v8';

/** Turns TurboFan's inlining off unless GLX_TURBO_INLINING=1 keeps V8's default; returns whether it is off. */
export function tuneJitForEditing(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.GLX_TURBO_INLINING === '1') {
    v8.setFlagsFromString('--turbo-inlining');
    return false;
  }
  v8.setFlagsFromString('--no-turbo-inlining');
  return true;
}
