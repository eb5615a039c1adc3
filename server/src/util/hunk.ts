// The unit every diff of the engine speaks (util/line-diff.ts makes them, util/diff-compact.ts places them).

/** A hunk in `git diff -U0` terms. Starts are 1-based; a zero-length side sits *after* line start. */
export interface Hunk {
  oldStart: number;
  oldLines: number;
  newStart: number;
  newLines: number;
}
