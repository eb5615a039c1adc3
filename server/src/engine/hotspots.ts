// Hot spots (spec §3.6): files in the top 10% by commit count over the calibration window
// (default 90 commits or 90 days, whichever is smaller), measured on the base's history. The
// counts come from app/history-window.ts (one `git log` shared with the mosaic's churn). Pure.

/** With fewer commits than this in the window, no file is called a hot spot. */
const MIN_COMMITS = 10;

export function hotspotsFromCounts(counts: ReadonlyMap<string, number>, commits: number): Set<string> {
  if (commits < MIN_COMMITS) return new Set();
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const top = Math.max(1, Math.ceil(ranked.length * 0.1));
  const threshold = ranked[top - 1]?.[1] ?? Infinity;
  // Files tied with the last one in the top 10% are hot too (the cut must not depend on names);
  // a file touched once is never hot.
  return new Set(ranked.filter(([, n]) => n >= threshold && n > 1).map(([p]) => p));
}
