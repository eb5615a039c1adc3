// Adapter: what the mosaic needs from git beyond the change set (spec §3.9): the file list of
// base ∪ head (GitRepo.listFiles on both sides; binary, over-2-MiB and ignored files skipped,
// spec §2), LOC per side, head analyses (symbols for Ψ, cc, roi, imports for edge/fan_in) and
// churn over the calibration window (spec §3.8). Changed files come from the change set; an
// unchanged file has the same LOC on both sides, so only head contents are read (one
// cat-file stream for a commit, the disk for the working tree).
import type { Policy } from '../config/policy';
import type { ChangeSet, FileVersion } from '../delta/change-set';
import { makeVersion } from '../engine/file-version';
import { EMPTY_TREE, isIgnoredPath, type GitRepo } from '../git';
import { ChunkCache } from '../symbols/analyze';
import type { FileAnalysis } from '../symbols/types';
import type { RepoFacts } from './layers';
import { countLines, type LayoutFile } from './layout';

export interface MosaicSource {
  files: LayoutFile[];
  facts: RepoFacts;
}

const sharedCache = new ChunkCache();

export async function gatherMosaicSource(
  repo: GitRepo, baseSha: string, head: string | 'worktree', cs: ChangeSet, policy: Policy,
  opts: { churn?: boolean } = {},
): Promise<MosaicSource> {
  const keep = (p: string) => !isIgnoredPath(p) && !policy.isIgnored(p);
  const [baseList, headList] = await Promise.all([
    baseSha === EMPTY_TREE ? Promise.resolve([] as string[]) : repo.listFiles(baseSha),
    repo.listFiles(head),
  ]);
  const baseSet = new Set(baseList.filter(keep));
  const oldV = new Map<string, FileVersion>();
  const newV = new Map<string, FileVersion>();
  for (const c of cs.changes) {
    if (c.old) oldV.set(c.old.path, c.old);
    if (c.new) newV.set(c.new.path, c.new);
  }
  const toRead = headList.filter((p) => keep(p) && !newV.has(p));
  const contents = head === 'worktree'
    ? await Promise.all(toRead.map((p) => repo.readWorktreeFile(p).catch(() => undefined)))
    : await repo.readBlobs(toRead.map((p) => `${head}:${p}`));
  const analyses = new Map<string, FileAnalysis>();
  const files = new Map<string, LayoutFile>();
  toRead.forEach((p, i) => {
    const buf = contents[i];
    if (!buf) return;
    const v = makeVersion(p, buf, sharedCache);
    if (v.skipped) return;
    const loc = countLines(v.text);
    // Unchanged since the base (not in the change set): same LOC on both sides.
    files.set(p, { path: p, locBase: baseSet.has(p) && !oldV.has(p) ? loc : 0, locHead: loc });
    if (v.analysis) analyses.set(p, v.analysis);
  });
  for (const [p, v] of newV) {
    if (v.skipped || !keep(p)) continue;
    const f = files.get(p) ?? { path: p, locBase: 0, locHead: 0 };
    f.locHead = countLines(v.text);
    if (baseSet.has(p) && !oldV.has(p)) f.locBase = f.locHead;
    files.set(p, f);
    if (v.analysis) analyses.set(p, v.analysis);
  }
  for (const [p, v] of oldV) {
    if (v.skipped || !keep(p)) continue;
    const f = files.get(p) ?? { path: p, locBase: 0, locHead: 0 };
    f.locBase = countLines(v.text);
    files.set(p, f);
    if (v.analysis && !analyses.has(p) && f.locHead === 0) analyses.set(p, v.analysis);
  }
  let churn: Map<string, number> | undefined;
  if (opts.churn !== false && baseSha !== EMPTY_TREE) {
    const cal = policy.config.calibration;
    const history = await repo.logWithChanges(baseSha, { maxCount: cal.windowCommits, since: `${cal.windowDays}.days.ago` }).catch(() => []);
    churn = new Map();
    for (const c of history) for (const f of c.files) {
      const p = f.newPath ?? f.oldPath;
      if (p) churn.set(p, (churn.get(p) ?? 0) + 1);
    }
  }
  return { files: [...files.values()], facts: { analyses, churn } };
}
