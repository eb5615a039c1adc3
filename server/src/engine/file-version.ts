// One version of one file as the engine sees it (spec §2): decoded text, or skipped when
// binary or over 2 MiB; analysed symbol-by-symbol when its language is supported.
import type { Tree } from 'web-tree-sitter';
import type { FileVersion } from '../delta/change-set';
import { decodeText, isBinary, isTooLarge } from '../git/file-filter';
import { languageOf, parserFor } from '../parsing/languages';
import { parseText } from '../parsing/parse-text';
import { analyzeSource, analyzeTree, type ChunkCache } from '../symbols/analyze';
import type { Lang } from '../symbols/types';
import { CarryOver } from '../symbols/carry-over';
import { diffLines, setVersionHunks, setVersionLines, splitLines } from '../util/line-diff';
import type { StoredAnalysis } from './analysis-store';
import type { GeneratedCheck } from './generated';
import { editTree, hunkEdits, type VersionTrees } from './version-trees';
import { RecentMemo, rememberingAcrossRequests, sameBytes } from '../util/recent-memo';
import { afterAnswer } from '../util/after-answer';

type Decoded = { text: string } | { skipped: 'binary' | 'too-large' };

/**
 * The last few buffers decoded outside a history walk, and their texts (util/recent-memo.ts): a
 * long-lived process answering `glx delta` again (the daemon) reads the same bytes per request,
 * and decoding webpack's 467 KB lib/css/syntax.js (non-ASCII: a two-byte string) cost ~4 ms per
 * side. The same text object found again also lets the memos keyed by text identity below hit.
 */
const recentDecoded = new RecentMemo<Buffer, Decoded>({ entries: 8, maxWeight: 16 * 1024 * 1024, same: sameBytes, weight: (b) => b.length });

function decode(content: Buffer | string | undefined, remember = false): Decoded {
  if (content === undefined) return { text: '' };
  if (typeof content !== 'string') {
    if (isBinary(content)) return { skipped: 'binary' };
    if (isTooLarge(content)) return { skipped: 'too-large' };
    if (!remember || !rememberingAcrossRequests()) return { text: decodeText(content) };
    const hit = recentDecoded.get(content);
    if (hit) return hit;
    // Kept as a copy when it is a view of a larger buffer (cat-file's reads): the key must not
    // hold the rest of that buffer alive.
    const key = content.byteLength < content.buffer.byteLength ? Buffer.from(content) : content;
    return recentDecoded.set(key, { text: decodeText(content) });
  }
  if (Buffer.byteLength(content) > 2 * 1024 * 1024) return { skipped: 'too-large' };
  return { text: content.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '') };
}

/** The decoded text only (no parsing): for line counts where symbols are not needed. */
export function textVersion(path: string, content: Buffer | string | undefined): FileVersion {
  const d = decode(content);
  return 'skipped' in d ? { path, skipped: d.skipped } : { path, text: d.text };
}

/**
 * `generated`: generated and minified files get no analysis, only the reason (file level, issue
 * 14). `stored`: the warm-start cache entry of this version (analysis-store.ts), read before
 * parsing and filled after. `trees`: the history walk's kept trees (version-trees.ts): parsed
 * incrementally from this path's previous version, and this version's tree kept for the next.
 */
export function makeVersion(path: string, content: Buffer | string | undefined, cache?: ChunkCache, generated?: GeneratedCheck, stored?: StoredAnalysis, trees?: VersionTrees): FileVersion {
  const remember = !trees || trees.acrossRuns;
  const d = decode(content, remember);
  if ('skipped' in d) return { path, skipped: d.skipped };
  const why = generated?.(path, d.text);
  if (why) return { path, text: d.text, generated: why };
  if (!remember) return analyzedVersion(path, d.text, cache, stored, trees);
  const key = { path, text: d.text };
  return recentVersions.get(key) ?? recentVersions.set(key, analyzedVersion(path, d.text, cache, stored, trees));
}

/**
 * Versions and pairs made outside a history walk, found again by path and text (a daemon's
 * repeated `glx delta`, above): a version is a function of its path, its text and its generated
 * reason — the chunk cache, the analysis store and the kept trees change how fast it is made,
 * never what it is — and versions are shared read-only (finishChanges' VersionCache shares them
 * across a walk's changes the same way). A hit also keeps what is memoised per version object
 * (its lines, the pair's hunks: util/line-diff.ts). Only in a process that turned them on (the
 * daemon, util/recent-memo.ts); never with a history walk's trees (its own VersionCache shares
 * versions), with the daemon's kept trees (version-trees.ts treesAcrossRuns) too.
 */
const sameText = (a: string, b: string) => a === b;
const recentVersions = new RecentMemo<{ path: string; text: string }, FileVersion>({
  entries: 8, maxWeight: 8 * 1024 * 1024, weight: (k) => k.text.length,
  same: (x, y) => x.path === y.path && sameText(x.text, y.text),
});
interface PairKey { oldPath: string; newPath: string; a: string; b: string; ga?: string; gb?: string }
const recentPairs = new RecentMemo<PairKey, [FileVersion, FileVersion]>({
  entries: 8, maxWeight: 16 * 1024 * 1024, weight: (k) => k.a.length + k.b.length,
  same: (x, y) => x.oldPath === y.oldPath && x.newPath === y.newPath && x.ga === y.ga && x.gb === y.gb && sameText(x.a, y.a) && sameText(x.b, y.b),
});

