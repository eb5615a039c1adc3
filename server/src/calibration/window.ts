// The calibration window (spec §3.8): the newest `commits` first-parent commits, or those of the
// last `days` days, whichever is smaller — but never fewer than MIN_SAMPLES commits when the
// history has them (decision, docs/gates.md "The window"). Projects commit in bursts: after a
// quiet month a 90-day window held 4–19 commits, and the gates judged the next feature against
// the uncalibrated defaults (13 of got's 23 blocked commits in the issue 17 backtest). Reaching
// further back to 20 commits keeps the days bound's purpose (forget old behaviour) and still
// learns from the project itself.
//
// Days are counted back from the window's newest commit (its commit time), never from the wall
// clock: the same history always gives the same window. One definition for calibration, the
// backtest and the hot spots of the CLI and the editor.
import { MIN_SAMPLES } from './spec-state';

/** `window.days` at or above this means no days limit. */
export const NO_DAYS_LIMIT = 36500;

export interface WindowSpec {
  commits: number;
  days: number;
}

/**
 * How many of `times` (commit times in seconds, newest first: the window's candidates) are
 * inside the window. The days cut is a prefix (the first commit older than the bound ends it),
 * extended to MIN_SAMPLES commits, and capped by `commits`.
 */
export function windowLength(times: readonly number[], w: WindowSpec, minCommits = MIN_SAMPLES): number {
  const cap = Math.min(w.commits, times.length);
  if (cap === 0 || w.days >= NO_DAYS_LIMIT) return cap;
  const since = times[0] - w.days * 86400;
  let k = 0;
  while (k < cap && times[k] >= since) k++;
  return Math.min(cap, Math.max(k, minCommits));
}

/**
 * Reaches a window of `k` commits further back, up to `cap` candidates, until it holds
 * MIN_SAMPLES commits that gave a ΔZ sample (`hasSample(j)`, j = 0 the newest candidate). A
 * commit with no token (lockfile-only, ignored paths) or an integration merge gives none, so
 * twenty commits can hold nineteen samples, and the gates then judged against the uncalibrated
 * defaults: date-fns 455c37c6cb was an I1 HARD_BLOCK at ζ 0.70 with 19 samples (docs/gates.md
 * "The window"). Returns the new length (≥ k).
 */
export function reachSamples(k: number, cap: number, hasSample: (j: number) => boolean, min = MIN_SAMPLES): number {
  let n = 0;
  for (let j = 0; j < k; j++) if (hasSample(j)) n++;
  while (n < min && k < cap) if (hasSample(k++)) n++;
  return k;
}
