// Page-Hinkley change detection on a module's ΔZ stream (spec §3.8: δ = 0.005, λ = 0.5).
// Two-sided: m_t = Σ (x_i − x̄_i − δ) detects an upward shift when m_t − min m > λ, and the
// mirrored sum Σ (x̄_i − x_i − δ) detects a downward one. x̄_i is the running mean up to and
// including x_i. Pure: the caller feeds the stream oldest → newest.

export const PH_DELTA = 0.005;
export const PH_LAMBDA = 0.5;

export interface PageHinkleyResult {
  drift: boolean;
  /** Index (0-based, in the stream given) of the sample at which drift was first detected. */
  index?: number;
  direction?: 'up' | 'down';
  /** Final statistics, for the Spec Monitor. */
  up: number;
  down: number;
}

export function pageHinkley(values: readonly number[], delta = PH_DELTA, lambda = PH_LAMBDA): PageHinkleyResult {
  let mean = 0;
  let mUp = 0;
  let minUp = 0;
  let mDown = 0;
  let minDown = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    mean += (x - mean) / (i + 1);
    mUp += x - mean - delta;
    minUp = Math.min(minUp, mUp);
    mDown += mean - x - delta;
    minDown = Math.min(minDown, mDown);
    if (mUp - minUp > lambda) return { drift: true, index: i, direction: 'up', up: mUp - minUp, down: mDown - minDown };
    if (mDown - minDown > lambda) return { drift: true, index: i, direction: 'down', up: mUp - minUp, down: mDown - minDown };
  }
  return { drift: false, up: mUp - minUp, down: mDown - minDown };
}
