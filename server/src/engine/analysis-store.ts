// The warm-start analysis cache under `.glx/cache/analysis/` (issue 14 "Warm starts"): one file
// per analysed file version, content-addressed by (engine identity, path, git blob id), so a
// second `glx delta` / history walk reads analyses instead of parsing. Decisions
// (docs/analysis-cache.md):
// - the key holds the path (an analysis carries it: uids, test-file rules) and the engine's
//   identity (entry format + the running bundle's size and mtime): any rebuilt
//   engine starts a fresh key space, so a stale analysis is never read;
// - a bad entry is a miss, never a wrong answer: each file is a header line (format, engine,
//   path, blob id, payload length and sha256) and the payload; anything that does not check out
//   is ignored and removed;
// - atomic writes (temp + rename, util/atomic-write.ts), so concurrent runs see whole files;
//   two runs writing one key write the same bytes;
// - size-capped (GLX_CACHE_MB, default 256 MiB): least recently used files (mtime, refreshed on
//   hits) are removed once the writes of a run pass an eighth of the cap;
// - never a secret on disk: analyses hold code rows, so a file in which the secret detectors
//   find anything is not cached (spec §3.11: secrets reach no artifact);
// - best effort: a read-only or full `.glx/` only costs the cache, never the run;
//   GLX_CACHE=0 turns it off.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { readCacheEntry } from '../util/cache-entry';
import * as path from 'node:path';
import { redactSecrets } from '../redact';
import type { FileAnalysis } from '../symbols/types';
import { afterAnswer } from '../util/after-answer';
import { writeFileAtomic } from '../util/atomic-write';

/** Bumped when the entry layout changes. */
const FORMAT = 1;

let engineId: string | undefined;

/** Identity of the running engine: what analyses are computed by. */
export function engineIdentity(): string {
  if (engineId) return engineId;
  let code = '';
  try {
    const st = fs.statSync(__filename);
    code = `${st.size}:${Math.floor(st.mtimeMs)}`;
  } catch {
    code = `${Date.now()}:${process.pid}`; // unknown code: a key space of this process alone
  }
  engineId = `${FORMAT}|${code}`;
  return engineId;
}

/** git's blob id of some bytes (`git hash-object`): the key of a worktree file with no oid. */
export function blobId(bytes: Buffer): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

interface Header {
  format: number;
  engine: string;
  path: string;
  oid: string;
  bytes: number;
  sum: string;
}

export interface StoreStats {
  hits: number;
  misses: number;
  /** Entries that existed but did not check out (removed). */
  bad: number;
  writes: number;
  /** Versions not stored because a secret detector matched their text. */
  secret: number;
}

/** The store bound to one file version: what makeVersion/makeVersionPair read and fill. */
export interface StoredAnalysis {
  get(): FileAnalysis | undefined;
  put(text: string, a: FileAnalysis): void;
}

export class AnalysisStore {
  readonly stats: StoreStats = { hits: 0, misses: 0, bad: 0, writes: 0, secret: 0 };
  private written = 0;
  private readonly engine = engineIdentity();

  /**
   * @param dir `.glx/cache/analysis`
   * @param maxBytes size cap of the directory
   */
  constructor(readonly dir: string, readonly maxBytes = Number(process.env.GLX_CACHE_MB ?? 256) * 1024 * 1024) {}

  /** The store of a workspace's `.glx/`, or undefined when turned off (GLX_CACHE=0). */
  static forGlxDir(glxDir: string): AnalysisStore | undefined {
    if (process.env.GLX_CACHE === '0') return undefined;
    return new AnalysisStore(path.join(glxDir, 'cache', 'analysis'));
  }

  private fileOf(p: string, oid: string): string {
    const k = createHash('sha256').update(`${this.engine}\0${p}\0${oid}`).digest('hex');
    return path.join(this.dir, k.slice(0, 2), `${k.slice(2)}.json`);
  }

  /** The analysis of `p` at blob `oid`, or undefined (absent, unreadable, or not checking out). */
  get(p: string, oid: string): FileAnalysis | undefined {
    return readCacheEntry(this.fileOf(p, oid), (raw) => this.decode(raw, p, oid), this.stats);
  }

  private decode(raw: Buffer, p: string, oid: string): FileAnalysis | undefined {
    try {
      const nl = raw.indexOf(10);
      if (nl < 0) return undefined;
      const h = JSON.parse(raw.subarray(0, nl).toString('utf8')) as Header;
      if (h.format !== FORMAT || h.engine !== this.engine || h.path !== p || h.oid !== oid) return undefined;
      const payload = raw.subarray(nl + 1);
      if (payload.length !== h.bytes) return undefined;
      if (createHash('sha256').update(payload).digest('hex') !== h.sum) return undefined;
      const a = JSON.parse(payload.toString('utf8')) as FileAnalysis;
      if (!a || a.path !== p || !Array.isArray(a.symbols) || !Array.isArray(a.codeLines) || typeof a.lineCount !== 'number') return undefined;
      return a;
    } catch {
      return undefined;
    }
  }

  /** Store the analysis of `p` at `oid` computed from `text` (skipped when the text holds a secret). */
  put(p: string, oid: string, text: string, a: FileAnalysis): void {
    // After the answer in a daemon (util/after-answer.ts); at once otherwise.
    afterAnswer(() => this.write(p, oid, text, a));
  }

  private write(p: string, oid: string, text: string, a: FileAnalysis): void {
    if (redactSecrets(text) !== text) {
      this.stats.secret++;
      return;
    }
    try {
      const payload = Buffer.from(JSON.stringify(a), 'utf8');
      const header: Header = {
        format: FORMAT, engine: this.engine, path: p, oid, bytes: payload.length,
        sum: createHash('sha256').update(payload).digest('hex'),
      };
      const data = Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`, 'utf8'), payload]);
      writeFileAtomic(this.fileOf(p, oid), data);
      this.stats.writes++;
      this.written += data.length;
      if (this.written > this.maxBytes / 8) {
        this.written = 0;
        this.prune();
      }
    } catch {
      /* best effort: a read-only or full .glx/ costs the cache only */
    }
  }

  /** `get`/`put` of one (path, blob id). */
  at(p: string, oid: string): StoredAnalysis {
    return { get: () => this.get(p, oid), put: (text, a) => this.put(p, oid, text, a) };
  }

  /** Remove least recently used entries until the directory is under 80 % of the cap. */
  prune(): void {
    const entries: { file: string; size: number; mtime: number }[] = [];
    let total = 0;
    let shards: string[];
    try {
      shards = fs.readdirSync(this.dir);
    } catch {
      return;
    }
    for (const s of shards) {
      let names: string[];
      try {
        names = fs.readdirSync(path.join(this.dir, s));
      } catch {
        continue;
      }
      for (const n of names) {
        const file = path.join(this.dir, s, n);
        try {
          const st = fs.statSync(file);
          entries.push({ file, size: st.size, mtime: st.mtimeMs });
          total += st.size;
        } catch {
          /* removed by another run */
        }
      }
    }
    if (total <= this.maxBytes) return;
    entries.sort((x, y) => x.mtime - y.mtime);
    for (const e of entries) {
      if (total <= this.maxBytes * 0.8) break;
      try {
        fs.rmSync(e.file, { force: true });
      } catch {
        /* another run */
      }
      total -= e.size;
    }
  }
}
