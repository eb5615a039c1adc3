// Walks first-parent history commit by commit (spec §3.8 calibration, benchmarks, `--range`
// over many commits): ONE `git log --raw` process lists every commit's changes, blobs come
// through the long-lived cat-file, and each commit's file list (for import resolution) is
// derived from its child's by undoing the child's changes — no per-commit git process.
import type { Policy } from '../config/policy';
import type { ChangeSet } from '../delta/change-set';
import type { ChangedFile, CommitInfo, GitRepo } from '../git';
import { ChunkCache } from '../symbols/analyze';
import { computeDelta, type DeltaOptions, type DeltaResult } from './delta-engine';
import type { AnalysisStore } from './analysis-store';
import { finishChanges, readChanges, VersionCache } from './git-change-set';

export interface CommitDelta {
  commit: CommitInfo;
  result: DeltaResult;
  /** The commit's change set (`C^..C`): I2 and I3 of the backtest read it. */
  cs: ChangeSet;
}

export interface WalkOptions {
  maxCount?: number;
  since?: string;
  /** Skip these commits (already sampled: calibration is incremental). */
  skip?: ReadonlySet<string>;
  /** Hot spots as they stood before each commit (the backtest judges each commit as CI did). */
  hotspotsFor?: (sha: string) => ReadonlySet<string> | undefined;
  /** Warm-start cache of analyses (.glx/cache/, analysis-store.ts). */
  store?: AnalysisStore;
  /**
   * Extra computeDelta options per commit (token sources such as the SAST scanners, their
   * sastCritical): `glx delta --range A..B --per-commit` gives each commit the tokens
   * `glx delta --range <sha>` gives it.
   */
  deltaOptionsFor?: (cs: ChangeSet) => Pick<DeltaOptions, 'sources' | 'sastCritical'>;
  /** Budgets (estimated bytes) of the walk's chunk and version caches; the defaults are the CLI's. */
  caches?: { chunkBytes?: number; versionBytes?: number };
}

/** The parent's file list = this commit's with its changes undone (no `git ls-tree` per commit). */
export function parentFileSet(headFiles: ReadonlySet<string>, changed: readonly ChangedFile[]): Set<string> {
  const parent = new Set(headFiles);
  for (const f of changed) {
    if (f.newPath && f.status !== 'D') parent.delete(f.newPath);
    if (f.oldPath && f.status !== 'A' && f.status !== 'C') parent.add(f.oldPath);
  }
  return parent;
}

/** Newest first. `range` is anything `git log` accepts (`main`, `A..B`). */
export async function* walkHistory(repo: GitRepo, range: string, policy: Policy, opts: WalkOptions = {}): AsyncGenerator<CommitDelta> {
  const history = await repo.logWithChanges(range, { maxCount: opts.maxCount, since: opts.since });
  if (history.length === 0) return;
  const cache = new ChunkCache(opts.caches?.chunkBytes);
  const versions = new VersionCache(undefined, opts.caches?.versionBytes);
  let files = new Set(await repo.listFiles(history[0].commit.sha));
  const todo = history.filter((h) => !opts.skip?.has(h.commit.sha));
  // Reads of the next commit's blobs run in git's cat-file while this commit is analysed.
  let next = todo.length ? readChanges(repo, todo[0].files, policy, versions) : undefined;
  let t = 0;
  for (const { commit, files: changed } of history) {
    const headFiles = files;
    const parentFiles = parentFileSet(headFiles, changed);
    files = parentFiles;
    if (opts.skip?.has(commit.sha)) continue;
    const read = next!;
    t++;
    next = t < todo.length ? readChanges(repo, todo[t].files, policy, versions) : undefined;
    const changes = await finishChanges(read, cache, versions, opts.store);
    const cs: ChangeSet = { changes, fileExists: (side, p) => (side === 'old' ? parentFiles : headFiles).has(p) };
    yield { commit, cs, result: computeDelta(cs, policy, { hotspots: opts.hotspotsFor?.(commit.sha), ...opts.deltaOptionsFor?.(cs) }) };
  }
}
