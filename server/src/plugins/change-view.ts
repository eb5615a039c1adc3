// The read-only, serializable view of a change a plugin's detect() receives (issue 16): the
// changed text files matching the manifest's globs, both sides' texts and symbols, and the line
// hunks between them. Plain JSON (it crosses a process boundary); the sandbox deep-freezes it.
// Built from the same ChangeSet the AST tokenizer saw, so plugin and built-in tokens describe
// one change (spec §0).
import picomatch from 'picomatch';
import type { ChangeSet, FileVersion } from '../delta/change-set';
import type { FileAnalysis } from '../symbols/types';
import { versionHunks, versionLines } from '../util/line-diff';
import type { ChangeSide, ChangedFile, PluginChange } from './plugin-api';

/**
 * One side per FileVersion (versions are immutable; a history walk's VersionCache hands the same
 * object to a commit's `old` and its child's `new`, the editor keeps its base versions): built,
 * and serialised, once. Shared between views, so never mutated (the sandbox gets a copy).
 */
const sides = new WeakMap<FileVersion, ChangeSide>();
const sideJson = new WeakMap<ChangeSide, string>();

function side(v: FileVersion | undefined): ChangeSide | undefined {
  if (!v || v.text === undefined || v.skipped) return undefined;
  let s = sides.get(v);
  if (!s) sides.set(v, (s = buildSide(v as FileVersion & { text: string })));
  return s;
}

function buildSide(v: FileVersion & { text: string }): ChangeSide {
  const a: FileAnalysis | undefined = v.analysis;
  return {
    path: v.path,
    text: v.text,
    lineCount: versionLines(v).length,
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
      // The same diff the tokenizer makes of these two versions (memoised: made once for both).
      hunks: versionHunks(before ? c.old : undefined, after ? c.new : undefined).map((x) => ({ oldStart: x.oldStart, oldLines: x.oldLines, newStart: x.newStart, newLines: x.newLines })),
    });
  }
  return { files };
}

/**
 * `JSON.stringify(view)`, byte for byte (test/unit/plugin-change-view.test.ts), with each side's
 * JSON made once per side: the texts are most of the bytes, and in a history walk ~40 % of the
 * sides are the same version seen from two neighbouring commits (bench/plugins-bench.ts).
 */
export function viewJson(view: PluginChange): string {
  const parts: string[] = [];
  for (const f of view.files) {
    let j = `{"status":${JSON.stringify(f.status)},"path":${JSON.stringify(f.path)}`;
    if (f.oldPath !== undefined) j += `,"oldPath":${JSON.stringify(f.oldPath)}`;
    if (f.before) j += `,"before":${sideText(f.before)}`;
    if (f.after) j += `,"after":${sideText(f.after)}`;
    parts.push(`${j},"hunks":${JSON.stringify(f.hunks)}}`);
  }
  return `{"files":[${parts.join(',')}]}`;
}

/** A side's JSON, made once per side (side-table.ts sends it once per sandbox process). */
export function sideText(s: ChangeSide): string {
  let j = sideJson.get(s);
  if (j === undefined) sideJson.set(s, (j = JSON.stringify(s)));
  return j;
}
