// `glx calibrate update` (spec §3.8): walks the first-parent history of the base branch within
// the window, samples per-module ΔZ of each commit `C^..C`, and recomputes the state. It is
// incremental: commits already in `state.sampled` are not analysed again (walkHistory `skip`);
// samples of commits that left the window are dropped.
//
// The days window is measured from the newest commit's time, not from the wall clock, so the
// same history always calibrates to the same thresholds (docs/gates.md).
import type { Policy } from '../config/policy';
import { walkHistory, type WalkOptions } from '../engine/history';
import { walkHistoryResults } from '../engine/history-parallel';
import type { CommitStore } from '../engine/commit-store';
import type { GitRepo } from '../git';
import { AUTO_FREEZE_COMMITS, freezeState, unfreezeState } from './freeze';
import { MIN_SAMPLES, moduleState, type Sample, type SpecState, emptyState, SPEC_STATE_SCHEMA } from './spec-state';
import { throwIfCancelled } from '../errors';
import { windowCommits } from './window-commits';
import { integrationMerges } from '../engine/integration-merges';

/** Key of the all-modules entry used when thresholds are not kept per module. */
export const ALL_MODULES = '*';
export { NO_DAYS_LIMIT } from './window';

export interface CalibrateOptions {
  /** Revision whose first-parent history is calibrated (default: the default branch, else HEAD). */
  branch: string;
  window: { commits: number; days: number };
  byModule: boolean;
  lambda: number;
  autoFreeze: boolean;
  previous?: SpecState;
  now?: Date;
  onProgress?: (done: number, total: number) => void;
  /** Stops the walk between commits (CancelledError); nothing is written by calibrate itself. */
  signal?: AbortSignal;
  /**
   * Tokens that do not come from AST diffs, per commit: the plugins' (issue 16,
   * app/walk-plugins.ts), so samples are the ΔZ CI judges with.
   */
  walk?: Pick<WalkOptions, 'batchSources' | 'deltaOptionsFor'>;
  /** Budgets of the history walk's caches (WalkOptions.caches): the editor's worker uses smaller ones. */
  caches?: WalkOptions['caches'];
  /**
   * Threads of the walk (engine/history-parallel.ts; default: the cores, GLX_WALK_THREADS). The
   * editor's first-run calibration passes 1 (a guest on the user's machine). Plugin walks
   * (`walk`) stay in this thread: their token sources cannot cross threads.
   */
  threads?: number;
  /**
   * Per-commit results of earlier walks (`.glx/cache/commits/`, engine/commit-store.ts with
   * `commitStoreOptions({})`): commits found there are not walked again. Not used by plugin
   * walks (`walk`): their tokens come from processes outside the key.
   */
  results?: CommitStore;
}

export interface CalibrateResult {
  state: SpecState;
  analysed: number;
  reused: number;
  /** Commits of the window skipped because their parent is missing (shallow clone, issue 11 item 1). */
  shallowSkipped: number;
  windowCommits: number;
  /** Set when this run froze the thresholds because drift was detected (auto_freeze). */
  autoFrozen: boolean;
  /** Modules whose drift state changed to drift in this run. */
  newDrift: string[];
  /** True when a freeze ran out during this run and the thresholds were learned again. */
  unfrozen: boolean;
}

