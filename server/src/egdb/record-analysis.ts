// The hook the analyses call to publish into EGDB (spec §3.10 "Events … published by the
// engine into the store"): `glx delta` after writing its artifacts, and the language server
// for each new HEAD it sees. Failures never fail the analysis: they are one warning line.
import type { DeltaReport } from '../engine/report';
import type { GitRepo } from '../git';
import { commitRow } from './commit-info';
import type { GateResultsInput, IngestStats } from './ingest';
import { isDefaultTarget, openEgdb, recordDelta } from './open';
import { deferDelta } from './pending';

/** Set GLX_EGDB=off to skip publishing (e.g. read-only checkouts). */
export const egdbDisabled = (env: NodeJS.ProcessEnv = process.env) => /^(off|0|false|no)$/i.test(env.GLX_EGDB ?? '');

export async function recordAnalysis(
  repo: GitRepo,
  glxDir: string,
  report: DeltaReport,
  opts: {
    source: string;
    artifacts?: string[];
    gates?: GateResultsInput;
    db?: string;
    warn?: (line: string) => void;
    /** Receives the failure itself instead of `warn` (the language server shows it: lsp/error-reporting.ts). */
    onError?: (e: unknown) => void;
    /**
     * Leave the event in `.glx/egdb-pending/` for the next EGDB reader or writer instead of
     * opening the store (pending.ts; `glx delta`: the write is off its critical path). Only for
     * the default store; a named `db` or GLX_EGDB_URL is written directly.
     */
    defer?: boolean;
  },
): Promise<IngestStats | undefined> {
  if (egdbDisabled()) return undefined;
  if (opts.defer && isDefaultTarget({ db: opts.db })) {
    try {
      const branch = (await repo.currentBranch().catch(() => undefined)) ?? null;
      const isCommit = report.head.rev !== 'WORKTREE' && !!report.head.sha;
      const commit = isCommit ? await commitRow(repo.root, report.head.sha!, branch) : undefined;
      deferDelta(glxDir, { report: isCommit ? report : { ...report, sha: null }, commit, branch, source: opts.source, artifacts: opts.artifacts, gates: opts.gates });
    } catch (e) {
      if (opts.onError) opts.onError(e);
      else opts.warn?.(`egdb: ${glxDir}/egdb-pending: not written (${(e as Error).message.split('\n')[0]})`);
    }
    return undefined;
  }
  const store = openEgdb({
    glxDir,
    db: opts.db,
    repoRoot: repo.root,
    onCorrupt: (to, reason) => opts.warn?.(`egdb: ${reason}; moved aside to ${to} and rebuilt from .glx/ artifacts`),
    warn: opts.warn,
  });
  try {
    const branch = (await repo.currentBranch().catch(() => undefined)) ?? null;
    const isCommit = report.head.rev !== 'WORKTREE' && !!report.head.sha;
    // A working-tree analysis is stored under the pseudo commit WORKTREE (replaced each time),
    // not under HEAD's sha: HEAD's own Δ is a different change.
    const commit = isCommit ? await commitRow(repo.root, report.head.sha!, branch) : undefined;
    return await recordDelta(store, glxDir, {
      report: isCommit ? report : { ...report, sha: null },
      commit,
      branch,
      source: opts.source,
      artifacts: opts.artifacts,
      gates: opts.gates,
    });
  } catch (e) {
    if (opts.onError) opts.onError(e);
    else opts.warn?.(`egdb: ${store.location}: not updated (${(e as Error).message.split('\n')[0]})`);
    return undefined;
  } finally {
    await store.close();
  }
}
