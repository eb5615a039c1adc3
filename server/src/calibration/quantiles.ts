// Exact sample quantiles for calibration (spec §3.8: "exact quantiles q90/q95/q99 → α/β/ζ").
// Exact = computed from the full sorted sample (no sketch). Definition: linear interpolation
// between order statistics at h = (n − 1)·p (Hyndman–Fan type 7, the default of R and NumPy),
// so q(0) = min, q(1) = max and the result is monotone in p. Pure functions.

export function quantileSorted(sorted: readonly number[], p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  if (p <= 0) return sorted[0];
  if (p >= 1) return sorted[n - 1];
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/**
 * The threshold a new sample exceeds with probability at most 1 − p when the window's samples
 * and the new one are exchangeable: the ⌈p·(n + 1)⌉-th smallest sample (the rank-based,
 * "conformal" quantile). Used for α/β/ζ (spec §3.8, decision in docs/gates.md "Which quantile"):
 * type 7 interpolates *below* that rank, so with the 30–90 samples of a calibration window a
 * merged change exceeded q95 in ~6–7 % and q99 in ~3 % of cases instead of 5 % and 1 %. When the
 * rank is beyond n (p = 0.99 with fewer than 99 samples) no sample is high enough to promise
 * 1 − p; the largest sample is used: "larger than every change in the window".
 */
export function rankQuantileSorted(sorted: readonly number[], p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const k = Math.ceil(p * (n + 1) - 1e-9);
  return sorted[Math.min(n, Math.max(1, k)) - 1];
}

export function quantile(values: readonly number[], p: number): number {
  return quantileSorted([...values].sort((a, b) => a - b), p);
}

export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}