function analyzedVersion(path: string, text: string, cache?: ChunkCache, stored?: StoredAnalysis, trees?: VersionTrees): FileVersion {
  const lang = languageOf(path);
  if (!lang) return { path, text };
  const hit = stored?.get();
  if (hit) return { path, text, analysis: hit };
  if (trees) return analyzeKept(trees, path, lang, text, cache, stored);
  const analysis = analyzeSource(text, path, lang, cache);
  stored?.put(text, analysis);
  return { path, text, analysis };
}

/**
 * The daemon's kept tree of `path` (version-trees.ts treesAcrossRuns) when a request took both
 * sides from the analysis cache and parsed nothing: without it the file's next change is parsed
 * and extracted whole (webpack's lib/css/syntax.js: the first "another line changed" after a warm
 * start). Parsed after the answer (util/after-answer.ts), only the tree and carry-over kept.
 */
function primeLater(trees: VersionTrees, path: string, lang: Lang, text: string, cache?: ChunkCache): void {
  if (trees.has(path)) return;
  afterAnswer(() => {
    if (!trees.has(path)) analyzeKept(trees, path, lang, text, cache);
  });
}

function analyzeKept(trees: VersionTrees, path: string, lang: Lang, text: string, cache?: ChunkCache, stored?: StoredAnalysis): FileVersion {
  const { tree, carry, diff } = trees.parseScoped(path, lang, text);
  if (!tree) throw new Error(`${path}: tree-sitter returned no tree`);
  try {
    // Change-scoped: only the declarations that differ from the path's previous version are extracted.
    const next = new CarryOver();
    const analysis = analyzeTree(tree, text, path, lang, cache, { prev: carry, next });
    stored?.put(text, analysis);
    const v: FileVersion = { path, text, analysis };
    if (diff) {
      // The line diff made for the incremental parse is the one this version's Δ against the
      // kept (newer) version needs: registered, not computed again (util/line-diff.ts memo).
      setVersionLines(v, diff.lines);
      if (diff.keptVersion) {
        setVersionLines(diff.keptVersion, diff.keptLines);
        setVersionHunks(v, diff.keptVersion, diff.hunks);
      }
    }
    trees.keep(path, lang, text, tree, next, { lines: diff?.lines, version: v });
    return v;
  } catch (e) {
    tree.delete();
    throw e;
  }
}

/**
 * Both sides of a modified file. When both are in the same supported language the head is
 * parsed incrementally from the base tree (one edit spanning the changed region), which costs
 * a fraction of a second full parse — the history walk's largest cost.
 */
export function makeVersionPair(
  oldPath: string, oldContent: Buffer | string | undefined, newPath: string, newContent: Buffer | string | undefined, cache?: ChunkCache,
  generated?: GeneratedCheck, stored?: { old: StoredAnalysis; new: StoredAnalysis }, trees?: VersionTrees,
): [FileVersion, FileVersion] {
  const remember = !trees || trees.acrossRuns;
  const a = decode(oldContent, remember);
  const b = decode(newContent, remember);
  // Each side with its own reason (issue 14, sixth pass): a version is cached and reused as a side
  // of other changes, so it must not carry its partner's reason; the rule "generated on either
  // side → file level on both" is applied per change (fileLevelPair, by finishChanges).
  const ga = generated && 'text' in a ? generated(oldPath, a.text) : undefined;
  const gb = generated && 'text' in b ? generated(newPath, b.text) : undefined;
  if (!remember || !('text' in a) || !('text' in b)) return pairOf(oldPath, a, oldContent, newPath, b, newContent, ga, gb, cache, generated, stored, trees);
  const key: PairKey = { oldPath, newPath, a: a.text, b: b.text, ga, gb };
  return recentPairs.get(key) ?? recentPairs.set(key, pairOf(oldPath, a, oldContent, newPath, b, newContent, ga, gb, cache, generated, stored, trees));
}

