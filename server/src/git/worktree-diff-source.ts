// A hook for a long-lived process that knows which paths of the working tree changed since it
// last asked git (issue 14, sixth pass: the daemon's watcher, daemon/watch.ts): GitRepo's
// working-tree diff asks it first, handing it both ways of asking git — the whole tree (what a
// one-shot run does) or only some paths. Nothing sets it outside the daemon, so every other
// process diffs the whole tree exactly as before.
import type { ChangedFile } from './raw-diff';

export interface WorktreeScans {
  /** The whole working tree against the base: tracked changes (git's order), then untracked files (ls-files' order). */
  full(): Promise<{ tracked: ChangedFile[]; untracked: ChangedFile[] }>;
  /**
   * The same, limited to these repo-relative paths (files or directories, literal): what a full
   * scan would say about them when nothing outside them is deleted or renamed (rename pairing
   * crosses paths; the caller falls back to full() when the answer has a D or an R).
   */
  paths(paths: readonly string[]): Promise<{ tracked: ChangedFile[]; untracked: ChangedFile[] }>;
}

export interface WorktreeDiffSource {
  /** The working-tree diff of the repository at `realRoot` against `baseSha` (a fresh array the caller may change). */
  diff(realRoot: string, baseSha: string, scans: WorktreeScans): Promise<ChangedFile[]>;
}

let source: WorktreeDiffSource | undefined;

export function setWorktreeDiffSource(s: WorktreeDiffSource | undefined): void {
  source = s;
}

export function worktreeDiffSource(): WorktreeDiffSource | undefined {
  return source;
}
