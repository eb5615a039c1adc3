// Use case: analyse a change (spec §3.2–§3.6) — resolve base and head, build the change set from
// git, read the calibration window's history once (hot spots), run the one Δ pipeline and shape
// the delta.report.v1. `glx delta`, `glx invariants`, `glx mosaic`, the benchmarks and the tests
// call this; the language server's live equivalent is engine/git-workspace.ts + WorkspaceHost,
// which feed the same computeDelta with the same history window.
import type { ChangeSet } from '../delta/change-set';
import { computeDelta, type DeltaResult } from '../engine/delta-engine';
import { AnalysisStore } from '../engine/analysis-store';
import { gitChangeSet } from '../engine/git-change-set';
import { treesAcrossRuns } from '../engine/version-trees';
import type { HistoryWindow } from '../engine/history-window';
import { baseFileList, cachedHistoryWindow } from '../engine/base-cache';
import { WarmStore } from '../engine/warm-store';
import { buildReport, type DeltaReport, type RevInfo } from '../engine/report';
import type { ResolvedRange } from '../git';
import { PluginHost, type PluginRun } from '../plugins/plugin-host';
import { precomputedSource } from '../delta/token-source';
import type { ChangeScan } from '../sast/change-scan';
import type { IngestProblem } from '../sast/types';
import { sastCache } from './sast-cache';
import { discoveredInputs, loadSecurityPolicy, readImported, sastForChange } from './sast';
import type { Workspace } from './workspace';

/** Which change: `range` (`A..B`, or `X` = `X^..X`), else `base` (default: merge-base / HEAD) to `head` (default: the working tree). */
export interface RevisionSpec {
  base?: string;
  head?: string;
  range?: string;
}

export interface ChangeAnalysis {
  range: ResolvedRange;
  /** The head as git reads it: a commit sha or the working tree. */
  headRef: string | 'worktree';
  base: RevInfo;
  head: RevInfo;
  cs: ChangeSet;
  window: HistoryWindow;
  result: DeltaResult;
  report: DeltaReport;
  /** What the plugins did (issue 16): ran, quarantined now, in quarantine. Empty without plugins. */
  plugins: Pick<PluginRun, 'notes' | 'problems'>;
  /** SAST bridge (§3.11): findings on the change; its sec tokens and sastCritical are in `result`. */
  sast: ChangeScan & { error?: string; problems: IngestProblem[] };
}

/** Plugins of the analysis (issue 16): off (`false`), a host the caller keeps alive, or a throwaway one (default). */
export interface AnalyseOptions {
  plugins?: PluginHost | false;
  /** Run only this plugin (`glx plugins run --sandbox P`). */
  only?: string;
  /** Recorded with a quarantine: which analysis stopped the plugin. */
  by?: string;
  /**
   * Use the warm-start cache under .glx/cache/ (default true). The playbooks pass false: a dry
   * run changes nothing on disk, not even a cache (issue 13).
   */
  cache?: boolean;
}

export function revInfo(r: ResolvedRange['head'], headSha: string | undefined): RevInfo {
  return r === 'worktree' ? { rev: 'WORKTREE', sha: headSha ?? null } : { rev: r.rev, sha: r.sha };
}

export async function analyseChange(ws: Workspace, revs: RevisionSpec, opts: AnalyseOptions = {}): Promise<ChangeAnalysis> {
  const range = await ws.repo.resolveRange({ base: revs.base, head: revs.head, range: revs.range });
  const headRef = range.head === 'worktree' ? 'worktree' : range.head.sha;
  // Warm start (issue 14): analyses of unchanged blobs, the base's file list and its hot-spot
  // window come from .glx/cache/ (analysis-store.ts, base-cache.ts; docs/analysis-cache.md).
  const baseStore = opts.cache === false ? undefined : WarmStore.forGlxDir(ws.glxDir, 'base');
  const [cs, window] = await Promise.all([
    // A daemon's kept trees (version-trees.ts treesAcrossRuns; undefined in a one-shot process).
    gitChangeSet(ws.repo, range.base.sha, headRef, ws.policy, undefined, opts.cache === false ? undefined : AnalysisStore.forGlxDir(ws.glxDir), (sha) => baseFileList(ws.repo, sha, baseStore), treesAcrossRuns()),
    cachedHistoryWindow(ws.repo, range.base.sha, ws.policy, baseStore),
  ]);
  // Plugins run first, in their sandboxes (async); their validated tokens enter computeDelta as
  // precomputed sources (delta/token-source.ts), merged before normalize like built-in ones.
  let run: PluginRun = { sources: [], tokens: [], notes: [], problems: [] };
  if (opts.plugins !== false) {
    const host = opts.plugins ?? new PluginHost({ root: ws.repo.root, glxDir: ws.glxDir, packages: ws.policy.config.plugins, by: opts.by ?? 'cli' });
    try {
      run = await host.run(cs, ws.policy, opts.only);
    } finally {
      if (!opts.plugins) host.dispose();
    }
  }
  // SAST bridge (§3.11): built-in scanners on the changed lines + `.glx/scan_*.sarif`, before
  // computeDelta so that sec tokens and sastCritical weigh like in the editor (workspace-host.ts).
  const imported = readImported(ws.repo.root, discoveredInputs(ws.glxDir));
  const persist = opts.cache === false ? undefined : sastCache(ws.glxDir);
  const sast = { ...sastForChange(cs, ws.policy, { security: loadSecurityPolicy(ws.repo.root), imported: imported.findings, persist }), problems: imported.problems };
  const result = computeDelta(cs, ws.policy, { hotspots: window.hotspots, sources: [...run.sources, precomputedSource('sast', sast.tokens)], sastCritical: sast.sastCritical });
  const base: RevInfo = { rev: range.base.rev, sha: range.base.sha };
  const head = revInfo(range.head, range.head === 'worktree' ? await ws.repo.headSha() : undefined);
  return { range, headRef, base, head, cs, window, result, report: buildReport(result, base, head), plugins: { notes: run.notes, problems: run.problems }, sast };
}
