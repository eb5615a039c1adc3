// Freeze / unfreeze of the thresholds (spec §3.8, playbook 1): freezing snapshots the state to
// `.glx/spec_state.before_freeze.json`, writes `.glx/spec_labels_scope.txt` (the commits whose
// PRs get labelled, `git log --oneline -n N`) and stops α/β/ζ updates for the next N commits;
// samples are still recorded and CI still reports. Unfreeze resumes learning.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { writeFileAtomic } from '../util/atomic-write';
import { moduleState, type FreezeState, type SpecState } from './spec-state';

export const SNAPSHOT_FILE = 'spec_state.before_freeze.json';
export const LABELS_SCOPE_FILE = 'spec_labels_scope.txt';
export const AUTO_FREEZE_COMMITS = 20;

/** The frozen state (pure): `frozen` set, thresholds untouched. */
export function freezeState(state: SpecState, opts: { commits: number; reason: string; by: FreezeState['by']; now?: Date }): SpecState {
  return {
    ...state,
    updated_utc: (opts.now ?? new Date()).toISOString(),
    frozen: {
      at: (opts.now ?? new Date()).toISOString(), commits: opts.commits, remaining: opts.commits, reason: opts.reason,
      snapshot: SNAPSHOT_FILE, head: state.head, by: opts.by,
    },
  };
}

/** The unfrozen state (pure): thresholds recomputed from the recorded samples. */
export function unfreezeState(state: SpecState, now = new Date()): SpecState {
  const modules: SpecState['modules'] = {};
  for (const [m, s] of Object.entries(state.modules)) modules[m] = moduleState(s.samples, state.globals.lambda);
  return { ...state, updated_utc: now.toISOString(), frozen: null, modules };
}

/** Writes the snapshot (the state as it was before freezing) and the labels scope file. */
export function writeFreezeArtifacts(glxDir: string, before: SpecState, scopeLines: string): void {
  writeFileAtomic(path.join(glxDir, SNAPSHOT_FILE), `${JSON.stringify(before, null, 2)}\n`);
  writeFileAtomic(path.join(glxDir, LABELS_SCOPE_FILE), scopeLines.endsWith('\n') || scopeLines === '' ? scopeLines : `${scopeLines}\n`);
}

export function snapshotExists(glxDir: string): boolean {
  return fs.existsSync(path.join(glxDir, SNAPSHOT_FILE));
}
