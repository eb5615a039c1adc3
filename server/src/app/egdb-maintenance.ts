// Use cases of `glx egdb init` and `glx egdb rebuild` (spec §3.10, playbook 4): create or migrate
// the schema and (re)apply the views, writing `.glx/grammar/views.sql` (+ the PostgreSQL
// variant); rebuild the store from `.glx/` artifacts beside the old file (kept as
// `egdb.db.before-rebuild-<ts>`). The CLI verbs and playbook 4 call these.
import * as path from 'node:path';
import { commitRow } from '../egdb/commit-info';
import type { IngestStats } from '../egdb/ingest';
import { rebuildBatches } from '../egdb/journal';
import { SqliteStore } from '../egdb/sqljs-store';
import type { InitResult, Store } from '../egdb/store';
import { viewsSql } from '../egdb/views';
import { GlxError, InputError } from '../errors';
import { writeFileAtomic } from '../util/atomic-write';

/**
 * Creates or migrates the store and writes the views' SQL to `.glx/grammar/` (playbook 4 runs it
 * verbatim). `writeViews: false` (a store named outside any repository) writes nothing beside it.
 */
export async function initEgdb(store: Store, glxDir: string, opts: { writeViews?: boolean } = {}): Promise<InitResult & { viewsFile?: string }> {
  const r = await store.init().catch((e: Error) => {
    // A lock held by another writer stays busy (75); a server that refuses us is bad input.
    if (e instanceof GlxError) throw e;
    throw new InputError(e.message, { cause: e });
  });
  if (opts.writeViews === false) return r;
  const viewsFile = path.join(glxDir, 'grammar', 'views.sql');
  writeFileAtomic(viewsFile, viewsSql('sqlite'));
  writeFileAtomic(path.join(glxDir, 'grammar', 'views.postgres.sql'), viewsSql('postgres'));
  return { ...r, viewsFile };
}

export interface RebuildResult {
  batches: number;
  stats: IngestStats[];
  backup?: string;
  carried: number;
  problems: string[];
}

export async function rebuildEgdb(store: Store, glxDir: string, repo: { root: string } | undefined): Promise<RebuildResult> {
  // Issue 11 item 5: every artifact is read and validated before the store is touched.
  const problems: string[] = [];
  const batches = await rebuildBatches(glxDir, { problems, commitInfo: repo ? (sha) => commitRow(repo.root, sha, null) : undefined });
  let backup: string | undefined;
  let carried = 0;
  let stats: IngestStats[];
  if (store instanceof SqliteStore) {
    // Built beside the old store under the writer lock, swapped in atomically; the previous
    // file is kept under a unique name (playbook 4's rollback) and never deleted.
    const r = await store.rebuildBeside(batches);
    ({ backup, carried, stats } = r);
    if (r.oldCorrupt) problems.push(`${r.oldCorrupt}: nothing carried over from it`);
  } else {
    await store.init();
    stats = await store.ingest(batches);
  }
  return { batches: batches.length, stats, backup, carried, problems };
}
