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

export function readCacheEntry<T>(file: string, decode: (raw: Buffer) => T | undefined, stats: EntryStats): T | undefined {
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
  return v;
}
