// The pair facts remembered across keystrokes (issue 14, twelfth pass; server/src/delta/pair-facts.ts):
// a pair's own-code and signature answers are kept on the base analysis and reused while every
// input they depend on is unchanged. Property: over random edit sequences applied as the editor
// applies them (incremental parse, warm chunk and member caches, one base analysis kept for the
// whole sequence, so the buffer drifts and the memo is hit), every step's Δ tokens equal those of
// computeDelta with the memo off over a fresh base — on real files from the accuracy corpus
// (commander's lib/command.js, a class of ~100 methods; yargs' lib/yargs-factory.ts; attrs'
// src/attr/_make.py), each starting from its commit's own change as the drift. Fails when the
// memo was never hit.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { before, test } from 'node:test';
import fc from 'fast-check';
import type { Tree } from 'web-tree-sitter';
import { applyUnifiedDiff } from '../../bench/corpus-patch';
import { Policy } from '../../server/src/config/policy';
import type { FileVersion } from '../../server/src/delta/change-set';
import { pairFactsHits, setPairFactsMemo } from '../../server/src/delta/pair-facts';
import { computeDelta } from '../../server/src/engine/delta-engine';
import { initParsers, parserFor } from '../../server/src/parsing/languages';
import { analyzeSource, analyzeTree, ChunkCache } from '../../server/src/symbols/analyze';
import { clearTsMemberCache } from '../../server/src/symbols/typescript';
import type { FileAnalysis, Lang } from '../../server/src/symbols/types';
import { editIncrementally } from '../helpers/member-replay';

before(async () => {
  await initParsers();
});

const policy = new Policy();
const CORPUS = path.join(__dirname, '../../../test/corpus');

function tokensOf(file: string, base: FileVersion, text: string, analysis: FileAnalysis, memo: boolean) {
  setPairFactsMemo(memo);
  try {
    return computeDelta({ changes: [{ status: 'M', old: base, new: { path: file, text, analysis } }], fileExists: (_s, p) => p === file, rememberPairFacts: true }, policy).tokens;
  } finally {
    setPairFactsMemo(true);
  }
}

// Edits that change code, whitespace, comments, signatures (a parameter added, typed or deleted),
// names, docs, nesting (a nested function added) and line counts.
const JS_SNIPPETS = [
  ' ', 'x', '\n', '\n\n', ';', '// note\n', 'foo();\n', 'if (a) { b(); }\n', ', extra', 'async ', '/** Doc. */\n',
  'const inner = function () { return 1; };\n', 'return;\n', '}', '{', 'renamed',
];
const TS_SNIPPETS = [...JS_SNIPPETS, ': string', ': any', '<T>', 'private '];
const PY_SNIPPETS = [
  ' ', 'x', '\n', '\n\n', '# note\n', '        foo()\n', ', extra', ': int', '    """Doc."""\n',
  '    def inner(self):\n        return 1\n', 'return', 'renamed', ':',
];

/**
 * The property over one corpus file: random edit sequences mostly in the 20,000 characters from
 * `marker` (a class), a third of them just inside a method's parameter list, starting from the commit's head, each step's tokens with the memo equal to
 * the memo off over a fresh base.
 */
