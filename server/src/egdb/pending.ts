// EGDB writes off the critical path (issue 14 "Warm starts", docs/warm-starts.md): `glx delta`
// does not open the database (sql.js's wasm, a read of the whole file, the writer lock, an
// export and an atomic rename — ~0.3 s on a warm run); it leaves its event as one file under
// `.glx/egdb-pending/` (the journal line it would have written, redacted, written atomically)
// and prints. The next process that opens the default store — `glx egdb …`, `glx egql`, the
// language server, any analysis that records directly — folds the pending events in first, in
// the order they were made, so every reader sees them:
//   under `egdb-pending/fold.lock`: claim (rename to `<name>.claimed-<pid>`) → append the journal line (so a
//   rebuild replays it like any other analysis) → ingest (idempotent: re-ingesting an analysis
//   replaces its rows, events carry idempotency keys) → delete.
// Nothing is lost: a crash before the claim leaves the file pending; after the claim, a claim
// whose process is gone is taken over by the next fold (a crash between ingest and delete
// re-ingests, which changes nothing). Only the default SQLite store defers: a named `--db` file
// or a PostgreSQL URL is written directly as before (the pending directory belongs to
// `.glx/egdb.db`).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pidAlive } from '../util/pid-alive';
import { writeFileAtomic } from '../util/atomic-write';
import { deltaBatch, type DeltaIngestInput, type IngestStats } from './ingest';
import { withFileLock } from './lock';
import { appendJournalLine, fromJournalLine, toJournalLine, type JournalLine } from './journal';
import type { Store } from './store';

export function pendingDir(glxDir: string): string {
  return path.join(glxDir, 'egdb-pending');
}

let counter = 0;

/**
 * Leaves one analysis for the next fold. The name sorts in creation order across processes
 * (UTC timestamp to the millisecond, then pid and a per-process counter).
 */
export function deferDelta(glxDir: string, input: DeltaIngestInput): string {
  const line = toJournalLine({ ...input, now: input.now ?? new Date() });
  const stamp = line.at.replace(/[-:.]/g, '');
  const name = `${stamp}-${String(process.pid).padStart(7, '0')}-${String(counter++).padStart(4, '0')}.json`;
  const file = path.join(pendingDir(glxDir), name);
  writeFileAtomic(file, `${JSON.stringify(line)}\n`);
  return file;
}

const PENDING = /^\d{8}T\d{9}Z-\d{7}-\d{4}\.json$/;
const CLAIMED = /^(\d{8}T\d{9}Z-\d{7}-\d{4}\.json)\.claimed-(\d+)$/;

export interface FoldResult {
  folded: number;
  stats: IngestStats[];
  /** Unreadable pending files (moved aside as `<name>.bad`, never deleted). */
  problems: string[];
}

/** Pending events, oldest first: unclaimed ones and claims whose process is gone. */
function pendingFiles(dir: string): { name: string; file: string; claimedBy?: number }[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const out: { name: string; file: string; claimedBy?: number }[] = [];
  for (const n of names) {
    if (PENDING.test(n)) out.push({ name: n, file: path.join(dir, n) });
    else {
      const m = CLAIMED.exec(n);
      if (m && !pidAlive(Number(m[2]))) out.push({ name: m[1], file: path.join(dir, n), claimedBy: Number(m[2]) });
    }
  }
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Whether anything waits to be folded (a cheap directory read). */
export function hasPending(glxDir: string): boolean {
  return pendingFiles(pendingDir(glxDir)).length > 0;
}

/**
 * Folds every pending event into `ingest` (the store's own ingest), oldest first. Safe with
 * concurrent folds: each file is claimed by one process.
 */
export async function foldPending(glxDir: string, ingest: Store['ingest']): Promise<FoldResult> {
  const dir = pendingDir(glxDir);
  // One folder at a time (the EGDB lock protocol, lock.ts): two processes claiming files in
  // parallel would append the journal out of order. The claims still guard against a crash.
  return withFileLock(path.join(dir, 'fold.lock'), () => foldLocked(glxDir, dir, ingest));
}

async function foldLocked(glxDir: string, dir: string, ingest: Store['ingest']): Promise<FoldResult> {
  const res: FoldResult = { folded: 0, stats: [], problems: [] };
  for (const p of pendingFiles(dir)) {
    const claim = path.join(dir, `${p.name}.claimed-${process.pid}`);
    try {
      fs.renameSync(p.file, claim);
    } catch {
      continue; // another process claimed it first
    }
    let line: JournalLine;
    let input: DeltaIngestInput;
    try {
      line = JSON.parse(fs.readFileSync(claim, 'utf8')) as JournalLine;
      input = fromJournalLine(line);
    } catch (e) {
      res.problems.push(`${path.join(dir, p.name)}: not a pending EGDB event (${(e as Error).message}); kept as ${p.name}.bad`);
      try {
        fs.renameSync(claim, path.join(dir, `${p.name}.bad`));
      } catch {
        /* left claimed: the next fold tries again */
      }
      continue;
    }
    try {
      // A process that crashed after its journal append re-appends: a rebuild replays both,
      // idempotently.
      appendJournalLine(glxDir, line);
      const [stats] = await ingest([deltaBatch(input)]);
      res.stats.push(stats);
      res.folded++;
      fs.rmSync(claim, { force: true });
    } catch (e) {
      // Give it back (unclaimed) for the next fold; the error goes to the caller.
      try {
        fs.renameSync(claim, p.file);
      } catch {
        /* a dead-claim takeover will find it */
      }
      throw e;
    }
  }
  return res;
}

const ensures = new WeakMap<Store, () => Promise<void>>();

/** Folds the pending events of a store made by foldingFirst now (before a journal append that must come after them). */
export function foldNow(store: Store): Promise<void> {
  return ensures.get(store)?.() ?? Promise.resolve();
}

/** After a failed fold, a store object does not try again for this long (each try may wait for the lock). */
const RETRY_AFTER_MS = 60_000;

/**
 * Makes every read and write of `store` see the pending events first: each call looks for
 * pending files (one directory read) and folds them — a long-lived store (the language server's
 * EGQL store) also sees the events of `glx delta` runs made after it was opened. The store's own
 * methods are wrapped on the instance, so `instanceof` checks still hold. A failing fold (lock
 * busy, disk full) leaves the events pending and lets the operation go on.
 */
export function foldingFirst<S extends Store>(store: S, glxDir: string, warn?: (line: string) => void): S {
  const ingest = store.ingest.bind(store);
  let inflight: Promise<void> | undefined;
  let failedAt = -Infinity;
  const ensure = (): Promise<void> => {
    if (inflight) return inflight;
    if (Date.now() - failedAt < RETRY_AFTER_MS || !hasPending(glxDir)) return Promise.resolve();
    inflight = foldPending(glxDir, ingest)
      .then(
        (r) => r.problems.forEach((p) => warn?.(`egdb: ${p}`)),
        (e: unknown) => {
          failedAt = Date.now();
          warn?.(`egdb: pending events not folded yet (${(e as Error).message.split('\n')[0]})`);
        },
      )
      .finally(() => {
        inflight = undefined;
      });
    return inflight;
  };
  ensures.set(store, ensure);
  for (const m of ['init', 'ingest', 'query', 'schemaVersion'] as const) {
    const orig = (store[m] as (...a: unknown[]) => Promise<unknown>).bind(store);
    (store as unknown as Record<string, unknown>)[m] = async (...a: unknown[]) => {
      await ensure();
      return orig(...a);
    };
  }
  return store;
}
