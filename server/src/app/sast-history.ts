// Where each secret entered history (playbook 5 "show where the secret entered history (first
// commit that added it)"; spec §3.11). One `git log -p -U0` process over the history (newest
// first, bounded), its added lines scanned by the built-in secret scanner; a secret is known
// only by its redacted form (detector + 8 hex of sha256), so nothing here holds the value
// longer than the scan of one line.
import { runGit, type GitRepo } from '../git';
import { scanSecrets } from '../sast/scan-secrets';
import type { RawFinding } from '../sast/types';

export interface SecretOrigin {
  redacted: string;
  /** The oldest commit (within the walked window) whose diff added the secret. */
  sha: string;
  date: string;
  file: string;
  line: number;
  /** The finding as it stood in that commit (redacted), for secrets no longer in the tree. */
  finding: RawFinding;
}

/** First commit adding each secret, over the last `maxCommits` commits reachable from HEAD. */
export async function secretOrigins(repo: GitRepo, maxCommits = 1000): Promise<Map<string, SecretOrigin>> {
  const out = new Map<string, SecretOrigin>();
  const head = await repo.headSha().catch(() => undefined);
  if (!head) return out;
  const { stdout } = await runGit(repo.root, ['log', '-p', '-U0', '--no-color', '--no-ext-diff', '--no-renames', `-n${maxCommits}`, '--format=\u0001%H %cI', 'HEAD']);
  let sha = '';
  let date = '';
  let file = '';
  let line = 0;
  // Newest first: a later (older) sighting overwrites, so the map ends with the first commit.
  for (const raw of stdout.split('\n')) {
    if (raw.startsWith('\u0001')) {
      [sha, date] = raw.slice(1).split(' ');
      continue;
    }
    if (raw.startsWith('+++ ')) {
      file = raw === '+++ /dev/null' ? '' : raw.slice(6);
      continue;
    }
    if (raw.startsWith('@@')) {
      const m = /\+(\d+)/.exec(raw);
      line = m ? Number(m[1]) : 0;
      continue;
    }
    if (raw.startsWith('+') && file) {
      const text = raw.slice(1);
      if (text.length >= 8) {
        for (const f of scanSecrets(file, text)) {
          const redacted = f.secret!.redacted;
          out.set(redacted, { redacted, sha, date, file, line, finding: { ...f, line, endLine: line, origin: `history:${sha}` } });
        }
      }
      line++;
    }
  }
  return out;
}
