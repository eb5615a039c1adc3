// Cross-process writer lock for the SQLite EGDB file (spec §3.10: "the language server and a CLI
// run writing at the same time lose nothing"). sql.js keeps the database in memory and saves
// the whole file, so two writers that each load → modify → save would overwrite each other.
// Every write therefore runs as: take `<db>.lock` (O_EXCL create) → re-read the file → apply →
// write temp + rename → release. Readers need no lock: the rename makes every file they see
// complete. A lock whose owner process is gone (same host), or that is older than `staleMs`,
// is broken (a crashed writer never blocks the store forever).
import * as fs from 'node:fs';
import * as os from 'node:os';
import { GlxError, InputError, type GlxErrorOptions } from '../errors';
import { pidAlive } from '../util/pid-alive';

/** Another writer held the lock longer than the timeout: busy (glx exits 75, "try again later"). */
export class LockTimeoutError extends GlxError {
  constructor(message: string, opts: GlxErrorOptions = {}) {
    super(message, opts, 'busy');
  }
}

/** Overrides the default wait for the EGDB writer lock, in milliseconds (docs/errors.md). */
export const LOCK_TIMEOUT_ENV = 'GLX_EGDB_LOCK_TIMEOUT_MS';
const DEFAULT_TIMEOUT_MS = 60_000;

/** The wait from GLX_EGDB_LOCK_TIMEOUT_MS, else 60 s; a value that is not a number of ms is bad input. */
export function lockTimeoutFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env[LOCK_TIMEOUT_ENV]?.trim();
  if (!raw) return DEFAULT_TIMEOUT_MS;
  const ms = Number(raw);
  if (!Number.isFinite(ms) || ms < 0) throw new InputError(`${LOCK_TIMEOUT_ENV}=${raw}: expected a number of milliseconds`, { input: LOCK_TIMEOUT_ENV });
  return ms;
}

export interface LockOptions {
  /** Give up after this long (default: $GLX_EGDB_LOCK_TIMEOUT_MS, else 60 s). */
  timeoutMs?: number;
  /** A lock older than this is considered abandoned even if its pid looks alive (default 120 s). */
  staleMs?: number;
}

interface LockInfo {
  pid: number;
  host: string;
  created: number;
}


function readLock(file: string): LockInfo | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as LockInfo;
  } catch {
    return undefined;
  }
}

/** True when the lock file's owner is gone or the lock is older than staleMs. */
export function isStale(file: string, staleMs: number, now = Date.now()): boolean {
  const info = readLock(file);
  let mtime = now;
  try {
    mtime = fs.statSync(file).mtimeMs;
  } catch {
    return false; // vanished: not stale, just retry
  }
  if (!info) return now - mtime > 2000; // half-written by a writer that died between open and write
  if (info.host === os.hostname() && !pidAlive(info.pid)) return true;
  return now - Math.max(info.created, mtime) > staleMs;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Run fn while holding the exclusive lock `lockFile`. */
export async function withFileLock<T>(lockFile: string, fn: () => Promise<T> | T, opts: LockOptions = {}): Promise<T> {
  const timeoutMs = opts.timeoutMs ?? lockTimeoutFromEnv();
  const staleMs = opts.staleMs ?? 120_000;
  const start = Date.now();
  let delay = 5;
  let token: string | undefined;
  for (;;) {
    try {
      const fd = fs.openSync(lockFile, fs.constants.O_CREAT | fs.constants.O_EXCL | fs.constants.O_WRONLY, 0o644);
      const info: LockInfo = { pid: process.pid, host: os.hostname(), created: Date.now() };
      token = JSON.stringify(info);
      fs.writeSync(fd, token);
      fs.closeSync(fd);
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    if (isStale(lockFile, staleMs)) {
      // Break the stale lock by renaming it away first: only one contender wins the rename,
      // so two processes never both "break" and then both create.
      const aside = `${lockFile}.stale-${process.pid}-${Date.now()}`;
      try {
        fs.renameSync(lockFile, aside);
        fs.rmSync(aside, { force: true });
      } catch {
        /* someone else broke it */
      }
      continue;
    }
    if (Date.now() - start > timeoutMs) {
      const info = readLock(lockFile);
      const waited = timeoutMs < 1000 ? `${timeoutMs} ms` : `${Math.round(timeoutMs / 1000)} s`;
      throw new LockTimeoutError(
        `${lockFile}: EGDB is locked by another writer (pid ${info?.pid ?? '?'} on ${info?.host ?? '?'}), waited ${waited}; ` +
          `try again when it has finished (wait longer with ${LOCK_TIMEOUT_ENV}), or delete the lock file if that process is gone`,
        { input: lockFile },
      );
    }
    await sleep(delay + Math.random() * delay);
    delay = Math.min(delay * 2, 100);
  }
  try {
    return await fn();
  } finally {
    // Only remove the lock if it is still ours (a stale-breaker may have replaced it).
    let current: string | undefined;
    try {
      current = fs.readFileSync(lockFile, 'utf8');
    } catch {
      current = undefined;
    }
    if (current === token) fs.rmSync(lockFile, { force: true });
  }
}
