// Offsets of line starts in a text, and the row of an offset among them. Shared by the
// editor's buffer (engine/workspace-host.ts), the snapshot walk (symbols/syntax-snapshot.ts)
// and the live scan's tree edits (sast/tree-cache.ts): binary search over the starts is cheaper
// than asking tree-sitter through the wasm boundary.

/** Offsets where each line starts (`\n`-separated; the first is 0). */
export function lineStarts(text: string): number[] {
  const out = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) out.push(i + 1);
  return out;
}

/** The 0-based row of `index`: the last line start at or before it. */
export function rowOf(starts: readonly number[], index: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= index) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The line starts of the last few texts asked for, shared (read-only) by every reader of one
 * version: on a keystroke in a 6,500-line file the buffer's edit, the analysis' line count, the
 * snapshot walk's rows, the live scan's line index and its tree edits, and the generated-code
 * check each split the same 200 k characters again (~0.25 ms each; issue 14, edit p95 ≤ 25 ms).
 * A hit is the same string (identity, or equal content: a length mismatch fails at once).
 * The editor records each buffer version it derives (workspace-host.ts applyChange).
 *
 * An entry keeps its text alive, so an owner (one open buffer) keeps at most its newest two: the
 * version being analysed and its predecessor, which the live scan's head-range memo still reads
 * (issue 14, tenth pass: with four entries per buffer every 400 KB version of webpack's
 * Compilation.js outlived a scavenge and went to the old generation, ~375 KB promoted per
 * keystroke that only a full GC frees).
 */
const recentStarts: { text: string; starts: readonly number[]; owner?: object }[] = [];
const RECENT_STARTS = 4;
const PER_OWNER = 2;

export function sharedLineStarts(text: string): readonly number[] {
  return knownLineStarts(text) ?? lineStarts(text);
}

/**
 * The remembered line starts of `text`, if its owner recorded them. Only the editor's buffers are
 * recorded (rememberLineStarts): a text nobody keeps alive (a history walk's version) must not be
 * retained here.
 */
export function knownLineStarts(text: string): readonly number[] | undefined {
  for (const r of recentStarts) if (r.text === text) return r.starts;
  return undefined;
}

/**
 * Records `starts` as `text`'s line starts (the caller derived them; they are never mutated after).
 * With an `owner`, that owner's older entries beyond its newest PER_OWNER are dropped.
 */
export function rememberLineStarts(text: string, starts: readonly number[], owner?: object): void {
  recentStarts.unshift({ text, starts, owner });
  if (owner) {
    let mine = 0;
    for (let i = 0; i < recentStarts.length; i++) {
      if (recentStarts[i].owner !== owner || ++mine <= PER_OWNER) continue;
      recentStarts.splice(i--, 1);
    }
  }
  if (recentStarts.length > RECENT_STARTS) recentStarts.pop();
}

/** Drops `owner`'s entries (its buffer was closed). */
export function forgetLineStarts(owner: object): void {
  for (let i = recentStarts.length - 1; i >= 0; i--) if (recentStarts[i].owner === owner) recentStarts.splice(i, 1);
}

/**
 * The line starts of `old` with [s, e) replaced by `inserted`, from `old`'s starts: only the
 * inserted text is scanned, the starts after the edit are shifted (an edit keystroke: ~6,500
 * numbers moved instead of 200 k characters scanned).
 */
export function spliceLineStarts(starts: readonly number[], s: number, e: number, inserted: string): number[] {
  // Starts at or before s are unchanged (a start is the offset after a '\n'; one at s stays).
  const lo = rowOf(starts, s) + 1;
  // Starts inside (s, e] belonged to removed newlines; those after e shift.
  let hi = lo;
  while (hi < starts.length && starts[hi] <= e) hi++;
  const out = starts.slice(0, lo);
  for (let i = inserted.indexOf('\n'); i >= 0; i = inserted.indexOf('\n', i + 1)) out.push(s + i + 1);
  const delta = inserted.length - (e - s);
  for (let i = hi; i < starts.length; i++) out.push(starts[i] + delta);
  return out;
}
