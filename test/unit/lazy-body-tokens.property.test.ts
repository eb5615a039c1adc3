// A large class's body tokens concatenated only when read (issue 14, twelfth pass:
// symbols/lazy-tokens.ts). Checked here: (1) a keystroke in one method of a class whose members
// are opaque leaves the class's tokens unbuilt through the analysis *and* computeDelta — it fails
// when they are built eagerly again (no lazy segments); (2) once read, the tokens are exactly a
// fresh extraction's, however they are read — property, spread, JSON (the analysis cache) — and
// an assignment replaces them; (3) random edit sequences: the warm analysis with lazy tokens
// equals a fresh one (the member-replay property, which reads every symbol's tokens).
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { Policy } from '../../server/src/config/policy';
import { computeDelta } from '../../server/src/engine/delta-engine';
import { initParsers, parserFor } from '../../server/src/parsing/languages';
import { analyzeSource, ChunkCache } from '../../server/src/symbols/analyze';
import { lazyBodyTokensOf } from '../../server/src/symbols/lazy-tokens';
import { clearTsMemberCache } from '../../server/src/symbols/typescript';
import type { FileAnalysis, SymbolInfo } from '../../server/src/symbols/types';
import { freshAnalysis, replayedMembersEqualFresh } from '../helpers/member-replay';

before(async () => {
  await initParsers();
});

function bigClass(methods: number): string {
  const out = ["'use strict';", '', 'class Pipeline {'];
  for (let i = 0; i < methods; i++) {
    out.push(`\t/** Step ${i}. */`, `\tstep${i}(items, done) {`);
    out.push(`\t\tfor (const item of items) {\n\t\t\tif (item.id === ${i}) continue;\n\t\t\tthis.emit('step${i}', item, Pipeline.name);\n\t\t}`);
    out.push('\t\tdone();', '\t}');
  }
  out.push('}', '', 'module.exports = Pipeline;', '');
  return out.join('\n');
}

const FILE = 'lib/Pipeline.js';
const classOf = (a: FileAnalysis): SymbolInfo => a.symbols.find((s) => s.kind === 'class' && s.name === 'Pipeline')!;

test('a keystroke in one method leaves the class body tokens unbuilt through analysis and computeDelta', () => {
  clearTsMemberCache();
  const cache = new ChunkCache();
  // Over 16 K characters (analyze.ts BIG_CHUNK_CHARS): a class chunk the chunk cache does not
  // store per keystroke (storing it flattens, and so builds, its tokens).
  const src = bigClass(100);
  assert.ok(src.length > 16 * 1024);
  const base = { path: FILE, text: src, analysis: analyzeSource(src, FILE, 'javascript', cache) };
  let text = src;
  for (const n of [1, 2, 3]) {
    text = text.replace(`item.id === ${n + 9}`, `item.id === ${n + 9} + ${n}`);
    const warm = analyzeSource(text, FILE, 'javascript', cache);
    const lazy = lazyBodyTokensOf(classOf(warm));
    assert.ok(lazy, `keystroke ${n}: the class's body tokens were built eagerly`);
    const tokens = computeDelta({ changes: [{ status: 'M', old: base, new: { path: FILE, text, analysis: warm } }], fileExists: (_s, p) => p === FILE }, new Policy()).tokens;
    assert.ok(tokens.some((t) => t.kind === 'MODIFY_BODY'), 'the edit is seen');
    assert.equal(lazy.tokens, undefined, `keystroke ${n}: computeDelta read the class's body tokens`);
  }
});

test('lazy body tokens read as a fresh extraction: property, spread, JSON; an assignment replaces them', () => {
  clearTsMemberCache();
  const cache = new ChunkCache();
  let text = bigClass(12);
  analyzeSource(text, FILE, 'javascript', cache);
  text = text.replace('item.id === 4', 'item.id === 44');
  const warm = analyzeSource(text, FILE, 'javascript', cache);
  const ref = freshAnalysis(parserFor('javascript').parse(text)!, text, FILE, 'javascript');
  const cls = classOf(warm);
  const expected = classOf(ref).bodyTokens;
  assert.ok(lazyBodyTokensOf(cls), 'lazy');
  assert.ok(expected.includes('step4') && !expected.includes('Pipeline'), 'the fresh tokens drop the class name');
  assert.deepEqual(JSON.parse(JSON.stringify(cls)).bodyTokens, expected);
  assert.deepEqual({ ...cls }.bodyTokens, expected);
  assert.deepEqual(cls.bodyTokens, expected);
  assert.equal(cls.bodyTokens, cls.bodyTokens, 'built once');
  assert.deepEqual(warm, ref);
  cls.bodyTokens = ['x'];
  assert.deepEqual(cls.bodyTokens, ['x']);
  assert.equal(lazyBodyTokensOf(cls), undefined, 'assigned tokens are plain');
});

test('random edit sequences in a class of opaque members: lazy tokens ≡ fresh analysis, same Δ tokens', () => {
  const src = bigClass(10);
  replayedMembersEqualFresh({
    file: FILE, lang: 'javascript', src, classMarker: 'class Pipeline', insideWeight: 6, maxDel: 30,
    snippets: [' ', 'x', '\n', ';', '{', '}', 'Pipeline', ' Pipeline.name', '\n\tnewer(a) { return a; }\n', '/* c */', 'class Inner { m() { return 1; } }'],
    numRuns: Number(process.env.MEMBER_RESULT_RUNS ?? 15),
  });
});
