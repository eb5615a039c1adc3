// The parallel history walk's default thread count (engine/history-parallel.ts
// defaultWalkThreads): GLX_WALK_THREADS wins; else this thread plus one per idle core, ≤ 4.
import assert from 'node:assert/strict';
import * as os from 'node:os';
import { test } from 'node:test';
import { defaultWalkThreads } from '../../server/src/engine/history-parallel';

const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;

test('GLX_WALK_THREADS sets the thread count whatever the load', () => {
  assert.equal(defaultWalkThreads({ GLX_WALK_THREADS: '1' }, 0), 1);
  assert.equal(defaultWalkThreads({ GLX_WALK_THREADS: '3' }, 50), 3);
  assert.equal(defaultWalkThreads({ GLX_WALK_THREADS: '999' }, 0), 16);
});

test('a bad GLX_WALK_THREADS is ignored (the default applies)', () => {
  for (const bad of ['0', '-2', 'two', '1.5', '']) assert.equal(defaultWalkThreads({ GLX_WALK_THREADS: bad }, 1000), 1, bad);
});

test('without it: one thread per idle core plus this one, at most 4; serial on a saturated machine', () => {
  assert.equal(defaultWalkThreads({}, 0), Math.min(4, cores));
  assert.equal(defaultWalkThreads({}, cores + 5), 1);
  assert.equal(defaultWalkThreads({}, cores), 1);
  if (cores >= 2) assert.equal(defaultWalkThreads({}, cores - 1), 2);
});
