// One version of one file as the engine sees it (spec §2): decoded text, or skipped when
// binary or over 2 MiB; analysed symbol-by-symbol when its language is supported.
import type { Tree } from 'web-tree-sitter';
import type { FileVersion } from '../delta/change-set';
import { decodeText, isBinary, isTooLarge } from '../git/file-filter';
import { languageOf, parserFor } from '../parsing/languages';
import { analyzeSource, analyzeTree, type ChunkCache } from '../symbols/analyze';
import type { Lang } from '../symbols/types';
import type { StoredAnalysis } from './analysis-store';
import type { GeneratedCheck } from './generated';

type Decoded = { text: string } | { skipped: 'binary' | 'too-large' };

function decode(content: Buffer | string | undefined): Decoded {
  if (content === undefined) return { text: '' };
  if (typeof content !== 'string') {
    if (isBinary(content)) return { skipped: 'binary' };
    if (isTooLarge(content)) return { skipped: 'too-large' };
    return { text: decodeText(content) };
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
 * parsing and filled after.
 */
export function makeVersion(path: string, content: Buffer | string | undefined, cache?: ChunkCache, generated?: GeneratedCheck, stored?: StoredAnalysis): FileVersion {
  const d = decode(content);
  if ('skipped' in d) return { path, skipped: d.skipped };
  const why = generated?.(path, d.text);
  if (why) return { path, text: d.text, generated: why };
  const lang = languageOf(path);
  if (!lang) return { path, text: d.text };
  const hit = stored?.get();
  if (hit) return { path, text: d.text, analysis: hit };
  const analysis = analyzeSource(d.text, path, lang, cache);
  stored?.put(d.text, analysis);
  return { path, text: d.text, analysis };
}

/**
 * Both sides of a modified file. When both are in the same supported language the head is
 * parsed incrementally from the base tree (one edit spanning the changed region), which costs
 * a fraction of a second full parse — the history walk's largest cost.
 */
export function makeVersionPair(
  oldPath: string, oldContent: Buffer | string | undefined, newPath: string, newContent: Buffer | string | undefined, cache?: ChunkCache,
  generated?: GeneratedCheck, stored?: { old: StoredAnalysis; new: StoredAnalysis },
): [FileVersion, FileVersion] {
  const a = decode(oldContent);
  const b = decode(newContent);
  const lang = languageOf(oldPath);
  const gen = generated && (('text' in a && generated(oldPath, a.text)) || ('text' in b && generated(newPath, b.text)));
  if ('skipped' in a || 'skipped' in b || !lang || languageOf(newPath) !== lang || gen) {
    // A file generated on either side is analysed at file level on both (no symbol tokens).
    const g = gen ? () => gen : undefined;
    return [makeVersion(oldPath, 'text' in a ? a.text : oldContent, cache, g, stored?.old), makeVersion(newPath, 'text' in b ? b.text : newContent, cache, g, stored?.new)];
  }
  if (stored) {
    // Warm start: both sides from the cache, or the missing side alone.
    const o = stored.old.get();
    const n = stored.new.get();
    if (o && n) return [{ path: oldPath, text: a.text, analysis: o }, { path: newPath, text: b.text, analysis: n }];
    if (o || n) {
      return [
        o ? { path: oldPath, text: a.text, analysis: o } : makeVersion(oldPath, a.text, cache, undefined, stored.old),
        n ? { path: newPath, text: b.text, analysis: n } : makeVersion(newPath, b.text, cache, undefined, stored.new),
      ];
    }
  }
  const parser = parserFor(lang);
  const oldTree = parser.parse(a.text);
  if (!oldTree) return [makeVersion(oldPath, oldContent, cache, undefined, stored?.old), makeVersion(newPath, newContent, cache, undefined, stored?.new)];
  let newTree: Tree | null = null;
  try {
    const oldV: FileVersion = { path: oldPath, text: a.text, analysis: analyzeTree(oldTree, a.text, oldPath, lang, cache) };
    stored?.old.put(a.text, oldV.analysis!);
    newTree = parser.parse(b.text, editTreeTo(oldTree, a.text, b.text));
    // Error recovery after an incremental parse may differ from a fresh parse; analyses must
    // not depend on how a version was reached, so a head with errors is parsed afresh.
    if (!newTree || newTree.rootNode.hasError) return [oldV, makeVersion(newPath, b.text, cache, generated, stored?.new)];
    const newA = analyzeTree(newTree, b.text, newPath, lang as Lang, cache);
    stored?.new.put(b.text, newA);
    return [oldV, { path: newPath, text: b.text, analysis: newA }];
  } finally {
    oldTree.delete();
    newTree?.delete();
  }
}

/** Apply to `tree` the single edit that turns `from` into `to` (common prefix/suffix kept). */
export function editTreeTo(tree: Tree, from: string, to: string): Tree {
  let start = 0;
  const min = Math.min(from.length, to.length);
  while (start < min && from.charCodeAt(start) === to.charCodeAt(start)) start++;
  let endA = from.length;
  let endB = to.length;
  while (endA > start && endB > start && from.charCodeAt(endA - 1) === to.charCodeAt(endB - 1)) {
    endA--;
    endB--;
  }
  tree.edit({
    startIndex: start, oldEndIndex: endA, newEndIndex: endB,
    startPosition: pointAt(from, start), oldEndPosition: pointAt(from, endA), newEndPosition: pointAt(to, endB),
  });
  return tree;
}

function pointAt(text: string, index: number): { row: number; column: number } {
  let row = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) {
    row++;
    lineStart = i + 1;
  }
  return { row, column: index - lineStart };
}
