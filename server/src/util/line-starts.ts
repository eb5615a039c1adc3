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
