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
import { analyzeSource, BIG_CHUNK_CHARS, ChunkCache } from '../../server/src/symbols/analyze';
import { clearPyMemberCache } from '../../server/src/symbols/py-flat';
import { clearTsMemberCache } from '../../server/src/symbols/typescript';
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

/**
 * Analyses `text() + a 24 MB comment`, then a small unrelated text (the parser keeps its last
 * input), drops the big version and returns what the heap still holds of it after a full GC.
 */
function retainedAfter(text: string, file: string, lang: 'typescript' | 'python', cache: ChunkCache): number {
  const comment = lang === 'python' ? `# ${'x'.repeat(24 * 1024 * 1024)}${Math.random()}\n` : `/*${'x'.repeat(24 * 1024 * 1024)}${Math.random()}*/\n`;
  const baseline = heapAfterGc();
  let src: string | undefined = text + comment;
  let analysis: ReturnType<typeof analyzeSource> | undefined = analyzeSource(src, file, lang, cache);
  assert.ok(analysis.symbols.length > 3, `${file} was analysed`);
  analyzeSource(lang === 'python' ? 'x = 1\n' : 'const x = 1;\n', file, lang, cache);
  src = undefined;
  analysis = undefined;
  return heapAfterGc() - baseline;
}

const MB = (n: number) => `${(n / 1048576).toFixed(1)} MB`;

/** A method of ~`chars` characters whose doc comment and body hold long names. */
function method(i: number, chars: number): string {
  const body = Array.from({ length: Math.ceil(chars / 60) }, (_, k) => `    const intermediateValue${i}_${k} = this.someRatherLongFieldName + ${k};\n`).join('');
  return `  /** Computes the rather long value number ${i} of this class. */\n  computeRatherLongValue${i}(parameterWithALongName: number): number {\n${body}    return parameterWithALongName;\n  }\n`;
}

test('class members the member cache stores do not keep their file version alive (their results are keyed by a flat copy)', () => {
  // Issue 14, ninth pass: the per-context results of a stored member were keyed by a string
  // holding the member's doc comment — a slice of the version — so the member cache kept every
  // walked version's whole buffer alive (a heap snapshot after 210 keystrokes in webpack's
  // Compilation.js held a dozen 400 K-character versions).
  clearTsMemberCache();
  const cls = `export class HoldsLongMembers {\n${Array.from({ length: 6 }, (_, i) => method(i, 400)).join('\n')}}\n`;
  const retained = retainedAfter(cls, 'members.ts', 'typescript', new ChunkCache());
  assert.ok(retained < 8 * 1024 * 1024, `heap retained after dropping the 24 MB version: ${MB(retained)}`);
});

test('a big chunk seen once does not keep its file version alive (the second-sighting list holds fingerprints)', () => {
  // A class of ≥ 16 K characters is admitted to the chunk cache on its second sighting; the list
  // of first sightings held the chunk's text, a slice of its version (eight whole buffers).
  clearTsMemberCache();
  const cls = `export class BigEnoughToWaitForASecondSighting {\n${Array.from({ length: 30 }, (_, i) => method(i, 700)).join('\n')}}\n`;
  assert.ok(cls.length >= BIG_CHUNK_CHARS, `the class is a big chunk (${cls.length} characters)`);
  // The walk of a first big class in a process is compiled on-stack by V8, and that code holds
  // the walk's closure context (its source text) for a while: warm it up on another class first.
  for (let k = 0; k < 3; k++) analyzeSource(cls.replace('BigEnough', `WarmUp${k}`), `warm-up-${k}.ts`, 'typescript', new ChunkCache());
  const retained = retainedAfter(cls, 'big-class.ts', 'typescript', new ChunkCache());
  assert.ok(retained < 8 * 1024 * 1024, `heap retained after dropping the 24 MB version: ${MB(retained)}`);
});

test('python members the member cache stores do not keep their file version alive (flat keys and token texts)', () => {
  clearPyMemberCache();
  const body = (i: number) => Array.from({ length: 10 }, (_, k) => `        intermediate_value_{i}_{k} = self.some_rather_long_field_name + {k}\n`.replace(/\{i\}/g, String(i)).replace(/\{k\}/g, String(k))).join('');
  const cls = `class HoldsLongMembers:\n${Array.from({ length: 6 }, (_, i) => `    def compute_rather_long_value_${i}(self, parameter_with_a_long_name):\n        """Computes the rather long value number ${i}."""\n${body(i)}        return parameter_with_a_long_name\n\n`).join('')}`;
  const retained = retainedAfter(cls, 'members.py', 'python', new ChunkCache());
  assert.ok(retained < 8 * 1024 * 1024, `heap retained after dropping the 24 MB version: ${MB(retained)}`);
});
