// The pair facts remembered across keystrokes (issue 14, twelfth pass; server/src/delta/pair-facts.ts):
// a pair's own-code and signature answers are kept on the base analysis and reused while every
// input they depend on is unchanged. Property: over random edit sequences applied as the editor
// applies them (incremental parse, warm chunk and member caches, one base analysis kept for the
// whole sequence, so the buffer drifts and the memo is hit), every step's Δ tokens equal those of
// computeDelta with the memo off — on a real file (commander's lib/command.js, a class of ~100
// methods, from the accuracy corpus), with the commit's own change (commander 373f660f) as the
// starting drift. Fails when the memo was never hit.
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
import type { FileAnalysis } from '../../server/src/symbols/types';
import { editIncrementally } from '../helpers/member-replay';

before(async () => {
  await initParsers();
});

const CASE = path.join(__dirname, '../../../test/corpus/commander/373f660f');
const FILE = 'lib/command.js';
const policy = new Policy();

function tokensOf(base: FileVersion, text: string, analysis: FileAnalysis, memo: boolean) {
  setPairFactsMemo(memo);
  try {
    return computeDelta({ changes: [{ status: 'M', old: base, new: { path: FILE, text, analysis } }], fileExists: (_s, p) => p === FILE }, policy).tokens;
  } finally {
    setPairFactsMemo(true);
  }
}

// Edits that change code, whitespace, comments, signatures (a parameter typed or deleted),
// names, docs, nesting (a nested function added) and line counts.
const SNIPPETS = [
  ' ', 'x', '\n', '\n\n', ';', '// note\n', 'foo();\n', 'if (a) { b(); }\n', ', extra', 'async ', '/** Doc. */\n',
  'const inner = function () { return 1; };\n', 'return;\n', '}', '{', 'renamed',
];

test('remembered pair facts give the tokens computed afresh, over random edits of a drifted real class', () => {
  const beforeText = fs.readFileSync(path.join(CASE, 'before', FILE), 'utf8');
  const afterText = applyUnifiedDiff(beforeText, fs.readFileSync(path.join(CASE, 'after', `${FILE}.diff`), 'utf8'));
  const parser = parserFor('javascript');
  const classStart = afterText.indexOf('export class Command');
  const classEnd = afterText.lastIndexOf('\n}');
  assert.ok(classStart > 0 && classEnd > classStart);
  const hits0 = pairFactsHits();
  fc.assert(
    fc.property(
      fc.array(
        fc.record({
          at: fc.oneof({ weight: 6, arbitrary: fc.integer({ min: classStart, max: classEnd }) }, { weight: 1, arbitrary: fc.nat(afterText.length) }),
          del: fc.oneof(fc.constant(0), fc.nat(3), fc.nat(40)),
          ins: fc.oneof(fc.constantFrom(...SNIPPETS), fc.constant('')),
        }),
        { minLength: 1, maxLength: 8 },
      ),
      (edits) => {
        clearTsMemberCache();
        const cache = new ChunkCache();
        // A new base per sequence (the memo lives on it), kept for the whole sequence as the editor keeps it.
        const base: FileVersion = { path: FILE, text: beforeText, analysis: analyzeSource(beforeText, FILE, 'javascript', new ChunkCache()) };
        let text = afterText;
        let tree: Tree = parser.parse(text)!;
        try {
          let analysis = analyzeTree(tree, text, FILE, 'javascript', cache);
          assert.deepEqual(tokensOf(base, text, analysis, true), tokensOf(base, text, analysis, false));
          for (const e of edits) {
            ({ tree, text } = editIncrementally(parser, tree, text, e));
            analysis = analyzeTree(tree, text, FILE, 'javascript', cache);
            const memoised = tokensOf(base, text, analysis, true);
            // The reference: the memo off, over a fresh base analysis (nothing remembered on it).
            const freshBase: FileVersion = { path: FILE, text: beforeText, analysis: analyzeSource(beforeText, FILE, 'javascript', new ChunkCache()) };
            assert.deepEqual(memoised, tokensOf(freshBase, text, analysis, false));
          }
        } finally {
          tree.delete();
        }
      },
    ),
    { numRuns: 40 },
  );
  assert.ok(pairFactsHits() > hits0, 'no pair fact was remembered');
});
