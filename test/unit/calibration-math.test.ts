// Calibration math (spec §3.8): exact quantiles, EWMA, MAD, thresholds with floors and
// small-sample defaults, Page-Hinkley drift. Known samples plus properties (fast-check).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { ewma, mad, robustSigma } from '../../server/src/calibration/ewma-mad';
import { pageHinkley } from '../../server/src/calibration/page-hinkley';
import { median, quantile, rankQuantileSorted } from '../../server/src/calibration/quantiles';
import { DEFAULT_THRESHOLDS, moduleState, thresholdsFrom } from '../../server/src/calibration/spec-state';

const close = (a: number, b: number, eps = 1e-9) => assert.ok(Math.abs(a - b) <= eps, `${a} ≈ ${b}`);

/** Deterministic PRNG (mulberry32) so stream tests are reproducible. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

test('quantiles on known samples (type 7: linear between order statistics)', () => {
  const xs = Array.from({ length: 101 }, (_, i) => i / 100); // 0.00 … 1.00
  close(quantile(xs, 0.9), 0.9);
  close(quantile(xs, 0.95), 0.95);
  close(quantile(xs, 0.99), 0.99);
  close(quantile([1, 2, 3, 4], 0.5), 2.5);
  close(quantile([3, 1, 2], 0.9), 2.8); // h = 1.8 → 2 + 0.8·(3 − 2)
  close(quantile([5], 0.99), 5);
  close(median([7, 1, 3]), 3);
  assert.ok(Number.isNaN(quantile([], 0.5)));
});

test('quantiles: monotone in p, within [min, max], independent of input order', () => {
  fc.assert(fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 60 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (xs, p, q) => {
    const [lo, hi] = p <= q ? [p, q] : [q, p];
    assert.ok(quantile(xs, lo) <= quantile(xs, hi) + 1e-12);
    assert.ok(quantile(xs, lo) >= Math.min(...xs) - 1e-12 && quantile(xs, hi) <= Math.max(...xs) + 1e-12);
    close(quantile([...xs].reverse(), lo), quantile(xs, lo), 1e-12);
  }));
});

test('EWMA λ = 0.15 seeded with the first value; MAD and σ̂ = 1.4826·MAD', () => {
  close(ewma([1, 0]), 0.85);
  close(ewma([0, 1, 1]), 0.15 + 0.85 * 0.15);
  close(ewma([0.3, 0.3, 0.3]), 0.3);
  close(mad([1, 1, 2, 2, 4, 6, 9]), 1); // median 2, deviations 1 1 0 0 2 4 7 → median 1
  close(robustSigma([1, 1, 2, 2, 4, 6, 9]), 1.4826);
  fc.assert(fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 50 }), (xs) => {
    const e = ewma(xs);
    assert.ok(e >= Math.min(...xs) - 1e-12 && e <= Math.max(...xs) + 1e-12);
    assert.ok(mad(xs) >= 0);
  }));
});

test('thresholds: defaults below 20 samples, q90/q95/q99 with floors from 20 on', () => {
  const few = thresholdsFrom(Array(19).fill(0.9));
  assert.equal(few.basis, 'default');
  assert.deepEqual({ alpha: few.alpha, beta: few.beta, zeta: few.zeta }, DEFAULT_THRESHOLDS);
  const flat = thresholdsFrom(Array(20).fill(0.01));
  assert.equal(flat.basis, 'quantile');
  close(flat.alpha, 0.1);
  close(flat.beta, 0.12);
  close(flat.zeta, 1); // fewer than 99 samples: no I1 HARD_BLOCK (ζ at the top of the scale)
  close(thresholdsFrom(Array(99).fill(0.01)).zeta, 0.14);
  const xs = Array.from({ length: 101 }, (_, i) => i / 100);
  const t = thresholdsFrom(xs);
  // Rank quantiles: the ⌈p·(n+1)⌉-th smallest of 101 samples 0, 0.01, …, 1.
  close(t.alpha, 0.91);
  close(t.beta, 0.96);
  close(t.zeta, 1);
  fc.assert(fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 0, maxLength: 80 }), (s) => {
    const r = thresholdsFrom(s);
    assert.ok(r.alpha >= 0.1 && r.beta >= r.alpha + 0.02 - 1e-9 && r.zeta >= r.beta + 0.02 - 1e-9);
  }));
});

test('rank quantile: a sample exchangeable with the window exceeds q_p in at most 1 − p of cases (leave-one-out, exact)', () => {
  // For m distinct values, leaving each out in turn and comparing it with the rank quantile of
  // the others is the exchangeability argument made exact: the share of left-out values above
  // the threshold is (n + 1 − k)/(n + 1) ≤ 1 − p while k = ⌈p(n+1)⌉ ≤ n; beyond n the threshold is
  // the maximum and exactly one value of m exceeds it. Type 7 breaks this (it fails below).
  fc.assert(fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 21, maxLength: 120 }), fc.constantFrom(0.9, 0.95, 0.99), (vals, p) => {
    const m = vals.length;
    let above = 0;
    for (let i = 0; i < m; i++) {
      const others = vals.filter((_, j) => j !== i).sort((a, b) => a - b);
      if (vals[i] > rankQuantileSorted(others, p)) above++;
    }
    const n = m - 1;
    const bound = Math.ceil(p * (n + 1) - 1e-9) <= n ? (1 - p) * m + 1e-9 : 1;
    assert.ok(above <= bound, `${above} of ${m} above q${p}`);
  }));
  // Type 7 at n = 50: q95 interpolates between the 47th and 48th values, 3 of 51 left-out values exceed it (5.9 %).
  const vals = Array.from({ length: 51 }, (_, i) => i);
  let above7 = 0;
  for (let i = 0; i < 51; i++) if (vals[i] > quantile(vals.filter((_, j) => j !== i), 0.95)) above7++;
  assert.equal(above7, 3);
  assert.equal(rankQuantileSorted([1, 2, 3], 0.5), 2);
  assert.ok(Number.isNaN(rankQuantileSorted([], 0.9)));
});

test('Page-Hinkley fires on a step change within a few samples', () => {
  const next = rng(7);
  const before = Array.from({ length: 60 }, () => 0.1 + (next() - 0.5) * 0.04);
  const after = Array.from({ length: 20 }, () => 0.6 + (next() - 0.5) * 0.04);
  const r = pageHinkley([...before, ...after]);
  assert.equal(r.drift, true);
  assert.equal(r.direction, 'up');
  assert.ok(r.index! >= 60 && r.index! <= 63, `detected at ${r.index}`);
  const down = pageHinkley([...after, ...before]);
  assert.equal(down.drift, true);
  assert.equal(down.direction, 'down');
  assert.ok(down.index! >= 20 && down.index! <= 23, `detected at ${down.index}`);
});

test('Page-Hinkley stays quiet on stationary noise', () => {
  for (let seed = 1; seed <= 20; seed++) {
    const next = rng(seed);
    const xs = Array.from({ length: 500 }, () => 0.3 + (next() - 0.5) * 0.06);
    assert.equal(pageHinkley(xs).drift, false, `seed ${seed}`);
  }
});

test('moduleState: samples newest first, drift names the sample where it started', () => {
  const chron = [...Array(30).fill(0.1), ...Array(5).fill(0.7)];
  const samples = chron.map((dz, i) => ({ sha: `c${i}`, ts: i, dz })).reverse();
  const st = moduleState(samples, 0.15);
  assert.equal(st.n, 35);
  assert.equal(st.basis, 'quantile');
  assert.equal(st.drift.state, 'drift');
  assert.equal(st.drift.since, 'c30');
  const kept = moduleState(samples, 0.15, { alpha: 0.2, beta: 0.3, zeta: 0.4, basis: 'quantile' });
  assert.deepEqual([kept.alpha, kept.beta, kept.zeta], [0.2, 0.3, 0.4]);
});