function pairOf(
  oldPath: string, a: Decoded, oldContent: Buffer | string | undefined, newPath: string, b: Decoded, newContent: Buffer | string | undefined,
  ga: string | undefined, gb: string | undefined, cache?: ChunkCache, generated?: GeneratedCheck, stored?: { old: StoredAnalysis; new: StoredAnalysis }, trees?: VersionTrees,
): [FileVersion, FileVersion] {
  const lang = languageOf(oldPath);
  if ('skipped' in a || 'skipped' in b || !lang || languageOf(newPath) !== lang || ga || gb) {
    return [
      makeVersion(oldPath, 'text' in a ? a.text : oldContent, cache, ga ? () => ga : undefined, stored?.old, trees),
      makeVersion(newPath, 'text' in b ? b.text : newContent, cache, gb ? () => gb : undefined, stored?.new, trees),
    ];
  }
  if (stored) {
    // Warm start: both sides from the cache, or the missing side alone.
    const o = stored.old.get();
    const n = stored.new.get();
    if (o && n) {
      // Nothing parsed: a daemon still keeps the working file's tree for its next change.
      if (trees?.acrossRuns) primeLater(trees, newPath, lang, b.text, cache);
      return [{ path: oldPath, text: a.text, analysis: o }, { path: newPath, text: b.text, analysis: n }];
    }
    if (o || n) {
      return [
        o ? { path: oldPath, text: a.text, analysis: o } : makeVersion(oldPath, a.text, cache, undefined, stored.old, trees),
        n ? { path: newPath, text: b.text, analysis: n } : makeVersion(newPath, b.text, cache, undefined, stored.new, trees),
      ];
    }
  }
  const parser = parserFor(lang);
  // The base side from the walk's kept tree of this path when there is one (version-trees.ts).
  const scoped = trees ? trees.parseScoped(oldPath, lang, a.text) : { tree: parseText(parser, a.text), carry: undefined };
  const oldTree = scoped.tree;
  if (!oldTree) return [makeVersion(oldPath, oldContent, cache, undefined, stored?.old), makeVersion(newPath, newContent, cache, undefined, stored?.new)];
  let newTree: Tree | null = null;
  // Walking newest first, the next version of this path to parse is older: the base tree is the
  // one to keep. tree.edit() below changes it, so a copy is kept — unless no older commit the
  // walk will meet touches this path (VersionTrees.wanted).
  let keepOld: Tree | undefined = trees?.wanted(oldPath) ? oldTree.copy() : undefined;
  try {
    // Change-scoped (symbols/carry-over.ts): the base from the path's previous version's
    // declarations, the head from the base's — only what a hunk touches is extracted again.
    const oldCarry = new CarryOver();
    const oldV: FileVersion = { path: oldPath, text: a.text, analysis: analyzeTree(oldTree, a.text, oldPath, lang, cache, { prev: scoped.carry, next: oldCarry }) };
    stored?.old.put(a.text, oldV.analysis!);
    if (scoped.diff) {
      // The base was parsed from the path's kept (newer) version: register that diff for its Δ.
      setVersionLines(oldV, scoped.diff.lines);
      if (scoped.diff.keptVersion) {
        setVersionLines(scoped.diff.keptVersion, scoped.diff.keptLines);
        setVersionHunks(oldV, scoped.diff.keptVersion, scoped.diff.hunks);
      }
    }
    // One line diff base → head for the head's tree edits and the pair's Δ (util/line-diff.ts memo).
    const aLines = scoped.diff?.lines ?? splitLines(a.text);
    const bLines = splitLines(b.text);
    const hunks = diffLines(aLines, bLines, true);
    if (trees && keepOld) {
      trees.keep(oldPath, lang, a.text, keepOld, oldCarry, { lines: aLines, version: oldV });
      keepOld = undefined;
    }
    const edited = a.text.endsWith('\n') && b.text.endsWith('\n') ? applyHunks(oldTree, a.text, b.text, hunks) : editTree(oldTree, a.text, b.text);
    newTree = parseText(parser, b.text, edited);
    const register = (n: FileVersion): FileVersion => {
      setVersionLines(oldV, aLines);
      setVersionLines(n, bLines);
      setVersionHunks(oldV, n, hunks);
      return n;
    };
    // Error recovery after an incremental parse may differ from a fresh parse; analyses must
    // not depend on how a version was reached, so a head with errors is parsed afresh.
    if (!newTree || newTree.rootNode.hasError) return [oldV, register(makeVersion(newPath, b.text, cache, generated, stored?.new))];
    trees?.lend(lang, b.text, newTree);
    const newA = analyzeTree(newTree, b.text, newPath, lang as Lang, cache, { prev: oldCarry });
    stored?.new.put(b.text, newA);
    return [oldV, register({ path: newPath, text: b.text, analysis: newA })];
  } finally {
    keepOld?.delete();
    oldTree.delete();
    newTree?.delete();
  }
}

/**
 * The two sides of a modified or renamed file as its change sees them: generated (or minified)
 * on either side → file level on both (no symbol tokens), with one reason — the head's own, else
 * the base's — so the Δ says the same whichever side was analysed first or came from a cache.
 * The versions themselves are not changed (they are cached and reused as sides of other changes).
 */
export function fileLevelPair(o: FileVersion, n: FileVersion): [FileVersion, FileVersion] {
  const r = n.generated ?? o.generated;
  if (!r) return [o, n];
  const wrap = (v: FileVersion): FileVersion => (v.generated || v.skipped || v.text === undefined ? v : { path: v.path, text: v.text, generated: r });
  return [wrap(o), wrap(n)];
}

function applyHunks(tree: Tree, from: string, to: string, hunks: readonly import('../util/line-diff').Hunk[]): Tree {
  for (const e of hunkEdits(from, to, hunks)) tree.edit(e);
  return tree;
}

/** Kept for callers of the single-span edit; the walk uses one edit per hunk (version-trees.ts). */
export { editTreeSpan as editTreeTo } from './version-trees';
