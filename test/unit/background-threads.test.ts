// util/background-threads.ts: V8's worker threads reniced, the main thread left alone (Linux).
// Reads each thread's nice value back from /proc (field 19 of /proc/self/task/<tid>/stat).
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { lowerBackgroundThreads } from '../../server/src/util/background-threads';

/** A thread's nice value, from its stat line (fields after the parenthesised name). */
function niceOf(tid: number): number {
  const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[16]); // field 19 overall; fields[0] is field 3 (state)
}

test('every thread but the main one is lowered to the nice value asked for', { skip: process.platform !== 'linux' }, () => {
  const mainBefore = niceOf(process.pid);
  const others = readdirSync('/proc/self/task').map(Number).filter((t) => t !== process.pid);
  assert.ok(others.length > 0, 'node runs V8 worker threads besides the main one');
  const changed = lowerBackgroundThreads(15);
  assert.deepEqual(changed.sort((a, b) => a - b), others.sort((a, b) => a - b));
  for (const t of changed) assert.equal(niceOf(t), 15, `thread ${t}`);
  assert.equal(niceOf(process.pid), mainBefore, 'the main thread keeps its priority');
  // Lowering further works; a second call with the default goes to 19.
  lowerBackgroundThreads();
  for (const t of changed) assert.equal(niceOf(t), 19, `thread ${t}`);
  assert.equal(niceOf(process.pid), mainBefore);
});

test('off Linux nothing is changed', { skip: process.platform === 'linux' }, () => {
  assert.deepEqual(lowerBackgroundThreads(), []);
});
