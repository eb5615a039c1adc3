// Robust location/scale of a module's ΔZ stream (spec §3.8): EWMA with λ = 0.15 and the
// median absolute deviation, σ̂ = 1.4826·MAD (consistent with σ for normal data). Pure.
import { median } from './quantiles';

export const EWMA_LAMBDA = 0.15;
export const MAD_SCALE = 1.4826;

/** EWMA over values oldest → newest, seeded with the first value: e_t = λ·x_t + (1 − λ)·e_{t−1}. */
export function ewma(values: readonly number[], lambda = EWMA_LAMBDA): number {
  if (values.length === 0) return NaN;
  let e = values[0];
  for (let i = 1; i < values.length; i++) e = lambda * values[i] + (1 - lambda) * e;
  return e;
}

/** Median absolute deviation (unscaled). */
export function mad(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const m = median(values);
  return median(values.map((v) => Math.abs(v - m)));
}

/** σ̂ = 1.4826·MAD. */
export function robustSigma(values: readonly number[]): number {
  return MAD_SCALE * mad(values);
}
