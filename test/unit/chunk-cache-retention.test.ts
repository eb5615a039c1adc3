// Issue 14, memory flat under typing: what the chunk cache keeps must not keep the file version
// it was extracted from alive. V8 slices of 13+ characters are views into their source string;
// before util/flat-strings.ts every cached chunk (its key, names, tokens) held the whole text of
// the keystroke's buffer — typing in webpack's lib/css/syntax.js grew the heap ~0.9 MB per edit.
// Measured by the heap after a full GC, with a margin of several times the noise: no timing.
import { strict as assert } from 'node:assert';
import { before, test } from 'node:test';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import fc from 'fast-check';
import { initParsers } from '../../server/src/parsing/languages';
import { analyzeSource, ChunkCache } from '../../server/src/symbols/analyze';
import { flatCopy, flattenStrings } from '../../server/src/util/flat-strings';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

before(async () => {
  await initParsers();
});

function heapAfterGc(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

test('flattenStrings keeps every value equal (nested objects and arrays, shared parts, short and long strings)', () => {
  const leaf = fc.oneof(fc.string({ maxLength: 40 }), fc.integer(), fc.boolean(), fc.constant(null));
  const value = fc.letrec((tie) => ({
    node: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('node'), { maxLength: 5 }), fc.dictionary(fc.string({ maxLength: 6 }), tie('node'), { maxKeys: 5 })),
  })).node;
  fc.assert(
    fc.property(value, (v) => {
      const expected = JSON.stringify(v);
      assert.equal(JSON.stringify(flattenStrings(v)), expected);
    }),
  );
  const shared = { name: 'a-rather-long-name-sliced' };
  const twice = [shared, shared];
  flattenStrings(twice);
  assert.equal(twice[0], twice[1], 'a shared object stays shared');
  assert.equal(flatCopy('short'), 'short');
});

test('a cached chunk does not keep the file version it came from alive', () => {
  // One small function with long names and tokens, and a 24 MB comment that only the file
  // version holds. After the analysis, the version (source text and tree) is dropped; the cache
  // holds the function's chunk.
  const fn = 'export function computeSomethingRatherLong(parameterWithALongName: number): number {\n  const intermediateValueName = parameterWithALongName * 2;\n  return intermediateValueName;\n}\n';
  const cache = new ChunkCache();
  const baseline = heapAfterGc();
  let src: string | undefined = fn + '/*' + 'x'.repeat(24 * 1024 * 1024) + `${Math.random()}*/\n`;
  let analysis: ReturnType<typeof analyzeSource> | undefined = analyzeSource(src, 'big.ts', 'typescript', cache);
  assert.equal(analysis.symbols[0]?.name, 'computeSomethingRatherLong');
  const tokens = JSON.stringify(analysis.symbols.map((s) => s.bodyTokens));
  // The parser keeps its last input until the next parse: parse the small text (a cache hit for
  // the function) so that only the cache could still hold the big version.
  const again = analyzeSource(fn, 'small.ts', 'typescript', cache);
  assert.equal(JSON.stringify(again.symbols.map((s) => s.bodyTokens)), tokens);
  src = undefined;
  analysis = undefined;
  const retained = heapAfterGc() - baseline;
  assert.ok(retained < 8 * 1024 * 1024, `heap retained after dropping the 24 MB version: ${(retained / 1048576).toFixed(1)} MB`);
});
