// Commit facts for EGDB's `commits` table (spec §3.10) read from git: parent, committer time
// (unix seconds, what `commit_ts` in the views is), author, subject, and the branch it was seen on.
import { runGit } from '../git';
import type { CommitRow } from './ingest';

export async function commitRow(repoRoot: string, sha: string, branch: string | null): Promise<CommitRow | undefined> {
  const r = await runGit(repoRoot, ['log', '-1', '--format=%H%x00%P%x00%ct%x00%an%x00%s', sha, '--'], { okExitCodes: [0, 128] }).catch(() => undefined);
  if (!r || r.exitCode !== 0) return undefined;
  const [full, parents, ct, author, subject] = r.stdout.replace(/\n$/, '').split('\u0000');
  if (!full) return undefined;
  return { sha: full, parent_sha: parents.split(' ')[0] || null, ts: Number(ct), author, subject, branch };
}