export async function calibrate(repo: GitRepo, policy: Policy, opts: CalibrateOptions): Promise<CalibrateResult> {
  const now = opts.now ?? new Date();
  const prev = opts.previous;
  const headSha = await repo.revParse(opts.branch, `--branch ${opts.branch}`);
  let windowList = await windowCommits(repo, headSha, opts.window);
  const inWindow = new Set(windowList.map((c) => c.sha));
  const known = new Set((prev?.sampled ?? []).filter((s) => inWindow.has(s)));
  // A shallow clone's boundary commits have parents git does not have: compared with the empty
  // tree they would look like the whole repository was added (inflated ΔZ). Not learned from,
  // and not marked sampled, so a deeper fetch analyses them later (issue 11 item 1).
  const shallow = await repo.shallowCommits();
  const boundary = new Set(windowList.filter((c) => shallow.has(c.sha) && !known.has(c.sha)).map((c) => c.sha));
  // Integration merges are no sample — the sum of many changes judged on their own branch
  // (docs/gates.md) — so the walk does not analyse them at all.
  const merges = await integrationMerges(repo, windowList);
  const skip = new Set([...known, ...boundary, ...merges.keys()]);

  // Samples kept from the previous state (still in the window), per module.
  const samples = new Map<string, Sample[]>();
  for (const [m, st] of Object.entries(prev?.modules ?? {})) {
    if (m === ALL_MODULES) continue;
    samples.set(m, st.samples.filter((s) => inWindow.has(s.sha)));
  }
  const all: Sample[] = (prev?.modules[ALL_MODULES]?.samples ?? []).filter((s) => inWindow.has(s.sha));

  let analysed = 0;
  let total = windowList.length - skip.size;
  /** Walks the first `maxCount` commits of the window, skipping `skip`, into the samples. */
  const walkWindow = async (maxCount: number) => {
    const walk = opts.walk
      ? walkHistory(repo, headSha, policy, { ...opts.walk, maxCount, skip, caches: opts.caches })
      : walkHistoryResults(repo, headSha, policy, { maxCount, skip, caches: opts.caches, threads: opts.threads, ...(opts.results ? { results: opts.results } : {}) });
    for await (const { commit, result } of walk) {
      analysed++;
      for (const [m, e] of Object.entries(result.energy.modules)) {
        const list = samples.get(m) ?? [];
        list.push({ sha: commit.sha, ts: commit.ts, dz: e.dz });
        samples.set(m, list);
      }
      if (result.tokens.length) all.push({ sha: commit.sha, ts: commit.ts, dz: result.energy.overall.dz });
      opts.onProgress?.(analysed, total);
      throwIfCancelled(opts.signal, 'calibration');
    }
  };
  await walkWindow(windowList.length);
  // Twenty commits can hold fewer than twenty samples (a commit with no token, an integration
  // merge): reach further back, within the commits bound, until the window holds MIN_SAMPLES
  // of them (window.ts reachSamples; the backtest does the same).
  if (all.length < MIN_SAMPLES && windowList.length < opts.window.commits) {
    const candidates = await repo.log(headSha, { firstParent: true, maxCount: opts.window.commits });
    while (all.length < MIN_SAMPLES && windowList.length < candidates.length) {
      for (const c of windowList) skip.add(c.sha);
      const next = candidates.slice(windowList.length, windowList.length + MIN_SAMPLES - all.length);
      windowList = [...windowList, ...next];
      for (const c of next) {
        if (!shallow.has(c.sha)) continue;
        boundary.add(c.sha);
        skip.add(c.sha);
      }
      for (const sha of (await integrationMerges(repo, windowList)).keys()) skip.add(sha);
      total += next.filter((c) => !skip.has(c.sha)).length;
      await walkWindow(windowList.length);
    }
  }

  // Newest first, by the window's order (commit time can tie).
  const order = new Map(windowList.map((c, i) => [c.sha, i] as const));
  const sortNewest = (l: Sample[]) => l.sort((a, b) => order.get(a.sha)! - order.get(b.sha)!);

  let frozen = prev?.frozen ?? null;
  let unfrozen = false;
  if (frozen) {
    frozen = { ...frozen, remaining: Math.max(0, frozen.remaining - analysed) };
    if (frozen.remaining === 0) {
      frozen = null;
      unfrozen = true;
    }
  }

  const modules: SpecState['modules'] = {};
  const global = moduleState(sortNewest(all), opts.lambda, frozen && prev?.modules[ALL_MODULES] ? prev.modules[ALL_MODULES] : undefined);
  modules[ALL_MODULES] = global;
  for (const m of [...samples.keys()].sort()) {
    const list = sortNewest(samples.get(m)!);
    if (list.length === 0) continue;
    const kept = frozen ? prev?.modules[m] : undefined;
    const st = moduleState(list, opts.lambda, kept ?? (frozen || !opts.byModule ? global : undefined));
    if (!opts.byModule && !frozen) Object.assign(st, { alpha: global.alpha, beta: global.beta, zeta: global.zeta, basis: global.basis });
    modules[m] = st;
  }

  let state: SpecState = {
    ...(prev ?? emptyState(opts.window, opts.lambda)),
    schema: SPEC_STATE_SCHEMA,
    updated_utc: now.toISOString(),
    head: headSha,
    branch: opts.branch,
    window: opts.window,
    globals: { lambda: opts.lambda },
    by_module: opts.byModule,
    modules,
    frozen,
    sampled: windowList.map((c) => c.sha).filter((s) => !boundary.has(s)),
  } as SpecState;
  if (unfrozen) state = unfreezeState(state, now);

  const newDrift = Object.entries(modules)
    .filter(([m, s]) => s.drift.state === 'drift' && prev?.modules[m]?.drift.state !== 'drift')
    .map(([m]) => m);
  let autoFrozen = false;
  if (opts.autoFreeze && !state.frozen && newDrift.length) {
    state = freezeState(state, { commits: AUTO_FREEZE_COMMITS, reason: `auto: Page-Hinkley drift in ${newDrift.join(', ')}`, by: 'auto', now });
    autoFrozen = true;
  }
  return { state, analysed, reused: known.size, shallowSkipped: boundary.size, windowCommits: windowList.length, autoFrozen, newDrift, unfrozen };
}
