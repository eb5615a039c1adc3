// V8's optimising compiler for the language server process (issue 14: edit p95 ≤ 25 ms on two
// cores). TurboFan compiles on V8's worker threads; on a two-core machine shared with other
// work, a compile takes the core the next keystroke needs. Measured in the tenth pass
// (docs/benchmarks.md "Issue 14, tenth pass"): without inlining (`--no-turbo-inlining`) the
// compiles are cheaper and, on a loaded machine (load 3–8), the server's edit p95 over 300
// edits in webpack's lib/Compilation.js fell in five of five interleaved pairs — but on a quiet
// machine the steady state is slower without it: over 1,000 edits 20.8 → 24.6 ms of server CPU
// per edit and p95 28.5 → 33.1 ms. So V8's default (inlining on) stays; GLX_TURBO_INLINING=0
// turns it off for a machine that is always busy.
// Set at start-up, before the engine's code is hot: V8 reads the flag at each compile.
import * as v8 from 'node:v8';

/** Turns TurboFan's inlining off when GLX_TURBO_INLINING=0; returns whether it is off. */
export function tuneJitForEditing(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.GLX_TURBO_INLINING !== '0') return false;
  v8.setFlagsFromString('--no-turbo-inlining');
  return true;
}
