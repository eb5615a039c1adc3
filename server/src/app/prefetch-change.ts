// Starts git's part of a working-tree change before the rest of the workspace is ready (issue 14
// "Warm starts"): `git diff <base>` and the untracked listing stat every file of the working
// tree (~70 ms on webpack's 17k files, quiet), while node reads the policy and loads the
// parsers (~30–50 ms) — on two cores they overlap. Only the default change (the working tree
// against the default base): its base is read in process (git/refs.ts), so nothing is
// resolved twice; analyseChange's own diff() takes the answer (GitRepo.prefetchDiff, once).
import type { GitRepo } from '../git';
import type { RevisionSpec } from './analyse-change';

export function prefetchChange(repo: GitRepo, revs: RevisionSpec): void {
  if (revs.base !== undefined || revs.head !== undefined || revs.range !== undefined) return;
  // A failure here is reported by the real resolution, which runs again.
  repo.resolveRange({}).then(
    (r) => {
      if (r.head !== 'worktree') return;
      repo.prefetchDiff(r.base.sha, 'worktree');
      repo.startBlobReader(); // the base side of the changes is read through it next
    },
    () => undefined,
  );
}
