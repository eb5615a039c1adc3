// The read-only, serializable view of a change a plugin's detect() receives (issue 16): the
// changed text files matching the manifest's globs, both sides' texts and symbols, and the line
// hunks between them. Plain JSON (it crosses a process boundary); the sandbox deep-freezes it.
// Built from the same ChangeSet the AST tokenizer saw, so plugin and built-in tokens describe
// one change (spec §0).
import picomatch from 'picomatch';
import type { ChangeSet, FileVersion } from '../delta/change-set';
import type { FileAnalysis } from '../symbols/types';
import { sha256Hex } from '../util/hash';
import { diffLines, splitLines } from '../util/line-diff';
import type { ChangeSide, ChangedFile, PluginChange } from './plugin-api';

function side(v: FileVersion | undefined): ChangeSide | undefined {
  if (!v || v.text === undefined || v.skipped) return undefined;
  const a: FileAnalysis | undefined = v.analysis;
  return {
    path: v.path,
    text: v.text,
    lineCount: splitLines(v.text).length,
    ...(a ? { language: a.lang } : {}),
    symbols: (a?.symbols ?? []).map((s) => ({
      name: s.name,
      qualname: s.qualname,
      kind: s.kind,
      line: s.range.line,
      endLine: s.range.endLine,
      signature: s.signature.text,
      exported: s.exported,
    })),
  };
}

/** Hunks per (before text, after text): the editor rebuilds views on every snapshot, texts rarely change. */
const hunkCache = new Map<string, ChangedFile['hunks']>();
const HUNK_CACHE_MAX = 512;

function hunksOf(before: string, after: string): ChangedFile['hunks'] {
  const key = `${sha256Hex(before)}:${sha256Hex(after)}`;
  let h = hunkCache.get(key);
  if (!h) {
    h = diffLines(splitLines(before), splitLines(after)).map((x) => ({ oldStart: x.oldStart, oldLines: x.oldLines, newStart: x.newStart, newLines: x.newLines }));
    if (hunkCache.size >= HUNK_CACHE_MAX) hunkCache.delete(hunkCache.keys().next().value as string);
    hunkCache.set(key, h);
  }
  return h;
}

/** A compiled `files:` matcher (dot files included: `.github/**` is a fair thing to want). */
export function filesMatcher(globs: readonly string[]): (p: string) => boolean {
  return picomatch([...globs], { dot: true });
}

/** The view of `cs` for a plugin wanting `match`ing paths; files without text on either side are left out. */
export function changeView(cs: ChangeSet, match: (p: string) => boolean): PluginChange {
  const files: ChangedFile[] = [];
  for (const c of cs.changes) {
    const path = c.new?.path ?? c.old?.path;
    if (!path || !(match(path) || (c.old && match(c.old.path)))) continue;
    const before = side(c.old);
    const after = side(c.new);
    if (!before && !after) continue;
    files.push({
      status: c.status,
      path,
      ...(c.old && c.old.path !== path ? { oldPath: c.old.path } : {}),
      ...(before ? { before } : {}),
      ...(after ? { after } : {}),
      hunks: hunksOf(before?.text ?? '', after?.text ?? ''),
    });
  }
  return { files };
}
