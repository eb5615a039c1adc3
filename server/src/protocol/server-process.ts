// How the language server's process is started, shared by the VS Code client (client/src/ctx.ts)
// and the benchmarks that measure that process (bench/real-bench.ts, bench/lsp-bench.ts).
//
// glibc's malloc (issue 14: memory under typing). By default it raises its mmap threshold after
// each large free, up to 32 MiB, and its trim threshold to twice that: after V8's compiler zones
// and tree-sitter's buffers have come and gone a few times, large blocks come from the heap and
// freed memory is kept instead of returned. Pinning both thresholds (setting them switches the
// dynamic adjustment off) measured 30–35 MB less RSS on webpack's lib/Compilation.js after
// 10 and after 210 edits, at the same CPU per edit (docs/benchmarks.md, sixth pass). glibc reads
// them once, at process start, so they are set in the environment the server is forked with;
// a value the user already set wins. Other allocators ignore them.
export const SERVER_MALLOC_ENV: Readonly<Record<string, string>> = {
  MALLOC_MMAP_THRESHOLD_: '65536',
  MALLOC_TRIM_THRESHOLD_: '131072',
};

/** The variables of SERVER_MALLOC_ENV that `env` does not set already. */
export function serverProcessEnv(env: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(SERVER_MALLOC_ENV)) if (env[k] === undefined) out[k] = v;
  return out;
}
