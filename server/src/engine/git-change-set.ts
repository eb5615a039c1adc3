// Adapter: builds the engine's ChangeSet from git (spec §1): a base commit against a head
// commit or the working tree. Blob reads go through the repo's one long-lived cat-file.
// Ignored paths (spec §2) and config ignore globs are dropped here, before any analysis.
import type { Policy } from '../config/policy';
import type { ChangeSet, FileChange } from '../delta/change-set';
import { EMPTY_TREE, isIgnoredPath, type ChangedFile, type GitRepo } from '../git';
import type { ChunkCache } from '../symbols/analyze';
import { makeVersion } from './file-version';

export function keepChange(f: ChangedFile, policy: Policy): boolean {
  const paths = [f.oldPath, f.newPath].filter((p): p is string => !!p);
  return paths.some((p) => !isIgnoredPath(p) && !policy.isIgnored(p));
}

/** Turn git's changed files into engine FileChanges, reading both sides' contents. */
export async function buildChanges(repo: GitRepo, files: ChangedFile[], policy: Policy, cache?: ChunkCache): Promise<FileChange[]> {
  const kept = files.filter((f) => keepChange(f, policy));
  const contents = await Promise.all(
    kept.map(async (f) => [f.oldPath && f.status !== 'A' ? await repo.readOld(f) : undefined, f.newPath && f.status !== 'D' ? await repo.readNew(f) : undefined] as const),
  );
  return kept.map((f, i) => {
    const [oldBuf, newBuf] = contents[i];
    const change: FileChange = { status: f.status, similarity: f.similarity };
    if (f.oldPath && f.status !== 'A') change.old = makeVersion(f.oldPath, oldBuf ?? Buffer.alloc(0), cache);
    if (f.newPath && f.status !== 'D') change.new = makeVersion(f.newPath, newBuf ?? Buffer.alloc(0), cache);
    return change;
  });
}

/** File-existence oracle for import resolution, from the two sides' file lists. */
export async function existenceOracle(repo: GitRepo, baseSha: string, head: string | 'worktree'): Promise<ChangeSet['fileExists']> {
  const [oldFiles, newFiles] = await Promise.all([
    baseSha === EMPTY_TREE ? Promise.resolve([] as string[]) : repo.listFiles(baseSha),
    repo.listFiles(head),
  ]);
  const o = new Set(oldFiles);
  const n = new Set(newFiles);
  return (side, p) => (side === 'old' ? o : n).has(p);
}

export async function gitChangeSet(repo: GitRepo, baseSha: string, head: string | 'worktree', policy: Policy, cache?: ChunkCache): Promise<ChangeSet> {
  const files = await repo.diff(baseSha, head);
  const [changes, fileExists] = await Promise.all([buildChanges(repo, files, policy, cache), existenceOracle(repo, baseSha, head)]);
  return { changes, fileExists };
}
