// The base side of the repository as the mosaic and gate I3 see it (spec §3.9, §3.7): every
// analysable file of the base commit with its text and line count (and, when asked, its
// analysis), read once through cat-file; and the base ∪ head layout built from it and a change
// set. An unchanged file has the same text on both sides, so the head never needs reading: what
// differs is in the change set. The one implementation behind `glx invariants` (I3), `glx
// mosaic` and the editor's Mosaic panel and I3 — so all three lay out the same files.
import type { Policy } from '../config/policy';
import type { ChangeSet } from '../delta/change-set';
import { EMPTY_TREE, isIgnoredPath, type GitRepo } from '../git';
import { countLines, type LayoutFile } from '../mosaic/layout';
import type { ChunkCache } from '../symbols/analyze';
import type { FileAnalysis } from '../symbols/types';
import { makeVersion, textVersion } from './file-version';

export interface BaseFiles {
  sha: string;
  texts: Map<string, string>;
  /** Line counts of `texts`, computed once per base. */
  locs: Map<string, number>;
  /** Analyses (symbols, imports, metrics) when read with `analyse`. */
  analyses: Map<string, FileAnalysis>;
}

export interface ReadBaseOptions {
  /** Parse and analyse every file (Ψ symbols, cc/fan-in layers); a chunk cache makes re-reads cheap. */
  analyse?: ChunkCache;
  /** Called every 64 files: the language server yields so requests keep flowing. */
  pause?: () => Promise<void>;
}

/** Every file of the base commit but ignored directories (spec §2), binary and over-2-MiB files. */
export async function readBaseFiles(repo: GitRepo, sha: string, opts: ReadBaseOptions = {}): Promise<BaseFiles> {
  const out: BaseFiles = { sha, texts: new Map(), locs: new Map(), analyses: new Map() };
  if (sha === EMPTY_TREE) return out;
  const paths = (await repo.listFiles(sha)).filter((p) => !isIgnoredPath(p));
  const blobs = await repo.readBlobs(paths.map((p) => `${sha}:${p}`));
  for (let i = 0; i < paths.length; i++) {
    if (opts.pause && i % 64 === 63) await opts.pause();
    const buf = blobs[i];
    if (!buf) continue;
    const v = opts.analyse ? makeVersion(paths[i], buf, opts.analyse) : textVersion(paths[i], buf);
    if (v.skipped || v.text === undefined) continue;
    out.texts.set(paths[i], v.text);
    out.locs.set(paths[i], countLines(v.text));
    if (v.analysis) out.analyses.set(paths[i], v.analysis);
  }
  return out;
}

/**
 * base ∪ head with line counts per side: the change set's files with their two sides, every
 * other base file unchanged (same LOC on both sides). Paths the config ignores take no cells.
 */
export function layoutOf(base: Pick<BaseFiles, 'locs'>, cs: ChangeSet, policy: Policy): LayoutFile[] {
  const keep = (p: string) => !isIgnoredPath(p) && !policy.isIgnored(p);
  const files = new Map<string, LayoutFile>();
  const touched = new Set<string>();
  for (const c of cs.changes) {
    if (c.old) {
      touched.add(c.old.path);
      if (!c.old.skipped && keep(c.old.path)) {
        const f = files.get(c.old.path) ?? { path: c.old.path, locBase: 0, locHead: 0 };
        f.locBase = c.old.text !== undefined ? countLines(c.old.text) : base.locs.get(c.old.path) ?? 0;
        files.set(c.old.path, f);
      }
    }
    if (c.new) {
      touched.add(c.new.path);
      if (!c.new.skipped && keep(c.new.path) && c.new.text !== undefined) {
        const f = files.get(c.new.path) ?? { path: c.new.path, locBase: 0, locHead: 0 };
        f.locHead = countLines(c.new.text);
        files.set(c.new.path, f);
      }
    }
  }
  for (const [p, loc] of base.locs) {
    if (touched.has(p) || !keep(p)) continue;
    files.set(p, { path: p, locBase: loc, locHead: loc });
  }
  return [...files.values()];
}
