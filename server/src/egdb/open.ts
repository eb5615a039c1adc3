// Choosing and opening the EGDB backend (spec §3.10): PostgreSQL when a `postgres://` URL is
// given (`--db`, the `glitchlab.egdb.url` setting, or GLX_EGDB_URL), else the SQLite file
// (`.glx/egdb.db` by default). Also the one entry point analyses use to record themselves:
// journal line + ingest.
import * as path from 'node:path';
import { commitRow } from './commit-info';
import { deltaBatch, type DeltaIngestInput, type IngestStats } from './ingest';
import { appendJournal, rebuildBatches } from './journal';
import { foldingFirst, foldNow } from './pending';
import type { PgStore as PgStoreType } from './pg-store';
import { SqliteStore } from './sqljs-store';
import type { Store } from './store';

export const EGDB_URL_ENV = 'GLX_EGDB_URL';

export interface OpenOptions {
  glxDir: string;
  /** `postgres://…`/`postgresql://…`, or a SQLite file path. */
  db?: string;
  /** The repository root, to look up commits when rebuilding from artifacts. */
  repoRoot?: string;
  onCorrupt?: (movedTo: string, reason: string) => void;
  env?: NodeJS.ProcessEnv;
  /** Problems of folding the pending events (pending.ts): one line each. */
  warn?: (line: string) => void;
}

/** Whether `opts` name the default store `.glx/egdb.db` (the one deferred events belong to: pending.ts). */
export function isDefaultTarget(opts: Pick<OpenOptions, 'db' | 'env'>): boolean {
  return opts.db === undefined && !(opts.env ?? process.env)[EGDB_URL_ENV];
}

export const isPostgresUrl = (s: string | undefined): s is string => !!s && /^postgres(ql)?:\/\//i.test(s);

export function openEgdb(opts: OpenOptions): Store {
  const target = opts.db ?? (opts.env ?? process.env)[EGDB_URL_ENV] ?? path.join(opts.glxDir, 'egdb.db');
  if (isPostgresUrl(target)) {
    // Loaded on use (issue 14 "Warm starts"): `pg` costs ~40 ms to evaluate and pulls in node's
    // fetch (undici) through its runtime detection — a SQLite user never needs it.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { PgStore } = require('./pg-store') as { PgStore: typeof PgStoreType };
    return new PgStore(target);
  }
  const repoRoot = opts.repoRoot;
  const store = new SqliteStore(path.resolve(target), {
    onCorrupt: opts.onCorrupt,
    rebuild: () => rebuildBatches(opts.glxDir, { commitInfo: repoRoot ? (sha) => commitRow(repoRoot, sha, null) : undefined }),
  });
  // Events `glx delta` left in .glx/egdb-pending/ are folded in before anything reads or writes.
  return isDefaultTarget(opts) ? foldingFirst(store, opts.glxDir, opts.warn) : store;
}

/** Records one analysis: a journal line (for rebuilds) and the ingest into the store. */
export async function recordDelta(store: Store, glxDir: string, input: DeltaIngestInput): Promise<IngestStats> {
  // Older deferred events first, journal included (pending.ts): the journal stays in the order a rebuild replays.
  await foldNow(store);
  appendJournal(glxDir, input);
  const [stats] = await store.ingest([deltaBatch(input)]);
  return stats;
}
