// The parallel history walk's default thread count (engine/history-parallel.ts
// defaultWalkThreads): GLX_WALK_THREADS wins; else serial below MIN_PARALLEL_CORES cores, and
// this thread plus one per idle core, ≤ 4, above.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultWalkThreads, MIN_PARALLEL_CORES } from '../../server/src/engine/history-parallel';

test('GLX_WALK_THREADS sets the thread count whatever the load', () => {
  assert.equal(defaultWalkThreads({ GLX_WALK_THREADS: '1' }, 0), 1);
  assert.equal(defaultWalkThreads({ GLX_WALK_THREADS: '3' }, 50), 3);
  assert.equal(defaultWalkThreads({ GLX_WALK_THREADS: '999' }, 0), 16);
});

test('a bad GLX_WALK_THREADS is ignored (the default applies)', () => {
  for (const bad of ['0', '-2', 'two', '1.5', '']) assert.equal(defaultWalkThreads({ GLX_WALK_THREADS: bad }, 1000), 1, bad);
});

test('without it, on 3 cores or more: one thread per idle core plus this one, at most 4; serial on a saturated machine', () => {
  for (const n of [3, 4, 8]) {
    assert.equal(defaultWalkThreads({}, 0, n), Math.min(4, n), `${n} idle cores`);
    assert.equal(defaultWalkThreads({}, n + 5, n), 1);
    assert.equal(defaultWalkThreads({}, n, n), 1);
    assert.equal(defaultWalkThreads({}, n - 1, n), 2);
  }
  // This machine's own cores are the default.
  assert.equal(defaultWalkThreads({}, 1000), 1);
});

test('without it, on fewer than MIN_PARALLEL_CORES cores: serial even when idle (measured: two threads lost on two cores)', () => {
  assert.equal(MIN_PARALLEL_CORES, 3);
  for (const n of [1, 2]) for (const load of [0, 0.5, 1.4, 5]) assert.equal(defaultWalkThreads({}, load, n), 1, `${n} cores at load ${load}`);
  assert.equal(defaultWalkThreads({ GLX_WALK_THREADS: '2' }, 0, 2), 2);
});
