// Work after the answer (issue 14 item 4, "EGDB writes off the critical path", applied to the
// warm-start caches): in a long-lived process that answers requests (the daemon,
// docs/warm-starts.md "The daemon") some of a request's work is for later — a cache entry
// written for the next process (the analysis of a changed file, its SAST results: a secret scan
// of the whole text, a JSON serialisation, a hash and an atomic write, ~40 ms of ~150 for
// "another line changed" in webpack's 467 KB lib/css/syntax.js), or a tree parsed for the next
// request (engine/file-version.ts). Queued, it runs once the answer is sent, before the next
// request starts. Off by default: a one-shot process does it at once, as before. What a task
// reads must be immutable by then (analyses and scan results are shared read-only).

let queue: (() => void)[] | undefined;

/** From now on (true), `afterAnswer` queues until `runAfterAnswer`; off (false) runs what is queued first. */
export function deferAfterAnswer(on: boolean): void {
  if (!on) runAfterAnswer();
  queue = on ? (queue ?? []) : undefined;
}

/** Runs `task` now, or after the current request's answer when deferral is on. A failing task costs only what it was for. */
export function afterAnswer(task: () => void): void {
  if (queue) queue.push(task);
  else task();
}

/** Runs the queued tasks, oldest first (a throwing one does not stop the rest). */
export function runAfterAnswer(): void {
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

/** How many tasks wait (tests). */
export function pendingAfterAnswer(): number {
  return queue?.length ?? 0;
}
