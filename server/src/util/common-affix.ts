// The common prefix and suffix of two texts: where two versions of a buffer differ (the live
// scan's tree edits, its carried ranges, the minimal edit of a quick fix). A keystroke in a
// 200 k-character file compares nearly all of both texts, so blocks are compared first (a native
// string comparison), then characters.

/** Common prefix length of two strings, compared a block at a time (native compares) before char by char. */
export function commonPrefix(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let p = 0;
  for (const block of [4096, 256]) {
    while (p + block <= max && a.slice(p, p + block) === b.slice(p, p + block)) p += block;
  }
  while (p < max && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  return p;
}

/** Common suffix length of two strings, not reaching below `floor` in either (pass the common prefix, so the two never overlap). */
export function commonSuffix(a: string, b: string, floor: number): number {
  const max = Math.min(a.length, b.length) - floor;
  let s = 0;
  for (const block of [4096, 256]) {
    while (s + block <= max && a.slice(a.length - s - block, a.length - s) === b.slice(b.length - s - block, b.length - s)) s += block;
  }
  while (s < max && a.charCodeAt(a.length - 1 - s) === b.charCodeAt(b.length - 1 - s)) s++;
  return s;
}
