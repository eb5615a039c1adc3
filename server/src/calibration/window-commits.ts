// The window's commits read from git (spec §3.8, `window.ts` for the definition): newest first.
import type { CommitInfo, GitRepo } from '../git';
import { MIN_SAMPLES } from './spec-state';
import { NO_DAYS_LIMIT, windowLength, type WindowSpec } from './window';

/** Beyond this many commits the candidates are read with `--since` instead of all listed. */
const LIST_ALL_UP_TO = 2000;

export async function windowCommits(repo: GitRepo, head: string, w: WindowSpec): Promise<CommitInfo[]> {
  if (w.days >= NO_DAYS_LIMIT || w.commits <= LIST_ALL_UP_TO) {
    const all = await repo.log(head, { firstParent: true, maxCount: w.commits });
    return all.slice(0, windowLength(all.map((c) => c.ts), w));
  }
  // A days-only window (`--window 90d`): let git bound the listing, then reach back to MIN_SAMPLES.
  const [newest] = await repo.log(head, { firstParent: true, maxCount: 1 });
  if (!newest) return [];
  const since = new Date((newest.ts - w.days * 86400) * 1000).toISOString();
  const list = await repo.log(head, { firstParent: true, maxCount: w.commits, since });
  return list.length >= MIN_SAMPLES ? list : repo.log(head, { firstParent: true, maxCount: Math.min(w.commits, MIN_SAMPLES) });
}
