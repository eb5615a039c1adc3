// Copies of strings that do not keep the text they were sliced from alive.
//
// V8 represents `s.slice(a, b)` of 13 characters or more as a view into `s` (a sliced string):
// the slice keeps all of `s` alive. The analysis slices its names, tokens and keys out of the file
// version it parses; stored in a cache that outlives the version, each such slice kept the whole
// file text of its keystroke alive (issue 14 "memory flat under typing": typing in webpack's
// `lib/css/syntax.js`, 466 K characters, grew V8's large-object space by ~0.9 MB per keystroke,
// 12 → 279 MB over 300 edits, because every cached chunk of every version held its buffer).

/** A copy of `s` that does not share storage with the string it was sliced from. */
export function flatCopy(s: string): string {
  // `' ' + s` is flattened into a fresh sequential string by slice(); short strings are always copied.
  return s.length < 13 ? s : (' ' + s).slice(1);
}

/**
 * Replaces, in place, every string of 13 characters or more held by `value`'s plain objects and
 * arrays (recursively) with a flat copy. For values about to be stored in a long-lived cache:
 * the content is unchanged, only the storage it shares with its source is dropped. Maps, sets and
 * class instances are left as they are (the analysis results hold none); shared sub-objects are
 * visited once.
 */
export function flattenStrings<T>(value: T): T {
  flattenIn(value as unknown, new Set<object>());
  return value;
}

function flattenIn(v: unknown, seen: Set<object>): void {
  if (v === null || typeof v !== 'object' || seen.has(v)) return;
  seen.add(v);
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const x = v[i];
      if (typeof x === 'string') {
        if (x.length >= 13) v[i] = flatCopy(x);
      } else if (x !== null && typeof x === 'object') flattenIn(x, seen);
    }
    return;
  }
  const proto = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== null) return;
  const o = v as Record<string, unknown>;
  for (const k of Object.keys(o)) {
    const x = o[k];
    if (typeof x === 'string') {
      if (x.length >= 13) o[k] = flatCopy(x);
    } else if (x !== null && typeof x === 'object') flattenIn(x, seen);
  }
}
