// The language server's process environment (protocol/server-process.ts): the malloc thresholds
// measured in docs/benchmarks.md are added, and a value the user set is never replaced.
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { SERVER_MALLOC_ENV, serverProcessEnv } from '../../server/src/protocol';

test('serverProcessEnv adds the malloc thresholds the user did not set', () => {
  assert.deepEqual(serverProcessEnv({}), SERVER_MALLOC_ENV);
  assert.deepEqual(serverProcessEnv({ MALLOC_MMAP_THRESHOLD_: '1048576', PATH: '/bin' }), { MALLOC_TRIM_THRESHOLD_: SERVER_MALLOC_ENV.MALLOC_TRIM_THRESHOLD_ });
  // Numbers glibc accepts: plain decimal byte counts.
  for (const v of Object.values(SERVER_MALLOC_ENV)) assert.match(v, /^\d+$/);
});
