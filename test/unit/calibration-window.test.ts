// The calibration window (spec §3.8; decision in docs/gates.md "The window"): N commits or D
// days, whichever is smaller, never fewer than 20 commits when the history has them; days
// counted from the window's newest commit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { NO_DAYS_LIMIT, reachSamples, windowLength } from '../../server/src/calibration/window';

const DAY = 86400;
const t0 = 1_700_000_000;

test('a busy history: the days bound cuts', () => {
  const times = Array.from({ length: 200 }, (_, i) => t0 - i * 3600); // one commit an hour
  assert.equal(windowLength(times, { commits: 90, days: 2 }), 49); // 48 h back from the newest, inclusive
  assert.equal(windowLength(times, { commits: 30, days: 90 }), 30);
});

test('a quiet history: the window reaches back to 20 commits instead of falling to the defaults', () => {
  // 5 commits in the last 90 days, then one a month.
  const times = [0, 1, 2, 3, 4].map((d) => t0 - d * DAY).concat(Array.from({ length: 40 }, (_, i) => t0 - (120 + 30 * i) * DAY));
  assert.equal(windowLength(times, { commits: 90, days: 90 }), 20);
  assert.equal(windowLength(times, { commits: 90, days: 90 }, 5), 5);
  assert.equal(windowLength(times.slice(0, 12), { commits: 90, days: 90 }), 12); // a short history: all of it
  assert.equal(windowLength(times, { commits: 10, days: 90 }), 10); // the commits cap wins over the minimum
  assert.equal(windowLength(times, { commits: 90, days: NO_DAYS_LIMIT }), 45);
  assert.equal(windowLength([], { commits: 90, days: 90 }), 0);
});

test('the window is a prefix, within [min(20, n, N), N], and never depends on the wall clock', () => {
  fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 400 * DAY }), { maxLength: 150 }), fc.integer({ min: 1, max: 120 }), fc.integer({ min: 1, max: 200 }), (gaps, commits, days) => {
    const times: number[] = [];
    let t = t0;
    for (const g of gaps) times.push((t -= g));
    const k = windowLength(times, { commits, days });
    assert.ok(k <= Math.min(commits, times.length));
    assert.ok(k >= Math.min(20, commits, times.length));
    // Everything inside the days bound (from the newest) is in, up to the cap.
    const inDays = times.findIndex((x) => x < times[0] - days * DAY);
    assert.ok(k >= Math.min(commits, inDays === -1 ? times.length : inDays));
    // Shifting every time by a constant (a later wall clock, an older clone) changes nothing.
    assert.equal(windowLength(times.map((x) => x - 1234567), { commits, days }), k);
  }));
});

test('reachSamples: the window grows until it holds 20 commits with a sample, never past its cap', () => {
  const every = () => true;
  assert.equal(reachSamples(20, 90, every), 20);
  const noneAt = (set: number[]) => (j: number) => !set.includes(j);
  assert.equal(reachSamples(20, 90, noneAt([3])), 21);
  assert.equal(reachSamples(20, 90, noneAt([3, 20])), 22, 'the commit it reaches may give no sample either');
  assert.equal(reachSamples(20, 21, noneAt([3, 20])), 21, 'capped');
  assert.equal(reachSamples(30, 90, noneAt([3])), 30, 'a window with enough samples is not shortened');
});
