// Adapter: what the mosaic needs from git beyond the change set (spec §3.9): the base ∪ head
// layout with LOC per side and the analyses behind Ψ, cc, roi and edge/fan_in
// (engine/base-files.ts, shared with gate I3 and the editor's panel), and churn over the
// calibration window (engine/history-window.ts, shared with hot spots). Changed files come from
// the change set; an unchanged file's head equals its base.
import type { Policy } from '../config/policy';
import type { ChangeSet } from '../delta/change-set';
import { layoutOf } from '../engine/base-files';
import { readBaseFacts } from '../engine/base-facts';
import { historyWindow, type HistoryWindow } from '../engine/history-window';
import type { WarmStore } from '../engine/warm-store';
import type { GitRepo } from '../git';
import { ChunkCache } from '../symbols/analyze';
import type { MosaicFileFacts, RepoFacts } from './layers';
import type { LayoutFile } from './layout';

export interface MosaicSource {
  files: LayoutFile[];
  facts: RepoFacts;
}

const sharedCache = new ChunkCache();

/** Head-side analyses: the base's, replaced by the change set's new sides; deleted files keep their base analysis (Ψ). */
export function headAnalyses(base: { analyses: ReadonlyMap<string, MosaicFileFacts> }, cs: ChangeSet): Map<string, MosaicFileFacts> {
  const analyses = new Map<string, MosaicFileFacts>(base.analyses);
  for (const c of cs.changes) {
    if (c.new?.analysis) analyses.set(c.new.path, c.new.analysis);
    else if (c.new) analyses.delete(c.new.path);
    if (c.old && !c.new && c.old.analysis) analyses.set(c.old.path, c.old.analysis);
  }
  return analyses;
}

export async function gatherMosaicSource(
  repo: GitRepo, baseSha: string, cs: ChangeSet, policy: Policy,
  opts: { churn?: boolean; window?: HistoryWindow; onProgress?: (done: number, total: number) => void; signal?: AbortSignal; store?: WarmStore } = {},
): Promise<MosaicSource> {
  const [base, window] = await Promise.all([
    // The base's line counts and per-file facts: from `.glx/cache/mosaic/` when a store is given (engine/base-facts.ts).
    readBaseFacts(repo, baseSha, policy, { cache: sharedCache, store: opts.store, onProgress: opts.onProgress, signal: opts.signal }),
    opts.churn === false ? Promise.resolve(undefined) : opts.window ? Promise.resolve(opts.window) : historyWindow(repo, baseSha, policy),
  ]);
  return { files: layoutOf(base, cs, policy), facts: { analyses: headAnalyses(base, cs), churn: window?.churn } };
}
