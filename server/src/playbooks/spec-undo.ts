// The EGDB side of undoing a threshold change (playbooks 1 and 12): the files come back from the
// run's snapshot; EGDB is history, so the undo appends the facts of the restored state
// (spec.freeze.end, thresholds back) instead of deleting rows (docs/playbooks.md).
import { loadSpecState } from '../app/calibrate-thresholds';
import type { SpecState } from '../calibration/spec-state';
import { recordSpecChange } from '../egdb/spec-thresholds';
import type { Applied, StepContext } from './types';

/** What a step left in spec_state (enough for specBatch to word the undo as events). */
export function leftBehind(ctx: StepContext): Record<string, unknown> {
  const s = loadSpecState(ctx.ws);
  return s ? { frozen: s.frozen, head: s.head, modules: Object.fromEntries(Object.entries(s.modules).map(([m, x]) => [m, { alpha: x.alpha, beta: x.beta, zeta: x.zeta }])) } : {};
}

/**
 * EGDB is history: undoing a threshold change appends its facts (spec.freeze.end, thresholds
 * back to the restored values) rather than deleting rows (docs/playbooks.md).
 */
export async function recordRestored(ctx: StepContext, applied: Applied): Promise<string[]> {
  const restored = loadSpecState(ctx.ws);
  const left = applied.data?.left as SpecState | undefined;
  if (!restored || !left?.modules) return [];
  const r = await recordSpecChange(ctx.ws.glxDir, { before: left, after: restored, source: `playbook:${ctx.runId}:undo`, branch: (await ctx.ws.repo.currentBranch()) ?? null }, { repoRoot: ctx.ws.repo.root, warn: ctx.warn });
  return r ? [`EGDB: recorded the restored thresholds (${r.events} event(s))`] : [];
}
