// One read of a content-checked cache file, shared by the analysis cache (engine/analysis-store.ts)
// and the warm-start store (engine/warm-store.ts): a missing file is a miss; one that does not
// check out (`decode` says undefined: torn write, other engine, other key) is a miss too and is
// removed, so a bad entry is never a wrong answer and never read twice; a hit is touched, so
// the size cap evicts the least recently used first.
import * as fs from 'node:fs';

export interface EntryStats {
  hits: number;
  misses: number;
  bad: number;
}

/**
 * A long-lived process's memo of decoded entries (issue 14, sixth pass: the daemon, docs/warm-starts.md
 * "The daemon"). Entries are content-addressed — the file name is a hash of the engine and the key,
 * and two writers of one key write the same bytes — so a value decoded once is the value of that
 * file for the life of the process, and reading it again (sha256 + JSON.parse of up to a few MB)
 * can be skipped. Off by default (a one-shot run reads each entry once); bounded by an estimate of
 * the decoded values' heap (6 × their JSON's bytes), least recently used first. Values are shared between reads: callers treat them as
 * read-only, as they already must (two reads of one entry in one run were never promised copies).
 */
interface Memo {
  max: number;
  bytes: number;
  map: Map<string, { v: unknown; bytes: number; touched: number }>;
}
let memo: Memo | undefined;

/** Turns the memo on with a budget of `maxBytes` (estimated heap bytes of the decoded entries; 0: off). */
export function memoizeCacheEntries(maxBytes: number): void {
  memo = maxBytes > 0 ? { max: maxBytes, bytes: 0, map: new Map() } : undefined;
}

/** The memo's size, for `glx daemon status`. */
export function cacheEntryMemoSize(): { entries: number; bytes: number } | undefined {
  return memo ? { entries: memo.map.size, bytes: memo.bytes } : undefined;
}

/** A decoded entry takes several times its JSON's bytes on V8's heap (objects, strings, arrays). */
const HEAP_PER_RAW_BYTE = 6;

function remember(file: string, v: unknown, rawBytes: number): void {
  const bytes = rawBytes * HEAP_PER_RAW_BYTE;
  if (!memo || bytes > memo.max / 4) return;
  memo.map.set(file, { v, bytes, touched: Date.now() });
  memo.bytes += bytes;
  for (const [k, e] of memo.map) {
    if (memo.bytes <= memo.max) break;
    memo.map.delete(k);
    memo.bytes -= e.bytes;
  }
}

export function readCacheEntry<T>(file: string, decode: (raw: Buffer) => T | undefined, stats: EntryStats): T | undefined {
  const known = memo?.map.get(file);
  if (known) {
    memo!.map.delete(file); // most recently used last
    memo!.map.set(file, known);
    stats.hits++;
    // Still touched now and then, so the on-disk size cap keeps what this process keeps using.
    if (Date.now() - known.touched > 60_000) {
      known.touched = Date.now();
      try {
        const now = new Date();
        fs.utimesSync(file, now, now);
      } catch {
        /* gone or read-only: the value stays right (content-addressed) */
      }
    }
    return known.v as T;
  }
  let raw: Buffer;
  try {
    raw = fs.readFileSync(file);
  } catch {
    stats.misses++;
    return undefined;
  }
  const v = decode(raw);
  if (v === undefined) {
    stats.bad++;
    stats.misses++;
    try {
      fs.rmSync(file, { force: true });
    } catch {
      /* read-only: stays a miss */
    }
    return undefined;
  }
  stats.hits++;
  try {
    const now = new Date();
    fs.utimesSync(file, now, now);
  } catch {
    /* read-only */
  }
  if (memo) remember(file, v, raw.length);
  return v;
}
