// The language server compacts its heap once edits pause (lsp/heap-tuning.ts compactWhenIdle):
// one full GC IDLE_COMPACT_MS after the last edit (here a short delay), re-armed by each edit,
// none when turned off.
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { PerformanceObserver, constants } from 'node:perf_hooks';
import { IDLE_COMPACT_MS, compactWhenIdle } from '../../server/src/lsp/heap-tuning';

const DELAY = 800;

async function majorGcsDuring(ms: number, during: () => void): Promise<number> {
  let n = 0;
  const obs = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if ((e as unknown as { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) n++;
  });
  obs.observe({ entryTypes: ['gc'] });
  during();
  await new Promise((r) => setTimeout(r, ms));
  obs.disconnect();
  return n;
}

test('no compaction while edits keep coming, one once they pause', async () => {
  const keep = setInterval(() => compactWhenIdle({}, DELAY), DELAY / 4);
  const whileTyping = await majorGcsDuring(DELAY * 1.5, () => compactWhenIdle({}, DELAY));
  clearInterval(keep);
  assert.equal(whileTyping, 0, 'each edit re-arms the timer');
  const afterPause = await majorGcsDuring(DELAY * 1.5, () => undefined);
  assert.ok(afterPause >= 1, `a full GC once edits paused (saw ${afterPause})`);
});

test('GLX_IDLE_COMPACT=0 turns it off', async () => {
  const n = await majorGcsDuring(DELAY * 1.5, () => compactWhenIdle({ GLX_IDLE_COMPACT: '0' }, DELAY));
  assert.equal(n, 0);
});

test('the server waits for a pause longer than a typing burst (the compaction\'s final pause, 80–200 ms on webpack, must not land in one)', () => {
  assert.ok(IDLE_COMPACT_MS >= 10_000, `IDLE_COMPACT_MS is ${IDLE_COMPACT_MS}`);
});
