// The language server's heap setting (lsp/heap-tuning.ts) and the shared line split of a
// publish (lsp/text-lines.ts), issue 14 fourth pass.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import * as v8 from 'node:v8';
import { SERVER_HEAP_GROWING_PERCENT, tuneHeapForEditing } from '../../server/src/lsp/heap-tuning';
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
