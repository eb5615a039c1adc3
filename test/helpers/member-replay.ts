// The member-level reuse properties' common body (issue 14): random edit sequences applied as the
// editor applies them — the text changed, the tree edited and parsed again from itself — and, at
// every step, the warm analysis (chunk cache, member cache, replayed member results) equal to a
// fresh one of the same tree with member reuse off, on the incremental tree and on a full parse,
// with the same Δ tokens against the base. Used by ts-class-member-results (large classes) and
// small-members-opaque (classes of small members); ts-member-cache uses the edit step.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Edit, Parser, Point, Tree } from 'web-tree-sitter';
import { Policy } from '../../server/src/config/policy';
import type { FileVersion } from '../../server/src/delta/change-set';
import { computeDelta } from '../../server/src/engine/delta-engine';
import { parserFor } from '../../server/src/parsing/languages';
import { analyzeSource, analyzeTree, ChunkCache } from '../../server/src/symbols/analyze';
import { clearTsMemberCache, setTsMemberReuse, tsMemberReplays } from '../../server/src/symbols/typescript';
import type { FileAnalysis, Lang } from '../../server/src/symbols/types';

/** The tree-sitter point of a character offset. */
export function pointAt(text: string, index: number): Point {
  let row = 0;
  let last = -1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) {
    row++;
    last = i;
  }
  return { row, column: index - last - 1 };
}

/** The same tree analysed with an empty chunk cache and the member cache off. */
export function freshAnalysis(tree: Tree, text: string, file: string, lang: Lang): FileAnalysis {
  setTsMemberReuse(false);
  try {
    return analyzeTree(tree, text, file, lang, new ChunkCache());
  } finally {
    setTsMemberReuse(true);
  }
}

/**
 * The CLI's path: a full parse of the same text through the same warm caches equals a fresh
 * analysis of that tree (compared tree by tree: after some error-recovering edits tree-sitter's
 * incremental tree differs from a full parse's, which no cache can change).
 */
export function fullParseEqualsFresh(parser: Parser, text: string, file: string, lang: Lang, cache: ChunkCache): void {
  const full = parser.parse(text)!;
  try {
    assert.deepEqual(analyzeTree(full, text, file, lang, cache), freshAnalysis(full, text, file, lang));
  } finally {
    full.delete();
  }
}

export interface RandomEdit {
  at: number;
  del: number;
  ins: string;
}

/** One edit as the editor applies it (offsets wrapped into the text); the old tree is deleted. */
export function editIncrementally(parser: Parser, tree: Tree, text: string, e: RandomEdit): { tree: Tree; text: string } {
  const at = e.at % (text.length + 1);
  const del = Math.min(e.del, text.length - at);
  const next = text.slice(0, at) + e.ins + text.slice(at + del);
  const edit: Edit = {
    startIndex: at, oldEndIndex: at + del, newEndIndex: at + e.ins.length,
    startPosition: pointAt(text, at), oldEndPosition: pointAt(text, at + del), newEndPosition: pointAt(next, at + e.ins.length),
  };
  tree.edit(edit);
  const nextTree = parser.parse(next, tree)!;
  tree.delete();
  return { tree: nextTree, text: next };
}

const policy = new Policy();
function tokensOf(base: FileVersion, text: string, analysis: FileAnalysis) {
  const file = base.path;
  return computeDelta({ changes: [{ status: 'M', old: base, new: { path: file, text, analysis } }], fileExists: (_s, p) => p === file }, policy).tokens;
}

/**
 * The property over `src`'s class (from `classMarker` to the file's last closing brace): edits
 * mostly inside it (`insideWeight` to 1), each deleting up to `maxDel` characters and inserting
 * one of `snippets` or nothing; a fresh member cache per sequence, so the first-walk,
 * first-replay and steady-replay paths all run. Fails too when no member result was replayed.
 */
export function replayedMembersEqualFresh(o: { file: string; lang: Lang; src: string; classMarker: string; snippets: readonly string[]; insideWeight: number; maxDel: number; numRuns: number }): void {
  const { file, lang, src } = o;
  const parser = parserFor(lang);
  const classStart = src.indexOf(o.classMarker);
  const classEnd = src.lastIndexOf('\n}');
  const base: FileVersion = { path: file, text: src, analysis: analyzeSource(src, file, lang, new ChunkCache()) };
  const replays0 = tsMemberReplays();
  fc.assert(
    fc.property(
      fc.array(
        fc.record({
          at: fc.oneof({ weight: o.insideWeight, arbitrary: fc.integer({ min: classStart, max: classEnd }) }, { weight: 1, arbitrary: fc.nat(src.length) }),
          del: fc.oneof(fc.constant(0), fc.nat(3), fc.nat(o.maxDel)),
          ins: fc.oneof(fc.constantFrom(...o.snippets), fc.constant('')),
        }),
        { minLength: 1, maxLength: 6 },
      ),
      (edits) => {
        clearTsMemberCache();
        const cache = new ChunkCache();
        let text = src;
        let tree: Tree = parser.parse(text)!;
        try {
          analyzeTree(tree, text, file, lang, cache);
          for (const e of edits) {
            ({ tree, text } = editIncrementally(parser, tree, text, e));
            const warm = analyzeTree(tree, text, file, lang, cache);
            const ref = freshAnalysis(tree, text, file, lang);
            assert.deepEqual(warm, ref);
            assert.deepEqual(tokensOf(base, text, warm), tokensOf(base, text, ref));
            fullParseEqualsFresh(parser, text, file, lang, cache);
          }
        } finally {
          tree.delete();
        }
      },
    ),
    { numRuns: o.numRuns },
  );
  assert.ok(tsMemberReplays() > replays0, 'no member result was replayed');
}
