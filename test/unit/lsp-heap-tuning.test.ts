// The language server's heap setting (lsp/heap-tuning.ts) and the shared line split of a
// publish (lsp/text-lines.ts), issue 14 fourth pass; the idle compaction (eleventh pass).
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { PerformanceObserver, constants as perf } from 'node:perf_hooks';
import * as v8 from 'node:v8';
import { SERVER_HEAP_GROWING_PERCENT, compactNow, tuneHeapForEditing } from '../../server/src/lsp/heap-tuning';
import { tuneJitForEditing } from '../../server/src/lsp/jit-tuning';
import { textLines } from '../../server/src/lsp/text-lines';

after(() => {
  tuneHeapForEditing({ GLX_HEAP_GROWING_PERCENT: '0' }); // V8's default again for the rest of this process
  v8.setFlagsFromString('--turbo-inlining'); // V8's default again
});

test('inlining: V8\'s default unless GLX_TURBO_INLINING=0 turns it off', () => {
  assert.equal(tuneJitForEditing({}), false);
  assert.equal(tuneJitForEditing({ GLX_TURBO_INLINING: '1' }), false);
  assert.equal(tuneJitForEditing({ GLX_TURBO_INLINING: '0' }), true);
});

test('the heap growing percent: the default, an override, and a bad value ignored', () => {
  assert.equal(tuneHeapForEditing({}), SERVER_HEAP_GROWING_PERCENT);
  assert.equal(tuneHeapForEditing({ GLX_HEAP_GROWING_PERCENT: '60' }), 60);
  assert.equal(tuneHeapForEditing({ GLX_HEAP_GROWING_PERCENT: '0' }), 0);
  assert.equal(tuneHeapForEditing({ GLX_HEAP_GROWING_PERCENT: '--expose-gc' }), SERVER_HEAP_GROWING_PERCENT);
  assert.equal(tuneHeapForEditing({ GLX_HEAP_GROWING_PERCENT: '-5' }), SERVER_HEAP_GROWING_PERCENT);
});

test('textLines is the split of the text it is given, also after another text', () => {
  const a = 'one\ntwo\n\nthree';
  const b = 'x\r\ny\n';
  assert.deepEqual(textLines(a), a.split('\n'));
  assert.equal(textLines(a), textLines(a)); // one split per text
  assert.deepEqual(textLines(b), b.split('\n'));
  assert.deepEqual(textLines(a), a.split('\n'));
  assert.equal(textLines(undefined), undefined);
  assert.deepEqual(textLines(''), ['']);
});

test('the idle compaction is one incremental full GC, not a forced atomic one, and leaves no flag set', async () => {
  // gc() would show as a forced major GC: it deoptimised the keystroke path's optimised code
  // (docs/benchmarks.md, eleventh pass). The compaction must come from V8's incremental marking.
  const majors: number[] = [];
  const obs = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const d = (e as { detail?: { kind?: number; flags?: number } }).detail;
      if (d?.kind === perf.NODE_PERFORMANCE_GC_MAJOR) majors.push(d.flags ?? 0);
    }
  });
  obs.observe({ entryTypes: ['gc'] });
  try {
    const junk: number[][] = [];
    for (let i = 0; i < 20_000; i++) junk.push([i, i + 1, i + 2]); // something old space can hold
    const [a, b] = await Promise.all([compactNow(), compactNow()]);
    assert.equal(a, true, 'a major GC was seen');
    assert.equal(b, true, 'a second call while one runs shares it');
    await new Promise((r) => setImmediate(r));
    assert.ok(majors.length >= 1);
    assert.ok(majors.every((f) => (f & perf.NODE_PERFORMANCE_GC_FLAGS_FORCED) === 0), `a forced major GC ran (flags ${majors.join(', ')})`);
    assert.equal(junk.length, 20_000);
  } finally {
    obs.disconnect();
  }
});
