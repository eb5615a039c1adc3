// Adapters feeding the gates from the repository (I/O): the base ∪ head file list with LOCs for
// I3's mosaic layout (spec §3.9), and the unfixed CRITICAL SAST findings that escalate the
// decision (spec §3.7, `.glx/security/queue.json` written by the SAST bridge, §3.11).
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Policy } from '../config/policy';
import type { ChangeSet } from '../delta/change-set';
import { decodeText, EMPTY_TREE, isAnalyzableContent, isIgnoredPath, type GitRepo } from '../git';
import type { LayoutFile } from '../mosaic/i3';
import { countLines } from '../mosaic/layout';

/** Every analysable path of base ∪ head with its line counts; unchanged files are read once. */
export async function layoutFiles(repo: GitRepo, baseSha: string, head: string | 'worktree', cs: ChangeSet, policy: Policy): Promise<LayoutFile[]> {
  const keep = (p: string) => !isIgnoredPath(p) && !policy.isIgnored(p);
  const [baseList, headList] = await Promise.all([
    baseSha === EMPTY_TREE ? Promise.resolve([] as string[]) : repo.listFiles(baseSha),
    repo.listFiles(head),
  ]);
  const files = new Map<string, LayoutFile>();
  const changedOld = new Map<string, string | undefined>();
  const changedNew = new Map<string, string | undefined>();
  for (const c of cs.changes) {
    if (c.old) changedOld.set(c.old.path, c.old.text);
    if (c.new) changedNew.set(c.new.path, c.new.text);
  }
  const baseSet = new Set(baseList.filter(keep));
  const headSet = new Set(headList.filter(keep));
  const unchanged: string[] = [];
  for (const p of new Set([...baseSet, ...headSet])) {
    const inOld = changedOld.has(p);
    const inNew = changedNew.has(p);
    if (inOld || inNew) {
      files.set(p, {
        path: p,
        locBase: inOld ? countLines(changedOld.get(p)) : 0,
        locHead: inNew ? countLines(changedNew.get(p)) : 0,
      });
      continue;
    }
    if (baseSet.has(p) && headSet.has(p)) unchanged.push(p);
    else files.set(p, { path: p, locBase: 0, locHead: 0 });
  }
  // Unchanged files: same text on both sides; read from the head side (worktree or commit).
  const texts = head === 'worktree'
    ? await Promise.all(unchanged.map((p) => repo.readWorktreeFile(p)))
    : await repo.readBlobs(unchanged.map((p) => `${head}:${p}`));
  // Binary and over-2-MiB files take no cells (spec §2), like `glx mosaic` and the editor's
  // Mosaic (mosaic/git-mosaic-source.ts, lsp/mosaic-features.ts): one layout everywhere, so the
  // editor's I3 equals this one.
  unchanged.forEach((p, i) => {
    const buf = texts[i];
    if (!buf || !isAnalyzableContent(buf)) return;
    const n = countLines(decodeText(buf));
    files.set(p, { path: p, locBase: n, locHead: n });
  });
  return [...files.values()];
}

/** Unfixed CRITICAL findings in `.glx/security/queue.json`; 0 when the file is absent. */
export function sastCriticalCount(glxDir: string): number {
  const file = path.join(glxDir, 'security', 'queue.json');
  if (!fs.existsSync(file)) return 0;
  try {
    const q = JSON.parse(fs.readFileSync(file, 'utf8')) as { severity?: string; suppression?: unknown; delta_bind?: string; state?: string }[];
    if (!Array.isArray(q)) return 0;
    return q.filter((f) => f && f.severity === 'CRITICAL' && !f.suppression && f.state !== 'fixed').length;
  } catch {
    return 0;
  }
}
