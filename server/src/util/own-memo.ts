// Memos kept on the object they describe (issue 14, ninth pass).
//
// A WeakMap keyed by an object that lives for one keystroke (a buffer version, its analysis)
// keeps its value through one more young-generation GC than its key: V8's scavenger treats the
// values of a WeakMap that lives in the old generation as strong, and drops a dead key's entry
// only after copying them (a full GC applies ephemeron semantics; a value that reaches its own
// key is kept until one). These memos hold values as large as the version itself — its lines,
// its symbols sorted by line — so whenever a scavenge fell inside a keystroke they were promoted
// to the old generation and freed only by a full GC (docs/benchmarks.md, ninth pass). A
// non-enumerable property instead dies with its object, in the same scavenge; spreads, JSON and
// structured clones do not copy it, and deepStrictEqual ignores it.

/** The memo stored on `o` under `key`, if any. */
export function ownMemo<T>(o: object, key: symbol): T | undefined {
  return (o as Record<symbol, T | undefined>)[key];
}

/**
 * Stores `value` on `o` under `key` (non-enumerable). A frozen or sealed object keeps no memo:
 * its callers compute the value again, which memos never change.
 */
export function setOwnMemo<T>(o: object, key: symbol, value: T): T {
  if (Object.prototype.hasOwnProperty.call(o, key)) (o as Record<symbol, T>)[key] = value;
  else if (Object.isExtensible(o)) Object.defineProperty(o, key, { value, writable: true, configurable: true, enumerable: false });
  return value;
}
