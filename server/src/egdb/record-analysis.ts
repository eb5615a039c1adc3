// The hook the analyses call to publish into EGDB (spec §3.10 "Events … published by the
// engine into the store"): `glx delta` after writing its artifacts, and the language server
// for each new HEAD it sees. Failures never fail the analysis: they are one warning line.
import type { DeltaReport } from '../engine/report';
import type { GitRepo } from '../git';
import { commitRow } from './commit-info';
import type { GateResultsInput, IngestStats } from './ingest';
import { openEgdb, recordDelta } from './open';

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
  },
): Promise<IngestStats | undefined> {
  if (egdbDisabled()) return undefined;
  const store = openEgdb({
    glxDir,
    db: opts.db,
    repoRoot: repo.root,
    onCorrupt: (to, reason) => opts.warn?.(`egdb: ${reason}; moved aside to ${to} and rebuilt from .glx/ artifacts`),
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
