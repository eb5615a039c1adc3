// Use cases of calibration (spec §3.8, playbook 1): learn α/β/ζ from the branch's history
// (incremental, auto-freeze on drift), freeze them for N commits, unfreeze. Each step reads the
// current `.glx/spec_state.json`, writes the new one atomically (with the freeze snapshot and
// labels scope when it freezes) and records the change in EGDB. `glx calibrate` is argv → these.
import * as path from 'node:path';
import { calibrate, type CalibrateResult } from '../calibration/calibrate';
import { CommitStore, commitStoreOptions } from '../engine/commit-store';
import { freezeState, unfreezeState, writeFreezeArtifacts } from '../calibration/freeze';
import { readSpecState, writeSpecState, type SpecState } from '../calibration/spec-state';
import { recordSpecChange } from '../egdb/spec-thresholds';
import { InputError } from '../errors';
import type { PluginHost } from '../plugins/plugin-host';
import { withWalkPlugins } from './walk-plugins';
import type { Workspace } from './workspace';

export const SPEC_STATE_LABEL = '.glx/spec_state.json';

/** The current calibration state; undefined when never calibrated; a corrupt file is a SpecStateError (bad input). */
export function loadSpecState(ws: Workspace): SpecState | undefined {
  return readSpecState(path.join(ws.glxDir, 'spec_state.json'), SPEC_STATE_LABEL);
}

function requireState(ws: Workspace): SpecState {
  const s = loadSpecState(ws);
  if (!s) throw new InputError(`${SPEC_STATE_LABEL}: no such file (run glx calibrate update first)`, { kind: 'not-found' });
  return s;
}

/** spec §3.8: every threshold change is an EGDB row and an event (GLX_EGDB=off skips it). */
async function commit(ws: Workspace, before: SpecState | undefined, after: SpecState, step: string, warn: (line: string) => void): Promise<void> {
  writeSpecState(path.join(ws.glxDir, 'spec_state.json'), after);
  const branch = (await ws.repo.currentBranch().catch(() => undefined)) ?? null;
  await recordSpecChange(ws.glxDir, { before, after, source: `cli:calibrate:${step}`, branch }, { repoRoot: ws.repo.root, warn });
}

async function recentSubjects(ws: Workspace, rev: string, n: number): Promise<string> {
  const log = (await ws.repo.hasCommits()) ? await ws.repo.log(rev, { maxCount: n }) : [];
  return log.map((c) => `${c.sha.slice(0, 7)} ${c.subject}`).join('\n');
}

export interface UpdateOptions {
  window: { commits: number; days: number };
  byModule: boolean;
  /** Whose first-parent history (default: the default branch, else HEAD). */
  branch?: string;
  onProgress?: (done: number, total: number) => void;
  /** Cancels between commits; spec_state.json is only written after the walk (atomic). */
  signal?: AbortSignal;
  warn: (line: string) => void;
  /** Plugins on the walk (issue 16; default: the repository's, not in quarantine; false in an untrusted workspace). */
  plugins?: PluginHost | false;
}

export async function updateThresholds(ws: Workspace, opts: UpdateOptions): Promise<CalibrateResult & { branch: string }> {
  const cal = ws.policy.config.calibration;
  const branch = opts.branch ?? (await ws.repo.defaultBranch())?.name ?? 'HEAD';
  const previous = loadSpecState(ws);
  const results = CommitStore.forGlxDir(ws.glxDir, commitStoreOptions({}));
  const r = await withWalkPlugins(ws, { plugins: opts.plugins, by: 'calibrate', warn: opts.warn }, (batchSources) =>
    calibrate(ws.repo, ws.policy, {
      branch, window: opts.window, byModule: opts.byModule, lambda: cal.lambda, autoFreeze: cal.autoFreeze, previous, onProgress: opts.onProgress, signal: opts.signal,
      ...(batchSources ? { walk: { batchSources } } : {}),
      // Commits walked by an earlier run (another window, a state file lost or reset) are read
      // back (engine/commit-store.ts, issue 14 seventh pass).
      ...(results ? { results } : {}),
    }),
  );
  if (r.autoFrozen) {
    // The snapshot is the state as learned before the freeze took hold.
    writeFreezeArtifacts(ws.glxDir, { ...r.state, frozen: null }, await recentSubjects(ws, r.state.head ?? 'HEAD', r.state.frozen!.commits));
    opts.warn(`drift detected (${r.newDrift.join(', ')}): thresholds frozen for ${r.state.frozen!.commits} commits (calibration.auto_freeze)`);
  }
  await commit(ws, previous, r.state, 'update', opts.warn);
  return { ...r, branch };
}

export async function freezeThresholds(ws: Workspace, opts: { commits: number; reason: string; warn: (line: string) => void }): Promise<SpecState> {
  const before = requireState(ws);
  if (before.frozen) throw new InputError(`${SPEC_STATE_LABEL}: already frozen since ${before.frozen.at} (${before.frozen.reason}); unfreeze first`);
  writeFreezeArtifacts(ws.glxDir, before, await recentSubjects(ws, 'HEAD', opts.commits));
  const state = freezeState(before, { commits: opts.commits, reason: opts.reason, by: 'manual' });
  await commit(ws, before, state, 'freeze', opts.warn);
  return state;
}

export async function unfreezeThresholds(ws: Workspace, opts: { warn: (line: string) => void }): Promise<{ before: SpecState; state: SpecState }> {
  const before = requireState(ws);
  const state = unfreezeState(before);
  await commit(ws, before, state, 'unfreeze', opts.warn);
  return { before, state };
}

/**
 * First run (spec §3.8 as amended): when no `.glx/spec_state.json` exists and the branch has
 * history, calibrate from the window's commits before judging, rather than judge against
 * uncalibrated defaults. `rev` is whose first-parent history (for `glx invariants` the change's
 * base: CI judges a commit with the thresholds of the history before it). Returns undefined when
 * a state already exists or there is no history; a shallow history calibrates on what it has.
 */
export async function calibrateFirstRun(ws: Workspace, opts: { rev: string; onProgress?: (done: number, total: number) => void; signal?: AbortSignal; warn: (line: string) => void; plugins?: PluginHost | false }): Promise<(CalibrateResult & { branch: string }) | undefined> {
  if (loadSpecState(ws)) return undefined;
  if (!(await ws.repo.hasCommits())) return undefined;
  const cal = ws.policy.config.calibration;
  return updateThresholds(ws, {
    window: { commits: cal.windowCommits, days: cal.windowDays }, byModule: false, branch: opts.rev,
    onProgress: opts.onProgress, signal: opts.signal, warn: opts.warn, plugins: opts.plugins,
  });
}
