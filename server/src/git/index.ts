// Public surface of the git adapter (server/src/git/): import from here, not from the
// individual files, so the layout inside the folder can change freely.
export { GitError, PathEscapeError } from './errors';
export { runGit, gitEnv, MAX_GIT_OUTPUT, type RunGitOptions, type GitResult } from './run';
export { BlobReader } from './cat-file';
export {
  GitRepo,
  EMPTY_TREE,
  DEFAULT_BRANCH_REFS,
  type BaseSource,
  type RevSpec,
  type ResolvedBase,
  type ResolvedRange,
  type RangeOptions,
  type LogOptions,
} from './repo';
export { type ChangedFile, type ChangeStatus, type CommitInfo, type CommitChanges, isRegularFileMode } from './raw-diff';
export {
  IGNORED_DIRS,
  MAX_ANALYZED_BYTES,
  isIgnoredPath,
  isBinary,
  isTooLarge,
  isAnalyzableContent,
  decodeText,
} from './file-filter';
export { normalizeRepoPath } from './worktree-path';
// issue 14, sixth pass: the daemon's watcher (daemon/watch.ts) reads the layout and answers the working-tree diff
export { discoverRepo } from './refs';
export { setWorktreeDiffSource, worktreeDiffSource, type WorktreeDiffSource, type WorktreeScans } from './worktree-diff-source';
export { shareBlobReaders } from './shared-readers';
