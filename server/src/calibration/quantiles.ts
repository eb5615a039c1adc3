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

export function quantile(values: readonly number[], p: number): number {
  return quantileSorted([...values].sort((a, b) => a - b), p);
}

export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}
