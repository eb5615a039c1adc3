// Warm-start entries that are not one file's analysis (issue 14 "Warm starts"): what depends
// only on the base commit (its file list, the hot-spot window of its history, the mosaic's
// per-file facts) and the SAST bridge's per-file results, under `.glx/cache/<kind>/`. The same
// rules as the analysis cache (analysis-store.ts, docs/analysis-cache.md):
// - content-addressed: the file name is sha256(engine identity, kind, key); the key names what
//   the value was computed from (a commit sha, blob ids, text hashes, the settings that matter);
//   a rebuilt engine gets a fresh key space;
// - a bad entry is a miss, never a wrong answer: a header line (format, engine, kind, key,
//   payload length and sha256) checked before the payload is parsed, then the caller's shape
//   check; anything that does not check out is removed;
// - atomic writes (temp + rename), so concurrent runs see whole files; two runs writing one key
//   write the same bytes; no locks, nothing is read-modify-written;
// - size-capped per kind (GLX_CACHE_MB, default 256 MiB, least recently used first);
// - best effort: a read-only or full `.glx/` costs the cache only; GLX_CACHE=0 turns it off.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { readCacheEntry } from '../util/cache-entry';
import * as path from 'node:path';
import { writeFileAtomic } from '../util/atomic-write';
import { RecentMemo } from '../util/recent-memo';
import { AnalysisStore, engineIdentity } from './analysis-store';

/** Bumped when the entry layout changes. */
const FORMAT = 1;

interface Header {
  format: number;
  engine: string;
  kind: string;
  key: string;
  bytes: number;
  sum: string;
}

export interface WarmStats {
  hits: number;
  misses: number;
  bad: number;
  writes: number;
}

export class WarmStore {
  readonly stats: WarmStats = { hits: 0, misses: 0, bad: 0, writes: 0 };
  private readonly engine = engineIdentity();
  private written = 0;

  /**
   * @param dir `.glx/cache/<kind>`
   * @param kind what the entries hold (part of every key: two kinds never share an entry)
   */
  constructor(readonly dir: string, readonly kind: string, readonly maxBytes = Number(process.env.GLX_CACHE_MB ?? 256) * 1024 * 1024) {}

  /** The store of one kind under a workspace's `.glx/cache/`, or undefined when turned off (GLX_CACHE=0). */
  static forGlxDir(glxDir: string, kind: string): WarmStore | undefined {
    if (process.env.GLX_CACHE === '0') return undefined;
    return new WarmStore(path.join(glxDir, 'cache', kind), kind);
  }

  fileOf(key: string): string {
    const k = createHash('sha256').update(`${this.engine}\0${this.kind}\0${key}`).digest('hex');
    return path.join(this.dir, k.slice(0, 2), `${k.slice(2)}.json`);
  }

  /** Whether a file exists for `key` (not checked: a bad one is a miss when read with `get`). */
  exists(key: string): boolean {
    return fs.existsSync(this.fileOf(key));
  }

  /** The value stored under `key` if it checks out and `valid` accepts it; else undefined (and the entry is removed). */
  get<T>(key: string, valid: (v: unknown) => v is T): T | undefined {
    return readCacheEntry(this.fileOf(key), (raw) => {
      const v = this.decode(raw, key);
      return v !== undefined && valid(v) ? v : undefined;
    }, this.stats);
  }

  private decode(raw: Buffer, key: string): unknown {
    try {
      const nl = raw.indexOf(10);
      if (nl < 0) return undefined;
      const h = JSON.parse(raw.subarray(0, nl).toString('utf8')) as Header;
      if (h.format !== FORMAT || h.engine !== this.engine || h.kind !== this.kind || h.key !== key) return undefined;
      const payload = raw.subarray(nl + 1);
      if (payload.length !== h.bytes) return undefined;
      if (createHash('sha256').update(payload).digest('hex') !== h.sum) return undefined;
      return JSON.parse(payload.toString('utf8')) as unknown;
    } catch {
      return undefined;
    }
  }

  /** Stores `value` (JSON) under `key`. The caller keeps secrets out (spec §3.11). */
  put(key: string, value: unknown): void {
    try {
      const payload = Buffer.from(JSON.stringify(value), 'utf8');
      const header: Header = { format: FORMAT, engine: this.engine, kind: this.kind, key, bytes: payload.length, sum: createHash('sha256').update(payload).digest('hex') };
      const data = Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`, 'utf8'), payload]);
      writeFileAtomic(this.fileOf(key), data);
      this.stats.writes++;
      this.written += data.length;
      if (this.written > this.maxBytes / 8) {
        this.written = 0;
        new AnalysisStore(this.dir, this.maxBytes).prune(); // the same LRU walk over <2 hex>/<62 hex>.json
      }
    } catch {
      /* best effort: a read-only or full .glx/ costs the cache only */
    }
  }
}

/** sha256 of a text: the content key of a file version that has no blob id at hand. */
export function textKey(text: string | undefined): string {
  if (text === undefined) return '-';
  return recentKeys.of(text, (t) => createHash('sha256').update(t).digest('hex'));
}

/** The last few texts' keys (util/recent-memo.ts): a daemon's repeated `glx delta` hashed the same 467 KB twice per request. */
const recentKeys = new RecentMemo<string, string>({ entries: 8, maxWeight: 16 * 1024 * 1024, weight: (t) => t.length, same: (a, b) => a === b });

export const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