function memoisedEqualsFresh(o: { caseDir: string; file: string; lang: Lang; marker: string; snippets: readonly string[]; numRuns: number }): void {
  const { file, lang } = o;
  const beforeText = fs.readFileSync(path.join(CORPUS, o.caseDir, 'before', file), 'utf8');
  const afterText = applyUnifiedDiff(beforeText, fs.readFileSync(path.join(CORPUS, o.caseDir, 'after', `${file}.diff`), 'utf8'));
  const parser = parserFor(lang);
  const regionStart = afterText.indexOf(o.marker);
  assert.ok(regionStart >= 0, `${o.marker} not in ${file}`);
  const regionEnd = Math.min(afterText.length, regionStart + 20_000);
  // Just inside the parameter lists of the region's methods: edits there change a signature and
  // not the body (what a key without the code lines and the signature would miss).
  const params: number[] = [];
  const decl = lang === 'python' ? /\n[ \t]+def \w+\(/g : /\n[ \t]+(?:async |static |private )*[A-Za-z_$][\w$]*\(/g;
  for (let m = decl.exec(afterText); m; m = decl.exec(afterText)) {
    const at = m.index + m[0].length;
    if (at >= regionStart && at <= regionEnd) params.push(at);
  }
  assert.ok(params.length > 3, `${file}: no methods found`);
  const hits0 = pairFactsHits();
  fc.assert(
    fc.property(
      fc.array(
        fc.record({
          at: fc.oneof(
            { weight: 6, arbitrary: fc.integer({ min: regionStart, max: regionEnd }) },
            { weight: 3, arbitrary: fc.constantFrom(...params) },
            { weight: 1, arbitrary: fc.nat(afterText.length) },
          ),
          del: fc.oneof(fc.constant(0), fc.nat(3), fc.nat(40)),
          ins: fc.oneof(fc.constantFrom(...o.snippets), fc.constant('')),
        }),
        { minLength: 1, maxLength: 8 },
      ),
      (edits) => {
        clearTsMemberCache();
        const cache = new ChunkCache();
        // A new base per sequence (the memo lives on it), kept for the whole sequence as the editor keeps it.
        const base: FileVersion = { path: file, text: beforeText, analysis: analyzeSource(beforeText, file, lang, new ChunkCache()) };
        let text = afterText;
        let tree: Tree = parser.parse(text)!;
        try {
          let analysis = analyzeTree(tree, text, file, lang, cache);
          assert.deepEqual(tokensOf(file, base, text, analysis, true), tokensOf(file, base, text, analysis, false));
          for (const e of edits) {
            ({ tree, text } = editIncrementally(parser, tree, text, e));
            analysis = analyzeTree(tree, text, file, lang, cache);
            const memoised = tokensOf(file, base, text, analysis, true);
            // The reference: the memo off, over a fresh base analysis (nothing remembered on it).
            const freshBase: FileVersion = { path: file, text: beforeText, analysis: analyzeSource(beforeText, file, lang, new ChunkCache()) };
            assert.deepEqual(memoised, tokensOf(file, freshBase, text, analysis, false));
          }
        } finally {
          tree.delete();
        }
      },
    ),
    { numRuns: o.numRuns },
  );
  assert.ok(pairFactsHits() > hits0, `${file}: no pair fact was remembered`);
}

test('remembered pair facts give the tokens computed afresh, over random edits of a drifted real class (JS: commander 373f660f)', () => {
  memoisedEqualsFresh({ caseDir: 'commander/373f660f', file: 'lib/command.js', lang: 'javascript', marker: 'export class Command', snippets: JS_SNIPPETS, numRuns: 80 });
});

test('the same in TypeScript (yargs 4dac5b8c, lib/yargs-factory.ts)', () => {
  memoisedEqualsFresh({ caseDir: 'yargs/4dac5b8c', file: 'lib/yargs-factory.ts', lang: 'typescript', marker: 'export class YargsInstance', snippets: TS_SNIPPETS, numRuns: 20 });
});

test('the same in Python (attrs cf6af79d, src/attr/_make.py)', () => {
  memoisedEqualsFresh({ caseDir: 'attrs/cf6af79d', file: 'src/attr/_make.py', lang: 'python', marker: 'class _ClassBuilder', snippets: PY_SNIPPETS, numRuns: 20 });
});

test('a one-shot change set (no rememberPairFacts: the CLI, the history walk) remembers nothing', () => {
  const file = 'lib/command.js';
  const beforeText = fs.readFileSync(path.join(CORPUS, 'commander/373f660f', 'before', file), 'utf8');
  const afterText = applyUnifiedDiff(beforeText, fs.readFileSync(path.join(CORPUS, 'commander/373f660f', 'after', `${file}.diff`), 'utf8'));
  const base: FileVersion = { path: file, text: beforeText, analysis: analyzeSource(beforeText, file, 'javascript', new ChunkCache()) };
  const head = { path: file, text: afterText, analysis: analyzeSource(afterText, file, 'javascript', new ChunkCache()) };
  const cs = (remember: boolean) => ({ changes: [{ status: 'M' as const, old: base, new: head }], fileExists: (_s: 'old' | 'new', p: string) => p === file, rememberPairFacts: remember });
  const one = computeDelta(cs(false), policy).tokens;
  const h0 = pairFactsHits();
  assert.deepEqual(computeDelta(cs(false), policy).tokens, one);
  assert.equal(pairFactsHits(), h0, 'a one-shot run found facts remembered');
  // The editor's flag: the second run over the same base finds them.
  computeDelta(cs(true), policy);
  assert.deepEqual(computeDelta(cs(true), policy).tokens, one);
  assert.ok(pairFactsHits() > h0, 'runs with rememberPairFacts remembered nothing');
});

test('a constraint edited in the class header after a remembered run still changes its methods\' signatures', () => {
  const file = 'src/store.ts';
  const src = (bound: string, body: string) =>
    `export class Store<T extends ${bound}> {\n  private items: T[] = [];\n  add(item: T): T {\n    ${body}\n    return item;\n  }\n}\n`;
  const baseText = src('object', 'this.items.push(item);');
  const base: FileVersion = { path: file, text: baseText, analysis: analyzeSource(baseText, file, 'typescript', new ChunkCache()) };
  const run = (text: string, remember: boolean, b: FileVersion) =>
    computeDelta({ changes: [{ status: 'M', old: b, new: { path: file, text, analysis: analyzeSource(text, file, 'typescript', new ChunkCache()) } }], fileExists: (_s, p) => p === file, rememberPairFacts: remember }, policy).tokens;
  // A body edit first: the editor's run remembers "no signature change" for add().
  const first = src('object', 'this.items.unshift(item);');
  assert.ok(!run(first, true, base).some((t) => t.kind === 'MODIFY_SIG'));
  // Then the class's constraint narrows: add() now takes and returns a narrower type.
  const second = src('{ id: string }', 'this.items.unshift(item);');
  const fresh = run(second, false, { ...base, analysis: analyzeSource(baseText, file, 'typescript', new ChunkCache()) });
  assert.ok(fresh.some((t) => t.kind === 'MODIFY_SIG' && t.symbol?.endsWith('add')), 'the fresh run sees the constraint change');
  assert.deepEqual(run(second, true, base), fresh);
});
