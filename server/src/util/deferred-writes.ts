// Cache writes after the answer (issue 14 item 4, "EGDB writes off the critical path", applied to
// the warm-start caches): in a long-lived process that answers requests (the daemon,
// docs/warm-starts.md "The daemon") a cache entry written for the next process — the analysis of
// a changed file, its SAST results — costs the request that made it a secret scan of the whole
// text, a JSON serialisation, a hash and an atomic write (~40 ms of ~150 for "another line
// changed" in webpack's 467 KB lib/css/syntax.js). Deferred, they run once the answer is sent,
// before the next request starts. Off by default: a one-shot process writes at once, as before.
// What is deferred must be immutable by then (analyses and scan results are shared read-only).

let queue: (() => void)[] | undefined;

/** From now on (true), `writeLater` queues until `flushWrites`; off (false) flushes what is queued first. */
export function deferWrites(on: boolean): void {
  if (!on) flushWrites();
  queue = on ? (queue ?? []) : undefined;
}

/** Runs `write` now, or after the current request when writes are deferred. A failing write costs its cache entry only. */
export function writeLater(write: () => void): void {
  if (queue) queue.push(write);
  else write();
}

/** Runs the queued writes, oldest first (a throwing one does not stop the rest). */
export function flushWrites(): void {
  const q = queue;
  if (!q) return;
  while (q.length > 0) {
    try {
      q.shift()!();
    } catch {
      /* best effort, as the caches' own writes */
    }
  }
}

/** How many writes wait (daemon status, tests). */
export function pendingWrites(): number {
  return queue?.length ?? 0;
}
